import { toJson } from '@wscodes-tools/generators/output';
import { canonical, canonicalCompat, COMPAT_INLINE_FROM, type ApiObservation, type ClientHandshakeObservation, type Compat, type CompatResult, type Observation, type ReceiveObservation, type ServerHandshakeObservation } from '@wscodes-tools/registry';
import type { ApiCloseCallVector, CloseFrameVector, ClosePayloadVector, HandshakeVector } from '@wscodes/fixtures';
import type { PeerLine, RunnerOutput } from './collect.ts';
import { idsForRole } from '@wscodes-tools/generators/vectors-model';
import { judgeApi, judgeHandshake, judgeReceive, type ReceiveVector } from './judge.ts';

// Judges what the runners saw and holds it against the recorded matrix: the pure core of
// `npm run conformance`. A result passes when it breaks no requirement, or when it reproduces the
// recorded one exactly; it fails when it changed while the peer's version did not.

export interface Vectors {
  readonly closePayloads: readonly ClosePayloadVector[];
  readonly closeFrames: readonly CloseFrameVector[];
  readonly apiCloseCalls: readonly ApiCloseCallVector[];
  readonly handshake: readonly HandshakeVector[];
}

export interface Change {
  readonly id: string;
  readonly recorded: CompatResult | undefined;
  readonly now: CompatResult | undefined;
}

export interface PeerReport {
  readonly peer: PeerLine;
  readonly runner: string;
  /** The version compat.json recorded for this peer, if any. */
  readonly recordedVersion: string | undefined;
  readonly results: Readonly<Record<string, CompatResult>>;
  readonly passed: number;
  /** Results that changed while the version stayed, and vectors the peer should have played but did not. */
  readonly failed: readonly Change[];
  /** Results that differ from the record because the peer's version changed: re-record. */
  readonly upgraded: readonly Change[];
  /** Violations with no recorded result yet (a new vector, a new peer): recorded by `npm run conformance`. */
  readonly unrecorded: readonly string[];
}

const isApiObservation = (o: Observation): o is ApiObservation => 'outcome' in o;
const isReceiveObservation = (o: Observation): o is ReceiveObservation => 'reply' in o;
const isHandshakeObservation = (o: Observation): o is ServerHandshakeObservation | ClientHandshakeObservation => 'response' in o || 'opened' in o;

/** Judges one observation, from the vector with that id. */
export function resultFor(vectors: Vectors, id: string, observed: Observation): CompatResult {
  const api = vectors.apiCloseCalls.find((v) => v.id === id);
  const receive = [...vectors.closePayloads, ...vectors.closeFrames].find((v) => v.id === id);
  const handshake = vectors.handshake.find((v) => v.id === id);
  if (api && isApiObservation(observed)) return { ...judgeApi(api, observed), observed };
  if (receive && isReceiveObservation(observed)) return { ...judgeReceive(receive, observed), observed };
  if (handshake && isHandshakeObservation(observed) && ('opened' in observed) === (handshake.peer === 'client')) return { ...judgeHandshake(handshake, observed), observed };
  throw new Error(
    `a runner reported vector ${id}, which ${api || receive || handshake ? 'has another kind of observation' : 'no vector file holds'}: rebuild (npm run build) and check the runner`,
  );
}

const same = (a: CompatResult | undefined, b: CompatResult | undefined) => canonical(a) === canonical(b);
const breaks = (r: CompatResult) => r.verdict === 'violates-must' || r.verdict === 'violates-should';

export function assessPeer(vectors: Vectors, runner: string, peer: PeerLine, output: RunnerOutput, recorded: Compat): PeerReport {
  const results: Record<string, CompatResult> = {};
  for (const r of output.results.filter((x) => x.peer === peer.peer)) {
    if (results[r.id]) throw new Error(`the ${runner} runner reported ${r.id} twice for ${peer.peer}`);
    results[r.id] = resultFor(vectors, r.id, r.observed);
  }
  const before = recorded.results[peer.peer] ?? {};
  // A peer with the WHATWG API plays the close() calls, and a peer whose runner drives the handshake
  // plays the handshake vectors; once recorded, missing them is a failure.
  const plays = {
    api: vectors.apiCloseCalls.some((v) => results[v.id] || before[v.id]),
    handshake: vectors.handshake.some((v) => results[v.id] || before[v.id]),
  };
  const recordedVersion = recorded.peers[peer.peer]?.version;
  const upgraded = recordedVersion !== undefined && recordedVersion !== peer.version;
  let passed = 0;
  const failed: Change[] = [];
  const changedByUpgrade: Change[] = [];
  const unrecorded: string[] = [];
  for (const id of idsForRole(vectors, peer.role, plays)) {
    const now = results[id];
    const then = before[id];
    if (!now) failed.push({ id, recorded: then, now });
    else if (then === undefined) {
      if (breaks(now)) unrecorded.push(id);
      else passed++;
    } else if (same(then, now)) passed++;
    else (upgraded ? changedByUpgrade : failed).push({ id, recorded: then, now });
  }
  return { peer, runner, recordedVersion, results, passed, failed, upgraded: changedByUpgrade, unrecorded };
}

/**
 * The matrix to record. Each runner that ran re-records its own peers: every peer it reported
 * replaces its old entry, and a peer it recorded before but no longer reports is dropped. The
 * peers of the other runners stay as they were, byte for byte once written (compatText).
 */
export function nextCompat(recorded: Compat, reports: readonly PeerReport[], ran: readonly string[] = [...new Set(reports.map((r) => r.runner))]): Compat {
  const reported = new Set(reports.map((r) => r.peer.peer));
  const gone = (peer: string) => ran.includes(recorded.peers[peer]?.runner ?? '') && !reported.has(peer);
  const peers = Object.fromEntries(Object.entries(recorded.peers).filter(([peer]) => !gone(peer)));
  const results = Object.fromEntries(Object.entries(recorded.results).filter(([peer]) => !gone(peer)));
  for (const r of reports) {
    peers[r.peer.peer] = { implementation: r.peer.implementation, version: r.peer.version, language: r.peer.language, role: r.peer.role, runner: r.runner };
    results[r.peer.peer] = { ...r.results };
  }
  return canonicalCompat({ peers, results });
}

/** compat.json as npm run conformance writes it: the canonical layout, one line per peer entry and per result. */
export const compatText = (compat: Compat): string => toJson(canonicalCompat(compat), COMPAT_INLINE_FROM);
