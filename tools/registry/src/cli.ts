// npm run validate [-- [--quiet] [--debug] [--registry-dir DIR] [FILE]]: checks every registry file
// through the one engine and prints every problem as file:line:col.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkCompatText,
  checkHandshakeStatusesText,
  HANDSHAKE_STATUSES_FILE,
  handshakeStatusesSummary,
  checkIanaRegistryText,
  checkProtocolDocument,
  checkRegistryFolder,
  checkRegistryText,
  COMPAT_FILE,
  formatDiagnostic,
  IANA_REGISTRIES,
  ianaSpaceOf,
  COMPAT_MAX_BYTES,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  readRegistryFile,
  REGISTRY_FILE,
  REPO_ROOT,
  UnreadableFileError,
  type CheckedFile,
  type Diagnostic,
  type IanaRegistryModule,
} from './index.ts';

const USAGE = [
  'usage: npm run validate [-- [--quiet] [--debug] [--registry-dir DIR] [FILE]]',
  '  (no FILE)           check every file under registry/: close-codes.yaml, opcodes.yaml, header-bits.yaml,',
  '                      versions.yaml, extensions.yaml, subprotocols.yaml, protocols/*.yaml (also across files:',
  '                      ids and tokens shared by two protocols), handshake-statuses.yaml and compat.json;',
  '                      every problem in one run',
  '  --registry-dir DIR  check the registry folder DIR instead of registry/ (DIR/close-codes.yaml and the files beside it)',
  '  FILE                check one file, by what its name says it holds: close-codes.yaml (or any other .yaml name),',
  '                      one of the five IANA registry files, handshake-statuses.yaml, compat.json, or a file',
  '                      in a protocols/ folder',
  '                      (its IANA overlap rules read the close-codes.yaml beside that folder, when it is valid)',
  '  --quiet             print nothing when the files are valid',
  '  --debug             on an unexpected error, print its stack trace too',
  '',
  'Every problem is printed as file:line:col, with how to fix it. Limits, checked before a file is parsed:',
  `  ${MAX_FILE_BYTES / (1024 * 1024)} MiB per file (compat.json, recorded: ${COMPAT_MAX_BYTES / (1024 * 1024)} MiB) and ${MAX_DEPTH} levels of nesting.`,
  'Exit status: 0 valid (warnings allowed), 1 problems found, 2 bad usage, an unreadable file',
  '  or an unexpected error (one line; --debug adds the stack).',
].join('\n');

