/** How the CLI ends: 0 done or in sync, 1 `--check` found differences, 2 bad input or usage. */
export const EXIT = { ok: 0, differences: 1, badInput: 2 } as const;

/**
 * A problem the user can fix: bad input, a refused change, an unusable registry. The message is one
 * line that names the problem and says what to do; the CLI prints it without a stack trace.
 */
export class SyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncError';
  }
}
