// @wscodes/core/protocols on a small catalogue of the test's own (the lookups take the catalogue as a
// parameter), so that no assertion depends on today's data.
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.ts';
import { describeUnder, planUnder, protocolNamed } from '../src/protocol-lookup.ts';
import * as protocols from '../src/protocols.ts';
import { PROTOCOLS } from '../src/protocols.ts';
import type { ProtocolRecord, ProtocolVerdict } from '../src/protocol-types.ts';

const verdict = (policy: ProtocolVerdict['policy'], extra: Partial<ProtocolVerdict> = {}): ProtocolVerdict => ({ policy, source: 'protocol', delay: null, conditions: [], advice: `${policy}.`, ...extra });

const CATALOGUE = (() => {
  const v = (policy: ProtocolVerdict['policy'], extra: Partial<ProtocolVerdict> = {}): ProtocolVerdict => ({ policy, source: 'protocol', delay: null, conditions: [], advice: `${policy}.`, ...extra });
  const demo: ProtocolRecord = {
    id: 'demo-vendor',
    name: 'Demo',
    subprotocols: ['demo.v1', 'demo.v2'],
    summary: 'S.',
    notes: ['A note.'],
    source: { url: 'https://example.org/demo', revision: 'abc', retrieved: '2026-01-02', alsoRead: [] },
    ranges: [
      { from: 4100, to: 4199, name: 'Later', meaning: 'Come back later.', section: 'Ranges', ianaOverlap: null, reconnect: v('backoff', { delay: { minSeconds: 2, maxSeconds: null, source: 'protocol' } }) },
      { from: 4200, to: 4299, name: 'Now', meaning: 'Come back now.', section: 'Ranges', ianaOverlap: null, reconnect: v('backoff', { delay: { minSeconds: 0, maxSeconds: 0, source: 'protocol' } }) },
    ],
    codes: [
      { code: 3000, key: 'Clash', name: 'Clash', meaning: 'Demo clash.', section: 'Codes', definedBy: 'protocol', localOnly: false, ianaOverlap: 'collision', reconnect: v('backoff') },
      { code: 4001, key: 'Fatal', name: 'Fatal', meaning: 'Demo fatal.', section: 'Codes', definedBy: 'protocol', localOnly: false, ianaOverlap: null, reconnect: v('do-not-retry') },
      { code: 4002, key: 'Maybe', name: 'Maybe', meaning: 'Demo maybe.', section: 'Codes', definedBy: 'library', localOnly: false, ianaOverlap: null, reconnect: v('depends', { source: 'practice' }) },
      { code: 4150, key: 'Token', name: 'Token', meaning: 'Demo token.', section: 'Codes', definedBy: 'protocol', localOnly: false, ianaOverlap: null, reconnect: v('backoff', { source: 'client', conditions: [{ text: 'Get a new token.', source: 'client' }] }) },
    ],
  };
  const other: ProtocolRecord = { ...demo, id: 'other', name: 'Other', subprotocols: ['demo.v1'], notes: [], ranges: [], codes: [] };
  return Object.freeze([demo, other]);
})();

const getProtocol = (name: unknown) => protocolNamed(CATALOGUE, name);
const describeCloseCode = (code: number, options = {}) => describeUnder(CATALOGUE, code, options);
const planReconnect = (...args: Parameters<typeof planUnder> extends [unknown, ...infer Rest] ? Rest : never) => planUnder(CATALOGUE, ...args);

describe('getProtocol', () => {
  it('finds a protocol by catalogue id and by each subprotocol token', () => {
    expect(getProtocol('demo-vendor')?.id).toBe('demo-vendor');
    expect(getProtocol('demo.v2')?.id).toBe('demo-vendor');
  });
  it('gives a token to the protocol whose id it is not only when no id takes it first, in catalogue order', () => {
    expect(getProtocol('demo.v1')?.id).toBe('demo-vendor');
    expect(getProtocol('other')?.id).toBe('other');
  });
  it('answers nothing for names that are not in the catalogue, prototype keys and non-strings', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'DEMO-VENDOR', '', ' demo.v1']) expect(getProtocol(name), name).toBeUndefined();
    for (const name of [null, undefined, 1, {}, ['demo.v1']]) expect(getProtocol(name)).toBeUndefined();
  });
});

