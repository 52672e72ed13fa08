import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { decodeClosePayload, encodeClosePayload, type DecodedClosePayload } from '../src/index.ts';
import { codesWhere, expandRuns, receivableByRule, registeredIn, unregisteredEnds } from './registry.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const withCode = (code: number, ...reason: number[]) => bytes(code >> 8, code & 0xff, ...reason);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('decodeClosePayload by length', () => {
  it('0 bytes: ok, 1005 and an empty reason (RFC 6455 7.1.5)', () => {
    expect(decodeClosePayload(bytes())).toEqual({ ok: true, code: 1005, reason: '' });
  });

  it('1 byte: fail with 1002', () => {
    for (const value of [0x03, 0xe8, 0x00]) {
      expect(decodeClosePayload(bytes(value))).toEqual({
        ok: false,
        closeWith: 1002,
        error: 'A 1-byte Close payload: it must be empty or start with a 2-byte code (RFC 6455 5.5.1).',
      });
    }
  });

  it('2 bytes: the code, and an empty reason', () => {
    expect(decodeClosePayload(withCode(1000))).toEqual({ ok: true, code: 1000, reason: '' });
    expect(decodeClosePayload(withCode(4999))).toEqual({ ok: true, code: 4999, reason: '' });
  });

  it('125 bytes: the most a control frame carries', () => {
    const result = decodeClosePayload(withCode(1001, ...ascii('r'.repeat(123))));
    expect(result).toEqual({ ok: true, code: 1001, reason: 'r'.repeat(123) });
  });

  it('126 bytes: fail with 1002, naming the size', () => {
    expect(decodeClosePayload(withCode(1001, ...ascii('r'.repeat(124))))).toEqual({
      ok: false,
      closeWith: 1002,
      error: 'A 126-byte Close payload: a control frame carries at most 125 bytes (RFC 6455 5.5).',
    });
    expect(decodeClosePayload(new Uint8Array(65_536))).toMatchObject({ ok: false, closeWith: 1002 });
  });
});

describe('decodeClosePayload by code', () => {
  it.each([0, 999, 1004, 1005, 1006, 1015, ...unregisteredEnds(1016, 2999), 5000, 65535])('code %s: fail with 1002', (code) => {
    const result = decodeClosePayload(withCode(code));
    expect(result).toEqual({
      ok: false,
      closeWith: 1002,
      error: `Close code ${code} may not be sent; failing with 1002 is common practice.`,
    });
  });

  it('takes exactly the codes valid on receipt: the registered ones of 1000-2999, and 3000-4999', () => {
    const taken: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (decodeClosePayload(withCode(code)).ok) taken.push(code);
    expect(taken).toEqual(codesWhere(receivableByRule));
  });

  it.each([1000, 1003, 1007, ...registeredIn(1008, 2999).filter(receivableByRule), 3000, 3999, 4000, 4999])('code %s: ok', (code) => {
    expect(decodeClosePayload(withCode(code, ...ascii('ok')))).toEqual({ ok: true, code, reason: 'ok' });
  });

  it('an invalid code wins over an invalid reason', () => {
    expect(decodeClosePayload(withCode(1005, 0xff))).toMatchObject({ ok: false, closeWith: 1002 });
  });
});

