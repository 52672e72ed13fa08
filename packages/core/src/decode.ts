import { CLOSE_CODE_BYTES, isValidCloseCode, MAX_CONTROL_PAYLOAD_BYTES } from './generated/registry.ts';
import { NO_STATUS_RECEIVED } from './local-codes.ts';
import type { ClosePayloadError, DecodedClosePayload } from './types.ts';
import { decodeUtf8 } from './utf8.ts';

/**
 * Reads the body of a received Close frame (RFC 6455 5.5.1, 7.1.5, 7.4). Never throws.
 *
 * - empty: ok, code 1005 (no status received) and reason '';
 * - 1 byte, or more than MAX_CONTROL_PAYLOAD_BYTES: not ok, fail the connection with 1002;
 * - a code a peer may not send (below 1000, 1004-1006, 1015, a protocol code IANA has not
 *   registered, 5000 and up; isValidCloseCode says which, from the registry): not ok, fail with 1002. That is common practice (Autobahn|Testsuite 7.9;
 *   ws, undici and Python websockets do it), not an RFC rule: RFC 6455 7.4 forbids sending these
 *   codes (or gives them no use) but sets no rule for a receiver, so accepting them, as Chromium
 *   and Firefox do, conforms too;
 * - a reason that is not valid UTF-8: not ok, fail with 1007. RFC 6455 8.1 requires failing the
 *   connection but names no code; 1007 is the one that fits, and 1002 conforms too.
 *
 * The reason is decoded as WHATWG's "UTF-8 decode without BOM": a leading U+FEFF is kept.
 */
export function decodeClosePayload(bytes: Uint8Array): DecodedClosePayload {
  try {
    if (bytes instanceof Uint8Array) return decodeBytes(bytes);
    const own = asOwnUint8Array(bytes);
    if (own !== undefined) return decodeBytes(own);
    return failure(1002, NOT_BYTES);
  } catch {
    // Only a hostile object (a Proxy, a throwing getter) gets here; a real Uint8Array never does.
    return failure(1002, NOT_BYTES);
  }
}

function decodeBytes(bytes: Uint8Array): DecodedClosePayload {
  const length = bytes.length;
  if (length === 0) return { ok: true, code: NO_STATUS_RECEIVED, reason: '' };
  if (length < CLOSE_CODE_BYTES) {
    return failure(1002, 'A 1-byte Close payload: it must be empty or start with a 2-byte code (RFC 6455 5.5.1).');
  }
  if (length > MAX_CONTROL_PAYLOAD_BYTES) {
    return failure(1002, `A ${length}-byte Close payload: a control frame carries at most ${MAX_CONTROL_PAYLOAD_BYTES} bytes (RFC 6455 5.5).`);
  }
  const code = (bytes[0]! << 8) | bytes[1]!;
  if (!isValidCloseCode(code)) {
    return failure(1002, `Close code ${code} may not be sent; failing with 1002 is common practice.`);
  }
  if (length === CLOSE_CODE_BYTES) return { ok: true, code, reason: '' };

  const reason = decodeUtf8(bytes, CLOSE_CODE_BYTES, length);
  if (reason === undefined) {
    return failure(1007, 'The close reason is not valid UTF-8 (RFC 6455 8.1).');
  }
  return { ok: true, code, reason };
}

const NOT_BYTES = 'decodeClosePayload: pass the payload as a plain Uint8Array.';

function failure(closeWith: 1002 | 1007, error: string): ClosePayloadError {
  return { ok: false, closeWith, error };
}

/** A Uint8Array from another realm (an iframe, a vm context), viewed as one of this realm. */
function asOwnUint8Array(value: unknown): Uint8Array | undefined {
  if (!ArrayBuffer.isView(value) || Object.prototype.toString.call(value) !== '[object Uint8Array]') return undefined;
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
