// What the two command lines of this tool (sync:iana, watch:iana) share: paths as the user typed
// them, and one line on stderr for any failure.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { EXIT, SyncError } from './errors.ts';

/** A path the user typed, made absolute. npm runs scripts from the repository root, so relative paths start where the user was. */
export const userPath = (path: string): string => (isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path));

/** A path as messages show it: relative when it lies below the current folder. */
export function shownPath(path: string): string {
  const nearby = relative(process.cwd(), path);
  return nearby && !nearby.startsWith('..' + sep) ? nearby : path;
}

/** Runs a command's main and sets the exit code; a failure is one line, the stack only with WSCODES_DEBUG=1. */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (cause: unknown) => {
      if (cause instanceof SyncError) {
        process.stderr.write(`${name}: ${cause.message}\n`);
      } else {
        // A bug, not bad input: still one line, the stack only on request.
        process.stderr.write(`${name}: unexpected error: ${(cause as Error)?.message ?? cause} (set WSCODES_DEBUG=1 for the stack)\n`);
        if (process.env.WSCODES_DEBUG) process.stderr.write(`${(cause as Error)?.stack}\n`);
      }
      process.exitCode = EXIT.badInput;
    },
  );
}
