// npm run test:loop [-- --keep] [--from-step N]
// The maintainer loop, end to end, on a throw-away copy of the workspace. It starts from registries
// (close codes and IANA's five others) that hold IANA's 2015-05-05 revision, then takes every later real revision (../shared/iana/history,
// then ../shared/iana/websocket.xml) and three synthetic updates (an addition, a changed field, a
// withdrawal) through what a maintainer does: a real `npm run sync:iana`, ONE `npm run build`, the
// packed tarballs checked against the registry, `npm test`, and `npm run release:dry`. No step
// edits anything else, so a test that pins today's data, a stale nx cache or a changeset that
// breaks the release fails here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { IANA_REGISTRIES, loadRegistry } from '@wscodes-tools/registry';
import { indent, QUIET_NPM_ENV, ReleaseError, seconds } from '../exec.ts';
import { copyWorkspace } from '../temp-copy.ts';
import { REPO_ROOT } from '../workspace.ts';
import { packAndRead } from './packed-read.ts';
import { packedProblems, packedRegistryProblems, type ExpectedEntry } from './packed-check.ts';
import { syntheticUpdates, type Update } from './updates.ts';

const USAGE = `usage: npm run test:loop -- [--keep]

Replays IANA's real revisions and three synthetic updates through sync -> build -> pack -> test ->
release:dry on a temporary copy of the workspace. Needs ../shared/iana beside the repository.
  --keep    keep the temporary copy and its logs
  -h, --help`;

/** The registry the replay starts from: IANA's 2015-05-05 revision with the project's curated text. */
export const START_REGISTRY = 'tools/release/loop/registry-2015-05-05.yaml';
/** IANA's other registries as that revision held them, one file per module, named as in registry/. */
export const START_REGISTRIES_DIR = 'tools/release/loop/2015-05-05';
const START_REVISION = 'websocket-2015-05-05.xml';
const SHARED_IANA = resolve(REPO_ROOT, '../shared/iana');

const log = (message: string): void => console.log(`test:loop ${message}`);

interface StepResult {
  readonly name: string;
  readonly sync: string;
  readonly tests: string;
  readonly seconds: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(USAGE);
  if (!existsSync(join(SHARED_IANA, 'history', START_REVISION))) {
    throw new ReleaseError(`${SHARED_IANA}/history/${START_REVISION} is missing: the replay needs IANA's real revisions in ../shared/iana beside the repository`);
  }

  const parent = mkdtempSync(join(tmpdir(), 'wscodes-loop-'));
  const copy = copyWorkspace(REPO_ROOT, undefined, join(parent, 'repo'));
  symlinkSync(resolve(REPO_ROOT, '../shared'), join(parent, 'shared')); // tests find ../shared as in CI
  const logs = join(parent, 'logs');
  mkdirSync(logs);
  log(`working in ${copy} (logs in ${logs}); the working tree is not touched`);

