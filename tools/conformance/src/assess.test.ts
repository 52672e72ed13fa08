import type { Compat, CompatResult, Observation } from '@wscodes-tools/registry';
import { describe, expect, it } from 'vitest';
import { idsForRole as idsFor, invalid, REQUIREMENTS, valid } from '@wscodes-tools/generators/vectors-model';
import { canonical, parseCompat } from '@wscodes-tools/registry';
import { assessPeer, compatText, nextCompat, resultFor, type PeerReport, type Vectors } from './assess.ts';
import type { PeerLine, RunnerOutput } from './collect.ts';
import { apiVector, clientHandshakeVector, frameVector, payloadVector, serverHandshakeVector } from './test-vectors.ts';

const vectors: Vectors = {
  closePayloads: [
    payloadVector({ id: 'p-normal', payloadHex: '03e8', requirement: REQUIREMENTS.validCode, expected: valid(1000, '') }),
    payloadVector({ id: 'p-bad-utf8', payloadHex: '03e8ff', requirement: REQUIREMENTS.invalidUtf8, expected: invalid(1007, [1002]) }),
  ],
  closeFrames: [
    frameVector({ id: 'f-to-server', direction: 'client-to-server', payloadHex: '03e8', requirement: REQUIREMENTS.validCode, expected: valid(1000, '') }),
    frameVector({ id: 'f-to-client', direction: 'server-to-client', payloadHex: '03e8', requirement: REQUIREMENTS.validCode, expected: valid(1000, '') }),
  ],
  apiCloseCalls: [apiVector('a-normal', REQUIREMENTS.apiCode, { outcome: 'accepted', payloadHex: '03e8' })],
  handshake: [
    serverHandshakeVector('h-server', REQUIREMENTS.supportedVersion, { version: '13' }, { accept: true, protocol: null }),
    clientHandshakeVector('h-client', REQUIREMENTS.subprotocolNotOffered, [], 'chat', { accept: false, status: null, versions: null }),
  ],
};

const serverPeer: PeerLine = { type: 'peer', peer: 'fake-server', implementation: 'fake', version: '1.0.0', language: 'Test', role: 'server' };
const clientPeer: PeerLine = { ...serverPeer, peer: 'fake-client', role: 'client' };

const close = (code: number | null): Observation => ({ reply: { frame: 'close', code } });

/** What a conforming server does with every vector it plays. */
const conformingServer: Record<string, Observation> = { 'p-normal': close(1000), 'p-bad-utf8': close(1007), 'f-to-server': close(1000) };

const outputOf = (peer: PeerLine, observations: Record<string, Observation>): RunnerOutput => ({
  peers: [peer],
  results: Object.entries(observations).map(([id, observed]) => ({ peer: peer.peer, id, observed })),
  seconds: 0,
});

/** The matrix as recorded from these observations by the given version of the peer. */
function recordedFrom(peer: PeerLine, observations: Record<string, Observation>, version = peer.version): Compat {
  const results = Object.fromEntries(Object.entries(observations).map(([id, o]) => [id, resultFor(vectors, id, o)]));
  return {
    peers: { [peer.peer]: { implementation: peer.implementation, version, language: peer.language, role: peer.role, runner: 'fake' } },
    results: { [peer.peer]: results },
  };
}

describe('idsForRole (which vectors a role plays)', () => {
  it('gives a server the client-to-server frames and a client or browser the server-to-client ones', () => {
    const plain = { api: false, handshake: false };
    expect(idsFor(vectors, 'server', plain)).toEqual(['p-normal', 'p-bad-utf8', 'f-to-server']);
    expect(idsFor(vectors, 'client', plain)).toEqual(['p-normal', 'p-bad-utf8', 'f-to-client']);
    expect(idsFor(vectors, 'browser', plain)).toEqual(['p-normal', 'p-bad-utf8', 'f-to-client']);
  });

  it('adds the close() calls for a peer with the WHATWG API', () => {
    expect(idsFor(vectors, 'browser', { api: true, handshake: false })).toEqual(['p-normal', 'p-bad-utf8', 'f-to-client', 'a-normal']);
  });

  it("adds the handshake vectors of the peer's side where its runner plays them (a browser is a client)", () => {
    const plays = { api: false, handshake: true };
    expect(idsFor(vectors, 'server', plays)).toEqual(['p-normal', 'p-bad-utf8', 'f-to-server', 'h-server']);
    expect(idsFor(vectors, 'client', plays)).toEqual(['p-normal', 'p-bad-utf8', 'f-to-client', 'h-client']);
    expect(idsFor(vectors, 'browser', plays)).toEqual(['p-normal', 'p-bad-utf8', 'f-to-client', 'h-client']);
  });
});

