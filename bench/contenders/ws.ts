// What `ws` (8.x) does when a Close frame arrives, step by step, re-implemented for the bench.
// Read from ws/lib/receiver.js (getInfo, controlMessage) and ws/lib/validation.js; the code is ours.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isUtf8 } from 'node:buffer';

/**
 * ws's own received-code rule, the function itself. ws's exports map hides lib/validation.js, so
 * it is loaded by file path; if that fails the bench cannot compare against ws, and says so.
 */
function loadWsStatusCodeCheck(): { check: (code: number) => boolean; source: string } {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('ws/package.json'));
  const { isValidStatusCode } = require(join(root, 'lib', 'validation.js')) as { isValidStatusCode?: unknown };
  if (typeof isValidStatusCode !== 'function') {
    throw new Error(`ws ${require('ws/package.json').version} no longer has lib/validation.js isValidStatusCode: update bench/contenders/ws.ts to its current check`);
  }
  return { check: isValidStatusCode as (code: number) => boolean, source: `ws ${require('ws/package.json').version} lib/validation.js isValidStatusCode` };
}

export const wsStatusCode = loadWsStatusCodeCheck();
const isValidStatusCode = wsStatusCode.check;

/** ws's received-code check as a contender: 1 when ws accepts the code. */
export function wsCodeCheck(code: number): number {
  return isValidStatusCode(code) ? 1 : 0;
}

/**
 * ws validates reasons under 24 bytes with a JavaScript loop (the native call costs more than it
 * saves there) and longer ones with buffer.isUtf8. This is that loop's rule, in our own words:
 * well-formed UTF-8 per Unicode table 3-7.
 */
function isWellFormedShort(bytes: Uint8Array): boolean {
  const end = bytes.length;
  let i = 0;
  while (i < end) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return false;
    if (i + need >= end) return false; // cut short
    const second = bytes[i + 1]!;
    if (second < low || second > high) return false;
    for (let k = 2; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += need + 1;
  }
  return true;
}

/** ws fails a connection with an Error that carries a stack (Receiver#createError); so does this. */
function receiveError(Kind: ErrorConstructor | RangeErrorConstructor, message: string, code: string, closeWith: number): number {
  const error = new Kind(`Invalid WebSocket frame: ${message}`) as Error & { code?: string };
  Error.captureStackTrace(error, receiveError);
  error.code = code;
  return -closeWith;
}

/**
 * A Close payload through ws's receive path: length checks (getInfo), readUInt16BE, the code rule,
 * a Buffer view of the reason (ws makes a FastBuffer over the same memory; subarray does too), the reason's UTF-8 check, then `reason.toString()`, which an
 * application does to read it (ws hands it a Buffer). A failure builds an Error, as ws does.
 * Returns the checksum every decode contender returns: code, reason length and last unit, or -closeWith.
 */
export function wsReceipt(payload: Buffer): number {
  const length = payload.length;
  if (length === 0) return 1005 * 256;
  if (length === 1 || length > 125) return receiveError(RangeError, 'invalid payload length', 'WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH', 1002);
  const code = payload.readUInt16BE(0);
  if (!isValidStatusCode(code)) return receiveError(RangeError, `invalid status code ${code}`, 'WS_ERR_INVALID_CLOSE_CODE', 1002);
  const body = payload.subarray(2);
  if (!(body.length < 24 ? isWellFormedShort(body) : isUtf8(body))) return receiveError(Error, 'invalid UTF-8 sequence', 'WS_ERR_INVALID_UTF8', 1007);
  const reason = body.toString();
  const n = reason.length;
  return (code * 256 + n) ^ (n === 0 ? 0 : reason.charCodeAt(n - 1));
}
