// Close codes by name: the lookup on small tables of the test's own for the edge cases, then over the
// registry and the catalogue, with the expected matches found by scanning the data here.
import { describe, expect, it } from 'vitest';
import { matchesIn, type NamedCode } from '../src/name-lookup.ts';
import { findCloseCodesByName } from '../src/names.ts';
import { findUnder } from '../src/protocol-lookup.ts';
import type { ProtocolRecord } from '../src/protocol-types.ts';
import { findCloseCodesByName as findUnderProtocol, getProtocol } from '../src/protocols.ts';
import { registry } from './registry.ts';

/** The test's own reading of "the same name": the letters and digits, in lower case. */
const sameName = (a: string, b: string): boolean => {
  const letters = (text: string) => [...text.toLowerCase()].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).join('');
  return letters(a) !== '' && letters(a) === letters(b);
};

/** Ways a person or a config file writes a name. */
const spellings = (name: string): string[] => {
  const words = name.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean);
  return [name, name.toUpperCase(), name.toLowerCase(), words.join('_').toLowerCase(), words.join('-').toUpperCase(), words.join(''), ` ${words.join('  ')} `];
};

const IANA: readonly NamedCode[] = Object.freeze([
  { code: 1006, key: 'AbnormalClosure', name: 'Abnormal Closure' },
  { code: 1015, key: 'TlsHandshake', name: 'TLS Handshake' },
  { code: 3000, key: 'Unauthorized', name: 'Unauthorized' },
  { code: 3001, key: 'SameName', name: 'Twin' },
  { code: 3002, key: 'Twin', name: 'Other' },
]);

const verdict = { policy: 'do-not-retry', source: 'protocol', delay: null, conditions: [], advice: '.' } as const;
const code = (c: number, key: string, name: string) => ({ code: c, key, name, meaning: '.', section: '.', definedBy: 'protocol', localOnly: false, ianaOverlap: null, reasons: [], withdrawn: null, reconnect: verdict, classify: null }) as const;
const source = { url: 'https://example.org/', revision: null, retrieved: '2026-01-01', alsoRead: [] };
const CATALOGUE: readonly ProtocolRecord[] = Object.freeze([
  { id: 'demo', name: 'Demo', subprotocols: ['demo.v1'], aliases: [], carriedIn: 'close-frame', carriedInNote: null, deprecated: null, summary: '.', notes: [], source, ranges: [], codes: [code(4401, 'Unauthorized', 'Unauthorized'), code(4409, 'AlreadyThere', 'Already there!')] },
  { id: 'other', name: 'Other', subprotocols: [], aliases: [], carriedIn: 'close-frame', carriedInNote: null, deprecated: null, summary: '.', notes: [], source, ranges: [], codes: [code(4000, 'OnlyHere', 'Only here')] },
]);

