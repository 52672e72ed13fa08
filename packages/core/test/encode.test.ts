import { describe, expect, it } from 'vitest';
import { CloseCode, encodeClosePayload } from '../src/index.ts';
import { codesWhere, expandRuns, sendableByRule, unregisteredEnds } from './registry.ts';

/** The codes that may be sent, as the messages list them ("1000-1003, ... or 3000-4999"): read from a message, checked below. */
const SENDABLE = (() => {
  try {
    encodeClosePayload(1005);
  } catch (error) {
    const listed = /Send (.*)\.$/.exec((error as Error).message)?.[1];
    if (listed) return listed;
  }
  throw new Error('encodeClosePayload(1005) did not throw a message listing the sendable codes');
})();

describe('encodeClosePayload', () => {
  it('no arguments: the empty body', () => {
    expect(encodeClosePayload()).toEqual(new Uint8Array(0));
  });

  it('a code alone: two big-endian bytes', () => {
    expect([...encodeClosePayload(CloseCode.NormalClosure)]).toEqual([0x03, 0xe8]);
    expect([...encodeClosePayload(4999)]).toEqual([0x13, 0x87]);
    expect([...encodeClosePayload(1000, '')]).toEqual([0x03, 0xe8]);
  });

  it('a reason follows the code in UTF-8', () => {
    expect([...encodeClosePayload(1001, 'bye')]).toEqual([0x03, 0xe9, 0x62, 0x79, 0x65]);
    expect([...encodeClosePayload(3000, 'é€😀')]).toEqual([0x0b, 0xb8, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    expect([...encodeClosePayload(1000, '\uFEFFx')]).toEqual([0x03, 0xe8, 0xef, 0xbb, 0xbf, 0x78]);
  });

  it('returns a fresh, exactly sized Uint8Array', () => {
    const body = encodeClosePayload(1000, 'a'.repeat(123));
    expect(body).toBeInstanceOf(Uint8Array);
    expect(body.length).toBe(125);
    expect(body.byteLength).toBe(body.buffer.byteLength);
    const multibyte = encodeClosePayload(1000, '€'.repeat(41));
    expect(multibyte.length).toBe(125);
    expect(multibyte.buffer.byteLength).toBe(125);
  });

  it('each body is its own copy: the frame it is encoded in is reused, never handed out', () => {
    const first = encodeClosePayload(4000, 'é'.repeat(61));
    const copy = [...first];
    const second = encodeClosePayload(1000, '€x');
    expect([...second]).toEqual([0x03, 0xe8, 0xe2, 0x82, 0xac, 0x78]);
    expect(second.buffer.byteLength).toBe(6);
    expect([...first]).toEqual(copy);
    expect(first.buffer).not.toBe(second.buffer);
  });

  it('a lone surrogate anywhere is refused before the length; U+FFFD and other EF-led characters are encoded', () => {
    const lone = new TypeError('encodeClosePayload: the reason has a lone surrogate, which UTF-8 cannot encode: pass reason.toWellFormed().');
    for (const reason of ['\uD800', 'a\uDC00b', `${'a'.repeat(122)}\uD83D`, `${'€'.repeat(60)}\uDE00`, `${'a'.repeat(200)}\uD800`, `\uD800${'a'.repeat(200)}`]) {
      expect(() => encodeClosePayload(1000, reason)).toThrow(lone);
    }
    expect([...encodeClosePayload(1000, '\uFFFD\uF000')]).toEqual([0x03, 0xe8, 0xef, 0xbf, 0xbd, 0xef, 0x80, 0x80]);
    expect([...encodeClosePayload(1000, '\uD83D\uDE00')]).toEqual([0x03, 0xe8, 0xf0, 0x9f, 0x98, 0x80]);
  });

  it('a reason over 123 bytes: RangeError with its UTF-8 length, ASCII or not', () => {
    expect(() => encodeClosePayload(1000, 'a'.repeat(124))).toThrow(/the reason is 124 UTF-8 bytes, over the 123/);
    expect(() => encodeClosePayload(1000, '€'.repeat(42))).toThrow(/the reason is 126 UTF-8 bytes, over the 123/);
    expect(() => encodeClosePayload(1000, `${'a'.repeat(122)}é`)).toThrow(/the reason is 124 UTF-8 bytes/);
  });

  it('the reason may be exactly 123 UTF-8 bytes, with a multibyte last character', () => {
    expect(encodeClosePayload(1000, `${'a'.repeat(119)}😀`).length).toBe(125);
    expect(encodeClosePayload(1000, `${'a'.repeat(120)}€`).length).toBe(125);
  });

  describe('codes that may not be sent: RangeError naming the code and the codes that can be sent', () => {
    it.each<number>([1004, 1005, 1006, 1015, 999, ...unregisteredEnds(1016, 2999), 5000, -1, 65536, 1000.5, Number.NaN])('%s', (code) => {
      expect(() => encodeClosePayload(code)).toThrow(RangeError);
      expect(() => encodeClosePayload(code, 'reason')).toThrow(`encodeClosePayload: ${code} may not be sent in a Close frame (see describeCloseCode). Send ${SENDABLE}.`);
    });
  });

  it('the messages list exactly the codes that may be sent: the sendable registered ones of 1000-2999, and 3000-4999', () => {
    expect(expandRuns(SENDABLE)).toEqual(codesWhere(sendableByRule));
  });

  it('a reason without a code: TypeError', () => {
    expect(() => encodeClosePayload(undefined, 'why')).toThrow(TypeError);
    expect(() => encodeClosePayload(undefined, 'why')).toThrow(/a reason needs a code: pass \(1000, reason\)/);
    expect(() => encodeClosePayload(undefined, '')).toThrow(TypeError);
  });

  it('arguments of the wrong type: a code that is not a number may not be sent; a reason that is not a string is a TypeError', () => {
    expect(() => encodeClosePayload('1000' as unknown as number)).toThrow(RangeError);
    expect(() => encodeClosePayload(1000, 42 as unknown as string)).toThrow(
      new TypeError('encodeClosePayload: the reason must be a string, got number.'),
    );
  });

  it.each([
    ['a lone high surrogate', 'ab\uD83D'],
    ['a lone low surrogate', '\uDE00ab'],
    ['two high surrogates', '\uD83D\uD83D\uDE00'],
    ['a pair reversed', 'x\uDE00\uD83D'],
  ])('%s in the reason: TypeError', (_what, reason) => {
    expect(() => encodeClosePayload(1000, reason)).toThrow(
      new TypeError('encodeClosePayload: the reason has a lone surrogate, which UTF-8 cannot encode: pass reason.toWellFormed().'),
    );
    expect(() => encodeClosePayload(1000, (reason as unknown as { toWellFormed(): string }).toWellFormed())).not.toThrow();
  });

  it.each([
    ['124 ASCII bytes', 'a'.repeat(124), 124],
    ['122 ASCII + a 3-byte character', `${'a'.repeat(122)}€`, 125],
    ['42 three-byte characters', '€'.repeat(42), 126],
    ['31 four-byte characters', '😀'.repeat(31), 124],
    ['a long text', 'x'.repeat(1000), 1000],
  ])('a reason over 123 UTF-8 bytes (%s): RangeError with the byte count', (_what, reason, bytes) => {
    expect(() => encodeClosePayload(1000, reason)).toThrow(RangeError);
    expect(() => encodeClosePayload(1000, reason)).toThrow(
      `encodeClosePayload: the reason is ${bytes} UTF-8 bytes, over the 123 a Close frame allows: pass truncateCloseReason(reason).`,
    );
  });

  it('the whole message for 1005', () => {
    expect(() => encodeClosePayload(1005)).toThrow(
      new RangeError(`encodeClosePayload: 1005 may not be sent in a Close frame (see describeCloseCode). Send ${SENDABLE}.`),
    );
  });

  it('checks the code before the reason', () => {
    expect(() => encodeClosePayload(1005, 'a'.repeat(200))).toThrow(RangeError);
    expect(() => encodeClosePayload(1005, 'a'.repeat(200))).toThrow(/1005 may not be sent/);
  });
});
