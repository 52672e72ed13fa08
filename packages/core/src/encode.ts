import { CLOSE_CODE_BYTES, isSendableCloseCode, MAX_REASON_BYTES, SENDABLE_CODES_TEXT } from './generated/registry.ts';
import { LONE_SURROGATES } from './surrogates.ts';
import { closeReasonByteLength } from './truncate.ts';

// MAX_REASON_BYTES: RFC 6455 5.5 caps a control frame's payload, and the code takes its first bytes.
export { MAX_REASON_BYTES };

// Created on first use, so that importing the package costs nothing.
let encoder: TextEncoder | undefined;
let frame: Uint8Array | undefined;
let frameReason: Uint8Array | undefined;

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
  if (reason === undefined) reason = '';
  else if (typeof reason !== 'string') throw new TypeError(`encodeClosePayload: the reason must be a string, got ${typeof reason}.`);

  const length = reason.length;
  // Encoded into one reusable frame (its reason part viewed once), then copied out at its exact
  // size. A lone surrogate comes out as EF BF BD: only then is the reason searched for one.
  if (frame === undefined) {
    frame = new Uint8Array(CLOSE_CODE_BYTES + MAX_REASON_BYTES);
    frameReason = frame.subarray(CLOSE_CODE_BYTES);
    encoder = new TextEncoder();
  }
  const { read, written } = encoder!.encodeInto(reason, frameReason!);
  const ef = frameReason!.indexOf(0xef);
  if ((read < length || (ef >= 0 && ef < written)) && reason.search(LONE_SURROGATES) !== -1) {
    throw new TypeError('encodeClosePayload: the reason has a lone surrogate, which UTF-8 cannot encode: pass reason.toWellFormed().');
  }
  if (read < length) {
    throw new RangeError(`encodeClosePayload: the reason is ${closeReasonByteLength(reason)} UTF-8 bytes, over the ${MAX_REASON_BYTES} a Close frame allows: pass truncateCloseReason(reason).`);
  }
  frame[0] = code >>> 8;
  frame[1] = code & 0xff;
  return frame.slice(0, CLOSE_CODE_BYTES + written);
}
