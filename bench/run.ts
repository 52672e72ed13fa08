// npm run bench [-- --only speed,bundle,generate,scaling,build,suite] [--rounds N] [--round-ms MS] [--scaling-rounds N]; --help explains.
// Prints ratios measured in this run (each contender's fastest of many short interleaved rounds), bundle sizes and generation
// times, each beside its target. Nothing here asserts on time: the numbers are for reading.
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { assertCoreBuilt, measureBundles } from './bundle.ts';
import { coldBuild, coldGenerate, generateAfterEdit, generatorScaling, type ColdRun } from './generation.ts';
import { GROWTH_SLACK, measureScaling } from './scaling.ts';
import type { Spread } from './measure.ts';
import type { RatioRow } from './speed.ts';
import { timeNpmTest } from './suite.ts';
import { fixed, table, verdict } from './table.ts';

const SECTIONS = ['speed', 'bundle', 'generate', 'scaling', 'build', 'suite'] as const;
type Section = (typeof SECTIONS)[number];

// The speed targets live with their rows (speed.ts): each names its baseline and its ratio.
const TARGETS = { coldGenerateMs: 800, coldBuildMs: 5000, npmTestMs: 35_000 } as const;

const HELP = `npm run bench [-- --only ${SECTIONS.join(',')}] [--rounds N] [--round-ms MS] [--scaling-rounds N]

Prints speed ratios measured in this run, bundle sizes, generation and build times and the time of
one \`npm test\`, each beside its target. A missed target shows as MISSED; the bench exits non-zero
only when a measurement could not be taken (a missing build, a baseline that disagrees with the
subject, a broken generator, a failing \`npm test\`).
  --only       sections to run (default: all): ${SECTIONS.join(', ')}
  --rounds     interleaved rounds per speed comparison (default 151; the fastest is the figure)
  --round-ms   milliseconds per round, shared by the contenders (default 4)
  --scaling-rounds  interleaved rounds of the scaling section (default 3; about 45 s each)`;

interface Options {
  readonly sections: readonly Section[];
  readonly rounds: number;
  readonly roundMs: number;
  readonly scalingRounds: number;
}

function positiveInteger(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a whole number of at least 1, got "${value}"`);
  return n;
}

function parseOptions(): Options | undefined {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, rounds: { type: 'string' }, 'round-ms': { type: 'string' }, 'scaling-rounds': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return undefined;
  let sections: readonly Section[] = SECTIONS;
  if (values.only !== undefined) {
    const names = values.only.split(',').map((s) => s.trim());
    const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
    if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
    sections = names as Section[];
  }
  return {
    sections,
    rounds: positiveInteger('--rounds', values.rounds, 151),
    roundMs: positiveInteger('--round-ms', values['round-ms'], 4),
    scalingRounds: positiveInteger('--scaling-rounds', values['scaling-rounds'], 3),
  };
}

/** "median (min-max)x" of per-round ratios. */
const ratioText = (r: Spread) => `${fixed(r.median)}x (${fixed(r.min)}-${fixed(r.max)})`;
/** The figure, then the per-round ratios' min-median-max. */
const figureText = (figure: number, r: Spread) => `${fixed(figure)}x (${fixed(r.min)}-${fixed(r.median)}-${fixed(r.max)})`;

function ratioTable(rows: readonly RatioRow[]): string {
  const names = rows[0]!.baselines.map((b) => `${b.name}${b.portable ? '' : ' [Node only]'}`);
  return table(
    ['case', 'core ns', ...rows[0]!.baselines.map((b) => `${b.name} ns`), ...names.map((n) => `vs ${n}: fastest (rounds min-median-max)`), 'target', ''],
    rows.map((row) => [
      row.label,
      fixed(row.subjectNs, 1),
      ...row.baselines.map((b) => fixed(b.ns, 1)),
      ...row.baselines.map((b) => figureText(b.figure, b.ratio)),
      `<= ${fixed(row.target.max, 1)}x ${row.target.against}`,
      verdict(row.figure, row.target.max),
    ]),
    [false, true, ...rows[0]!.baselines.map(() => true), ...rows[0]!.baselines.map(() => true), false, false],
  );
}

async function printSpeed(options: Options): Promise<void> {
  // Imported only now: it loads the built @wscodes/core, which assertCoreBuilt has checked exists.
  const { measureSpeed } = await import('./speed.ts');
  console.log(`\n## Speed (${loadNow()} before; ${options.rounds} interleaved rounds of ${options.roundMs} ms per comparison)`);
  const report = measureSpeed({ rounds: options.rounds, roundMs: options.roundMs });
  console.log('ns: each contender\'s fastest round, the least disturbed by other processes (see bench/README.md). The figure is core\'s');
  console.log('fastest round over the baseline\'s (below 1 is faster); the verdict reads it. In brackets: core / baseline in each round, min-median-max.');
  console.log('\n### decodeClosePayload: a received Close payload (Buffer) to code + reason string');
  console.log('Every baseline reads the code, checks it with ws\'s rule, validates and decodes the reason (a plain Uint8Array view of it).');
  console.log('fatal TextDecoder: one call validates and decodes, a throw on invalid. validate-first: buffer.isUtf8, then toString when valid,');
  console.log('a result (no throw) when not. ws receive path: ws 8\'s steps, an Error built on failure.');
  console.log(ratioTable(report.decode));
  console.log('\n### encodeClosePayload(code, reason): a Close body, code then reason in UTF-8');
  console.log('TextEncoder#encodeInto: ws\'s code rule, isWellFormed (a lone surrogate refused), the reason straight into a 125-byte frame.');
  console.log(ratioTable(report.encode));
  console.log(`\n### isValidCloseCode against ${report.wsCheckSource} (1,024 received codes, 10% invalid)`);
  console.log(ratioTable([report.codeCheck]));
  console.log('\n### describeCloseCode(c).reconnect.policy against a hand-written switch (same codes)');
  console.log(ratioTable([report.policy]));
  console.log('\n### isRegisteredSubprotocol against Set#has over the same names (256 offered names, half registered)');
  console.log(ratioTable([report.subprotocol]));
  console.log(`(${loadNow()} after)`);
}

