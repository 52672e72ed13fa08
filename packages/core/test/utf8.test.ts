import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8 } from '../src/utf8.ts';

// The hand-written decoder must accept exactly what a fatal TextDecoder accepts, and decode it the
// same way, BOM included.
const reference = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function expected(bytes: Uint8Array): string | undefined {
  try {
    return reference.decode(bytes);
  } catch {
    return undefined;
  }
}
const decode = (bytes: Uint8Array) => decodeUtf8(bytes, 0, bytes.length);

function agreeOn(bytes: Uint8Array): void {
  const got = decode(bytes);
  const want = expected(bytes);
  if (got !== want) throw new Error(`bytes ${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ')}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

describe('decodeUtf8 against a fatal TextDecoder', () => {
  it('every 1- and 2-byte sequence', () => {
    for (let a = 0; a < 256; a++) {
      agreeOn(new Uint8Array([a]));
      for (let b = 0; b < 256; b++) agreeOn(new Uint8Array([a, b]));
    }
  }, 60_000);

  // Bytes where a continuation check or a range check (overlong, surrogate, > U+10FFFF) flips.
  const edges = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff];

  it('3-byte leads (E0-EF) with every second byte, and every third byte after the edge second bytes', () => {
    for (let a = 0xe0; a <= 0xef; a++) {
      for (let b = 0; b < 256; b++) for (const c of edges) agreeOn(new Uint8Array([a, b, c]));
      for (const b of edges) for (let c = 0; c < 256; c++) agreeOn(new Uint8Array([a, b, c]));
    }
  }, 60_000);

  it('4-byte leads (F0-FF) with every second byte and edge third and fourth bytes', () => {
    const fewEdges = [0x41, 0x80, 0x8f, 0x90, 0xbf, 0xc0];
    for (let a = 0xf0; a <= 0xff; a++) {
      for (let b = 0; b < 256; b++) {
        for (const c of fewEdges) for (const d of fewEdges) agreeOn(new Uint8Array([a, b, c, d]));
      }
    }
  }, 60_000);

  it('decodes a range offset into a buffer', () => {
    const bytes = new Uint8Array([0xff, 0x68, 0xc3, 0xa9, 0xff]);
    expect(decodeUtf8(bytes, 1, 4)).toBe('hé');
    expect(decodeUtf8(bytes, 1, 3)).toBeUndefined(); // ends inside a sequence
    expect(decodeUtf8(bytes, 2, 2)).toBe('');
  }, 60_000);

  it('random byte strings built from UTF-8 edge bytes (property)', () => {
    const edgeByte = fc.constantFrom(
      0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0,
      0xf1, 0xf3, 0xf4, 0xf5, 0xfe, 0xff,
    );
    fc.assert(
      fc.property(fc.array(edgeByte, { maxLength: 24 }), (values) => agreeOn(new Uint8Array(values))),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it('any well-formed text round-trips (property)', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        expect(decode(encoder.encode(text))).toBe(text);
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});
