// How validation and generation grow with a registry: each registry kind at a small and a large
// size (10 times as many entries), timed in interleaved rounds, reported as t(large) / t(small).
import { performance } from 'node:perf_hooks';
import { loadRegistry, type IanaRegistryModule, type Registry } from '@wscodes-tools/registry';
import { renderTargets, targets } from '@wscodes-tools/generators';
import { syntheticRegistry } from './generation.ts';
import { spread, type Spread } from './measure.ts';
import {
  BOUNDED_REGISTRIES,
  closeCodesText,
  CODES_PER_PROTOCOL,
  MAX_CLOSE_CODES,
  protocolFiles,
  protocolRegistry,
  TOKEN_REGISTRIES,
  tokenRegistry,
  tokenRegistryText,
  validateCloseCodes,
  validateIanaRegistry,
  validateProtocols,
} from './synthetic.ts';

/** 10,000 entries may cost at most this many times 1,000: linear, with 20% for sorting and noise. */
export const GROWTH_SLACK = 1.2;

export interface ScalingSubject {
  readonly kind: string;
  readonly stage: 'validate' | 'generate';
  readonly sizes: readonly [small: number, large: number];
  /** Builds the input for one size (not timed) and returns the call that is timed. */
  prepare(size: number): () => unknown;
}

// One function per subject: each prepares its own input and calls one entry point of the registry
// or generators package. Validation goes through the engine with every rule; generation renders
// every target, as `npm run generate` does, from a registry whose one kind has grown.

/** Only 1000-3999 hold registered codes (MAX_CLOSE_CODES), so a valid close-code file stops short of 10,000. */
const CLOSE_CODES_LARGE = 2_900;

function closeCodesValidation(real: Registry): ScalingSubject {
  return {
    kind: 'close codes',
    stage: 'validate',
    sizes: [CLOSE_CODES_LARGE / 10, CLOSE_CODES_LARGE],
    prepare(size) {
      const text = closeCodesText(real, size);
      return () => mustValidate(validateCloseCodes(text).result, 'close codes');
    },
  };
}

function closeCodesGeneration(real: Registry): ScalingSubject {
  return {
    kind: 'close codes',
    stage: 'generate',
    sizes: [1_000, 10_000],
    prepare(size) {
      // More than the file can hold (MAX_CLOSE_CODES), so built directly, as the per-target table does.
      const registry = syntheticRegistry(real, size);
      return () => renderTargets(registry, targets);
    },
  };
}

function tokenValidation(module: IanaRegistryModule): ScalingSubject {
  return {
    kind: module.id,
    stage: 'validate',
    sizes: [1_000, 10_000],
    prepare(size) {
      const text = tokenRegistryText(module, size);
      return () => mustValidate(validateIanaRegistry(module, text).result, module.id);
    },
  };
}

function tokenGeneration(real: Registry, module: IanaRegistryModule): ScalingSubject {
  return {
    kind: module.id,
    stage: 'generate',
    sizes: [1_000, 10_000],
    prepare(size) {
      const registry = tokenRegistry(real, module, size);
      return () => renderTargets(registry, targets);
    },
  };
}

const PROTOCOLS_KIND = `protocols (${CODES_PER_PROTOCOL} codes a file)`;

function protocolValidation(real: Registry): ScalingSubject {
  return {
    kind: PROTOCOLS_KIND,
    stage: 'validate',
    sizes: [1_000, 10_000],
    prepare(size) {
      const files = protocolFiles(real, size);
      return () => mustValidate(validateProtocols(real, files).catalogue, 'protocols');
    },
  };
}

function protocolGeneration(real: Registry): ScalingSubject {
  return {
    kind: PROTOCOLS_KIND,
    stage: 'generate',
    sizes: [1_000, 10_000],
    prepare(size) {
      const registry = protocolRegistry(real, size);
      return () => renderTargets(registry, targets);
    },
  };
}

function mustValidate<T>(result: T | undefined, kind: string): T {
  if (result === undefined) throw new Error(`the synthetic ${kind} registry stopped validating: the bench would time error reports`);
  return result;
}

export function scalingSubjects(real: Registry = loadRegistry()): ScalingSubject[] {
  return [
    closeCodesValidation(real),
    closeCodesGeneration(real),
    ...TOKEN_REGISTRIES.flatMap((module) => [tokenValidation(module), tokenGeneration(real, module)]),
    protocolValidation(real),
    protocolGeneration(real),
  ];
}

export interface ScalingRow {
  readonly kind: string;
  readonly stage: ScalingSubject['stage'];
  readonly sizes: readonly [number, number];
  readonly smallMs: Spread;
  readonly largeMs: Spread;
  /** t(large) / t(small), per round. */
  readonly growth: Spread;
  /** The most the growth may be: GROWTH_SLACK times the growth in entries. */
  readonly target: number;
}

export interface ScalingReport {
  readonly rows: readonly ScalingRow[];
  readonly rounds: number;
  /** The IANA registries left out, and why. */
  readonly skipped: readonly string[];
}

async function time(call: () => unknown): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

/**
 * Every subject at both sizes, `rounds` times, interleaved: each round runs every subject, starting
 * from the next one each time, and alternates which size goes first, so that neither size always
 * meets a warm cache or the garbage of the other. Each call runs once untimed first.
 */
export async function measureScaling(rounds: number, subjects: readonly ScalingSubject[] = scalingSubjects()): Promise<ScalingReport> {
  const calls = subjects.map((s) => s.sizes.map((size) => s.prepare(size)) as [() => unknown, () => unknown]);
  for (const [small, large] of calls) {
    await small();
    await large();
  }
  const times = subjects.map(() => ({ small: [] as number[], large: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const index = (round + k) % subjects.length;
      const [small, large] = calls[index]!;
      if (round % 2 === 0) {
        times[index]!.small.push(await time(small));
        times[index]!.large.push(await time(large));
      } else {
        times[index]!.large.push(await time(large));
        times[index]!.small.push(await time(small));
      }
    }
  }
  const rows = subjects.map((s, i): ScalingRow => {
    const { small, large } = times[i]!;
    return {
      kind: s.kind,
      stage: s.stage,
      sizes: s.sizes,
      smallMs: spread(small),
      largeMs: spread(large),
      growth: spread(large.map((ms, round) => ms / small[round]!)),
      target: GROWTH_SLACK * (s.sizes[1] / s.sizes[0]),
    };
  });
  const skipped = BOUNDED_REGISTRIES.map((m) => `${m.id} (${m.value.space ? `${m.value.space.to - m.value.space.from + 1} values` : `${m.value.words}`}: too few to hold 1,000 entries)`);
  return { rows, rounds, skipped };
}
