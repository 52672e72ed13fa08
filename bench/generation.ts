// Generation and build time: cold `generate` and cold `npm run build` as child processes, and how the generators scale.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRegistry, type CloseCodeEntry, type Registry, type RegistryDocument } from '@wscodes-tools/registry';
import { targets, type Generator } from '@wscodes-tools/generators';
import { REPO_ROOT } from './bundle.ts';
import { median } from './measure.ts';

export interface ColdRun {
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** 0: no drift; 1: some generated file would change (fine for timing, reported). */
  readonly exitCodes: readonly (number | null)[];
}

const GENERATE = join(REPO_ROOT, 'tools', 'generators', 'bin', 'generate.mjs');
const GENERATE_BUNDLES = join(REPO_ROOT, 'tools', 'generators', 'dist');

/** Runs `command` `runs` times from the repository root, `before` each run (untimed); process start to exit. */
function coldRuns(command: string, args: readonly string[], runs: number, before: () => void = () => {}): ColdRun {
  const runsMs: number[] = [];
  const exitCodes: (number | null)[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const start = performance.now();
    const child = spawnSync(command, args, { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' } });
    runsMs.push(performance.now() - start);
    if (child.error) throw new Error(`could not run ${command}: ${child.error.message}. Run \`npm ci\` first.`);
    if (child.status !== 0 && child.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${child.status}:\n${child.stderr}`);
    exitCodes.push(child.status);
  }
  return { runsMs, medianMs: median(runsMs), minMs: Math.min(...runsMs), maxMs: Math.max(...runsMs), exitCodes };
}

/** `npm run generate -- --check` of every target as plain node runs it (the bundle already built), `runs` times. */
export function coldGenerate(runs = 5): ColdRun {
  coldRuns(process.execPath, [GENERATE, '--check', '--quiet'], 1); // builds the bundle if the sources changed
  return coldRuns(process.execPath, [GENERATE, '--check', '--quiet'], runs);
}

/** The same, once, right after a source edit: the bundle is rebuilt first. */
export function generateAfterEdit(): ColdRun {
  return coldRuns(process.execPath, [GENERATE, '--check', '--quiet'], 1, () => rmSync(GENERATE_BUNDLES, { recursive: true, force: true }));
}

/** `npm run build` after `nx reset` (nx's cache emptied, untimed), `runs` times. */
export function coldBuild(runs = 5): ColdRun {
  const nx = join(REPO_ROOT, 'node_modules', '.bin', 'nx');
  return coldRuns('npm', ['run', '--silent', 'build'], runs, () => {
    const reset = spawnSync(nx, ['reset'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } });
    if (reset.status !== 0) throw new Error(`nx reset failed:\n${reset.stderr}`);
  });
}

/**
 * A Registry of `count` code entries, built directly (the loader's rules are bypassed on purpose):
 * codes 1000, 1006, 1012, ... so that 10,000 of them still fit in 16 bits; text, IANA data and
 * contacts are borrowed from the real entries in turn.
 */
export function syntheticRegistry(real: Registry, count: number): Registry {
  const codes: CloseCodeEntry[] = [];
  const documentCodes: RegistryDocument['codes'][number][] = [];
  for (let i = 0; i < count; i++) {
    const code = 1000 + i * 6;
    const range = real.ranges.find((r) => code >= r.from && code <= r.to);
    if (range === undefined) throw new Error(`synthetic code ${code} falls in no range`);
    const template = real.codes[i % real.codes.length]!;
    const documentTemplate = real.document.codes[i % real.document.codes.length]!;
    const identity = { code, key: `Synthetic${i}`, name: `Synthetic Code ${i}` };
    codes.push({ ...template, ...identity, rangeKind: range.kind });
    documentCodes.push({ ...documentTemplate, ...identity });
  }
  return Object.freeze({ ...real, codes: Object.freeze(codes), document: Object.freeze({ ...real.document, codes: documentCodes }) });
}

export interface ScalingRow {
  readonly entries: number;
  /** Milliseconds per target, in target order; NaN where the generator failed. */
  readonly targetMs: Readonly<Record<string, number>>;
  readonly totalMs: number;
  readonly usPerEntry: number;
  readonly files: number;
}

export interface ScalingReport {
  readonly targets: readonly string[];
  readonly rows: readonly ScalingRow[];
  /** Targets that threw, with the message: a broken target is reported, not hidden. */
  readonly failures: readonly string[];
}

/** Calls every generator in `targets` in this process on synthetic registries of each size. */
export async function generatorScaling(sizes: readonly number[] = [1_000, 2_500, 5_000, 10_000]): Promise<ScalingReport> {
  const real = loadRegistry();
  const failures: string[] = [];
  const loaded: [string, Generator | undefined][] = [];
  for (const target of targets) {
    try {
      target.generate(real); // warm up: first compile
      loaded.push([target.name, target.generate]);
    } catch (error) {
      failures.push(`${target.name}: ${(error as Error).message}`);
      loaded.push([target.name, undefined]);
    }
  }
  const rows: ScalingRow[] = [];
  for (const entries of sizes) {
    const registry = syntheticRegistry(real, entries);
    const targetMs: Record<string, number> = {};
    let files = 0;
    for (const [name, generate] of loaded) {
      if (generate === undefined) {
        targetMs[name] = Number.NaN;
        continue;
      }
      const start = performance.now();
      try {
        files += generate(registry).length;
        targetMs[name] = performance.now() - start;
      } catch (error) {
        targetMs[name] = Number.NaN;
        failures.push(`${name} at ${entries} entries: ${(error as Error).message}`);
      }
    }
    const totalMs = Object.values(targetMs).filter((ms) => !Number.isNaN(ms)).reduce((a, b) => a + b, 0);
    rows.push({ entries, targetMs, totalMs, usPerEntry: (totalMs * 1000) / entries, files });
  }
  return { targets: loaded.map(([name]) => name), rows, failures };
}
