// UTF-8 decoding for short byte runs such as a close reason (at most MAX_REASON_BYTES). Strict: it
// accepts exactly what a fatal TextDecoder accepts (no overlongs, no surrogates, nothing above
// U+10FFFF), and it keeps a leading BOM (WHATWG "UTF-8 decode without BOM").
//
// Short ASCII, most close reasons, is copied by a loop: a TextDecoder call costs more there. The rest
// goes to the platform's TextDecoder, NOT fatal: a fatal one reports ill-formed input by throwing,
// at microseconds a throw. Ill-formedness is read from the output instead: the decoder turns each
// ill-formed sequence into at least one U+FFFD, and a well-formed EF BF BD into exactly one (EF is
// never a continuation byte, so nothing before it can swallow it). So the bytes are well formed
// exactly when the text holds as many U+FFFD as the bytes hold EF BF BD.

/** Below this many bytes, ASCII is copied by hand rather than sent to the TextDecoder. */
const LOOP_MAX_BYTES = 48;

// Created on first use, so that importing the package costs nothing.
let decoder: TextDecoder | undefined;

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
  return decodeOnPlatform(b, start, end);
}

function decodeOnPlatform(bytes: Uint8Array, start: number, end: number): string | undefined {
  // A plain Uint8Array view: subarray() of a Node Buffer makes a Buffer, which costs more than the decode.
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start);
  const platform = (decoder ??= new TextDecoder('utf-8', { ignoreBOM: true }));
  // Browsers refuse a view of shared memory (a SharedArrayBuffer) here; decodeClosePayload then
  // answers 1002 with "pass a plain Uint8Array".
  const text = platform.decode(view);
  let replaced = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) replaced++;
  if (replaced === 0) return text;
  let spelled = 0;
  for (let i = start; i + 2 < end; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) spelled++;
  return replaced === spelled ? text : undefined;
}
