// @wscodes/core/classify against the registry it is generated from: every expectation is read from the
// registry's `classify` blocks, so an IANA update or a curation change needs no edit here.
import { describe, expect, it } from 'vitest';
import type { Classification } from '@wscodes-tools/registry';
import { classifyClose, formatClose, type ClassifiedClose } from '../src/classify.ts';
import { classifyUnder } from '../src/protocol-classify.ts';
import { classifyClose as classifyUnderProtocol, PROTOCOLS } from '../src/protocols.ts';
import type { ProtocolRecord, ProtocolVerdict } from '../src/protocol-types.ts';
import { registry, unregisteredEnds } from './registry.ts';

const verdictOf = (c: ClassifiedClose) => ({ outcome: c.outcome, logLevel: c.logLevel, likelySide: c.likelySide });
const curated = ({ outcome, logLevel, likelySide }: Pick<Classification, 'outcome' | 'logLevel' | 'likelySide'>) => ({ outcome, logLevel, likelySide });
const rangeOf = (code: number) => registry.ranges.find((r) => code >= r.from && code <= r.to)!;
const LEVELS = ['debug', 'info', 'warn', 'error'];

describe('classifyClose: the registry says', () => {
  it("classifies each listed code as its entry does (a withdrawn one as its range), with the entry's name and cause", () => {
    for (const entry of registry.codes) {
      const got = classifyClose({ code: entry.code });
      const source = entry.withdrawn ? rangeOf(entry.code).classify : entry.classify;
      expect(verdictOf(got), `${entry.code}`).toEqual(curated(source));
      expect(got).toMatchObject({ code: entry.code, name: entry.name, reason: source.cause, reasonGiven: false, handshakeIncomplete: false });
    }
  });

  it("classifies a code without an entry as its range does, under the range's label", () => {
    for (const range of registry.ranges) {
      for (const code of unregisteredEnds(range.from, range.to)) {
        expect(verdictOf(classifyClose({ code })), `${code}`).toEqual(curated(range.classify));
        expect(classifyClose({ code })).toMatchObject({ name: range.label, reason: range.classify.cause });
      }
    }
  });

  it('classifies a value that is not a close code as notACloseCode, and never throws', () => {
    for (const code of [Number.NaN, 1000.5, -1, 70_000, Infinity, '1000' as unknown as number, undefined as unknown as number]) {
      const got = classifyClose({ code });
      expect(verdictOf(got), String(code)).toEqual(curated(registry.notACloseCode.classify));
      expect(got.name).toBe(registry.notACloseCode.name);
    }
    expect(() => classifyClose(null as never)).not.toThrow();
  });

  it("uses the close's own reason when it has one", () => {
    const code = registry.codes[0]!.code;
    expect(classifyClose({ code, reason: 'bye' })).toMatchObject({ reason: 'bye', reasonGiven: true });
    expect(classifyClose({ code, reason: '' })).toMatchObject({ reason: registry.codes[0]!.classify.cause, reasonGiven: false });
  });

  it('sums the verdict up in one sentence that names the code, the outcome and, where known, the side', () => {
    for (const entry of registry.codes.filter((c) => !c.withdrawn)) {
      const { summary } = classifyClose({ code: entry.code });
      expect(summary).toMatch(new RegExp(`^${entry.code} ${entry.name}: (an expected end|a failure)[^.]*\\.$`));
      expect(summary.includes('expected end')).toBe(entry.classify.outcome === 'expected');
      expect(summary.includes(entry.classify.likelySide === 'network' ? 'network' : `the ${entry.classify.likelySide}`)).toBe(entry.classify.likelySide !== 'unknown');
    }
  });

  it('returns a frozen result', () => {
    expect(Object.isFrozen(classifyClose({ code: 1000 }))).toBe(true);
  });
});

describe('classifyClose: wasClean false on a code that says an expected end', () => {
  const expected = registry.codes.filter((c) => !c.withdrawn && c.classify.outcome === 'expected');
  const failures = registry.codes.filter((c) => !c.withdrawn && c.classify.outcome === 'failure');

  it('is a failure of the closing handshake: on the network, logged at warn or above', () => {
    expect(expected.length).toBeGreaterThan(0);
    for (const entry of expected) {
      const got = classifyClose({ code: entry.code, wasClean: false });
      expect(got).toMatchObject({ outcome: 'failure', likelySide: 'network', handshakeIncomplete: true });
      expect(LEVELS.indexOf(got.logLevel)).toBe(Math.max(LEVELS.indexOf(entry.classify.logLevel), LEVELS.indexOf('warn')));
      expect(got.summary).toContain('closing handshake did not complete');
    }
  });

  it('changes nothing when wasClean is true or absent, nor on a code that is already a failure', () => {
    for (const entry of expected) {
      for (const wasClean of [true, undefined]) expect(verdictOf(classifyClose({ code: entry.code, wasClean }))).toEqual(curated(entry.classify));
    }
    for (const entry of failures) expect(classifyClose({ code: entry.code, wasClean: false })).toMatchObject({ ...curated(entry.classify), handshakeIncomplete: false });
  });
});

describe('classifyClose with an app table', () => {
  const code = unregisteredEnds(4000, 4999)[0]!;
  const codes = { entries: [{ key: 'Kicked', code, name: 'Kicked', meaning: 'an admin kicked the user', reconnect: 'stop', outcome: 'expected', logLevel: 'debug', likelySide: 'server' }] } as const;

  it("answers with the app's entry, and with the registry for every other code", () => {
    expect(classifyClose({ code }, { codes })).toMatchObject({ name: 'Kicked', outcome: 'expected', logLevel: 'debug', likelySide: 'server', reason: 'an admin kicked the user' });
    expect(classifyClose({ code: code + 1 }, { codes })).toEqual(classifyClose({ code: code + 1 }));
  });
});

