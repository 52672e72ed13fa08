// The subjects: @wscodes/core as built (packages/core/dist), each call in its own function.
import { decodeClosePayload, describeCloseCode, encodeClosePayload, isValidCloseCode } from '@wscodes/core';
import { isRegisteredSubprotocol } from '@wscodes/core/handshake';
import { bodyChecksum, type CloseToEncode } from './portable.ts';

/** Same checksum as the baselines: code, reason length and last unit (reading it flattens the string), or -closeWith. */
export function coreDecode(payload: Uint8Array): number {
  const result = decodeClosePayload(payload);
  if (!result.ok) return -result.closeWith;
  const { code, reason } = result;
  const n = reason.length;
  return (code * 256 + n) ^ (n === 0 ? 0 : reason.charCodeAt(n - 1));
}

export function coreCodeCheck(code: number): number {
  return isValidCloseCode(code) ? 1 : 0;
}

export function corePolicy(code: number): string {
  return describeCloseCode(code).reconnect.policy;
}

/** The policy as a number for the checksum: its third character tells the four policies apart. */
export function corePolicyChecksum(code: number): number {
  return describeCloseCode(code).reconnect.policy.charCodeAt(2);
}

export function coreSubprotocolCheck(name: string): number {
  return isRegisteredSubprotocol(name) ? 1 : 0;
}

export function coreEncode({ code, reason }: CloseToEncode): number {
  return bodyChecksum(encodeClosePayload(code, reason));
}
