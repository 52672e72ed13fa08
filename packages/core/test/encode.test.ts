import { describe, expect, it } from 'vitest';
import { CloseCode, encodeClosePayload } from '../src/index.ts';
import { codesWhere, expandRuns, sendableByRule, unregisteredEnds } from './registry.ts';

/** The codes that may be sent, as the messages list them ("1000-1003, ... or 3000-4999"): read from a message, checked below. */
const SENDABLE = (() => {
  try {
    encodeClosePayload(1005);
  } catch (error) {
    const listed = /Send (.*) instead\.$/.exec((error as Error).message)?.[1];
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

  it('the reason may be exactly 123 UTF-8 bytes, with a multibyte last character', () => {
    expect(encodeClosePayload(1000, `${'a'.repeat(119)}😀`).length).toBe(125);
    expect(encodeClosePayload(1000, `${'a'.repeat(120)}€`).length).toBe(125);
  });

  describe('codes that may not be sent: RangeError naming the rule and the codes that can be sent', () => {
    it.each<[number, RegExp]>([
      [1004, /^encodeClosePayload: 1004 is reserved: RFC 6455 7\.4\.1 defines no meaning for it yet, so it is not sent\. /],
      [1005, /^encodeClosePayload: 1005 must not be sent: RFC 6455 7\.4\.1 reserves it for reporting a close locally\. /],
      [1006, /^encodeClosePayload: 1006 must not be sent: RFC 6455 7\.4\.1 /],
      [1015, /^encodeClosePayload: 1015 must not be sent: RFC 6455 7\.4\.1 /],
      [999, /^encodeClosePayload: 999 may not be sent \(0-999: Not used, RFC 6455 7\.4\.2\)/],
      ...unregisteredEnds(1016, 2999).map((code): [number, RegExp] => [code, new RegExp(`^encodeClosePayload: ${code} is not assigned: RFC 6455 7\\.4\\.2 `)]),
      [5000, /^encodeClosePayload: 5000 may not be sent \(5000-65535: Outside the protocol/],
      [-1, /^encodeClosePayload: -1 is not a close code \(an integer from 0 to 65535\)/],
      [65536, /^encodeClosePayload: 65536 is not a close code/],
      [1000.5, /^encodeClosePayload: 1000\.5 is not a close code/],
      [Number.NaN, /^encodeClosePayload: NaN is not a close code/],
    ])('%s', (code, message) => {
      expect(() => encodeClosePayload(code)).toThrow(RangeError);
      expect(() => encodeClosePayload(code, 'reason')).toThrow(message);
      expect(() => encodeClosePayload(code)).toThrow(`Send ${SENDABLE} instead.`);
    });
  });

  it('the messages list exactly the codes that may be sent: the sendable registered ones of 1000-2999, and 3000-4999', () => {
    expect(expandRuns(SENDABLE)).toEqual(codesWhere(sendableByRule));
  });

  it('a reason without a code: TypeError', () => {
    expect(() => encodeClosePayload(undefined, 'why')).toThrow(TypeError);
    expect(() => encodeClosePayload(undefined, 'why')).toThrow(/a reason needs a code\. Pass a close code first/);
    expect(() => encodeClosePayload(undefined, '')).toThrow(TypeError);
  });

  it('arguments of the wrong type: TypeError', () => {
    expect(() => encodeClosePayload('1000' as unknown as number)).toThrow(new TypeError('encodeClosePayload: the code must be a number, got string.'));
    expect(() => encodeClosePayload(1000, 42 as unknown as string)).toThrow(
      new TypeError('encodeClosePayload: the reason must be a string, got number.'),
    );
  });

  it.each([
    ['a lone high surrogate', 'ab\uD83D', 'U+D83D at index 2'],
    ['a lone low surrogate', '\uDE00ab', 'U+DE00 at index 0'],
    ['two high surrogates', '\uD83D\uD83D\uDE00', 'U+D83D at index 0'],
    ['a pair reversed', 'x\uDE00\uD83D', 'U+DE00 at index 1'],
  ])('%s in the reason: TypeError', (_what, reason, where) => {
    expect(() => encodeClosePayload(1000, reason)).toThrow(TypeError);
    expect(() => encodeClosePayload(1000, reason)).toThrow(
      `encodeClosePayload: the reason has a lone surrogate (${where}), which UTF-8 cannot encode. Pass well-formed text, e.g. reason.toWellFormed().`,
    );
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
      `encodeClosePayload: the reason is ${bytes} UTF-8 bytes; a Close frame allows at most 123 (RFC 6455 5.5). Shorten it by ${bytes - 123} byte${bytes - 123 === 1 ? '' : 's'}.`,
    );
  });

  it('the whole message for 1005', () => {
    expect(() => encodeClosePayload(1005)).toThrow(
      new RangeError(`encodeClosePayload: 1005 must not be sent: RFC 6455 7.4.1 reserves it for reporting a close locally. Send ${SENDABLE} instead.`),
    );
  });

  it('checks the code before the reason', () => {
    expect(() => encodeClosePayload(1005, 'a'.repeat(200))).toThrow(RangeError);
    expect(() => encodeClosePayload(1005, 'a'.repeat(200))).toThrow(/1005 must not be sent/);
  });
});
