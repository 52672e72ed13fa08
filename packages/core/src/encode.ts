import { CLOSE_CODE_BYTES, isSendableCloseCode, MAX_REASON_BYTES, SENDABLE_CODES_TEXT } from './generated/registry.ts';
import { LONE_SURROGATES } from './surrogates.ts';

// MAX_REASON_BYTES: RFC 6455 5.5 caps a control frame's payload, and the code takes its first bytes.
export { MAX_REASON_BYTES };


let encoder: TextEncoder | undefined;

/**
 * The body of a Close frame: a big-endian code, then the reason in UTF-8 (RFC 6455 5.5.1).
 * With no arguments, the empty body (the peer will see code 1005).
 *
 * The messages are short on purpose (this function is budgeted at 900 B gzip); each says what to
 * pass instead. `describeCloseCode(code)` tells why a code may not be sent.
 *
 * @throws TypeError when a reason is given without a code, when the reason is not a string, or
 *   when it holds a lone surrogate (UTF-8 cannot encode it).
 * @throws RangeError when the code may not be sent (see isSendableCloseCode; 1005, 1006 and 1015
 *   never, RFC 6455 7.4.1), or when the reason is longer than MAX_REASON_BYTES UTF-8 bytes.
 */
export function encodeClosePayload(code?: number, reason?: string): Uint8Array {
  if (code === undefined) {
    if (reason !== undefined) throw new TypeError('encodeClosePayload: a reason needs a code: pass (1000, reason), or neither for an empty body.');
    return new Uint8Array(0);
  }
  if (!isSendableCloseCode(code)) {
    throw new RangeError(`encodeClosePayload: ${String(code)} may not be sent in a Close frame (see describeCloseCode). Send ${SENDABLE_CODES_TEXT}.`);
  }
  if (reason === undefined || reason === '') return withCode(code, 0);
  if (typeof reason !== 'string') throw new TypeError(`encodeClosePayload: the reason must be a string, got ${typeof reason}.`);

  // Most reasons are short ASCII: copy code units straight into the frame.
  const length = reason.length;
  if (length <= MAX_REASON_BYTES && isAscii(reason)) {
    const payload = withCode(code, length);
    for (let i = 0; i < length; i++) payload[i + CLOSE_CODE_BYTES] = reason.charCodeAt(i);
    return payload;
  }
  if (reason.search(LONE_SURROGATES) !== -1) throw new TypeError('encodeClosePayload: the reason has a lone surrogate, which UTF-8 cannot encode: pass reason.toWellFormed().');
  const bytes = (encoder ?? (encoder = new TextEncoder())).encode(reason);
  if (bytes.length > MAX_REASON_BYTES) {
    throw new RangeError(`encodeClosePayload: the reason is ${bytes.length} UTF-8 bytes, over the ${MAX_REASON_BYTES} a Close frame allows: pass truncateCloseReason(reason).`);
  }
  const payload = withCode(code, bytes.length);
  payload.set(bytes, CLOSE_CODE_BYTES);
  return payload;
}

function withCode(code: number, reasonBytes: number): Uint8Array {
  const payload = new Uint8Array(CLOSE_CODE_BYTES + reasonBytes);
  payload[0] = code >>> 8;
  payload[1] = code & 0xff;
  return payload;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
