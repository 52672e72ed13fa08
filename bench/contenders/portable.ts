// Portable baselines: what an application could write by hand in any runtime.
import { wsStatusCode } from './ws.ts';

const isValidStatusCode = wsStatusCode.check;
const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The same checks as ws's receive path, with a fatal TextDecoder (kept in a module constant, as a
 * careful caller would) for the reason: it validates and decodes in one call, and throws on invalid
 * input. It decodes a plain Uint8Array view of the reason, the cheapest input: `subarray` of a Node
 * Buffer makes another Buffer, which costs more than the decode and flattered core (issue 24).
 */
export function textDecoderReceipt(payload: Uint8Array): number {
  const length = payload.length;
  if (length === 0) return 1005 * 256;
  if (length === 1 || length > 125) return -1002;
  const code = (payload[0]! << 8) | payload[1]!;
  if (!isValidStatusCode(code)) return -1002;
  let reason: string;
  try {
    reason = length === 2 ? '' : fatalDecoder.decode(new Uint8Array(payload.buffer, payload.byteOffset + 2, length - 2));
  } catch {
    return -1007;
  }
  const n = reason.length;
  return (code * 256 + n) ^ (n === 0 ? 0 : reason.charCodeAt(n - 1));
}

const encoder = new TextEncoder();

/** A Close body to encode: what encodeClosePayload(code, reason) takes. */
export interface CloseToEncode {
  readonly code: number;
  readonly reason: string;
}

/** The checksum every encode contender returns: length and last byte of the body. */
export const bodyChecksum = (body: Uint8Array): number => body.length * 256 + body[body.length - 1]!;

/**
 * A Close body by TextEncoder#encodeInto, the least an application can do: ws's code rule, a lone
 * surrogate refused (encodeInto would send U+FFFD in its place; encodeClosePayload throws, so this
 * checks, with the native isWellFormed), then the code and the reason straight into one 125-byte
 * frame, and a view of the bytes written (none when the reason filled it).
 */
export function encodeIntoBody({ code, reason }: CloseToEncode): number {
  if (!isValidStatusCode(code) || code === 1005 || code === 1006 || code === 1015) throw new RangeError(`${code} may not be sent`);
  if (!(reason as string & { isWellFormed(): boolean }).isWellFormed()) throw new TypeError('lone surrogate');
  const frame = new Uint8Array(125);
  frame[0] = code >>> 8;
  frame[1] = code & 0xff;
  const { read, written } = encoder.encodeInto(reason, frame.subarray(2));
  if (read !== reason.length) throw new RangeError('reason over 123 bytes');
  return bodyChecksum(written === 123 ? frame : frame.subarray(0, 2 + written));
}

/**
 * The reconnect policy by a hand-written switch, as an application writes it for the codes it knows
 * (the bench checks it against describeCloseCode for every code 0-65535 before timing).
 */
export function policyBySwitch(code: number): string {
  switch (code) {
    case 1000:
      return 'not-needed';
    case 1001:
    case 1006:
    case 1011:
    case 1012:
    case 1013:
    case 1014:
    case 3008:
      return 'backoff';
    case 1002:
    case 1003:
    case 1007:
    case 1008:
    case 1009:
    case 1010:
    case 1015:
    case 3000:
    case 3003:
      return 'do-not-retry';
    case 1004:
    case 1005:
      return 'depends';
  }
  return code >= 1016 && code <= 4999 ? 'depends' : 'do-not-retry';
}

/** The policy as a number for the checksum: its third character tells the four policies apart. */
export function switchPolicyChecksum(code: number): number {
  return policyBySwitch(code).charCodeAt(2);
}

/** The names as an application would hold them: a Set built once, then Set#has. */
export function setHasFor(names: Iterable<string>): (name: string) => number {
  const set = new Set(names);
  return function setHas(name: string): number {
    return set.has(name) ? 1 : 0;
  };
}
