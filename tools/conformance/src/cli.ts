import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COMPAT_FILE, loadCompat, REGISTRY_FILE, REPO_ROOT, type CompatResult } from '@wscodes-tools/registry';
import { assessPeer, compatText, nextCompat, type PeerReport, type Vectors } from './assess.ts';
import { collect, RunnerError, type RunnerOutput } from './collect.ts';
import { prune, type PruneIo } from './prune.ts';
import { RUNNERS, type RunnerDefinition } from './runners.ts';

const USAGE = `Usage: npm run conformance [-- --check] [--runner KEY[,KEY...]] [--only SUBSTRING]
       npm run conformance -- --prune

Plays the vectors of @wscodes/fixtures against real WebSocket implementations over loopback, with
the runners in tools/conformance/runners (${RUNNERS.map((r) => r.key).join(', ')}), judges each
observation from the levels in the vectors, and compares it with the matrix in ${COMPAT_FILE}.

Without --check it records: ${COMPAT_FILE} gets every result, then run npm run generate to ship it
(@wscodes/fixtures/compat.json and the compatibility page of @wscodes/docs).

  --check            record nothing; fail when a result changed while the peer's version did not
                     (a changed version is reported as "peer upgraded: re-record")
  --runner KEYS      run only these runners (comma-separated); recording rewrites only their
                     peers' lines, and every other peer's stay byte for byte
  --only SUBSTRING   play only the vectors whose id contains SUBSTRING (implies --check)
  --prune            run nothing: remove the references to vectors the registry no longer
                     generates, which npm run build refuses: the peerNotes entries of
                     ${REGISTRY_FILE} (or the ids inside one that still names live vectors; every
                     other byte of the file stays) and the results in ${COMPAT_FILE}. Each is
                     printed with its file:line:col; nothing is written when nothing is stale.
                     Needed after a registry change that removes vectors (sync:iana's report
                     lists the references it makes stale); needs no peer installed.
  --help             print this text

Each runner ends with "N passed, M failed". A result passes when it breaks no requirement or
reproduces the recorded one exactly. Violations with no recorded result are listed as unrecorded.`;

export interface Io extends PruneIo {
  readonly writeCompat: (text: string) => void;
  /** The repository whose registry --prune edits; the real one unless a test says otherwise. */
  readonly root?: string;
}

const FIXTURES_DIR = 'packages/fixtures';
const VERDICT_ORDER = ['conforms', 'alternative', 'informational', 'violates-should', 'violates-must'] as const;

function loadVectors(root: string): Vectors {
  const read = (name: string) => (JSON.parse(readFileSync(join(root, FIXTURES_DIR, name), 'utf8')) as { vectors: never[] }).vectors;
  return {
    closePayloads: read('close-payloads.json'),
    closeFrames: read('close-frames.json'),
    apiCloseCalls: read('api-close-calls.json'),
    handshake: read('handshake.json'),
  };
}

const brief = (r: CompatResult | undefined): string => (r ? `${r.verdict}${r.clause ? ` (${r.clause})` : ''} ${JSON.stringify(r.observed)}` : 'not played');

function selectRunners(keys: string | undefined): readonly RunnerDefinition[] {
  if (!keys) return RUNNERS;
  const wanted = keys.split(',').map((k) => k.trim());
  const unknown = wanted.filter((k) => !RUNNERS.some((r) => r.key === k));
  if (unknown.length > 0) throw new RunnerError(`unknown runner ${unknown.join(', ')}; the runners are ${RUNNERS.map((r) => r.key).join(', ')}`);
  return RUNNERS.filter((r) => wanted.includes(r.key));
}

/** Runs the runners two at a time: the machine has 2 cores, and a browser takes one by itself. */
async function runAll(runners: readonly RunnerDefinition[], only: string | undefined, io: Io): Promise<Map<RunnerDefinition, RunnerOutput>> {
  const outputs = new Map<RunnerDefinition, RunnerOutput>();
  const queue = [...runners];
  const worker = async () => {
    for (let runner = queue.shift(); runner; runner = queue.shift()) {
      io.err(`conformance: running ${runner.key}…`);
      const output = await collect(runner, REPO_ROOT, FIXTURES_DIR, only);
      io.err(`conformance: ${runner.key} done in ${output.seconds.toFixed(1)} s (${output.peers.map((p) => p.peer).join(', ')})`);
      outputs.set(runner, output);
    }
  };
  await Promise.all([worker(), worker()]);
  return outputs;
}

