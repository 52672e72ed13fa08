// UTF-8 decoding for short byte runs such as a close reason (at most MAX_REASON_BYTES). Strict: it
// accepts exactly what a fatal TextDecoder accepts (no overlongs, no surrogates, nothing above
// U+10FFFF), and it keeps a leading BOM (WHATWG "UTF-8 decode without BOM").
//
// Short ASCII, most close reasons, is copied by a loop: a TextDecoder call costs more there. The rest
// goes to the platform's TextDecoder, NOT fatal: a fatal one reports ill-formed input by throwing,
// at microseconds a throw. Ill-formedness is read from the output instead: the decoder turns each
// ill-formed sequence into a U+FFFD, so text without one is well formed, and so is none with a
// U+FFFD whose bytes hold no EF (U+FFFD itself is EF BF BD).
//
// No native validator (Node's buffer.isUtf8) runs first: on Node 20 it costs 0.6 of a whole
// decode of the same 123 bytes, which every valid reason would pay to speed up invalid ones.

/** Below this many bytes, ASCII is copied by hand rather than sent to the TextDecoder. */
const LOOP_MAX_BYTES = 48;

// Created on first use, so that importing the package costs nothing.
let decoder: TextDecoder | undefined;
let fatal: TextDecoder | undefined;

/** The text of bytes[start..end), or undefined when those bytes are not well-formed UTF-8. */
export function decodeUtf8(b: Uint8Array, start: number, end: number): string | undefined {
  if (end - start < LOOP_MAX_BYTES) {
    // ASCII, four code units a call: fewer calls and string joins than one at a time, no allocation.
    let text = '';
    let i = start;
    for (; i + 4 <= end && (b[i]! | b[i + 1]! | b[i + 2]! | b[i + 3]!) < 0x80; i += 4) text += String.fromCharCode(b[i]!, b[i + 1]!, b[i + 2]!, b[i + 3]!);
    for (; i < end && b[i]! < 0x80; i++) text += String.fromCharCode(b[i]!);
    if (i === end) return text;
  }
  // A reason cut short mid-character, the usual ill-formed one, fails here without decoding: the
  // lead byte of the last sequence wants more continuation bytes (k) than follow it. A walk past
  // start means the text begins with a continuation byte: ill-formed too, and whatever byte the
  // walk reads there, the decoder below says so.
  let k = 0;
  while (k < 3 && b[end - 1 - k]! >> 6 === 2) k++;
  if (b[end - 1 - k]! >= 256 - (64 >> k)) return undefined;
  // A plain Uint8Array view: subarray() of a Node Buffer makes a Buffer, which costs more than the decode.
  const view = new Uint8Array(b.buffer, b.byteOffset + start, end - start);
  const platform = (decoder ??= new TextDecoder('utf-8', { ignoreBOM: true }));
  // Browsers refuse a view of shared memory (a SharedArrayBuffer) here; decodeClosePayload then
  // answers 1002 with "pass a plain Uint8Array".
  const text = platform.decode(view);
  if (text.indexOf('\uFFFD') < 0) return text;
  // A U+FFFD: a replacement, unless the sender spelled it (EF BF BD). With no EF byte at all (the
  // native indexOf tells at once) it is a replacement. Otherwise a fatal decoder settles it: its
  // throw costs microseconds, but only text that holds both a U+FFFD and an EF byte pays it.
  if (view.indexOf(0xef) < 0) return undefined;
  try {
    return (fatal ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })).decode(view);
  } catch {
    return undefined;
  }
}