/** Where the command writes, and the folder it runs in: the process's own, or a test's. */
export interface ValidateIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** Runs the command; returns its exit status (0 valid, 1 problems found, 2 usage, unreadable file or unexpected error). Never throws. */
export function main(argv: readonly string[], io: ValidateIo): number {
  const debug = argv.includes('--debug');
  try {
    return run(argv, io);
  } catch (e) {
    // Bad input never lands here (the engine reports it); this is a bug, said in one line.
    const error = e instanceof Error ? e : new Error(String(e));
    io.stderr(`validate: unexpected error: ${error.message.split('\n')[0]}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
    if (debug && error.stack) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

function run(argv: readonly string[], io: ValidateIo): number {
  const say = (text: string) => io.stdout(`${text}\n`);
  const complain = (text: string) => io.stderr(`${text}\n`);
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        help: { type: 'boolean', short: 'h' },
        quiet: { type: 'boolean', short: 'q' },
        debug: { type: 'boolean' },
        'registry-dir': { type: 'string' },
      },
      allowPositionals: true,
    });
  } catch (e) {
    // An option this command does not know: say so, with the usage, never a stack trace.
    complain(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    say(USAGE);
    return 0;
  }
  const dir = args.values['registry-dir'];
  if (args.positionals.length > 1 || (dir !== undefined && args.positionals.length > 0)) {
    complain(`${args.positionals.length > 1 ? 'give one FILE at most' : 'give FILE or --registry-dir, not both'}\n${USAGE}`);
    return 2;
  }
  const quiet = args.values.quiet ?? false;
  try {
    if (args.positionals[0] !== undefined) return report([checkOneFile(resolve(io.cwd, args.positionals[0]), io.cwd)], io, quiet);
    const folder = dir === undefined ? join(REPO_ROOT, 'registry') : resolve(io.cwd, dir);
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      complain(`--registry-dir ${dir}: no such folder\n${USAGE}`);
      return 2;
    }
    const registryFile = join(folder, basename(REGISTRY_FILE));
    const source = dir === undefined ? REGISTRY_FILE : shownPath(join(folder, basename(REGISTRY_FILE)), io.cwd);
    return report(checkRegistryFolder(registryFile, source).files, io, quiet);
  } catch (e) {
    if (e instanceof UnreadableFileError) {
      complain(e.message);
      return 2;
    }
    throw e;
  }
}

/** How a path is shown: relative to the folder the command runs in, with `/`. */
function shownPath(file: string, cwd: string): string {
  const inside = relative(cwd, file);
  return (inside === '' || inside.startsWith('..') ? file : inside).split(sep).join('/');
}

/** Checks one file with the checks of what its name says it holds. */
function checkOneFile(path: string, cwd: string): CheckedFile {
  const file = shownPath(path, cwd);
  let text: string;
  try {
    text = readRegistryFile(path);
  } catch (cause) {
    throw new UnreadableFileError(file, (cause as NodeJS.ErrnoException).code ?? String(cause));
  }
  const name = basename(path);
  const module = IANA_REGISTRIES.find((m) => basename(m.file) === name) as IanaRegistryModule | undefined;
  if (module) {
    const checked = checkIanaRegistryText(module, text, file);
    return { file, kind: 'iana-registry', diagnostics: checked.diagnostics, ...(checked.registry ? { summary: `${checked.registry.entries.length} ${module.noun}s` } : {}) };
  }
  if (name === basename(HANDSHAKE_STATUSES_FILE)) {
    const checked = checkHandshakeStatusesText(text, file);
    return { file, kind: 'handshake-statuses', diagnostics: checked.diagnostics, ...(checked.result ? { summary: handshakeStatusesSummary(checked.result) } : {}) };
  }
  if (name === basename(COMPAT_FILE) || name.endsWith('.json')) {
    const checked = checkCompatText(text);
    return { file, kind: 'compat', diagnostics: checked.diagnostics, ...(checked.result ? { summary: `${Object.keys(checked.result.peers).length} peers` } : {}) };
  }
  if (basename(resolve(path, '..')) === 'protocols') {
    // The IANA overlap rules read the close-code registry beside the folder, when it is there and valid.
    const registryFile = resolve(path, '../..', basename(REGISTRY_FILE));
    const registry = existsSync(registryFile) ? checkRegistryText(readRegistryFile(registryFile)).registry : undefined;
    const checked = checkProtocolDocument(text, file, registry ? ianaSpaceOf(registry) : undefined);
    const errors = checked.diagnostics.some((d) => d.severity === 'error');
    const summary = checked.protocol ? `${checked.protocol.codes.length} codes, ${checked.protocol.ranges.length} ranges` : 'checked without the IANA overlap rules (no valid close-codes.yaml beside its folder)';
    return { file, kind: 'protocol', diagnostics: checked.diagnostics, ...(errors ? {} : { summary }) };
  }
  const checked = checkRegistryText(text, file);
  const r = checked.registry;
  return { file, kind: 'close-codes', diagnostics: checked.diagnostics, ...(r ? { summary: `${r.codes.length} codes, ${r.ranges.length} ranges` } : {}) };
}

/** Prints every problem of every file, then a summary; returns the exit status. */
function report(files: readonly CheckedFile[], io: ValidateIo, quiet: boolean): number {
  const errorsOf = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error').length;
  for (const f of files) for (const d of f.diagnostics) io.stderr(`${formatDiagnostic(f.file, d)}\n`);
  const invalid = files.filter((f) => errorsOf(f.diagnostics) > 0);
  if (invalid.length === 1) {
    io.stderr(`\n${invalid[0]!.file}: ${errorsOf(invalid[0]!.diagnostics)} error(s). Fix them, then run again.\n`);
  } else if (invalid.length > 1) {
    io.stderr(`\n${invalid.map((f) => `${f.file}: ${errorsOf(f.diagnostics)} error(s).`).join('\n')}\n`);
    io.stderr(`${invalid.reduce((n, f) => n + errorsOf(f.diagnostics), 0)} errors in ${invalid.length} files. Fix them, then run again.\n`);
  }
  if (!quiet) for (const f of files) if (f.summary !== undefined && errorsOf(f.diagnostics) === 0) io.stdout(`${f.file}: ${f.summary}, valid.\n`);
  return invalid.length > 0 ? 1 : 0;
}

// Run only as a command (tsx tools/registry/src/cli.ts), not when a test imports main.
if (process.argv[1] && realpathSync(process.argv[1]) === import.meta.filename) {
  process.exitCode = main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() });
}
