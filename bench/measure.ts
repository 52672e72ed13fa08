// Timing helpers: interleaved rounds, medians, and ratios measured within one run.
import { performance } from 'node:perf_hooks';

export interface Subject<I> {
  readonly name: string;
  /** Returns something the loop can fold into a checksum, so the call cannot be optimised away. */
  readonly run: (input: I) => number | boolean;
}

export interface Comparison {
  readonly subject: string;
  readonly baseline: string;
  /** Median nanoseconds per call over the rounds. */
  readonly subjectNs: number;
  readonly baselineNs: number;
  /** Median of the per-round ratios subject / baseline. */
  readonly ratio: number;
  /** The lowest and highest per-round ratio: how much the machine's noise moved it. */
  readonly ratioRange: readonly [number, number];
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

type Loop = (iterations: number) => number;

/**
 * A fresh loop per subject, compiled from source: closures from one shared function would share
 * their type feedback, turn the call site megamorphic and blur the difference being measured.
 */
function compileLoop<I>(subject: Subject<I>, inputs: readonly I[]): Loop {
  if ((inputs.length & (inputs.length - 1)) !== 0) throw new Error('inputs.length must be a power of two');
  const make = new Function(
    'run',
    'inputs',
    `return function loop(iterations) {
       const mask = inputs.length - 1;
       let sink = 0;
       for (let i = 0; i < iterations; i++) sink += +run(inputs[i & mask]);
       return sink;
     };`,
  ) as (run: Subject<I>['run'], inputs: readonly I[]) => Loop;
  return make(subject.run, inputs);
}

function timeLoop(loop: Loop, iterations: number): { ns: number; sink: number } {
  const start = performance.now();
  const sink = loop(iterations);
  return { ns: ((performance.now() - start) * 1e6) / iterations, sink };
}

/** Picks an iteration count that runs for about `targetMs`. */
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

/**
 * Runs subject and baseline in alternating order for `rounds` rounds after a warm-up, and reports
 * medians. Both see the same inputs; the checksums must agree when `sameAnswer` says they should.
 */
export function compare<I>(
  subject: Subject<I>,
  baseline: Subject<I>,
  inputs: readonly I[],
  options: { rounds?: number; roundMs?: number; sameAnswer?: boolean } = {},
): Comparison {
  const { rounds = 15, roundMs = 40, sameAnswer = false } = options;
  const subjectLoop = compileLoop(subject, inputs);
  const baselineLoop = compileLoop(baseline, inputs);
  // Warm up both until optimised, then size the rounds.
  const iterations = Math.max(calibrate(subjectLoop, roundMs), calibrate(baselineLoop, roundMs));
  subjectLoop(iterations);
  baselineLoop(iterations);

  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so that neither always runs on a freshly warmed (or GC-laden) heap.
    let s, b;
    if (round % 2 === 0) {
      s = timeLoop(subjectLoop, iterations);
      b = timeLoop(baselineLoop, iterations);
    } else {
      b = timeLoop(baselineLoop, iterations);
      s = timeLoop(subjectLoop, iterations);
    }
    if (sameAnswer && s.sink !== b.sink) {
      throw new Error(`${subject.name} and ${baseline.name} disagree on the inputs (checksums ${s.sink} and ${b.sink})`);
    }
    subjectTimes.push(s.ns);
    baselineTimes.push(b.ns);
    ratios.push(s.ns / b.ns);
  }
  return {
    subject: subject.name,
    baseline: baseline.name,
    subjectNs: median(subjectTimes),
    baselineNs: median(baselineTimes),
    ratio: median(ratios),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
  };
}
