import { MAX_REASON_BYTES } from './generated/registry.ts';

// Byte counts follow what a sender really writes: ws (Buffer.byteLength) and the WebSocket API
// (USVString, then UTF-8) both turn a lone surrogate into U+FFFD, 3 bytes. Counting code units
// directly avoids a TextEncoder and an allocation per call.

/**
 * The UTF-8 length of `reason` in bytes, as a Close frame would carry it. A lone surrogate counts
 * as 3, the bytes of the U+FFFD that `close()` and ws send in its place.
 */
export function closeReasonByteLength(reason: string): number {
  let bytes = 0;
  for (let i = 0; i < reason.length; i++) {
    const size = utf8Size(reason, i);
    bytes += size;
    if (size === 4) i++;
  }
  return bytes;
}

/**
 * The longest prefix of `reason` that encodes to at most `maxBytes` UTF-8 bytes (by default 123,
 * the most a Close frame allows), so `close(code, truncateCloseReason(reason))` never throws for
 * length. It never splits a code point or a surrogate pair; a lone surrogate counts as 3 bytes
 * (see closeReasonByteLength). Returns `reason` itself when it already fits.
 *
 * @throws RangeError when maxBytes is NaN or negative.
 */
export function truncateCloseReason(reason: string, maxBytes: number = MAX_REASON_BYTES): string {
  // The message stays short: this function has a 300 B gzip budget.
  // A fraction works as its floor; NaN and negatives have no sensible answer.
  if (!(maxBytes >= 0)) throw new RangeError('truncateCloseReason: maxBytes must be >= 0');
  // A code unit never takes more than 3 bytes (a pair: 4 bytes for 2 units), so short text fits.
  if (reason.length * 3 <= maxBytes) return reason;
  let bytes = 0;
  for (let i = 0; i < reason.length; i++) {
    const size = utf8Size(reason, i);
    if ((bytes += size) > maxBytes) return reason.slice(0, i);
    if (size === 4) i++;
  }
  return reason;
}

/** The UTF-8 bytes of the code point that starts at unit i: 4 for a surrogate pair (two units), 3 for a lone surrogate. */
function utf8Size(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  return (unit & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 4 : 3;
}