async function printBundles(): Promise<void> {
  const report = await measureBundles();
  console.log('\n## Bundle size of packages/core/dist/index.js (esbuild bundle + minify, gzip -9)');
  console.log('The budgets are enforced by npm run check:packages (SIZE_ROWS in tools/release/src/size.ts); this is a report.');
  console.log(
    table(
      ['entry', 'min B', 'gzip B'],
      [
        [report.closeCodeOnly.entry, `${report.closeCodeOnly.minified}`, `${report.closeCodeOnly.gzip}`],
        [report.wholePackage.entry, `${report.wholePackage.minified}`, `${report.wholePackage.gzip}`],
      ],
      [false, true, true],
    ),
  );
  console.log(
    `CloseCode floor: its 19 key names alone gzip to ${report.closeCodeFloor.keyNamesGzip} B; ` +
      `as a bare object literal {NormalClosure:1000,...} to ${report.closeCodeFloor.literalGzip} B.`,
  );
  console.log(`\nWhat the whole package is made of (each export tree-shaken on its own):`);
  console.log(
    table(
      ['entry', 'min B', 'gzip B'],
      [report.dataOnly, ...report.perExport].map((b) => [b.entry, `${b.minified}`, `${b.gzip}`]),
      [false, true, true],
    ),
  );
  console.log(`The registry's text alone (names, summaries, reconnect advice, IANA descriptions) gzips to ${report.registryTextGzip} B.`);
}

/** One row per cold measure: every run, then median, min and max, beside the target. */
function coldTable(rows: readonly (readonly [string, ColdRun, number | undefined])[]): string {
  return table(
    ['measure', 'runs ms', 'median ms', 'min ms', 'max ms', 'target', ''],
    rows.map(([measure, run, target]) => [
      measure,
      run.runsMs.map((ms) => ms.toFixed(0)).join(' / '),
      run.medianMs.toFixed(0),
      run.minMs.toFixed(0),
      run.maxMs.toFixed(0),
      target === undefined ? '' : `<= ${target}`,
      target === undefined ? '' : verdict(run.medianMs, target),
    ]),
    [false, true, true, true, true, true, false],
  );
}

const loadNow = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;

function printBuild(): void {
  console.log(`\n## Build (${loadNow()} before)`);
  console.log(coldTable([['cold `npm run build` (after `nx reset`; generate + every package)', coldBuild(5), TARGETS.coldBuildMs]]));
  console.log(`(${loadNow()} after)`);
}

