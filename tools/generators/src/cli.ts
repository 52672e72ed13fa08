// npm run generate [-- --check] [--only core,docs] [--registry FILE] [--out DIR]
// Loads the registry, renders every target in memory, then writes (or, with --check, compares).
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { RegistryError, REGISTRY_FILE, REPO_ROOT, loadRegistry } from '@wscodes-tools/registry';
import { renderTargets, selectTargets } from './generate.ts';
import { findDrift, hasDrift, writeFiles } from './writer.ts';

const USAGE = [
  'usage: npm run generate -- [--check] [--only TARGET[,TARGET]] [--quiet] [--registry FILE] [--out DIR]',
  '  --check          write nothing; exit 1 and list the files that differ',
  '  --only           render only these targets',
  '  --registry FILE  read this registry instead of registry/close-codes.yaml',
  '  --out DIR        write (or check) under DIR instead of the repository root',
].join('\n');

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
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
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const log = args.quiet ? () => {} : (m: string) => console.log(`generate ${m}`);
  const targets = selectTargets(args.only?.split(',').map((s) => s.trim()).filter(Boolean));
  const root = args.out === undefined ? REPO_ROOT : resolve(args.out);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`--out ${args.out}: no such directory\n${USAGE}`);
    return 2;
  }
  const registryFile = args.registry === undefined ? REPO_ROOT + REGISTRY_FILE : resolve(args.registry);
  if (!statSync(registryFile, { throwIfNoEntry: false })?.isFile()) {
    console.error(`cannot read the registry: ${registryFile} is not a file\n${USAGE}`);
    return 2;
  }
  const registry = loadRegistry(registryFile, args.registry === undefined ? REGISTRY_FILE : sourceName(root, registryFile));
  const { files, owns } = await renderTargets(registry, targets, log);

  if (args.check) {
    const drift = findDrift(root, files, owns);
    if (!hasDrift(drift)) {
      log(`--check: ${files.length} files up to date`);
      return 0;
    }
    console.error('generated files are out of date:');
    for (const path of drift.changed) console.error(`  changed  ${path}`);
    for (const path of drift.added) console.error(`  missing  ${path}`);
    for (const path of drift.stale) console.error(`  stale    ${path}`);
    console.error('run `npm run generate` and commit the result (never edit generated files by hand).');
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof RegistryError) {
      console.error(error.message);
      console.error('\nnothing was generated: fix the registry, then run again.');
    } else {
      console.error(`generate failed: ${error instanceof Error ? error.message : String(error)}`);
      console.error('nothing was written.');
    }
    process.exit(1);
  },
);
