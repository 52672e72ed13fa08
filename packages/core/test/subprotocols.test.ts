// The Sec-WebSocket-Protocol helpers: the token syntax against RFC 2616 read byte by byte, the
// 1#token list against its #rule, and the lookups against the registry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getRegisteredSubprotocol,
  getSubprotocolCaseVariant,
  isRegisteredSubprotocol,
  isValidSubprotocolToken,
  parseSubprotocolHeader,
  SUBPROTOCOL_INFO,
  type ParsedSubprotocolHeader,
} from '../src/handshake.ts';
import { ianaRegistry, listedEntries } from './registry.ts';

// RFC 2616 section 2.2, as written: token = 1*<any CHAR except CTLs or separators>.
const SEPARATORS = ['(', ')', '<', '>', '@', ',', ';', ':', '\\', '"', '/', '[', ']', '?', '=', '{', '}', ' ', '\t'];
const isChar = (code: number) => code >= 0 && code <= 127;
const isCtl = (code: number) => code <= 31 || code === 127;
const isTokenCharacter = (c: string) => c.length === 1 && isChar(c.charCodeAt(0)) && !isCtl(c.charCodeAt(0)) && !SEPARATORS.includes(c);
const isTokenByRfc = (text: string) => text.length > 0 && [...text].every(isTokenCharacter);
const TOKEN_CHARACTERS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).filter(isTokenCharacter);

const token = fc.string({ unit: fc.constantFrom(...TOKEN_CHARACTERS), minLength: 1, maxLength: 12 });
/** Optional whitespace: RFC 2616's LWS, as a header value holds it once unfolded (SP and HT). */
const ows = fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength: 3 });
/** Any string of UTF-16 code units, lone surrogates included (cheaper to set up than fast-check's 'binary' unit). */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 24 });
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('isValidSubprotocolToken', { timeout: 30_000 }, () => {
  it('agrees with RFC 2616 on every single UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (isValidSubprotocolToken(c) !== isTokenByRfc(c)) throw new Error(`U+${code.toString(16)}: ${isValidSubprotocolToken(c)}`);
    }
  });

  it('agrees with RFC 2616 on any string, token-like or not', () => {
    const nearToken = fc.string({ unit: fc.oneof(fc.constantFrom(...TOKEN_CHARACTERS), fc.constantFrom(...SEPARATORS, '\u0000', '\u007f', '\u0080', 'é', '\u212a', '😀')), maxLength: 16 });
    fc.assert(fc.property(fc.oneof(nearToken, anyText), (text) => isValidSubprotocolToken(text) === isTokenByRfc(text)));
  });

  it('accepts every registered name that the registry found to be a token, and refuses the empty string and non-strings', () => {
    for (const e of listedEntries(ianaRegistry('subprotocols'))) expect(isValidSubprotocolToken(e.value), e.value).toBe(isTokenByRfc(e.value));
    for (const value of ['', undefined, null, 1, ['chat'], { toString: () => 'chat' }]) expect((isValidSubprotocolToken as (v: unknown) => boolean)(value)).toBe(false);
  });
});

