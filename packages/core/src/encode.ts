import { CLOSE_CODE_BYTES, CLOSE_CODE_RANGES, isSendableCloseCode, MAX_CODE, MAX_REASON_BYTES, SENDABLE_CODES_TEXT } from './generated/registry.ts';

// MAX_REASON_BYTES: RFC 6455 5.5 caps a control frame's payload, and the code takes its first bytes.
export { MAX_REASON_BYTES };

// Code units, without the u flag: a high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

let encoder: TextEncoder | undefined;

/**
 * The body of a Close frame: a big-endian code, then the reason in UTF-8 (RFC 6455 5.5.1).
 * With no arguments, the empty body (the peer will see code 1005).
 *
 * @throws TypeError when a reason is given without a code, when an argument has the wrong type,
 *   or when the reason holds a lone surrogate (UTF-8 cannot encode it).
 * @throws RangeError when the code may not be sent (see isSendableCloseCode), or when the reason
 *   is longer than MAX_REASON_BYTES UTF-8 bytes.
 */
export function encodeClosePayload(code?: number, reason?: string): Uint8Array {
  if (code === undefined) {
    if (reason !== undefined) {
      throw new TypeError(
        'encodeClosePayload: a reason needs a code. Pass a close code first, e.g. encodeClosePayload(1000, reason), or pass neither for an empty body.',
      );
    }
    return new Uint8Array(0);
  }
  if (typeof code !== 'number') {
    throw new TypeError(`encodeClosePayload: the code must be a number, got ${typeof code}.`);
  }
  if (!isSendableCloseCode(code)) throw new RangeError(unsendableMessage(code));
  if (reason === undefined || reason === '') return withCode(code, 0);
  if (typeof reason !== 'string') {
    throw new TypeError(`encodeClosePayload: the reason must be a string, got ${typeof reason}.`);
  }

  // Most reasons are short ASCII: copy code units straight into the frame.
  const length = reason.length;
  if (length <= MAX_REASON_BYTES && isAscii(reason)) {
    const payload = withCode(code, length);
    for (let i = 0; i < length; i++) payload[i + CLOSE_CODE_BYTES] = reason.charCodeAt(i);
    return payload;
  }

  const lone = LONE_SURROGATE.exec(reason);
  if (lone !== null) {
    const unit = lone[0].charCodeAt(0).toString(16).toUpperCase();
    throw new TypeError(
      `encodeClosePayload: the reason has a lone surrogate (U+${unit} at index ${lone.index}), which UTF-8 cannot encode. Pass well-formed text, e.g. reason.toWellFormed().`,
    );
  }
  const bytes = (encoder ?? (encoder = new TextEncoder())).encode(reason);
  if (bytes.length > MAX_REASON_BYTES) {
    throw new RangeError(
      `encodeClosePayload: the reason is ${bytes.length} UTF-8 bytes; a Close frame allows at most ${MAX_REASON_BYTES} (RFC 6455 5.5). Shorten it by ${plural(bytes.length - MAX_REASON_BYTES, 'byte')}.`,
    );
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

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

// Only the ranges, not the registry entries: encode stays small in a bundle that does not need the entries.
function unsendableMessage(code: number): string {
  const allowed = `Send ${SENDABLE_CODES_TEXT} instead.`;
  if (!Number.isInteger(code) || code < 0 || code > MAX_CODE) {
    return `encodeClosePayload: ${code} is not a close code (an integer from 0 to ${MAX_CODE}). ${allowed}`;
  }
  const range = CLOSE_CODE_RANGES.find((r) => code >= r.from && code <= r.to);
  if (range?.kind === 'protocol') {
    // RFC 6455 7.4.1: 1005, 1006 and 1015 MUST NOT be sent; 1004 is reserved with no meaning.
    // Any other unsendable protocol code is unassigned, reserved for the future by 7.4.2.
    if (code === 1005 || code === 1006 || code === 1015) {
      return `encodeClosePayload: ${code} must not be sent: RFC 6455 7.4.1 reserves it for reporting a close locally. ${allowed}`;
    }
    if (code === 1004) {
      return `encodeClosePayload: ${code} is reserved: RFC 6455 7.4.1 defines no meaning for it yet, so it is not sent. ${allowed}`;
    }
    return `encodeClosePayload: ${code} is not assigned: RFC 6455 7.4.2 reserves ${range.from}-${range.to} for definition by the protocol and its extensions. ${allowed}`;
  }
  const where = range === undefined ? '' : ` (${range.from}-${range.to}: ${range.label}, RFC 6455 7.4.2)`;
  return `encodeClosePayload: ${code} may not be sent${where}. ${allowed}`;
}
