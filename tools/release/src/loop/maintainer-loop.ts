// npm run test:loop [-- --keep] [--keep-going]
// The maintainer loop, end to end, on a throw-away copy of the workspace. It starts from registries
// (close codes and every other registry module) that hold IANA's 2015-05-05 revision (start.ts: a
// module without a start file starts not yet published), then takes every later
// real revision (../shared/iana/history, then ../shared/iana/websocket.xml), a few broken upstreams
// the sync must refuse, and five synthetic revisions made from IANA's current file (an addition, a
// changed field, a withdrawal by deletion, by "Unassigned" and by "Reserved", each in all six
// registries at once) through what a maintainer does: a real `npm run sync:iana`, ONE
// `npm run build`, the packed tarballs checked against the registry, `npm test`, and
// `npm run release:dry`. No step edits anything else, so a test that pins today's data, a stale nx
// cache or a changeset that breaks the release fails here. Every command runs with a heartbeat:
// the loop never stays silent for more than 30 s.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { loadRegistry } from '@wscodes-tools/registry';
import { indent, QUIET_NPM_ENV, ReleaseError } from '../exec.ts';
import { copyWorkspace } from '../temp-copy.ts';
import { REPO_ROOT } from '../workspace.ts';
import { LOOP_REGISTRIES } from './loop-registries.ts';
import { START_REVISION, writeLoopStart } from './start.ts';
import { packAndRead } from './packed-read.ts';
import { packedProblems, packedRegistryProblems, type ExpectedEntry } from './packed-check.ts';
import { lastLine, runChild, type ChildResult } from './run-child.ts';
import { changeProblems, refusalProblems, refusedUpstreams, syntheticUpdates, type Refusal, type SyncedRegistry, type Update } from './updates.ts';

const USAGE = `usage: npm run test:loop -- [--keep] [--keep-going] [--from-current]

Replays IANA's real revisions, refused upstreams and five synthetic revisions (all six registries)
through sync -> build -> pack -> test -> release:dry on a temporary copy of the workspace. Needs
../shared/iana beside the repository.
  --keep         keep the temporary copy and its logs
  --keep-going   after a failed step, go on with the next (the table shows every step); exit 1 at the end
  --from-current start from the workspace's registries (IANA's current file) instead of replaying
                 IANA's history: only the refused upstreams and the synthetic revisions (a quick check;
                 CI runs the whole loop)
  -h, --help`;

const SHARED_IANA = resolve(REPO_ROOT, '../shared/iana');
/** The sync's report says so when peerNotes or compat.json name vectors that no longer exist. */
const PRUNE_HINT = 'conformance -- --prune';

