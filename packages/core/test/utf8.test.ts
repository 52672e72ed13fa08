import { isUtf8 } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8 } from '../src/utf8.ts';
import { scalarValue } from './text.ts';

// The hand-written decoder must accept exactly what a fatal TextDecoder accepts, and decode it the
// same way, BOM included.
const reference = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function fatalDecode(bytes: Uint8Array): string | undefined {
  try {
    return reference.decode(bytes);
  } catch {
    return undefined;
  }
}
// The same answer without a throw per ill-formed input, which made the enumerations below cost
// seconds: Node's own validator, then a TextDecoder. The first test checks the two references agree.
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const expected = (bytes: Uint8Array): string | undefined => (isUtf8(bytes) ? lenient.decode(bytes) : undefined);
const decode = (bytes: Uint8Array) => decodeUtf8(bytes, 0, bytes.length);

function agreeOn(bytes: Uint8Array): void {
  const got = decode(bytes);
  const want = expected(bytes);
  if (got !== want) throw new Error(`bytes ${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ')}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

describe('decodeUtf8 against a fatal TextDecoder', () => {
  it('every 1- and 2-byte sequence, where the fatal TextDecoder and the reference above agree too', () => {
    for (let a = 0; a < 256; a++) {
      agreeOn(new Uint8Array([a]));
      for (let b = 0; b < 256; b++) {
        const bytes = new Uint8Array([a, b]);
        agreeOn(bytes);
        if (fatalDecode(bytes) !== expected(bytes)) throw new Error(`the references disagree on ${a.toString(16)} ${b.toString(16)}`);
      }
    }
    // ... and on the edge cases of longer sequences: overlong, surrogate, past U+10FFFF, truncated, a BOM.
    for (const bytes of [[0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x99], [0xef, 0xbb, 0xbf], [0xf0, 0x9f, 0x99, 0x82]]) {
      expect(expected(new Uint8Array(bytes))).toBe(fatalDecode(new Uint8Array(bytes)));
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
      // A boolean, not expect(): fast-check still shrinks and prints the failing text, at a tenth of the cost.
      fc.property(fc.string({ unit: scalarValue, maxLength: 64 }), (text) => decode(encoder.encode(text)) === text),
      { numRuns: 1_000 },
    );
  }, 60_000);
});

// Long text that starts with ASCII goes to the platform's TextDecoder (not fatal: ill-formed input
// shows as U+FFFD and is judged without a throw); everything else stays on the hand-written loop.
describe('decodeUtf8 on long text (the platform decoder path)', () => {
  const asciiPrefix = (n: number) => Array.from({ length: n }, (_, i) => 0x61 + (i % 26));
  const long = (...tail: number[]) => new Uint8Array([...asciiPrefix(48), ...tail]);

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('copies ASCII under 48 bytes by hand, and sends 48 bytes or more, or anything multibyte, to TextDecoder', () => {
    const spy = vi.spyOn(TextDecoder.prototype, 'decode');
    decode(new Uint8Array(asciiPrefix(47)));
    expect(spy).not.toHaveBeenCalled();
    expect(decode(new Uint8Array(asciiPrefix(48)))).toBe('abcdefghijklmnopqrstuvwxyz'.repeat(2).slice(0, 48));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(decode(new Uint8Array([0x61, 0xc3, 0xa9]))).toBe('aé');
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it('well-formed text with a real U+FFFD (EF BF BD) is decoded, not rejected', () => {
    agreeOn(long(0xef, 0xbf, 0xbd));
    expect(decode(long(0xef, 0xbf, 0xbd))).toMatch(/\uFFFD$/);
  });

  it('ill-formed text is rejected, with or without an EF byte in it', () => {
    for (const tail of [[0xff], [0xe2, 0x82], [0xef, 0xbf, 0xbd, 0x80], [0xef, 0xbf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf]]) {
      agreeOn(long(...tail));
      expect(decode(long(...tail))).toBeUndefined();
    }
  });

  it('rejects a text cut mid-character from its last bytes, without decoding it, and decodes every complete ending', () => {
    const spy = vi.spyOn(TextDecoder.prototype, 'decode');
    const cut = [[0xc3], [0xe2], [0xe2, 0x82], [0xf0], [0xf0, 0x9f], [0xf0, 0x9f, 0x98], [0xf8, 0x80, 0x80, 0x80]];
    for (const tail of cut) {
      agreeOn(long(...tail));
      expect(decode(long(...tail))).toBeUndefined();
      // Short text too: the hand-copied ASCII stops at the lead byte and hands over.
      expect(decode(new Uint8Array([0x61, ...tail]))).toBeUndefined();
    }
    expect(spy).not.toHaveBeenCalled();
    // A text of continuation bytes only: the walk back reaches before it (into the bytes before
    // start, or past index 0), and the answer is still "ill formed".
    for (const bytes of [[0x80], [0x80, 0x80], [0xbf, 0x80, 0x80], [0x80, 0x80, 0x80, 0x80]]) {
      agreeOn(new Uint8Array(bytes));
      for (const before of [0x00, 0xc3, 0xe2, 0xf0]) expect(decodeUtf8(new Uint8Array([before, ...bytes]), 1, bytes.length + 1)).toBeUndefined();
    }
    for (const tail of [[0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0x61], [0x80, 0x80, 0x80, 0x80]]) agreeOn(long(...tail));
  });

  it('rejects a U+FFFD from bytes without any EF after one decode; only text with both a U+FFFD and an EF byte is decoded twice', () => {
    const spy = vi.spyOn(TextDecoder.prototype, 'decode');
    for (const tail of [[0xff, 0x61], [0xe9, 0x61], [0xc0, 0xaf, 0x61], [0xed, 0xa0, 0x80, 0x61]]) {
      spy.mockClear();
      expect(decode(long(...tail))).toBeUndefined();
      expect(spy).toHaveBeenCalledTimes(1);
    }
    // A real U+FFFD, and an ill-formed byte beside an EF: the second, fatal decode settles each.
    for (const [tail, ok] of [
      [[0xef, 0xbf, 0xbd, 0x61], true],
      [[0xef, 0xbf, 0xbd, 0xff, 0x61], false],
      [[0xef, 0xbb, 0xbf, 0xe9, 0x61], false],
    ] as const) {
      agreeOn(long(...tail));
      spy.mockClear();
      expect(decode(long(...tail)) !== undefined).toBe(ok);
      expect(spy).toHaveBeenCalledTimes(2);
    }
  });

  it('keeps a U+FEFF wherever it is, and a leading one too', () => {
    agreeOn(long(0xef, 0xbb, 0xbf));
    agreeOn(new Uint8Array([0xef, 0xbb, 0xbf, ...asciiPrefix(60)]));
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...asciiPrefix(60)]))!.charCodeAt(0)).toBe(0xfeff);
  });

  it('reads only bytes[start..end) of a view that starts inside its buffer', () => {
    const backing = new Uint8Array([0xff, 0xff, ...asciiPrefix(60), 0xff]);
    const view = backing.subarray(1, 63); // byteOffset 1; view[0] is 0xff, then 60 ASCII bytes, then 0xff
    expect(decode(view)).toBeUndefined();
    expect(decodeUtf8(view, 1, 61)).toBe(String.fromCharCode(...asciiPrefix(60)));
    expect(decodeUtf8(view, 1, 62)).toBeUndefined();
    // An EF byte past `end` does not make the bytes before it undecided or valid.
    const withEfAfter = new Uint8Array([...asciiPrefix(50), 0xff, 0xef, 0xbf, 0xbd]);
    expect(decodeUtf8(withEfAfter, 0, 51)).toBeUndefined();
  });

  it('decodes a view of shared memory where the platform allows it (Node; a browser refuses it, and decodeClosePayload then answers 1002)', () => {
    const shared = new Uint8Array(new SharedArrayBuffer(64));
    shared.set(asciiPrefix(64));
    expect(decode(shared)).toBe(String.fromCharCode(...asciiPrefix(64)));
    shared[63] = 0xff;
    expect(decode(shared)).toBeUndefined();
  });

  it('decodes short ASCII where there is no TextDecoder (every browser, Node, Deno and Bun has one)', async () => {
    vi.stubGlobal('TextDecoder', undefined);
    vi.resetModules();
    const { decodeUtf8: decodeWithoutPlatform } = await import('../src/utf8.ts');
    const text = new Uint8Array(asciiPrefix(20));
    expect(decodeWithoutPlatform(text, 0, text.length)).toBe(String.fromCharCode(...asciiPrefix(20)));
    vi.unstubAllGlobals();
  });

  it('random long byte strings that start with ASCII (property)', () => {
    const edgeByte = fc.constantFrom(
      0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbb, 0xbd, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0,
      0xf1, 0xf3, 0xf4, 0xf5, 0xfe, 0xff,
    );
    fc.assert(
      fc.property(fc.integer({ min: 48, max: 100 }), fc.array(edgeByte, { maxLength: 24 }), (prefix, tail) => agreeOn(new Uint8Array([...asciiPrefix(prefix), ...tail]))),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it('any well-formed long text round-trips (property)', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: scalarValue, minLength: 48, maxLength: 123 }), (text) => decode(encoder.encode(`x${text}`)) === `x${text}`),
      { numRuns: 2_000 },
    );
  }, 60_000);
});