describe('matchesIn, on a table of its own', () => {
  it('finds a code by its key or its display name, ignoring case, spaces, - and _', () => {
    for (const text of ['AbnormalClosure', 'Abnormal Closure', 'abnormal_closure', 'ABNORMAL-CLOSURE', 'abnormalclosure', '  abnormal   closure ']) {
      expect(matchesIn(IANA, 'iana', text), text).toEqual([{ code: 1006, key: 'AbnormalClosure', name: 'Abnormal Closure', source: 'iana' }]);
    }
    expect(matchesIn(IANA, 'iana', 'tls handshake').map((m) => m.code)).toEqual([1015]);
    expect(matchesIn(IANA, 'iana', 'tls.handshake!').map((m) => m.code)).toEqual([1015]);
  });

  it('returns every row that matches, in table order, and a row whose key and name agree once', () => {
    expect(matchesIn(IANA, 'iana', 'twin').map((m) => m.code)).toEqual([3001, 3002]);
    expect(matchesIn(IANA, 'iana', 'UNAUTHORIZED')).toHaveLength(1);
  });

  it('answers nothing for an unknown name, a part of a name, no letters, prototype keys and non-strings', () => {
    for (const text of ['Abnormal', 'AbnormalClosures', 'closure abnormal', '', ' ', '-_-', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(matchesIn(IANA, 'iana', text), text).toEqual([]);
    for (const value of [null, undefined, 1006, {}, ['Unauthorized']]) expect(matchesIn(IANA, 'iana', value)).toEqual([]);
  });

  it('gives frozen answers, the same objects each time', () => {
    const found = matchesIn(IANA, 'iana', 'Unauthorized');
    expect(Object.isFrozen(found) && Object.isFrozen(found[0])).toBe(true);
    expect(matchesIn(IANA, 'iana', 'unauthorized')[0]).toBe(found[0]);
    expect(Object.isFrozen(matchesIn(IANA, 'iana', 'nothing'))).toBe(true);
  });
});

describe('findUnder: a protocol’s names, then IANA’s', () => {
  const find = (name: string, protocol?: string | null) => findUnder(CATALOGUE, name, { protocol }, IANA).map((m) => `${m.source} ${m.code}`);

  it('reports an ambiguous name with every match and where each comes from, the protocol’s first', () => {
    expect(find('Unauthorized', 'demo')).toEqual(['demo 4401', 'iana 3000']);
    expect(find('unauthorized', 'demo.v1')).toEqual(['demo 4401', 'iana 3000']);
  });

  it('searches IANA’s names only without a protocol, or with one the catalogue does not know', () => {
    for (const protocol of [undefined, null, '', 'nope', 'DEMO', '__proto__']) expect(find('Unauthorized', protocol), String(protocol)).toEqual(['iana 3000']);
    expect(find('already there')).toEqual([]);
  });

  it('finds a name only the protocol has, and never another protocol’s', () => {
    expect(find('already there', 'demo')).toEqual(['demo 4409']);
    expect(find('AlreadyThere', 'demo')).toEqual(['demo 4409']);
    expect(find('only here', 'demo')).toEqual([]);
    expect(find('only here', 'other')).toEqual(['other 4000']);
    expect(find('Abnormal Closure', 'other')).toEqual(['iana 1006']);
  });
});

describe('findCloseCodesByName over the registry', () => {
  const expected = (name: string) =>
    registry.codes.filter((c) => sameName(c.key, name) || sameName(c.name, name)).map((c) => ({ code: c.code, key: c.key, name: c.name, source: 'iana' }));

  it("finds each registered code by its key and its name however they are written, with every other code of the same name", () => {
    expect(registry.codes.length).toBeGreaterThan(0);
    for (const entry of registry.codes) {
      for (const text of [...spellings(entry.key), ...spellings(entry.name)]) {
        const found = findCloseCodesByName(text);
        expect(found, text).toEqual(expected(text));
        expect(found.map((m) => m.code), text).toContain(entry.code);
      }
    }
  });

  it('finds nothing for a name no code has', () => {
    const unknown = 'No Such Close Code Name';
    expect(expected(unknown)).toEqual([]);
    expect(findCloseCodesByName(unknown)).toEqual([]);
  });
});

describe('findCloseCodesByName of /protocols over the catalogue', () => {
  const protocols = registry.protocols?.protocols ?? [];
  const expected = (name: string, protocolId: string) => [
    ...protocols.find((p) => p.id === protocolId)!.codes.filter((c) => sameName(c.key, name) || sameName(c.name, name)).map((c) => ({ code: c.code, key: c.key, name: c.name, source: protocolId })),
    ...findCloseCodesByName(name),
  ];

  it("finds each protocol code by its key and name under the protocol's id and tokens, with IANA's codes of the same name", () => {
    expect(protocols.length).toBeGreaterThan(0);
    for (const p of protocols) {
      for (const entry of p.codes) {
        for (const text of [...spellings(entry.key), ...spellings(entry.name)]) {
          const found = findUnderProtocol(text, { protocol: p.id });
          expect(found, `${p.id} ${text}`).toEqual(expected(text, p.id));
          expect(found).toContainEqual({ code: entry.code, key: entry.key, name: entry.name, source: p.id });
        }
        for (const token of p.subprotocols) {
          expect(findUnderProtocol(entry.name, { protocol: token }), `${token} ${entry.name}`).toEqual(expected(entry.name, getProtocol(token)!.id));
        }
      }
    }
  });

  it("reports every name a protocol shares with IANA as both, and IANA's alone without the protocol", () => {
    for (const p of protocols) {
      for (const entry of p.codes.filter((c) => findCloseCodesByName(c.name).length > 0)) {
        const sources = findUnderProtocol(entry.name, { protocol: p.id }).map((m) => m.source);
        expect(sources, `${p.id} ${entry.name}`).toContain('iana');
        expect(sources).toContain(p.id);
        expect(findUnderProtocol(entry.name)).toEqual(findCloseCodesByName(entry.name));
      }
    }
  });
});
