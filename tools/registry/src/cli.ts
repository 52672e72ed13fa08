// npm run validate [-- [--quiet] FILE]: checks the registry and prints every problem as file:line:col.
import { readFileSync, realpathSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { besideFile, checkIanaRegistryText, checkRegistryText, formatDiagnostic, IANA_REGISTRIES, modulesBeside, REGISTRY_FILE, REPO_ROOT, type IanaRegistryModule } from './index.ts';

const USAGE = [
  'usage: npm run validate [-- [--quiet] [FILE]]',
  '  FILE     one registry file: close-codes.yaml, or one named like opcodes.yaml, header-bits.yaml, versions.yaml,',
  '           extensions.yaml or subprotocols.yaml; without it, every registry under registry/ is checked',
  '  --quiet  print nothing when the files are valid',
].join('\n');

/** Where the command writes, and the folder it runs in: the process's own, or a test's. */
export interface ValidateIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** Runs the command; returns its exit status (0 valid, 1 problems found, 2 usage or unreadable file). */
export function main(argv: readonly string[], io: ValidateIo): number {
  const say = (text: string) => io.stdout(`${text}\n`);
  const complain = (text: string) => io.stderr(`${text}\n`);
  let args;
  try {
    args = parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' }, quiet: { type: 'boolean', short: 'q' } }, allowPositionals: true });
  } catch (e) {
    // An option this command does not know: say so, with the usage, never a stack trace.
    complain(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help || args.positionals.length > 1) {
    (args.values.help ? say : complain)(USAGE);
    return args.values.help ? 0 : 2;
  }
  const files = args.positionals[0] ? [resolve(io.cwd, args.positionals[0])] : [REPO_ROOT + REGISTRY_FILE, ...modulesBeside(REPO_ROOT + REGISTRY_FILE).map((m) => besideFile(REPO_ROOT + REGISTRY_FILE, m))];
  let status = 0;
  for (const file of files) status = Math.max(status, validateFile(file, io, args.values.quiet ?? false));
  return status;
}

/** Checks one file with the checks of the registry its name says it holds. */
function validateFile(file: string, io: ValidateIo, quiet: boolean): number {
  const say = (text: string) => io.stdout(`${text}\n`);
  const complain = (text: string) => io.stderr(`${text}\n`);
  const shown = relative(io.cwd, file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    complain(`cannot read ${shown}: ${(cause as NodeJS.ErrnoException).code ?? cause}`);
    return 2;
  }
  const module = IANA_REGISTRIES.find((m) => basename(m.file) === basename(file)) as IanaRegistryModule | undefined;
  const checked = module ? checkIanaRegistryText(module, text, shown) : checkRegistryText(text, shown);
  for (const d of checked.diagnostics) complain(formatDiagnostic(shown, d));
  if (!checked.registry) {
    complain(`\n${shown}: ${checked.diagnostics.filter((d) => d.severity === 'error').length} error(s). Fix them, then run again.`);
    return 1;
  }
  if (!quiet) {
    const r = checked.registry as { entries?: readonly unknown[]; codes?: readonly unknown[]; ranges?: readonly unknown[] };
    say(r.codes ? `${shown}: ${r.codes.length} codes, ${r.ranges!.length} ranges, valid.` : `${shown}: ${r.entries!.length} ${module!.noun}s, valid.`);
  }
  return 0;
}

// Run only as a command (tsx tools/registry/src/cli.ts), not when a test imports main.
if (process.argv[1] && realpathSync(process.argv[1]) === import.meta.filename) {
  process.exitCode = main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() });
}
