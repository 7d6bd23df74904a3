/** What a sub-command may touch of the process, so that tests run it in place. */
export interface CliIo {
  /** Data only: what a user redirects into a file. */
  stdout: (text: string) => void;
  /** Errors, and progress when `stderrIsTerminal`. */
  stderr: (text: string) => void;
  fetch: typeof fetch;
  /** Progress is shown only to a person watching, never into a log file. */
  stderrIsTerminal?: boolean;
  /** Aborted on Ctrl+C or SIGTERM: a crawl stops where it stands and can be resumed. */
  signal?: AbortSignal;
}

/** Exit codes, as `--help` documents them. */
export const EXIT = { ok: 0, someFailed: 1, badUsage: 2 } as const;
