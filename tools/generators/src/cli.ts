// npm run generate [-- --check] [--only core,docs]
// Loads the registry, renders every target in memory, then writes (or, with --check, compares).
import { parseArgs } from 'node:util';
import { RegistryError, REPO_ROOT, loadRegistry } from '@wscodes-tools/registry';
import { renderTargets, selectTargets } from './generate.ts';
import { findDrift, hasDrift, writeFiles } from './writer.ts';

const USAGE = 'usage: npm run generate -- [--check] [--only TARGET[,TARGET]] [--quiet]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { check: { type: 'boolean' }, only: { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean' } },
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
  const registry = loadRegistry();
  const { files, owns } = await renderTargets(registry, targets, log);

  if (args.check) {
    const drift = findDrift(REPO_ROOT, files, owns);
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
  const drift = writeFiles(REPO_ROOT, files, owns);
  const touched = drift.changed.length + drift.added.length + drift.stale.length;
  log(`wrote ${touched} of ${files.length} files (${drift.stale.length} stale removed)`);
  return 0;
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
