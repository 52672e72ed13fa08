// npm run generate [-- --check] [--only core,docs] [--registry FILE] [--out DIR]
// Validates the registry (printing its warnings), renders every target in memory, then writes (or,
// with --check, compares). `main` runs in-process, for tests; bin/generate.mjs runs it for npm.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkHandshakeStatusesText,
  checkIanaRegistriesBeside,
  checkProtocolFolder,
  checkRegistryText,
  COMPAT_FILE,
  formatDiagnostic,
  handshakeStatusesBeside,
  loadCompatBeside,
  protocolsBeside,
  REGISTRY_FILE,
  REPO_ROOT,
  type HandshakeStatuses,
  type ProtocolCatalogue,
} from '@wscodes-tools/registry';
import { findStaleReferences, formatStaleReference, PRUNE_COMMAND } from './vectors/stale-references.ts';
import { renderTargets, selectTargets } from './generate.ts';
import { findDrift, hasDrift, writeFiles } from './output/writer.ts';

const USAGE = [
  'usage: npm run generate -- [--check] [--only TARGET[,TARGET]] [--quiet] [--registry FILE] [--out DIR]',
  '  --check          write nothing; exit 1 and list the files that differ',
  '  --only           render only these targets',
  '  --quiet          print nothing but warnings and errors',
  '  --registry FILE  read this registry instead of registry/close-codes.yaml',
  '  --out DIR        write (or check) under DIR instead of the repository root',
].join('\n');

/** Where the CLI prints (one line per call) and what relative paths are relative to. */
export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly cwd: string;
}

export const processIo = (): CliIo => ({
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});

/** Runs `generate` with these arguments; returns the exit code (0 done, 1 failed or drift, 2 usage). Never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    io.stderr(`generate failed: ${error instanceof Error ? error.message : String(error)}`);
    io.stderr('nothing was written.');
    return 1;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        check: { type: 'boolean' },
        only: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        registry: { type: 'string' },
        out: { type: 'string' },
      },
    }).values;
  } catch (e) {
    io.stderr(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  const log = args.quiet ? () => {} : (m: string) => io.stdout(`generate ${m}`);
  const targets = selectTargets(args.only?.split(',').map((s) => s.trim()).filter(Boolean));
  const root = args.out === undefined ? REPO_ROOT : resolve(io.cwd, args.out);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr(`--out ${args.out}: no such directory\n${USAGE}`);
    return 2;
  }
  const registryFile = args.registry === undefined ? REPO_ROOT + REGISTRY_FILE : resolve(io.cwd, args.registry);
  if (!statSync(registryFile, { throwIfNoEntry: false })?.isFile()) {
    io.stderr(`cannot read the registry: ${registryFile} is not a file\n${USAGE}`);
    return 2;
  }
  // The whole of `npm run validate`: every warning is printed, and any error stops the run.
  const source = args.registry === undefined ? REGISTRY_FILE : sourceName(root, registryFile);
  const registryText = readFileSync(registryFile, 'utf8');
  const { registry, diagnostics } = checkRegistryText(registryText, source);
  for (const d of diagnostics) io.stderr(formatDiagnostic(source, d));
  if (!registry) {
    io.stderr('\nnothing was generated: fix the registry, then run again.');
    return 1;
  }
  // The compatibility matrix is recorded beside the registry (npm run conformance).
  let compat;
  try {
    compat = loadCompatBeside(registryFile, source);
  } catch (error) {
    io.stderr(`${(error as Error).message}\nnothing was generated.`);
    return 1;
  }
  // IANA's other registries sit beside it, one file each; each is validated the same way.
  const others = checkIanaRegistriesBeside(registryFile, source);
  for (const { file, diagnostic } of others.problems) io.stderr(formatDiagnostic(file, diagnostic));
  if (others.invalid !== undefined) {
    io.stderr(`\nnothing was generated: fix ${others.invalid}, then run again.`);
    return 1;
  }
  const ianaRegistries = others.registries!;
  // So is the protocol catalogue (registry/protocols/), checked against this registry's IANA codes:
  // its warnings are printed as the registry's are, and any error stops the run.
  let protocols: ProtocolCatalogue | undefined;
  const folder = protocolsBeside(registryFile, source);
  if (folder) {
    const checked = checkProtocolFolder(folder.dir, folder.source, registry);
    for (const { file, diagnostic } of checked.problems) io.stderr(formatDiagnostic(file, diagnostic));
    if (!checked.catalogue) {
      io.stderr(`\nnothing was generated: fix ${folder.source}/, then run again.`);
      return 1;
    }
    protocols = checked.catalogue;
  }
  // And the HTTP statuses that refuse an upgrade (handshake-statuses.yaml), when the folder has them.
  let handshakeStatuses: HandshakeStatuses | undefined;
  const statusesFile = handshakeStatusesBeside(registryFile, source);
  if (statusesFile) {
    const checked = checkHandshakeStatusesText(readFileSync(statusesFile.path, 'utf8'), statusesFile.file);
    for (const diagnostic of checked.diagnostics) io.stderr(formatDiagnostic(statusesFile.file, diagnostic));
    if (!checked.result) {
      io.stderr(`\nnothing was generated: fix ${statusesFile.file}, then run again.`);
      return 1;
    }
    handshakeStatuses = checked.result;
  }
  const full = { ...registry, compat, ianaRegistries, ...(protocols ? { protocols } : {}), ...(handshakeStatuses ? { handshakeStatuses } : {}) };
  // Peer notes and recorded results that name a vector this registry no longer generates.
  const compatFile = join(dirname(registryFile), basename(COMPAT_FILE));
  const stale = findStaleReferences(full, { registryText, ...(existsSync(compatFile) ? { compatText: readFileSync(compatFile, 'utf8') } : {}) });
  for (const reference of stale) io.stderr(formatStaleReference(reference));
  if (stale.length > 0) {
    io.stderr(`\nnothing was generated: ${stale.length} reference${stale.length === 1 ? ' names a vector' : 's name vectors'} the registry no longer generates; run ${PRUNE_COMMAND}, then run again.`);
    return 1;
  }
  const { files, owns } = await renderTargets(full, targets, log);

  if (args.check) {
    const drift = findDrift(root, files, owns);
    if (!hasDrift(drift)) {
      log(`--check: ${files.length} files up to date`);
      return 0;
    }
    io.stderr('generated files are out of date:');
    for (const path of drift.changed) io.stderr(`  changed  ${path}`);
    for (const path of drift.added) io.stderr(`  missing  ${path}`);
    for (const path of drift.stale) io.stderr(`  stale    ${path}`);
    io.stderr('run `npm run generate` and commit the result (never edit generated files by hand).');
    return 1;
  }
  const drift = writeFiles(root, files, owns);
  const touched = drift.changed.length + drift.added.length + drift.stale.length;
  log(`wrote ${touched} of ${files.length} files (${drift.stale.length} stale removed)`);
  return 0;
}

/** How banners and messages name the registry: relative to the output root, as registry/close-codes.yaml is. */
function sourceName(root: string, file: string): string {
  const inside = relative(root, file);
  return inside.startsWith('..') || resolve(root, inside) !== file ? file : inside.split(sep).join('/');
}
