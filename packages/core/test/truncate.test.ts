import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_REASON_BYTES } from '../src/generated/registry.ts';
import { closeReasonByteLength, truncateCloseReason } from '../src/index.ts';

// TextEncoder is the oracle: it turns a lone surrogate into U+FFFD (3 bytes), as USVString
// conversion in close() and Buffer.byteLength in ws do.
const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;

/** Text of 1-, 2-, 3- and 4-byte code points, with lone high and low surrogates mixed in. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x80, max: 0x7ff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x800, max: 0xffff }).map((c) => String.fromCharCode(c)), // surrogate halves included
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom('\uD83D', '\uDE00', '\uDBFF', '\uDC00'),
);
const text = fc.string({ unit, maxLength: 90 });
const limit = fc.oneof(fc.constant(MAX_REASON_BYTES), fc.nat(130));

/** The code units of the code point that starts at index i: 2 for a surrogate pair. */
const codePointUnits = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1);

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

describe('closeReasonByteLength', () => {
  it('equals the length of TextEncoder output, lone surrogates included', () => {
    fc.assert(fc.property(text, (s) => closeReasonByteLength(s) === utf8Length(s)), { numRuns: 5000 });
  });

  it('counts each UTF-8 width', () => {
    expect(closeReasonByteLength('')).toBe(0);
    expect(closeReasonByteLength('a')).toBe(1);
    expect(closeReasonByteLength('é')).toBe(2);
    expect(closeReasonByteLength('€')).toBe(3);
    expect(closeReasonByteLength('😀')).toBe(4);
    expect(closeReasonByteLength('\uD83D')).toBe(3);
    expect(closeReasonByteLength('\uDE00\uD83D')).toBe(6); // low then high: two lone surrogates, not a pair
  });
});

describe('truncateCloseReason', () => {
  it('returns the longest prefix that fits, never splitting a code point (fast-check against TextEncoder)', () => {
    fc.assert(
      fc.property(text, limit, (s, max) => {
        const cut = truncateCloseReason(s, max);
        expect(s.startsWith(cut)).toBe(true);
        expect(utf8Length(cut)).toBeLessThanOrEqual(max);
        if (cut.length < s.length) {
          // Not a split pair: the prefix does not end between a high and a low surrogate ...
          const splitsPair = isHigh(s.charCodeAt(cut.length - 1)) && isLow(s.charCodeAt(cut.length));
          expect(splitsPair).toBe(false);
          // ... and it is the longest: one more code point does not fit.
          expect(utf8Length(s.slice(0, cut.length + codePointUnits(s, cut.length)))).toBeGreaterThan(max);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('defaults to 123 bytes, the most a Close frame allows', () => {
    expect(truncateCloseReason('a'.repeat(200))).toBe('a'.repeat(123));
    expect(truncateCloseReason('€'.repeat(50))).toBe('€'.repeat(41)); // 123 bytes
    expect(truncateCloseReason('a' + '😀'.repeat(40))).toBe('a' + '😀'.repeat(30)); // 121 bytes; one more is 125
  });

  it('keeps a pair whole or drops it, and counts a lone surrogate as 3 bytes', () => {
    expect(truncateCloseReason('ab😀', 5)).toBe('ab');
    expect(truncateCloseReason('ab😀', 6)).toBe('ab😀');
    expect(truncateCloseReason('ab\uD83Dc', 4)).toBe('ab');
    expect(truncateCloseReason('ab\uD83Dc', 5)).toBe('ab\uD83D');
  });

  it('returns the same string when it fits', () => {
    const fits = 'é'.repeat(61);
    expect(truncateCloseReason(fits)).toBe(fits);
    expect(truncateCloseReason('')).toBe('');
    expect(truncateCloseReason('abc', Infinity)).toBe('abc');
    expect(truncateCloseReason('abc', 0)).toBe('');
  });

  it('treats a fractional limit as its floor, and rejects NaN and negatives', () => {
    expect(truncateCloseReason('abcdef', 3.9)).toBe('abc');
    expect(() => truncateCloseReason('abc', Number.NaN)).toThrow(new RangeError('truncateCloseReason: maxBytes must be >= 0'));
    expect(() => truncateCloseReason('abc', -1)).toThrow(RangeError);
  });
});