describe('decodeClosePayload reasons', () => {
  it('a 123-byte reason whose last character is multibyte', () => {
    const reason = `${'a'.repeat(119)}😀`;
    expect(decodeClosePayload(encodeClosePayload(1000, reason))).toEqual({ ok: true, code: 1000, reason });
    const euro = `${'é'.repeat(60)}€`;
    expect(decodeClosePayload(encodeClosePayload(4000, euro))).toEqual({ ok: true, code: 4000, reason: euro });
  });

  it('a leading BOM is kept (WHATWG: UTF-8 decode without BOM)', () => {
    expect(decodeClosePayload(withCode(1000, 0xef, 0xbb, 0xbf, 0x68, 0x69))).toEqual({ ok: true, code: 1000, reason: '\uFEFFhi' });
    expect(decodeClosePayload(withCode(1000, 0xef, 0xbb, 0xbf))).toEqual({ ok: true, code: 1000, reason: '\uFEFF' });
  });

  it('NUL and other control characters are valid UTF-8', () => {
    expect(decodeClosePayload(withCode(1000, 0x00, 0x0a, 0x7f))).toEqual({ ok: true, code: 1000, reason: '\u0000\n\u007f' });
  });

  it('noncharacters and the highest code point are valid', () => {
    expect(decodeClosePayload(withCode(1000, 0xef, 0xbf, 0xbe))).toMatchObject({ ok: true, reason: '\uFFFE' });
    expect(decodeClosePayload(withCode(1000, 0xf4, 0x8f, 0xbf, 0xbf))).toMatchObject({ ok: true, reason: '\u{10FFFF}' });
    expect(decodeClosePayload(withCode(1000, 0xef, 0xbf, 0xbd))).toMatchObject({ ok: true, reason: '\uFFFD' });
  });

  const invalidUtf8: [string, number[]][] = [
    ['a lone continuation byte', [0x80]],
    ['a continuation byte after ASCII', [0x61, 0xbf]],
    ['a truncated 2-byte sequence', [0xc3]],
    ['a truncated 3-byte sequence', [0xe2, 0x82]],
    ['a truncated 4-byte sequence', [0xf0, 0x9f, 0x98]],
    ['an overlong NUL (C0 80)', [0xc0, 0x80]],
    ['an overlong 2-byte lead C1', [0xc1, 0xbf]],
    ['an overlong 3-byte form (E0 80 80)', [0xe0, 0x80, 0x80]],
    ['an overlong 3-byte form (E0 9F BF)', [0xe0, 0x9f, 0xbf]],
    ['an overlong 4-byte form (F0 8F BF BF)', [0xf0, 0x8f, 0xbf, 0xbf]],
    ['a UTF-8 encoded high surrogate (ED A0 80)', [0xed, 0xa0, 0x80]],
    ['a UTF-8 encoded low surrogate (ED BF BF)', [0xed, 0xbf, 0xbf]],
    ['a surrogate pair encoded as CESU-8', [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]],
    ['a code point above U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]],
    ['a lead byte F5', [0xf5, 0x80, 0x80, 0x80]],
    ['the byte FE', [0xfe]],
    ['the byte FF', [0xff]],
    ['a 2-byte lead followed by ASCII', [0xc3, 0x41]],
    ['a 3-byte lead with a bad third byte', [0xe2, 0x82, 0x41]],
    ['a 4-byte lead with a bad last byte', [0xf0, 0x9f, 0x98, 0x41]],
    ['a valid reason with a bad last byte', [...ascii('closing now'), 0xe2]],
  ];

  it.each(invalidUtf8)('%s: fail with 1007', (_what, reason) => {
    expect(decodeClosePayload(withCode(1000, ...reason))).toEqual({
      ok: false,
      closeWith: 1007,
      error: 'The close reason is not valid UTF-8 (RFC 6455 8.1).',
    });
    // A fatal TextDecoder agrees: the variants really are invalid.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(reason))).toThrow(TypeError);
  });
});

describe('decodeClosePayload never throws, whatever it is given', () => {
  const notBytes: unknown[] = [undefined, null, 0, 'hello', [3, 232], { length: 2, 0: 3, 1: 232 }, new ArrayBuffer(2), new DataView(new ArrayBuffer(2)), new Uint16Array(2), new Uint8ClampedArray(2), Symbol('x')];

  it.each(notBytes.map((value) => [Object.prototype.toString.call(value), value]))('%s: fail with 1002 and a clear error', (_tag, value) => {
    const result = decodeClosePayload(value as Uint8Array);
    expect(result).toMatchObject({ ok: false, closeWith: 1002 });
    expect((result as Extract<DecodedClosePayload, { ok: false }>).error).toMatch(
      /^decodeClosePayload: pass the payload as a plain Uint8Array\.$/,
    );
  });

  it('a Node Buffer is a Uint8Array', () => {
    expect(decodeClosePayload(Buffer.from([0x03, 0xe8, 0x68, 0x69]))).toEqual({ ok: true, code: 1000, reason: 'hi' });
  });

  it('a view into a larger buffer reads only its own bytes', () => {
    const backing = new Uint8Array([0xff, 0x03, 0xe9, 0x6f, 0x6b, 0xff]);
    expect(decodeClosePayload(backing.subarray(1, 5))).toEqual({ ok: true, code: 1001, reason: 'ok' });
  });

  it('a Uint8Array from another realm is accepted', () => {
    const foreign = runInNewContext('new Uint8Array([3, 233, 104, 105])') as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(decodeClosePayload(foreign)).toEqual({ ok: true, code: 1001, reason: 'hi' });
  });

  it('hostile objects: a throwing Proxy, a throwing length getter', () => {
    const proxy = new Proxy(new Uint8Array(4), {
      get() {
        throw new Error('boom');
      },
    });
    expect(decodeClosePayload(proxy)).toEqual({
      ok: false,
      closeWith: 1002,
      error: 'decodeClosePayload: pass the payload as a plain Uint8Array.',
    });
    const lying = new Uint8Array([3, 232]);
    Object.defineProperty(lying, 'length', {
      get() {
        throw new Error('boom');
      },
    });
    expect(decodeClosePayload(lying)).toMatchObject({ ok: false, closeWith: 1002 });
  });
});
