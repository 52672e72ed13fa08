// npm run bench [-- --only speed,bundle,generate,build]
// Prints ratios measured in this run (medians of interleaved rounds), bundle sizes and generation
// times, each beside its target. Nothing here asserts on time: the numbers are for reading.
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { assertCoreBuilt, measureBundles } from './bundle.ts';
import { coldBuild, coldGenerate, generateAfterEdit, generatorScaling, type ColdRun } from './generation.ts';
import { fixed, table, verdict } from './table.ts';

const SECTIONS = ['speed', 'bundle', 'generate', 'build'] as const;
type Section = (typeof SECTIONS)[number];

const TARGETS = { codeCheck: 1.0, decode: 1.2, closeCodeGzip: 200, wholeGzip: 3 * 1024, coldGenerateMs: 800, coldBuildMs: 5000 } as const;

function selectedSections(): readonly Section[] {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  if (values.only === undefined) return SECTIONS;
  const names = values.only.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
  return names as Section[];
}

const spread = ([low, high]: readonly [number, number]) => `${fixed(low)}-${fixed(high)}x`;

async function printSpeed(): Promise<void> {
  // Imported only now: it loads the built @wscodes/core, which assertCoreBuilt has checked exists.
  const { measureSpeed } = await import('./speed.ts');
  const report = measureSpeed();
  console.log('\n## Code checks against ws (same inputs: 1,024 received codes, mostly registered, 10% invalid)');
  console.log(`baseline: ${report.wsCheckSource}`);
  console.log(
    table(
      ['subject', 'ns/call', 'ws ns/call', 'ratio', 'rounds range', 'target', ''],
      report.codeChecks.map((c) => [c.subject, fixed(c.subjectNs), fixed(c.baselineNs), `${fixed(c.ratio)}x`, spread(c.ratioRange), `<= ${fixed(TARGETS.codeCheck, 1)}x`, verdict(c.ratio, TARGETS.codeCheck)]),
      [false, true, true, true, true, true, false],
    ),
  );
  console.log('\n## decodeClosePayload against readUInt16BE + buffer.isUtf8 (the baseline builds no string)');
  console.log(
    table(
      ['payload', 'decode ns', 'baseline ns', 'ratio', 'rounds range', 'target', ''],
      report.decode.map((d) => [d.payload, fixed(d.subjectNs), fixed(d.baselineNs), `${fixed(d.ratio)}x`, spread(d.ratioRange), `<= ${fixed(TARGETS.decode, 1)}x`, verdict(d.ratio, TARGETS.decode)]),
      [false, true, true, true, true, true, false],
    ),
  );
}

async function printBundles(): Promise<void> {
  const report = await measureBundles();
  console.log('\n## Bundle size of packages/core/dist/index.js (esbuild bundle + minify, gzip -9)');
  console.log(
    table(
      ['entry', 'min B', 'gzip B', 'target', ''],
      [
        [report.closeCodeOnly.entry, `${report.closeCodeOnly.minified}`, `${report.closeCodeOnly.gzip}`, `<= ${TARGETS.closeCodeGzip}`, verdict(report.closeCodeOnly.gzip, TARGETS.closeCodeGzip)],
        [report.wholePackage.entry, `${report.wholePackage.minified}`, `${report.wholePackage.gzip}`, `<= ${TARGETS.wholeGzip}`, verdict(report.wholePackage.gzip, TARGETS.wholeGzip)],
      ],
      [false, true, true, true, false],
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

async function main(): Promise<void> {
  const sections = selectedSections();
  console.log(`wscodes bench: node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('Speed figures are medians of interleaved rounds; on a busy machine read the ratios, not the nanoseconds.');
  if (sections.includes('speed') || sections.includes('bundle')) assertCoreBuilt();
  if (sections.includes('speed')) await printSpeed();
  if (sections.includes('bundle')) await printBundles();
  if (sections.includes('generate')) await printGeneration();
  if (sections.includes('build')) printBuild();
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