describe('formatClose', () => {
  it('writes one line: the code, the name, the outcome and side, then the reason', () => {
    for (const entry of registry.codes.filter((c) => !c.withdrawn)) {
      const c = entry.classify;
      expect(formatClose({ code: entry.code })).toBe(`WebSocket closed: ${entry.code} ${entry.name} (${c.outcome}, ${c.likelySide}) — ${c.cause}`);
    }
  });

  it("quotes the close's own reason as a JSON string, so that a newline in it cannot forge a log line", () => {
    const line = formatClose({ code: 1011, reason: 'db down\nWebSocket closed: 1000 fake' });
    expect(line.split('\n')).toHaveLength(1);
    expect(line.endsWith(' — "db down\\nWebSocket closed: 1000 fake"')).toBe(true);
  });

  it('cuts a reason longer than a Close frame can carry', () => {
    const line = formatClose({ code: 1000, reason: 'x'.repeat(500) });
    expect(line.endsWith(`"${'x'.repeat(123)}…"`)).toBe(true);
  });

  it('says wasClean false after the side when the closing handshake did not complete', () => {
    const entry = registry.codes.find((c) => !c.withdrawn && c.classify.outcome === 'expected')!;
    expect(formatClose({ code: entry.code, wasClean: false })).toBe(`WebSocket closed: ${entry.code} ${entry.name} (failure, network; wasClean false) — ${entry.classify.cause}`);
  });
});

describe('classifyClose under a protocol', () => {
  const v: ProtocolVerdict = { policy: 'do-not-retry', source: 'protocol', delay: null, conditions: [], advice: 'No.' };
  const curatedCode = { outcome: 'expected', logLevel: 'debug', likelySide: 'client', cause: null } as const;
  const curatedRange = { outcome: 'failure', logLevel: 'error', likelySide: 'server', cause: 'the range says so' } as const;
  const demo: ProtocolRecord = {
    id: 'demo',
    name: 'Demo',
    subprotocols: ['demo.v1'],
    aliases: [],
    carriedIn: 'close-frame',
    carriedInNote: null,
    deprecated: null,
    summary: 'S.',
    notes: [],
    source: { url: 'https://example.org/demo', revision: null, retrieved: '2026-01-02', alsoRead: [] },
    ranges: [
      { from: 4100, to: 4199, name: 'Curated range', meaning: 'Range meaning.', section: 'R', ianaOverlap: null, reconnect: v, classify: curatedRange },
      { from: 4200, to: 4299, name: 'Bare range', meaning: 'Bare meaning.', section: 'R', ianaOverlap: null, reconnect: v, classify: null },
    ],
    codes: [
      { code: 3000, key: 'Clash', name: 'Clash', meaning: 'Clash meaning.', section: 'C', definedBy: 'protocol', localOnly: false, ianaOverlap: 'collision', reasons: [], withdrawn: null, reconnect: v, classify: null },
      { code: 4001, key: 'Own', name: 'Own', meaning: 'Own meaning.', section: 'C', definedBy: 'protocol', localOnly: false, ianaOverlap: null, reasons: [], withdrawn: null, reconnect: v, classify: curatedCode },
      { code: 4150, key: 'InRange', name: 'In range', meaning: 'In range meaning.', section: 'C', definedBy: 'protocol', localOnly: false, ianaOverlap: null, reasons: [], withdrawn: null, reconnect: v, classify: null },
    ],
  };
  const catalogue = [demo];
  const under = (code: number, protocol: string | null = 'demo.v1') => classifyUnder(catalogue, { code }, { protocol });

  it("takes the entry's own classification, its meaning standing in for a missing cause", () => {
    expect(under(4001)).toMatchObject({ ...curated(curatedCode), name: 'Own under Demo', reason: 'Own meaning.' });
  });

  it("falls back to the protocol range's, then to the IANA range's of the number, never the IANA code's", () => {
    expect(under(4150)).toMatchObject({ ...curated(curatedRange), reason: 'In range meaning.' });
    expect(under(4160)).toMatchObject({ ...curated(curatedRange), name: 'Curated range under Demo', reason: 'the range says so' });
    expect(under(4250)).toMatchObject({ ...curated(rangeOf(4250).classify), name: 'Bare range under Demo', reason: 'Bare meaning.' });
    expect(verdictOf(under(3000))).toEqual(curated(rangeOf(3000).classify));
  });

  it("answers as the registry for a code the protocol says nothing about, and without a known protocol", () => {
    expect(under(1006)).toEqual(classifyClose({ code: 1006 }));
    expect(under(4001, null)).toEqual(classifyClose({ code: 4001 }));
    expect(under(4001, 'unknown')).toEqual(classifyClose({ code: 4001 }));
  });
});

describe('classifyClose of @wscodes/core/protocols, over the generated catalogue', () => {
  it("gives every catalogued code its entry's classification, else its range's, else the IANA range's", () => {
    for (const protocol of PROTOCOLS) {
      for (const entry of protocol.codes) {
        const range = protocol.ranges.find((r) => entry.code >= r.from && entry.code <= r.to);
        const expected = entry.classify ?? range?.classify ?? rangeOf(entry.code).classify;
        const got = classifyUnderProtocol({ code: entry.code }, { protocol: protocol.id });
        expect(verdictOf(got), `${protocol.id} ${entry.code}`).toEqual(curated(expected));
        expect(got.name).toBe(`${entry.name} under ${protocol.name}`);
        expect(got.reason).toBe(entry.classify?.cause ?? entry.meaning);
      }
    }
  });
});