describe('resultFor', () => {
  it('judges the observation against the vector with that id', () => {
    expect(resultFor(vectors, 'p-bad-utf8', close(1000))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §8.1', observed: close(1000) });
    expect(resultFor(vectors, 'a-normal', { outcome: 'accepted', payloadHex: '03e8' })).toEqual({ verdict: 'conforms', observed: { outcome: 'accepted', payloadHex: '03e8' } });
  });

  it('records the judgement of a reported close code beside the verdict', () => {
    const observed: Observation = { reply: { frame: 'close', code: 1007 }, reported: { code: 1007, reason: '' } };
    expect(resultFor(vectors, 'p-bad-utf8', observed)).toEqual({ verdict: 'conforms', reportedVerdict: 'differs', observed });
  });

  it('fails a result whose reported code changed while the version did not', () => {
    const reported = (code: number): Record<string, Observation> => ({ ...conformingServer, 'p-normal': { ...close(1000), reported: { code, reason: '' } } });
    const report = assessPeer(vectors, 'fake', serverPeer, outputOf(serverPeer, reported(1005)), recordedFrom(serverPeer, reported(1000)));
    expect(report.failed.map((c) => c.id)).toEqual(['p-normal']);
  });

  it('judges a handshake observation against its handshake vector', () => {
    const response = { response: { status: 101, protocol: null, version: null } };
    expect(resultFor(vectors, 'h-server', response)).toEqual({ verdict: 'conforms', observed: response });
    expect(resultFor(vectors, 'h-client', { opened: true, protocol: 'chat' })).toMatchObject({ verdict: 'violates-must', clause: 'RFC 6455 §4.1' });
  });

  it('refuses an id no vector has, and an observation of the wrong kind, saying what to do', () => {
    expect(() => resultFor(vectors, 'no-such-vector', close(1000))).toThrow(/no-such-vector.*no vector file holds.*npm run build/);
    expect(() => resultFor(vectors, 'a-normal', close(1000))).toThrow(/a-normal.*another kind of observation/);
    expect(() => resultFor(vectors, 'h-server', { opened: true, protocol: null })).toThrow(/h-server.*another kind of observation/);
    expect(() => resultFor(vectors, 'h-client', close(1000))).toThrow(/h-client.*another kind of observation/);
  });
});

describe('canonical', () => {
  it('ignores key order and undefined members, but not values', () => {
    expect(canonical({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonical({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1, e: undefined }));
    expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: '1' }));
  });
});

describe('assessPeer', () => {
  it('passes results identical to the recorded ones, whatever their key order', () => {
    const recorded = recordedFrom(serverPeer, conformingServer);
    // Reverse every object's keys, as a hand-edited or older compat.json might have them.
    const reversed = JSON.parse(JSON.stringify(recorded), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as Compat;
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(recorded));
    const report = assessPeer(vectors, 'fake', serverPeer, outputOf(serverPeer, conformingServer), reversed);
    expect(report).toMatchObject({ passed: 3, failed: [], upgraded: [], unrecorded: [], recordedVersion: '1.0.0' });
  });

  it('fails a result that changed while the version stayed, even when the new one conforms', () => {
    const recorded = recordedFrom(serverPeer, { ...conformingServer, 'p-bad-utf8': close(1002) });
    const report = assessPeer(vectors, 'fake', serverPeer, outputOf(serverPeer, conformingServer), recorded);
    expect(report.passed).toBe(2);
    expect(report.failed).toEqual([
      { id: 'p-bad-utf8', recorded: { verdict: 'alternative', observed: close(1002) }, now: { verdict: 'conforms', observed: close(1007) } },
    ]);
    expect(report.upgraded).toEqual([]);
  });

  it('reports a changed result at another version as upgraded, not failed', () => {
    const recorded = recordedFrom(serverPeer, { ...conformingServer, 'p-bad-utf8': close(1000) }, '0.9.0');
    const report = assessPeer(vectors, 'fake', serverPeer, outputOf(serverPeer, conformingServer), recorded);
    expect(report.recordedVersion).toBe('0.9.0');
    expect(report.failed).toEqual([]);
    expect(report.upgraded.map((c) => c.id)).toEqual(['p-bad-utf8']);
    expect(report.passed).toBe(2);
  });

  it('lists an unrecorded violation as unrecorded, and counts an unrecorded conforming result as passed', () => {
    const now = { ...conformingServer, 'p-bad-utf8': close(1000) };
    const report = assessPeer(vectors, 'fake', serverPeer, outputOf(serverPeer, now), { peers: {}, results: {} });
    expect(report.unrecorded).toEqual(['p-bad-utf8']);
    expect(report.failed).toEqual([]);
    expect(report.passed).toBe(2);
    expect(report.recordedVersion).toBeUndefined();
  });

  it('fails a vector the peer should have played but did not', () => {
    const { 'f-to-server': _played, ...missing } = conformingServer;
    const report = assessPeer(vectors, 'fake', serverPeer, outputOf(serverPeer, missing), recordedFrom(serverPeer, conformingServer));
    expect(report.failed).toEqual([{ id: 'f-to-server', recorded: resultFor(vectors, 'f-to-server', close(1000)), now: undefined }]);
    // Also when nothing was recorded for it: a runner that skips a vector is broken.
    const fresh = assessPeer(vectors, 'fake', serverPeer, outputOf(serverPeer, missing), { peers: {}, results: {} });
    expect(fresh.failed.map((c) => c.id)).toEqual(['f-to-server']);
  });

  it('fails the close() calls of a peer that recorded them and no longer plays them', () => {
    const played = { 'p-normal': close(1000), 'p-bad-utf8': close(1007), 'f-to-client': close(1000) };
    const recorded = recordedFrom(clientPeer, { ...played, 'a-normal': { outcome: 'accepted', payloadHex: '03e8' } });
    const report = assessPeer(vectors, 'fake', clientPeer, outputOf(clientPeer, played), recorded);
    expect(report.failed.map((c) => c.id)).toEqual(['a-normal']);
    expect(report.passed).toBe(3);
  });

  it('fails the handshake vectors of a peer that recorded them and no longer plays them', () => {
    const played = { 'p-normal': close(1000), 'p-bad-utf8': close(1007), 'f-to-server': close(1000) };
    const recorded = recordedFrom(serverPeer, { ...played, 'h-server': { response: { status: 101, protocol: null, version: null } } });
    const report = assessPeer(vectors, 'fake', serverPeer, outputOf(serverPeer, played), recorded);
    expect(report.failed.map((c) => c.id)).toEqual(['h-server']);
  });

  it('judges only the lines of its own peer, and refuses a vector reported twice', () => {
    const output = outputOf(serverPeer, conformingServer);
    const withOther: RunnerOutput = { ...output, results: [...output.results, { peer: 'other-server', id: 'p-normal', observed: close(1011) }] };
    expect(Object.keys(assessPeer(vectors, 'fake', serverPeer, withOther, { peers: {}, results: {} }).results).sort()).toEqual(Object.keys(conformingServer).sort());
    const twice: RunnerOutput = { ...output, results: [...output.results, output.results[0]!] };
    expect(() => assessPeer(vectors, 'fake', serverPeer, twice, { peers: {}, results: {} })).toThrow(/fake runner reported p-normal twice for fake-server/);
  });
});

