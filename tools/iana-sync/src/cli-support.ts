// What the two command lines of this tool (sync:iana, watch:iana) share: parsing with usage and
// --help, paths as the user typed them, and one line on stderr for any failure. Each command's
// main(argv, io) runs in-process (the tests call it); runIfMain makes it the process's command.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, SyncError } from './errors.ts';
import type { SyncIo } from './sync.ts';

/**
 * What a command reads and writes: the process's own (processIo), or a test's. Relative paths are
 * shown, and read by the sync, against the process's current folder.
 */
export interface CliIo extends SyncIo {
  /** INIT_CWD (where npm was started), GITHUB_OUTPUT, WSCODES_DEBUG. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
});

/** A path the user typed, made absolute. npm runs scripts from the repository root, so relative paths start where the user was. */
export const userPath = (path: string, io: CliIo): string => (isAbsolute(path) ? path : resolve(io.env.INIT_CWD ?? process.cwd(), path));

/** A path as messages show it: relative when it lies below the current folder. */
export function shownPath(path: string): string {
  const nearby = relative(process.cwd(), path);
  return nearby && !nearby.startsWith('..' + sep) ? nearby : path;
}

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>>['values'];
export type CommandMain = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * A command: parses argv strictly (a mistake prints one line and the usage, exit 2; -h/--help prints
 * the usage, exit 0), then runs `body`. A failure is one line; an unexpected one shows its stack
 * only with --debug (when the command declares it) or WSCODES_DEBUG=1.
 */
export function command<const O extends ParseArgsOptionsConfig>(
  name: string,
  usage: string,
  options: O,
  body: (values: Values<O>, io: CliIo) => Promise<number>,
): CommandMain {
  return async (argv, io) => {
    let values: Values<O>;
    try {
      ({ values } = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }) as { values: Values<O> });
    } catch (cause) {
      io.stderr(`${name}: ${(cause as Error).message.split('\n')[0]}\n\n${usage}`);
      return EXIT.badInput;
    }
    if ((values as { help?: boolean }).help) {
      io.stdout(`${usage}\n`);
      return EXIT.ok;
    }
    try {
      return await body(values, io);
    } catch (cause) {
      if (cause instanceof SyncError) {
        io.stderr(`${name}: ${cause.message}`);
      } else {
        // A bug, not bad input: still one line, the stack only on request.
        const debug = Boolean(io.env.WSCODES_DEBUG) || (values as { debug?: boolean }).debug === true;
        io.stderr(`${name}: unexpected error: ${(cause as Error)?.message ?? cause}${debug ? '' : ' (rerun with --debug for the stack)'}`);
        if (debug) io.stderr(`${(cause as Error)?.stack}`);
      }
      return EXIT.badInput;
    }
  };
}

/** Runs `main` as the process's command when `meta`'s file is the one executed (not when a test imports it). */
export function runIfMain(meta: ImportMeta, main: CommandMain): void {
  if (!process.argv[1] || realpathSync(process.argv[1]) !== meta.filename) return;
  void main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