describe('parseSubprotocolHeader', { timeout: 30_000 }, () => {
  const parse = (value: string): ParsedSubprotocolHeader => parseSubprotocolHeader(value);
  const errorOf = (value: string) => {
    const result = parse(value);
    if (result.ok) throw new Error(`${JSON.stringify(value)} parsed as ${JSON.stringify(result.protocols)}`);
    return result.error;
  };

  it('reads names in order, ignoring spaces and tabs around them and empty elements (RFC 2616 #rule)', () => {
    expect(parse('chat, superchat')).toEqual({ ok: true, protocols: ['chat', 'superchat'] });
    expect(parse(' chat ,\tsuperchat\t')).toEqual({ ok: true, protocols: ['chat', 'superchat'] });
    expect(parse(',chat,, ,superchat,')).toEqual({ ok: true, protocols: ['chat', 'superchat'] });
    expect(parse('mqtt')).toEqual({ ok: true, protocols: ['mqtt'] });
  });

  it('round-trips any list of unique tokens, however it is spaced and padded with empty elements', () => {
    const element = fc.tuple(ows, fc.option(token, { nil: undefined }), ows);
    fc.assert(
      fc.property(fc.uniqueArray(token, { minLength: 1, maxLength: 6 }), fc.array(element, { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 4 }), (names, extras, at) => {
        const elements = names.map((name) => ['', name, ''] as [string, string | undefined, string]);
        // Empty elements (only whitespace) at random places; they must not count.
        extras.forEach(([before, , after], i) => elements.splice((at[i] ?? 0) % (elements.length + 1), 0, [before, undefined, after]));
        const value = elements.map(([before, name, after]) => `${before}${name ?? ''}${after}`).join(',');
        const result = parse(value);
        return result.ok && JSON.stringify(result.protocols) === JSON.stringify(names) && (() => {
          const again = parse(result.protocols.join(', '));
          return again.ok && JSON.stringify(again.protocols) === JSON.stringify(names);
        })();
      }),
    );
  });

  it('reports an empty list: no name at all is not 1#token', () => {
    for (const value of ['', ' ', ',', ' , ,\t', '\t,']) expect(errorOf(value)).toMatchObject({ kind: 'empty', token: '', offset: 0 });
    expect((parseSubprotocolHeader as (v: unknown) => ParsedSubprotocolHeader)(undefined)).toMatchObject({ ok: false, error: { kind: 'empty' } });
    expect(errorOf('').message).toMatch(/leave the header out/);
  });

  it('reports the first element that is not a token, where it starts, and which character is wrong', () => {
    expect(errorOf('chat v2, superchat')).toMatchObject({ kind: 'invalid-token', token: 'chat v2', offset: 0 });
    expect(errorOf('chat v2, superchat').message).toContain('U+0020');
    expect(errorOf('chat, soap;q=1')).toMatchObject({ kind: 'invalid-token', token: 'soap;q=1', offset: 6 });
    // Only SP and HT are whitespace here: a line break, a vertical tab or a no-break space is part of the element.
    expect(errorOf('chat,\r\n superchat')).toMatchObject({ kind: 'invalid-token', token: '\r\n superchat', offset: 5 });
    expect(errorOf('chat,\u00a0superchat')).toMatchObject({ kind: 'invalid-token', offset: 5 });
    expect(errorOf('"chat"')).toMatchObject({ kind: 'invalid-token', token: '"chat"' });
    expect(errorOf('ch\u212aat').message).toContain('U+212A');
  });

  it('reports a name listed twice, at its second place: the names MUST be unique, and case matters', () => {
    expect(errorOf('chat, superchat,chat')).toMatchObject({ kind: 'duplicate', token: 'chat', offset: 16 });
    expect(errorOf('chat, superchat,chat').message).toContain('offsets 0 and 16');
    expect(parse('chat, Chat')).toEqual({ ok: true, protocols: ['chat', 'Chat'] });
  });

  it('agrees with the rule read plainly on any value: split on commas, trim SP and HT, skip empties, then each a unique token', () => {
    const character = fc.constantFrom('a', 'b', 'A', ',', ' ', '\t', '"', ';', '\r', '\n', '\u00a0', '\u000b', 'é');
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 20 }), (value) => {
        const names = value.split(',').map((element) => element.replace(/^[ \t]+|[ \t]+$/g, '')).filter((element) => element !== '');
        const bad = names.findIndex((name, i) => !isTokenByRfc(name) || names.indexOf(name) < i);
        const result = parse(value);
        if (names.length === 0) return !result.ok && result.error.kind === 'empty';
        if (bad < 0) return result.ok && JSON.stringify(result.protocols) === JSON.stringify(names);
        if (result.ok) return false;
        const { kind, token: at, offset } = result.error;
        return at === names[bad] && kind === (isTokenByRfc(at) ? 'duplicate' : 'invalid-token') && value.slice(offset, offset + at.length) === at;
      }),
    );
  });

  it('never throws, and freezes what it returns', () => {
    fc.assert(fc.property(anyText, (value) => typeof parse(value).ok === 'boolean'));
    const result = parse('chat, superchat');
    expect(result.ok && Object.isFrozen(result.protocols)).toBe(true);
    const failed = parse('a, a');
    expect(!failed.ok && Object.isFrozen(failed.error)).toBe(true);
  });
});