describe('nextCompat', () => {
  const result = (verdict: CompatResult['verdict']): CompatResult => ({ verdict, observed: close(1000) });
  const peerEntry = (version: string, runner = 'fake') => ({ implementation: 'x', version, language: 'Test', role: 'server' as const, runner });

  it('replaces the peers that ran, keeps the others, and sorts peers and ids', () => {
    const recorded: Compat = {
      peers: { 'zeta-server': peerEntry('1', 'zeta'), 'fake-server': peerEntry('0.9.0') },
      results: { 'zeta-server': { 'p-normal': result('conforms') }, 'fake-server': { 'old-vector': result('violates-must') } },
    };
    const report: PeerReport = {
      peer: serverPeer,
      runner: 'fake',
      recordedVersion: '0.9.0',
      results: { 'p-normal': result('conforms'), 'f-to-server': result('alternative') },
      passed: 2,
      failed: [],
      upgraded: [],
      unrecorded: [],
    };
    const next = nextCompat(recorded, [report]);
    expect(Object.keys(next.peers)).toEqual(['fake-server', 'zeta-server']);
    expect(Object.keys(next.results)).toEqual(['fake-server', 'zeta-server']);
    expect(next.peers['fake-server']).toEqual({ implementation: 'fake', version: '1.0.0', language: 'Test', role: 'server', runner: 'fake' });
    expect(Object.keys(next.results['fake-server']!)).toEqual(['f-to-server', 'p-normal']);
    expect(next.peers['zeta-server']).toEqual(recorded.peers['zeta-server']);
    expect(next.results['zeta-server']).toEqual(recorded.results['zeta-server']);
    // The recorded matrix is left as it was.
    expect(recorded.results['fake-server']).toEqual({ 'old-vector': result('violates-must') });
  });
});