async function printGeneration(): Promise<void> {
  console.log(`\n## Generation (${loadNow()} before)`);
  const cold = coldGenerate(5);
  const edited = generateAfterEdit();
  console.log(
    coldTable([
      ['cold `npm run generate -- --check` (all targets, plain node + bundle)', cold, TARGETS.coldGenerateMs],
      ['the same right after a source edit (bundle rebuilt first)', edited, undefined],
    ]),
  );
  if (cold.exitCodes.some((c) => c !== 0)) console.log(`(exit codes ${cold.exitCodes.join(', ')}: some generated files drifted; timing still holds)`);

  const scaling = await generatorScaling();
  console.log('\nIn-process scaling: every generator in `targets` on synthetic registries (ms; µs per entry for the total)');
  console.log(
    table(
      ['entries', ...scaling.targets.map((t) => `${t} ms`), 'total ms', 'µs/entry', 'files'],
      scaling.rows.map((r) => [
        r.entries.toLocaleString('en'),
        ...scaling.targets.map((t) => (Number.isNaN(r.targetMs[t]) ? 'failed' : r.targetMs[t]!.toFixed(1))),
        r.totalMs.toFixed(0),
        r.usPerEntry.toFixed(0),
        `${r.files}`,
      ]),
      [true, ...scaling.targets.map(() => true), true, true, true],
    ),
  );
  const first = scaling.rows[0]!;
  const last = scaling.rows[scaling.rows.length - 1]!;
  const entriesGrowth = last.entries / first.entries;
  const growth = (from: number, to: number) => `x${(to / from).toFixed(1)}`;
  console.log(
    `Growth ${first.entries.toLocaleString('en')} -> ${last.entries.toLocaleString('en')} entries (x${entriesGrowth}; linear is x${entriesGrowth}): ` +
      [...scaling.targets.map((t) => `${t} ${growth(first.targetMs[t]!, last.targetMs[t]!)}`), `total ${growth(first.totalMs, last.totalMs)}`].join(', '),
  );
  for (const failure of scaling.failures) console.log(`FAILED ${failure}`);
}

/** One `npm test`, the inner loop, against its budget: an absolute time, so read it with the load average. */
function printSuite(): void {
  console.log(`\n## The inner loop: \`npm test\` (${loadNow()} before)`);
  const run = timeNpmTest();
  console.log(table(['measure', 'wall ms', 'target', ''], [['`npm test`, its cached build included', run.wallMs.toFixed(0), `<= ${TARGETS.npmTestMs}`, verdict(run.wallMs, TARGETS.npmTestMs)]], [false, true, true, false]));
  for (const line of run.summary) console.log(line);
  console.log(`(${loadNow()} after; the slow suites run in \`npm run test:slow\`, not here)`);
}

async function printScaling(options: Options): Promise<void> {
  console.log(`\n## Scaling (${loadNow()} before; ${options.scalingRounds} interleaved rounds)`);
  const report = await measureScaling(options.scalingRounds);
  console.log(
    'Each registry kind grown to a small and a large size in memory; validate = every rule through the engine (size limit lifted), ' +
      'generate = renderTargets of every target. Growth is t(large) / t(small) per round; the verdict reads the median.',
  );
  const ms = (s: Spread) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}-${s.max.toFixed(0)})`;
  console.log(
    table(
      ['kind', 'stage', 'entries', 'small ms: median (min-max)', 'large ms: median (min-max)', 'growth: median (min-max)', 'target', ''],
      report.rows.map((r) => [
        r.kind,
        r.stage,
        `${r.sizes[0].toLocaleString('en')} -> ${r.sizes[1].toLocaleString('en')}`,
        ms(r.smallMs),
        ms(r.largeMs),
        ratioText(r.growth),
        `<= ${fixed(r.target, 1)}x`,
        verdict(r.growth.median, r.target),
      ]),
      [false, false, true, true, true, true, true, false],
    ),
  );
  console.log(`Target: ${GROWTH_SLACK}x the growth in entries. Not measured: ${report.skipped.join('; ')}.`);
  console.log(`(${loadNow()} after)`);
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (options === undefined) {
    console.log(HELP);
    return;
  }
  const { sections } = options;
  console.log(`wscodes bench: node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('Speed figures are ratios of fastest rounds over many short interleaved rounds; on a busy machine read the ratios, not the nanoseconds.');
  if (sections.includes('speed') || sections.includes('bundle')) assertCoreBuilt();
  if (sections.includes('speed')) await printSpeed(options);
  if (sections.includes('bundle')) await printBundles();
  if (sections.includes('generate')) await printGeneration();
  if (sections.includes('scaling')) await printScaling(options);
  if (sections.includes('build')) printBuild();
  if (sections.includes('suite')) printSuite();
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