  const results: StepResult[] = [];
  try {
    writeFileSync(join(copy, 'registry/close-codes.yaml'), readFileSync(join(REPO_ROOT, START_REGISTRY)));
    for (const module of IANA_REGISTRIES) {
      const start = join(REPO_ROOT, START_REGISTRIES_DIR, basename(module.file));
      if (!existsSync(start)) throw new ReleaseError(`${start} is missing: every registry module needs its 2015-05-05 starting file`);
      writeFileSync(join(copy, module.file), readFileSync(start));
    }
    let start = performance.now();
    npm(copy, logs, 'start-build', ['run', 'build']);
    log(`start: the 2015-05-05 registry builds (${seconds(start)})`);

    for (const [index, update] of updates().entries()) {
      start = performance.now();
      const step = `${String(index + 1).padStart(2, '0')}-${update.name}`;
      const xml = join(parent, `${step}.xml`);
      writeFileSync(xml, update.xml);
      if (npmStatus(copy, logs, `${step}-check`, ['run', 'sync:iana', '--', '--from', xml, '--check']) === 0) {
        log(`${step}: already in sync, nothing to release`);
        results.push({ name: update.name, sync: 'in sync', tests: '-', seconds: seconds(start) });
        continue;
      }
      const report = npm(copy, logs, `${step}-sync`, ['run', 'sync:iana', '--', '--from', xml]);
      log(`${step}: synced\n${indent(report.trim())}`);
      npm(copy, logs, `${step}-build`, ['run', 'build']);

      const registry = loadRegistry(join(copy, 'registry/close-codes.yaml'));
      const entries = registry.codes.map(expectedEntry);
      const packed = await packAndRead(copy, join(parent, step));
      const others = Object.values(registry.ianaRegistries ?? {}).map((r) => ({
        file: r.source,
        updated: r.header.updated,
        listed: r.entries.filter((e) => !e.withdrawn).map((e) => ({ value: e.value, iana: e.iana })),
      }));
      const problems = [...(update.expect?.(entries) ?? []), ...packedProblems(entries, registry.ianaUpdated, packed), ...packedRegistryProblems(others, packed)];
      if (problems.length > 0) throw new ReleaseError(`${step}: after one build, the packed packages disagree with the registry:\n${indent(problems.join('\n'))}`);
      log(`${step}: one build; the four tarballs agree with the registries (${entries.length} close codes, ${others.length} other registries)`);

      const tests = npm(copy, logs, `${step}-test`, ['test']);
      const passed = testCount(tests);
      // A summary we cannot read would report a pass of nothing: fail instead.
      if (passed === 0) throw new ReleaseError(`${step}: npm test passed but no "Tests N passed" line was found in its output (${join(logs, `${step}-test.log`)})`);
      log(`${step}: npm test passed (${passed} tests)`);
      npm(copy, logs, `${step}-release-dry`, ['run', 'release:dry']);
      log(`${step}: release:dry passed (${seconds(start)} for the step)`);
      results.push({ name: update.name, sync: 'synced', tests: String(passed), seconds: seconds(start) });
    }
  } finally {
    if (results.length > 0) {
      console.log('\nstep                        sync      tests  time');
      for (const r of results) console.log(`${r.name.padEnd(28)}${r.sync.padEnd(10)}${r.tests.padStart(5)}  ${r.seconds}`);
    }
    if (values.keep) log(`kept ${parent}`);
    else rmSync(parent, { recursive: true, force: true });
  }
  log(`ok: ${results.length} updates replayed`);
}

/** Every real revision after the start, IANA's current file, then the synthetic updates on top of it. */
function updates(): Update[] {
  const history = readdirSync(join(SHARED_IANA, 'history'))
    .filter((name) => /^websocket-\d{4}-\d{2}-\d{2}\.xml$/.test(name) && name > START_REVISION)
    .sort();
  const real = [...history.map((name) => join(SHARED_IANA, 'history', name)), join(SHARED_IANA, 'websocket.xml')].map(
    (file): Update => ({ name: file.endsWith('websocket.xml') ? 'iana-current' : `iana-${file.slice(-14, -4)}`, xml: readFileSync(file, 'utf8') }),
  );
  return [...real, ...syntheticUpdates(real.at(-1)!.xml)];
}

function expectedEntry(entry: ReturnType<typeof loadRegistry>['codes'][number]): ExpectedEntry {
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

const LOOP_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };

/** Runs npm in the copy, keeps its whole output in logs/<name>.log, and fails with what went wrong. */
function npm(cwd: string, logs: string, name: string, args: readonly string[]): string {
  const result = spawnSync('npm', args, { cwd, env: { ...process.env, ...QUIET_NPM_ENV, ...LOOP_ENV }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const log = join(logs, `${name}.log`);
  writeFileSync(log, output);
  if (result.status === 0) return result.stdout;
  throw new LoopStepFailed(`npm ${args.join(' ')} failed (exit ${result.status ?? result.signal}); its output is in ${log}${failureLines(output)}`, result.status);
}

class LoopStepFailed extends ReleaseError {
  constructor(message: string, readonly status: number | null) {
    super(message);
  }
}

/** The lines of a failed run that say what failed (vitest's FAIL and ×, errors), or its tail. */
function failureLines(output: string): string {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const failing = lines.filter((line) => /^\s*(FAIL\b|×)|^\s*\w*Error\b|^npm error/.test(line)).slice(0, 40);
  return `:\n${indent((failing.length > 0 ? failing : lines.slice(-30)).join('\n'))}`;
}

function npmStatus(cwd: string, logs: string, name: string, args: readonly string[]): number {
  try {
    npm(cwd, logs, name, args);
    return 0;
  } catch (error) {
    if (error instanceof LoopStepFailed && error.status === 1) return 1;
    throw error;
  }
}

/** The sum of vitest's "Tests  N passed" lines (colour codes removed: vitest colours them even in a pipe under CI). */
const testCount = (output: string): number =>
  [...stripVTControlCharacters(output).matchAll(/^\s*Tests\s+(?:\d+ failed \| )?(\d+) passed/gm)].reduce((sum, m) => sum + Number(m[1]), 0);

main().catch((error: unknown) => {
  if (!(error instanceof ReleaseError)) throw error;
  console.error(`test:loop failed: ${error.message}`);
  process.exit(1);
});