describe('recording compat.json (compatText of nextCompat)', () => {
  const violation = (code: number): CompatResult => ({ verdict: 'violates-must', observed: close(code), clause: 'RFC 6455 §8.1' });
  const otherPeer = { implementation: 'other', version: '2.0.0', language: 'Test', role: 'client' as const, runner: 'other' };
  /** Two runners' peers: fake-server (runner fake) and other-client (runner other), violations with a clause included. */
  const recorded: Compat = {
    peers: { 'fake-server': { ...otherPeer, implementation: 'fake', version: '1.0.0', role: 'server', runner: 'fake' }, 'other-client': otherPeer },
    results: {
      'fake-server': { 'p-normal': { verdict: 'conforms', observed: close(1000) }, 'p-bad-utf8': violation(1000), 'f-to-server': { verdict: 'conforms', observed: close(1000) } },
      'other-client': { 'p-normal': { verdict: 'conforms', observed: close(1000) }, 'p-bad-utf8': violation(1000), 'f-to-client': { verdict: 'conforms', observed: close(1000) } },
    },
  };
  const reportOf = (peer: PeerLine, observations: Record<string, Observation>, runner = 'fake', text = compatText(recorded)): PeerReport =>
    assessPeer(vectors, runner, peer, outputOf(peer, observations), parseCompat(text));

  /** The lines of every block (in peers and in results) that a peer's key opens, up to its closing brace. */
  function linesOf(text: string, peer: string): string[] {
    const lines = text.split('\n');
    return lines.flatMap((line, i) => {
      if (!line.startsWith(`    "${peer}": {`)) return [];
      const end = lines.findIndex((l, j) => j > i && /^ {4}\}/.test(l));
      return lines.slice(i, end + 1);
    });
  }

  it("re-recording one runner leaves every other peer's lines byte-identical", () => {
    // As main() does: the file is read through the schema, one runner's peers judged and written back.
    const record = (text: string, report: PeerReport) => compatText(nextCompat(parseCompat(text), [report], [report.runner]));
    const first = compatText(recorded);
    const otherClient: PeerLine = { type: 'peer', peer: 'other-client', ...otherPeer };
    const second = record(first, reportOf(serverPeer, { ...conformingServer, 'p-normal': close(1007), 'p-bad-utf8': close(1000) }, 'fake', first));
    const third = record(second, reportOf(otherClient, { 'p-normal': close(1000), 'p-bad-utf8': close(1000), 'f-to-client': close(1002) }, 'other', second));
    for (const [before, after, ran, kept] of [[first, second, 'fake-server', 'other-client'], [second, third, 'other-client', 'fake-server']] as const) {
      expect(after).not.toBe(before);
      expect(linesOf(before, kept).length).toBeGreaterThan(4);
      expect(linesOf(after, kept)).toEqual(linesOf(before, kept));
      const changed = after.split('\n').filter((line) => !before.split('\n').includes(line));
      expect(changed.length).toBeGreaterThan(0);
      for (const line of changed) expect(linesOf(after, ran)).toContain(line);
    }
    // The violations the judge wrote keep their layout when the other runner records.
    expect(linesOf(third, 'fake-server').some((line) => line.includes('"clause"'))).toBe(true);
  });

  it("shows a new peer version as a diff of the version and the results that changed, not of the layout", () => {
    const before = compatText(recorded);
    const upgraded = { ...serverPeer, version: '1.1.0' };
    const after = compatText(nextCompat(parseCompat(before), [reportOf(upgraded, { ...conformingServer, 'p-bad-utf8': close(1002) })], ['fake']));
    const [old, now] = [before.split('\n'), after.split('\n')];
    expect(now).toHaveLength(old.length);
    const differing = now.flatMap((line, i) => (line === old[i] ? [] : [line.trim()]));
    expect(differing).toEqual(['"version": "1.1.0",', expect.stringMatching(/^"p-bad-utf8": \{"verdict":"alternative"/)]);
  });

  it('writes one layout whatever order the keys came in', () => {
    const scrambled = JSON.parse(
      JSON.stringify({ results: recorded.results, peers: recorded.peers }, (_, value: unknown) =>
        value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
      ),
    ) as Compat;
    expect(Object.keys(scrambled.results['fake-server']!['p-bad-utf8']!)).toEqual(['clause', 'observed', 'verdict']);
    const text = compatText(scrambled);
    expect(text).toBe(compatText(recorded));
    // Sorted peers and ids; inside an entry, the keys in the schema's order.
    expect(text.indexOf('"fake-server"')).toBeLessThan(text.indexOf('"other-client"'));
    expect(text).toContain('"p-bad-utf8": {"verdict":"violates-must","observed":{"reply":{"frame":"close","code":1000}},"clause":"RFC 6455 §8.1"}');
    expect(Object.keys((JSON.parse(text) as Compat).results['fake-server']!)).toEqual(['f-to-server', 'p-bad-utf8', 'p-normal']);
  });

  it("drops a peer its runner no longer reports, and keeps the peers of runners that did not run", () => {
    const next = nextCompat(recorded, [reportOf(clientPeer, { 'p-normal': close(1000) })], ['fake']);
    expect(Object.keys(next.peers)).toEqual(['fake-client', 'other-client']);
    expect(next.results['fake-server']).toBeUndefined();
    expect(next.results['other-client']).toEqual(recorded.results['other-client']);
  });
});