/** Each line says when it was printed, from the loop's start: a silence shows in the log. */
const LOOP_START = performance.now();
const clock = (): string => {
  const s = Math.floor((performance.now() - LOOP_START) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const log = (message: string): void => console.log(`test:loop ${clock()} ${message}`);

/** How much of each sync's report the loop prints; the whole report is in the step's log. */
const REPORT_LINES = 60;
const head = (text: string, lines: number, file: string): string => {
  const all = text.split('\n');
  return all.length <= lines ? text : [...all.slice(0, lines), `… ${all.length - lines} more lines in ${file}`].join('\n');
};

const PHASES = ['sync', 'build', 'pack', 'test', 'dry'] as const;
type Phase = (typeof PHASES)[number];

interface StepResult {
  readonly name: string;
  readonly result: 'ok' | 'in sync' | 'refused' | 'FAILED';
  readonly proves: string;
  readonly tests: string;
  readonly phases: Partial<Record<Phase, number>>;
  readonly seconds: number;
}

class LoopStepFailed extends ReleaseError {}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { keep: { type: 'boolean' }, 'keep-going': { type: 'boolean' }, 'from-current': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(USAGE);
  if (!existsSync(join(SHARED_IANA, 'history', START_REVISION))) {
    throw new ReleaseError(`${SHARED_IANA}/history/${START_REVISION} is missing: the replay needs IANA's real revisions in ../shared/iana beside the repository`);
  }
  const loopStart = performance.now();
  const parent = mkdtempSync(join(tmpdir(), 'wscodes-loop-'));
  const copy = copyWorkspace(REPO_ROOT, undefined, join(parent, 'repo'));
  symlinkSync(resolve(REPO_ROOT, '../shared'), join(parent, 'shared')); // tests find ../shared as in CI
  const logs = join(parent, 'logs');
  mkdirSync(logs);
  // One install (the copy links the workspace's node_modules) and one nx cache for every step of
  // the copy: a build after a sync rebuilds what the sync changed, and npm test's build then hits.
  const env = { ...process.env, ...QUIET_NPM_ENV, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0', NX_CACHE_DIRECTORY: join(parent, 'nx-cache') };
  log(`working in ${copy} (logs in ${logs}); the working tree is not touched`);

  const results: StepResult[] = [];
  let failed = false;
  const npm = async (label: string, args: readonly string[], okStatuses: readonly number[] = [0], onOutput?: (output: string) => void): Promise<ChildResult> => {
    // release:dry's copies get an nx cache of their own: their builds never hit (changeset version
    // changes every package.json), and two nx processes then never share a cache at once.
    const childEnv = args.includes('release:dry') ? { ...env, NX_CACHE_DIRECTORY: join(parent, 'nx-cache-release-dry') } : env;
    const result = await runChild('npm', args, { cwd: copy, env: childEnv, logFile: join(logs, `${label}.log`), say: log, label, onOutput });
    if (result.status !== null && okStatuses.includes(result.status)) return result;
    throw new LoopStepFailed(`npm ${args.join(' ')} failed (exit ${result.status ?? result.signal}); its output is in ${join(logs, `${label}.log`)}${failureLines(result.output)}`);
  };

  try {
    if (!values['from-current']) {
      // Each module from its start file, or (a module added since) as its registry not yet published.
      writeLoopStart(REPO_ROOT, join(copy, 'registry'));
      const started = performance.now();
      // The matrix beside them was recorded against today's registry: the vectors 2015's registry does
      // not generate yet leave it, as a maintainer's prune would; later revisions bring them back unrecorded.
      log('00-start: npm run conformance -- --prune against the 2015-05-05 registries …');
      await npm('00-start-prune', ['run', 'conformance', '--', '--prune']);
      log('00-start: npm run build of the 2015-05-05 registries …');
      await npm('00-start-build', ['run', 'build']);
      const startSeconds = (performance.now() - started) / 1000;
      log(`00-start: the 2015-05-05 registries build (${startSeconds.toFixed(1)} s)`);
      results.push({ name: 'start-2015-05-05', result: 'ok', proves: "IANA's 2015-05-05 registries build", tests: '-', phases: { build: startSeconds }, seconds: startSeconds });
    }

    const real = realRevisions().slice(values['from-current'] ? -1 : 0);
    const current = real.at(-1)!.xml;
    const steps: (Update | Refusal[])[] = [...real, refusedUpstreams(current, LOOP_REGISTRIES), ...syntheticUpdates(current, LOOP_REGISTRIES)];
    for (const [index, step] of steps.entries()) {
      const number = String(index + 1).padStart(2, '0');
      const name = Array.isArray(step) ? 'refused-upstreams' : step.name;
      const label = `${number}-${name}`;
      const stepStart = performance.now();
      const phases: Partial<Record<Phase, number>> = {};
      try {
        const result = Array.isArray(step) ? await refusedStep(label, step, phases) : await syncedStep(label, step, phases);
        results.push({ name, ...result, phases, seconds: (performance.now() - stepStart) / 1000 });
      } catch (error) {
        if (!(error instanceof ReleaseError)) throw error;
        failed = true;
        console.error(`test:loop ${label} FAILED: ${error.message}`);
        results.push({ name, result: 'FAILED', proves: Array.isArray(step) ? 'refused upstreams' : step.proves, tests: '-', phases, seconds: (performance.now() - stepStart) / 1000 });
        if (!values['keep-going']) break;
      }
    }
  } finally {
    printTable(results, (performance.now() - loopStart) / 1000);
    if (values.keep) log(`kept ${parent}`);
    else rmSync(parent, { recursive: true, force: true });
  }
  if (failed) throw new ReleaseError(`${results.filter((r) => r.result === 'FAILED').length} step(s) failed (see above)`);
  log(`ok: ${results.length} steps`);

  /** One IANA revision: sync, ONE build, the packed check, npm test, release:dry. */
  async function syncedStep(label: string, update: Update, phases: Partial<Record<Phase, number>>): Promise<Omit<StepResult, 'name' | 'phases' | 'seconds'>> {
    const xml = join(parent, `${label}.xml`);
    writeFileSync(xml, update.xml);
    for (const skipped of update.skipped) log(`${label}: skipped ${skipped}`);
    const before = readFiles(copy);
    const allow = update.allowWithdrawal.length > 0 ? ['--allow-withdrawal', update.allowWithdrawal.join(',')] : [];
    log(`${label}: npm run sync:iana -- --from ${relative(parent, xml)}${allow.length ? ` ${allow.join(' ')}` : ''}`);
    const sync = await npm(`${label}-sync`, ['run', 'sync:iana', '--', '--from', xml, ...allow]);
    phases.sync = sync.seconds;
    if (changedFiles(copy, before, readFiles(copy)).length === 0) {
      if (update.changes.length > 0) throw new LoopStepFailed(`${label}: the sync wrote nothing, but the revision ${update.proves}`);
      log(`${label}: already in sync, nothing written, nothing to release (${sync.seconds.toFixed(1)} s)`);
      return { result: 'in sync', proves: update.proves, tests: '-' };
    }
    log(`${label}: synced (${sync.seconds.toFixed(1)} s)\n${indent(head(stripVTControlCharacters(sync.stdout).trim(), REPORT_LINES, join(logs, `${label}-sync.log`)))}`);
    if (sync.output.includes(PRUNE_HINT)) {
      log(`${label}: the sync names stale vector references: npm run conformance -- --prune`);
      phases.sync += (await npm(`${label}-prune`, ['run', 'conformance', '--', '--prune'])).seconds;
    }

    const build = await npm(`${label}-build`, ['run', 'build']);
    phases.build = build.seconds;
    log(`${label}: one npm run build (${build.seconds.toFixed(1)} s)`);

    const packStart = performance.now();
    const registry = loadRegistry(join(copy, 'registry/close-codes.yaml'));
    const changes = changeProblems(update.changes, syncedRegistries(registry));
    const entries = registry.codes.map(expectedEntry);
    const packed = await packAndRead(join(parent, label), async (args) => (await npm(`${label}-pack`, args)).stdout);
    const others = Object.values(registry.ianaRegistries ?? {}).map((r) => ({
      file: r.source,
      updated: r.header.updated,
      listed: r.entries.filter((e) => !e.withdrawn).map((e) => ({ value: e.value, iana: e.iana })),
    }));
    const problems = [...changes, ...packedProblems(entries, registry.ianaUpdated, packed), ...packedRegistryProblems(others, packed)];
    phases.pack = (performance.now() - packStart) / 1000;
    if (problems.length > 0) throw new LoopStepFailed(`${label}: after one build, the registries or the packed packages are not what the revision says:\n${indent(problems.join('\n'))}`);
    log(`${label}: the synced registries show the revision (${update.changes.length} changes) and the four tarballs agree with them (${entries.length} close codes, ${others.length} other registries; ${phases.pack.toFixed(1)} s)`);

    // release:dry works in a copy of its own, made first: once it has copied, npm test runs beside
    // it. Neither writes what the other reads, and the two share the two cores.
    let copied: () => void = () => {};
    const hasCopied = new Promise<void>((resolve) => (copied = resolve));
    const dryRun = npm(`${label}-release-dry`, ['run', 'release:dry'], [0], (output) => {
      if (output.includes('copied the workspace')) copied();
    });
    await Promise.race([hasCopied, dryRun.catch(() => undefined)]);
    const [testRun, dryDone] = await Promise.allSettled([npm(`${label}-test`, ['test']), dryRun]);
    if (testRun.status === 'rejected') throw testRun.reason;
    if (dryDone.status === 'rejected') throw dryDone.reason;
    const tests = testRun.value;
    phases.test = tests.seconds;
    phases.dry = dryDone.value.seconds;
    const passed = testCount(tests.stdout);
    // A summary we cannot read would report a pass of nothing: fail instead.
    if (passed === 0) throw new LoopStepFailed(`${label}: npm test passed but no "Tests N passed" line was found in its output (${join(logs, `${label}-test.log`)})`);
    log(`${label}: npm test passed (${passed} tests, ${tests.seconds.toFixed(1)} s); release:dry passed (${dryDone.value.seconds.toFixed(1)} s, beside it)`);
    return { result: 'ok', proves: update.proves, tests: String(passed) };
  }

  /** Broken upstreams: each refused with exit 2 and one line naming the registry, every file byte for byte as before. No build. */
  async function refusedStep(label: string, refusals: readonly Refusal[], phases: Partial<Record<Phase, number>>): Promise<Omit<StepResult, 'name' | 'phases' | 'seconds'>> {
    const problems: string[] = [];
    phases.sync = 0;
    for (const refusal of refusals) {
      const xml = join(parent, `${label}-${refusal.name}.xml`);
      writeFileSync(xml, refusal.xml);
      const before = readFiles(copy);
      const result = await npm(`${label}-${refusal.name}`, ['run', '--silent', 'sync:iana', '--', '--from', xml, ...refusal.args], [0, 1, 2]);
      phases.sync += result.seconds;
      const found = refusalProblems(refusal, result);
      const after = readFiles(copy);
      const written = changedFiles(copy, before, after);
      if (written.length > 0) {
        found.push(`wrote ${written.join(', ')} (put back as they were, for the next steps)`);
        restoreFiles(before, after);
      }
      problems.push(...found.map((p) => `${refusal.name}: ${p}`));
      log(`${label}: ${refusal.name}: exit ${result.status} (${found.length ? 'WRONG' : 'as expected'}): ${refusal.proves}${refusal.exit === 2 ? `\n${indent(lastLine(result.output, 300))}` : ''}`);
    }
    if (problems.length > 0) throw new LoopStepFailed(`${label}: the sync did not refuse a broken upstream as it must:\n${indent(problems.join('\n'))}`);
    return { result: 'refused', proves: refusals.map((r) => r.name.replace(/^(refused|allowed)-/, '')).join(', '), tests: '-' };
  }
}

/** Every file under registry/ and .changeset/, by path: what the sync may write. */
type Files = ReadonlyMap<string, Buffer>;

function readFiles(copy: string): Files {
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(path, readFileSync(path));
    }
  };
  walk(join(copy, 'registry'));
  walk(join(copy, '.changeset'));
  return files;
}

/** The files that differ between two readings, by path relative to the copy; none when the sync wrote nothing. */
function changedFiles(copy: string, before: Files, after: Files): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => !before.get(p)?.equals(after.get(p) ?? Buffer.alloc(0)) || !after.has(p) || !before.has(p)).map((p) => relative(copy, p)).sort();
}

