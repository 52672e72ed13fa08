// Timing: one loop per contender, each compiled from its own source text, run in interleaved rounds.
import { performance } from 'node:perf_hooks';

export interface Contender<I> {
  readonly name: string;
  /** Returns a number the loop folds into a checksum, so the call cannot be optimised away. */
  readonly run: (input: I) => number;
}

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface RaceResult {
  /** Nanoseconds per call, median over the rounds, by contender name. */
  readonly ns: ReadonlyMap<string, number>;
  /** Nanoseconds per call in the contender's fastest round, the least disturbed one. */
  readonly fastestNs: ReadonlyMap<string, number>;
  /** Nanoseconds per call in each round, by contender name (same round order for all). */
  readonly roundNs: ReadonlyMap<string, readonly number[]>;
  readonly rounds: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const spread = (values: readonly number[]): Spread => ({ min: Math.min(...values), median: median(values), max: Math.max(...values) });

type Loop = (iterations: number) => number;

let loopsCompiled = 0;

/**
 * A loop for one contender. Its source text is unique (a serial number and the contender's name in
 * it): V8 caches functions by source, and two loops from the same text would share one function's
 * type feedback, so the call inside would go polymorphic and every contender would pay for the others.
 */
function compileLoop<I>(contender: Contender<I>, inputs: readonly I[]): Loop {
  if ((inputs.length & (inputs.length - 1)) !== 0) throw new Error('inputs.length must be a power of two');
  const serial = ++loopsCompiled;
  const label = contender.name.replace(/[^\w ().+-]/g, '_');
  const make = new Function(
    'run',
    'inputs',
    `// loop ${serial}: ${label}
     return function loop${serial}(iterations) {
       const mask = inputs.length - 1;
       let sink = 0;
       for (let i = 0; i < iterations; i++) sink = (sink + run(inputs[i & mask])) | 0;
       return sink;
     };`,
  ) as (run: Contender<I>['run'], inputs: readonly I[]) => Loop;
  return make(contender.run, inputs);
}

function timeLoop(loop: Loop, iterations: number): { ns: number; sink: number } {
  const start = performance.now();
  const sink = loop(iterations);
  return { ns: ((performance.now() - start) * 1e6) / iterations, sink };
}

/** An iteration count that runs `loop` for about `targetMs`. */
function calibrate(loop: Loop, targetMs: number): number {
  let iterations = 1_000;
  for (;;) {
    const start = performance.now();
    loop(iterations);
    const elapsed = performance.now() - start;
    if (elapsed >= targetMs / 4 || iterations >= 1e9) return Math.max(1_000, Math.round((iterations * targetMs) / Math.max(elapsed, 0.01)));
    iterations *= 4;
  }
}

export interface RaceOptions {
  readonly rounds: number;
  readonly roundMs: number;
}

/**
 * Runs every contender over the same inputs in interleaved rounds: each round runs each loop once,
 * starting from a different contender each time, so that none always runs first (or after the
 * same neighbour's garbage). All checksums must agree in every round: contenders that disagree on
 * the inputs are not doing the same job, and the race throws.
 *
 * The rounds are short (a millisecond or so per contender) and many: on a shared machine another
 * process takes the core every few milliseconds, and a short loop often runs between two such
 * interruptions. Each contender's fastest round is the least disturbed, and is its figure (fastestNs).
 */
export function race<I>(contenders: readonly Contender<I>[], inputs: readonly I[], options: RaceOptions): RaceResult {
  const loops = contenders.map((c) => compileLoop(c, inputs));
  // Warm up each until optimised; every contender runs the same number of calls per round.
  const iterations = Math.max(...loops.map((loop) => calibrate(loop, options.roundMs / contenders.length)));
  for (const loop of loops) for (let i = 0; i < 3; i++) loop(iterations);

  const times = contenders.map((): number[] => []);
  for (let round = 0; round < options.rounds; round++) {
    const sinks: number[] = [];
    for (let k = 0; k < loops.length; k++) {
      const index = (round + k) % loops.length;
      const { ns, sink } = timeLoop(loops[index]!, iterations);
      times[index]!.push(ns);
      sinks[index] = sink;
    }
    const differing = sinks.findIndex((s) => s !== sinks[0]);
    if (differing !== -1) {
      throw new Error(
        `${contenders[0]!.name} and ${contenders[differing]!.name} disagree on the same inputs (checksums ${sinks[0]} and ${sinks[differing]}); fix the contender before timing it`,
      );
    }
  }
  return {
    ns: new Map(contenders.map((c, i) => [c.name, median(times[i]!)])),
    fastestNs: new Map(contenders.map((c, i) => [c.name, Math.min(...times[i]!)])),
    roundNs: new Map(contenders.map((c, i) => [c.name, times[i]!])),
    rounds: options.rounds,
  };
}

/** Per-round ratios of `subject` to the fastest of `baselines` in that same round. */
export function ratioToBest(result: RaceResult, subject: string, baselines: readonly string[]): Spread {
  const subjectNs = result.roundNs.get(subject)!;
  const ratios = subjectNs.map((ns, round) => ns / Math.min(...baselines.map((b) => result.roundNs.get(b)![round]!)));
  return spread(ratios);
}

/** The subject's fastest round over the baseline's fastest round: the figure a target reads. */
export const fastestRatio = (result: RaceResult, subject: string, baseline: string): number => result.fastestNs.get(subject)! / result.fastestNs.get(baseline)!;
