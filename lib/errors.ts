/** The message of anything thrown, for the auditor or the terminal. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