/** Puts the files back as they were, so that the next step starts from the state it expects. */
function restoreFiles(before: Files, after: Files): void {
  for (const path of after.keys()) if (!before.has(path)) rmSync(path);
  for (const [path, content] of before) writeFileSync(path, content);
}

/** Every real revision after the start, then IANA's current file. */
function realRevisions(): Update[] {
  const history = readdirSync(join(SHARED_IANA, 'history'))
    .filter((name) => /^websocket-\d{4}-\d{2}-\d{2}\.xml$/.test(name) && name > START_REVISION)
    .sort();
  return [...history.map((name) => join(SHARED_IANA, 'history', name)), join(SHARED_IANA, 'websocket.xml')].map((file): Update => {
    const name = file.endsWith('websocket.xml') ? 'iana-current' : `iana-${file.slice(-14, -4)}`;
    return { name, xml: readFileSync(file, 'utf8'), proves: `IANA's real revision ${name === 'iana-current' ? 'websocket.xml' : file.slice(-14, -4)}`, changes: [], skipped: [], allowWithdrawal: [] };
  });
}

type Registry = ReturnType<typeof loadRegistry>;

/** Each registry's values as the synced YAML holds them: IANA's words and whether withdrawn. */
function syncedRegistries(registry: Registry): Map<string, SyncedRegistry> {
  const out = new Map<string, SyncedRegistry>();
  const withdrawn = (entry: object) => Boolean((entry as { withdrawn?: unknown }).withdrawn);
  out.set('close-codes', new Map(registry.codes.map((c) => [String(c.code), { words: c.iana?.description, withdrawn: withdrawn(c) }])));
  for (const loop of LOOP_REGISTRIES) {
    const data = (registry.ianaRegistries as Record<string, { entries: readonly { value: number | string; iana: Record<string, unknown>; withdrawn?: unknown }[] }> | undefined)?.[loop.moduleId ?? loop.id];
    if (!data) continue;
    out.set(loop.id, new Map(data.entries.map((e) => [String(e.value), { words: typeof e.iana[loop.textElement] === 'string' ? (e.iana[loop.textElement] as string) : undefined, withdrawn: withdrawn(e) }])));
  }
  return out;
}

