/** The `nhs-site-audit` command's sub-commands, help and exit codes. */
import { existsSync } from 'node:fs';
import { runCrawlCommand } from './crawl-command.ts';
import { type CliIo, EXIT } from './io.ts';
import { runMergeCommand } from './merge-command.ts';
import { runScanCommand } from './scan-command.ts';
import { TOOL_NAME, TOOL_VERSION } from './version.ts';

export const HELP = `${TOOL_NAME} ${TOOL_VERSION}: audits NHS websites for the indicators of public engagement.

Usage: ${TOOL_NAME} <command> [options]   (${TOOL_NAME} <command> --help for its options)
  scan   FILE|FOLDER|URL...         scan saved pages or single URLs; JSON or CSV on stdout
  crawl  --campaign FILE --out DIR  crawl each organisation's site; a result file per site
  merge  FOLDER... [--out DIR]      combine the output folders of crawl workers into one summary
  --version, --help

Exit codes: 0 all inputs done; 1 some inputs failed (the others are still done); 2 bad usage.
Progress is shown on stderr when it is a terminal; stdout carries only data.`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  scan: runScanCommand,
  crawl: runCrawlCommand,
  merge: runMergeCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    (first === undefined ? io.stderr : io.stdout)(`${HELP}\n`);
    return first === undefined ? EXIT.badUsage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[first];
  if (command) return command(rest, io);
  if (/^[a-z]+$/.test(first) && !existsSync(first)) {
    io.stderr(`Unknown command ${first}.\n\n${HELP}\n`);
    return EXIT.badUsage;
  }
  // `npm run scan -- page.html`, as before there were commands.
  return runScanCommand(argv, io);
}