function printPeer(report: PeerReport, recording: boolean, io: Io): void {
  const verdicts = Object.values(report.results).map((r) => r.verdict);
  const counts = VERDICT_ORDER.map((verdict) => [verdict, verdicts.filter((v) => v === verdict).length] as const)
    .filter(([, n]) => n > 0)
    .map(([verdict, n]) => `${n} ${verdict}`)
    .join(', ');
  io.out(`  ${report.peer.peer} (${report.peer.implementation} ${report.peer.version}): ${counts}`);
  if (report.recordedVersion !== undefined && report.recordedVersion !== report.peer.version) {
    io.out(`    peer upgraded: re-record (${report.recordedVersion} recorded, ${report.peer.version} ran; ${report.upgraded.length} results differ)`);
  }
  for (const change of report.failed) io.out(`    ${recording ? 'changed' : 'FAILED'} ${change.id}: recorded ${brief(change.recorded)}; now ${brief(change.now)}`);
  if (report.unrecorded.length > 0) io.out(`    unrecorded: ${report.unrecorded.join(', ')}`);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { check: { type: 'boolean' }, runner: { type: 'string' }, only: { type: 'string' }, prune: { type: 'boolean' }, help: { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    io.err(`conformance: ${(error as Error).message}; see --help`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.prune) {
    if (values.check || values.runner !== undefined || values.only !== undefined) {
      io.err(`conformance: --prune runs no runner, so it takes no --check, --runner or --only; see --help`);
      return 2;
    }
    return prune(io.root ?? REPO_ROOT, io);
  }
  try {
    const runners = selectRunners(values.runner);
    const vectors = loadVectors(REPO_ROOT);
    const recorded = loadCompat(join(REPO_ROOT, COMPAT_FILE));
    const outputs = await runAll(runners, values.only, io);
    const record = !values.check && !values.only;
    const reports: PeerReport[] = [];
    let passed = 0;
    let failed = 0;
    for (const runner of runners) {
      const output = outputs.get(runner)!;
      io.out(`${runner.key} (${runner.language}, ${output.seconds.toFixed(1)} s):`);
      const mine = output.peers.map((peer) => assessPeer(vectors, runner.key, peer, output, recorded));
      mine.forEach((report) => printPeer(report, record, io));
      const runnerPassed = mine.reduce((n, r) => n + r.passed, 0);
      const runnerFailed = mine.reduce((n, r) => n + r.failed.length, 0);
      io.out(`${runner.key}: ${runnerPassed} passed, ${record ? 0 : runnerFailed} failed`);
      reports.push(...mine);
      passed += runnerPassed;
      failed += runnerFailed;
    }
    if (record) {
      const compat = nextCompat(recorded, reports, runners.map((r) => r.key));
      const dropped = Object.keys(recorded.peers).filter((peer) => !compat.peers[peer]);
      if (dropped.length > 0) io.out(`conformance: dropped ${dropped.join(', ')}: recorded by a runner that ran, which no longer reports them`);
      io.writeCompat(compatText(compat));
      io.out(`conformance: recorded ${reports.length} peers in ${COMPAT_FILE}; run npm run generate to ship it`);
    }
    const unrecorded = reports.reduce((n, r) => n + r.unrecorded.length, 0);
    if (unrecorded > 0 && !record) io.out(`conformance: ${unrecorded} violations have no recorded result; npm run conformance records them`);
    io.out(`conformance: ${passed} passed, ${record ? 0 : failed} failed`);
    return record || failed === 0 ? 0 : 1;
  } catch (error) {
    io.err(`conformance: ${(error as Error).message}`);
    return 1;
  }
}