describe('describeCloseCode(code, { protocol })', () => {
  it("adds the protocol's entry, meaning, verdict and provenance to the main entry's answer, unchanged", () => {
    const described = describeCloseCode(4001, { protocol: 'demo.v1' });
    const { protocol, ...iana } = described;
    expect(iana).toEqual(main.describeCloseCode(4001));
    expect(protocol).toMatchObject({ id: 'demo-vendor', name: 'Demo', meaning: 'Demo fatal.', entry: { key: 'Fatal' }, range: null, reconnect: verdict('do-not-retry'), notes: ['A note.'] });
    expect(protocol?.provenance).toEqual({
      url: 'https://example.org/demo',
      revision: 'abc',
      retrieved: '2026-01-02',
      section: 'Codes',
      note: 'The meaning comes from Demo, not IANA (source: https://example.org/demo, retrieved 2026-01-02).',
    });
    expect(Object.isFrozen(described)).toBe(true);
    expect(Object.isFrozen(protocol)).toBe(true);
  });
  it("answers from the protocol's range for a code without an entry, and gives both for an entry inside a range", () => {
    expect(describeCloseCode(4120, { protocol: 'demo-vendor' }).protocol).toMatchObject({ entry: null, range: { name: 'Later' }, meaning: 'Come back later.', provenance: { section: 'Ranges' } });
    expect(describeCloseCode(4150, { protocol: 'demo-vendor' }).protocol).toMatchObject({ entry: { key: 'Token' }, range: { name: 'Later' }, meaning: 'Demo token.' });
  });
  it('keeps IANA\'s description of a code the protocol also uses, and marks the collision', () => {
    const described = describeCloseCode(3000, { protocol: 'demo-vendor' });
    expect(described.name).toBe(main.describeCloseCode(3000).name);
    expect(described.protocol).toMatchObject({ meaning: 'Demo clash.', ianaOverlap: 'collision' });
  });
  it('says so when the protocol gives no meaning to the code', () => {
    expect(describeCloseCode(4999, { protocol: 'demo-vendor' }).protocol).toMatchObject({
      entry: null,
      range: null,
      meaning: null,
      reconnect: null,
      provenance: { section: null, note: "Demo gives no meaning to 4999; only IANA's description applies." },
    });
  });
  it('never answers with a protocol meaning for a bare number, an unknown or empty protocol, or an invalid code', () => {
    for (const options of [undefined, {}, { protocol: null }, { protocol: '' }, { protocol: '__proto__' }, { protocol: 'nope' }]) {
      const described = describeCloseCode(4001, options);
      expect(described.protocol).toBeNull();
      const { protocol: _none, ...iana } = described;
      expect(iana).toEqual(main.describeCloseCode(4001));
    }
    expect(describeCloseCode(Number.NaN, { protocol: 'demo-vendor' }).protocol).toMatchObject({ entry: null, range: null, meaning: null });
  });
});

describe('planReconnect(close, context, { protocol })', () => {
  const at = (value: number) => () => value;
  const plan = (code: number, attempt: number, options = {}) => planReconnect({ code }, { attempt, opened: true }, { protocol: 'demo-vendor', random: at(0.5), ...options });

  it("stops on a protocol's do-not-retry code that IANA's advice would retry, and says why", () => {
    expect(main.planReconnect({ code: 4001 }, { attempt: 0, opened: true }, { random: at(0.5) }).reconnect).toBe(true);
    expect(plan(4001, 0)).toEqual({ reconnect: false, why: '4001 Fatal (Demo): do not reconnect unchanged, per the protocol.' });
  });
  it("waits the protocol's first delay, then backs off from it", () => {
    expect(plan(4250, 0)).toMatchObject({ reconnect: true, delayMs: 0 });
    expect(plan(4250, 3)).toMatchObject({ reconnect: true, delayMs: 4000 });
    // At least 2 s, with no upper bound given: 2 s, then growing from there.
    expect(plan(4120, 0)).toMatchObject({ reconnect: true, delayMs: 2000 });
    expect(plan(4120, 2)).toMatchObject({ reconnect: true, delayMs: 5000 });
  });
  it('adds what must change first to the reason, with the source of the verdict', () => {
    // Its own entry (no delay) wins over the range it falls in (at least 2 s).
    expect(plan(4150, 0).why).toBe('4150 Token (Demo): reconnect, per its reference client. Get a new token.');
  });
  it("follows whenAdviceDepends for a protocol's depends verdict", () => {
    expect(plan(4002, 0, { whenAdviceDepends: 'stop' })).toEqual({ reconnect: false, why: '4002 Maybe (Demo): left to the app per common practice, and whenAdviceDepends says stop.' });
    expect(plan(4002, 0).reconnect).toBe(true);
  });
  it('puts options.codes, closedByUs and maxAttempts before the protocol, as the main entry does', () => {
    expect(plan(4001, 0, { codes: { 4001: 'backoff' } })).toMatchObject({ reconnect: true, why: expect.stringContaining('per options.codes') });
    expect(planReconnect({ code: 4250 }, { attempt: 0, opened: true, closedByUs: true }, { protocol: 'demo-vendor' }).reconnect).toBe(false);
    expect(plan(4250, 5, { maxAttempts: 5 }).reconnect).toBe(false);
  });
  it("is the main entry's plan when no protocol, or one without a verdict on the code, is named", () => {
    for (const options of [{ protocol: undefined }, { protocol: 'nope' }, { protocol: 'other' }]) {
      expect(plan(4001, 1, options)).toEqual(main.planReconnect({ code: 4001 }, { attempt: 1, opened: true }, { random: at(0.5) }));
    }
  });
});

describe('the catalogue', () => {
  it('is the generated list, sorted by id and frozen, and the entry point reads it', () => {
    const ids = PROTOCOLS.map((p) => p.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    expect(Object.isFrozen(PROTOCOLS)).toBe(true);
    for (const p of PROTOCOLS) expect(protocols.getProtocol(p.id)).toBe(p);
  });
});