describe('the registry lookups', { timeout: 30_000 }, () => {
  const subprotocols = ianaRegistry('subprotocols');
  const names = listedEntries(subprotocols).map((e) => e.value);
  const registered = new Set<string>(names);
  const caseVariants = (name: string) => [...new Set([name.toUpperCase(), name.toLowerCase(), name.replace(/[A-Za-z]/g, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()))])].filter((v) => v !== name && !registered.has(v));
  const inherited = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__PROTO__', 'Constructor', 'TOSTRING'];

  it('getRegisteredSubprotocol finds every registered name, exactly as registered, with its entry', () => {
    for (const name of names) expect(getRegisteredSubprotocol(name), name).toBe(SUBPROTOCOL_INFO.find((s) => s.name === name));
    for (const name of names) expect(isRegisteredSubprotocol(name), name).toBe(true);
  });

  it('is case-sensitive: a name differing only by case is not registered, and getSubprotocolCaseVariant names the registered one', () => {
    for (const name of names) {
      for (const variant of caseVariants(name)) {
        expect(getRegisteredSubprotocol(variant), variant).toBeUndefined();
        expect(isRegisteredSubprotocol(variant), variant).toBe(false);
        const near = getSubprotocolCaseVariant(variant);
        expect(near && SUBPROTOCOL_INFO.includes(near), variant).toBe(true);
        expect(asciiLower(near!.name)).toBe(asciiLower(variant));
      }
      expect(getSubprotocolCaseVariant(name), `${name} is registered as given`).toBeUndefined();
    }
  });

  it('leaves out withdrawn names, if the registry keeps any', () => {
    for (const e of subprotocols.entries.filter((w) => w.withdrawn !== undefined && !registered.has(w.value))) {
      expect(getRegisteredSubprotocol(e.value)).toBeUndefined();
      expect(isRegisteredSubprotocol(e.value)).toBe(false);
    }
  });

  it('folds ASCII letters only: a Kelvin sign or a long s never matches k or s', () => {
    for (const name of names) {
      const lookalike = name.replace(/k/gi, '\u212a').replace(/s/g, '\u017f');
      if (lookalike === name) continue;
      expect(getSubprotocolCaseVariant(lookalike), lookalike).toBeUndefined();
      expect(getRegisteredSubprotocol(lookalike), lookalike).toBeUndefined();
    }
  });

  it('answers for unregistered names, inherited property names and non-strings with nothing', () => {
    fc.assert(
      fc.property(fc.oneof(token, fc.string()), (name) => {
        const entry = SUBPROTOCOL_INFO.find((s) => s.name === name);
        return getRegisteredSubprotocol(name) === entry && isRegisteredSubprotocol(name) === (entry !== undefined);
      }),
    );
    for (const name of inherited) {
      expect(getRegisteredSubprotocol(name), name).toBe(SUBPROTOCOL_INFO.find((s) => s.name === name));
      expect(getSubprotocolCaseVariant(name), name).toBe(SUBPROTOCOL_INFO.find((s) => s.name !== name && asciiLower(s.name) === asciiLower(name)));
    }
    for (const value of [undefined, null, 42, {}, [names[0]]]) {
      expect((getRegisteredSubprotocol as (v: unknown) => unknown)(value)).toBeUndefined();
      expect((getSubprotocolCaseVariant as (v: unknown) => unknown)(value)).toBeUndefined();
      expect((isRegisteredSubprotocol as (v: unknown) => boolean)(value)).toBe(false);
    }
  });
});
