// Generation time: a cold `generate --check` as a child process, and how the generators scale.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRegistry, type CloseCodeEntry, type Registry, type RegistryDocument } from '@wscodes-tools/registry';
import { targets, type Generator } from '@wscodes-tools/generators';
import { REPO_ROOT } from './bundle.ts';
import { median } from './measure.ts';

export interface ColdRun {
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  /** 0: no drift; 1: some generated file would change (fine for timing, reported). */
  readonly exitCodes: readonly (number | null)[];
}

/** `tsx tools/generators/src/cli.ts --check`, from process start to exit, `runs` times. */
export function coldGenerate(runs = 3): ColdRun {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const runsMs: number[] = [];
  const exitCodes: (number | null)[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const child = spawnSync(tsx, ['tools/generators/src/cli.ts', '--check', '--quiet'], { cwd: REPO_ROOT, encoding: 'utf8' });
    runsMs.push(performance.now() - start);
    if (child.error) throw new Error(`could not run ${tsx}: ${child.error.message}. Run \`npm ci\` first.`);
    exitCodes.push(child.status);
  }
  return { runsMs, medianMs: median(runsMs), exitCodes };
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
      const generate = await target.load();
      generate(real); // warm up: module load, first compile
      loaded.push([target.name, generate]);
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