function expectedEntry(entry: Registry['codes'][number]): ExpectedEntry {
  const withdrawn = (entry as { withdrawn?: { constant?: string } }).withdrawn;
  return {
    code: entry.code,
    key: entry.key,
    name: entry.name,
    receive: entry.receive,
    ianaDescription: entry.iana?.description,
    ...(withdrawn ? { withdrawn: { constantKept: withdrawn.constant !== 'removed' } } : {}),
  };
}

/** The lines of a failed run that say what failed (vitest's FAIL and ×, errors), or its tail. */
function failureLines(output: string): string {
  const lines = stripVTControlCharacters(output).split('\n');
  const failing = lines.filter((line) => /^\s*(FAIL\b|×)|^\s*\w*Error\b|^npm error|^sync:iana\b/.test(line)).slice(0, 40);
  return `:\n${indent((failing.length > 0 ? failing : lines.slice(-30)).join('\n'))}`;
}

/** The sum of vitest's "Tests  N passed" lines (colour codes removed: vitest colours them even in a pipe under CI). */
const testCount = (output: string): number =>
  [...stripVTControlCharacters(output).matchAll(/^\s*Tests\s+(?:\d+ failed \| )?(\d+) passed/gm)].reduce((sum, m) => sum + Number(m[1]), 0);

function printTable(results: readonly StepResult[], total: number): void {
  if (results.length === 0) return;
  const s = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(0));
  const rows = [
    ['step', 'result', 'tests', ...PHASES, 'total s', 'what it proved'],
    ...results.map((r) => [r.name, r.result, r.tests, ...PHASES.map((p) => s(r.phases[p])), r.seconds.toFixed(0), r.proves]),
  ];
  const widths = rows[0]!.slice(0, -1).map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  console.log('');
  for (const row of rows) console.log(row.map((cell, i) => (i === row.length - 1 ? cell : i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  '));
  const sum = (phase: Phase) => results.reduce((n, r) => n + (r.phases[phase] ?? 0), 0);
  console.log(`\ntest:loop ${total.toFixed(0)} s in all; by phase: ${PHASES.map((p) => `${p} ${sum(p).toFixed(0)} s`).join(', ')}`);
}

main().catch((error: unknown) => {
  if (!(error instanceof ReleaseError)) throw error;
  console.error(`test:loop failed: ${error.message}`);
  process.exit(1);
});
