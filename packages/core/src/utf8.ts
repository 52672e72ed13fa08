// A strict UTF-8 decoder for short byte runs such as a close reason (at most MAX_REASON_BYTES).
// It accepts exactly the well-formed sequences of Unicode table 3-7 (no overlongs, no surrogates,
// nothing above U+10FFFF), the same that a fatal TextDecoder accepts, and it keeps a leading BOM
// (WHATWG "UTF-8 decode without BOM").
//
// Two paths, chosen by what is fastest where (bench/: npm run bench -- --only speed):
// - a platform TextDecoder for long text that starts with ASCII: one native call beats a loop
//   from about 48 bytes on;
// - a hand-written loop for everything else: short text (a TextDecoder call costs more than the
//   loop there), text that starts multibyte (the loop beat Node 20's TextDecoder by about 1.7x on
//   123 bytes), and ill-formed text, which a fatal TextDecoder would report by throwing, at
//   several microseconds a throw.

// UTF-16 code units of the text being decoded, reused between calls (decoding is synchronous).
const units: number[] = [];

/** From this many bytes on, text that starts with ASCII goes to the platform decoder. */
const PLATFORM_DECODER_MIN_BYTES = 48;

// Not fatal: an ill-formed sequence becomes U+FFFD instead of a throw, and is found below without one.
// Created on first use, so that importing the package costs nothing; null where there is no TextDecoder.
let platformDecoder: TextDecoder | null | undefined;

/** The text of bytes[start..end), or undefined when those bytes are not well-formed UTF-8. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string | undefined {
  if (end - start >= PLATFORM_DECODER_MIN_BYTES && bytes[start]! < 0x80) {
    const decoded = decodeOnPlatform(bytes, start, end);
    if (decoded !== UNDECIDED) return decoded;
  }
  let i = start;
  while (i < end && bytes[i]! < 0x80) i++;
  return i === end ? asciiText(bytes, start, end) : decodeMixed(bytes, start, end);
}

const UNDECIDED = 0;

/** The text, undefined when ill-formed, or UNDECIDED when the hand-written loop has to tell. */
function decodeOnPlatform(bytes: Uint8Array, start: number, end: number): string | undefined | typeof UNDECIDED {
  const decoder =
    platformDecoder !== undefined
      ? platformDecoder
      : (platformDecoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { ignoreBOM: true }) : null);
  if (decoder === null) return UNDECIDED;
  let text: string;
  try {
    text = decoder.decode(new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start));
  } catch {
    return UNDECIDED; // browsers' TextDecoder rejects a view of shared memory (a SharedArrayBuffer): the loop takes it
  }
  // Every ill-formed sequence comes out as U+FFFD: text without one came from well-formed bytes.
  if (text.indexOf('\uFFFD') === -1) return text;
  // Bytes that spell U+FFFD themselves (EF BF BD) are well formed: only with an EF byte may they be.
  const ef = bytes.indexOf(0xef, start);
  return ef === -1 || ef >= end ? undefined : UNDECIDED;
}

/**
 * ASCII bytes as a string. Most close reasons are short ASCII; String.fromCharCode with a fixed
 * number of arguments is about a fifth faster here than collecting code units and spreading them.
 */
function asciiText(b: Uint8Array, start: number, end: number): string {
  let text = '';
  let i = start;
  for (; i + 16 <= end; i += 16) {
    text += String.fromCharCode(
      b[i]!, b[i + 1]!, b[i + 2]!, b[i + 3]!, b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!,
      b[i + 8]!, b[i + 9]!, b[i + 10]!, b[i + 11]!, b[i + 12]!, b[i + 13]!, b[i + 14]!, b[i + 15]!,
    );
  }
  for (; i + 4 <= end; i += 4) text += String.fromCharCode(b[i]!, b[i + 1]!, b[i + 2]!, b[i + 3]!);
  for (; i < end; i++) text += String.fromCharCode(b[i]!);
  return text;
}

function decodeMixed(bytes: Uint8Array, start: number, end: number): string | undefined {
  let n = 0;
  let i = start;
  while (i < end) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      units[n++] = b0;
      i += 1;
    } else if (b0 < 0xc2) {
      return undefined; // a continuation byte, or the lead of an overlong 2-byte form
    } else if (b0 < 0xe0) {
      if (i + 1 >= end) return undefined;
      const b1 = bytes[i + 1]!;
      if ((b1 & 0xc0) !== 0x80) return undefined;
      units[n++] = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
      i += 2;
    } else if (b0 < 0xf0) {
      if (i + 2 >= end) return undefined;
      const b1 = bytes[i + 1]!;
      const b2 = bytes[i + 2]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return undefined;
      if (b0 === 0xe0 && b1 < 0xa0) return undefined; // overlong
      if (b0 === 0xed && b1 > 0x9f) return undefined; // a surrogate, U+D800-U+DFFF
      units[n++] = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      i += 3;
    } else if (b0 < 0xf5) {
      if (i + 3 >= end) return undefined;
      const b1 = bytes[i + 1]!;
      const b2 = bytes[i + 2]!;
      const b3 = bytes[i + 3]!;
      if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return undefined;
      if (b0 === 0xf0 && b1 < 0x90) return undefined; // overlong
      if (b0 === 0xf4 && b1 > 0x8f) return undefined; // above U+10FFFF
      const astral = (((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) - 0x10000;
      units[n++] = 0xd800 | (astral >> 10);
      units[n++] = 0xdc00 | (astral & 0x3ff);
      i += 4;
    } else {
      return undefined; // F5-FF never appear in UTF-8
    }
  }
  units.length = n;
  return String.fromCharCode.apply(null, units);
}
