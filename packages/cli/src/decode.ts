// wscodes decode HEX: the verdict on a received Close payload, and the Close to send back.
import { toHex } from './hex.ts';
import { decodeClosePayload, describeCloseCode, encodeClosePayload } from './lookups.ts';
import type { Style } from './style.ts';

/**
 * echo: reply with a Close carrying the same code (RFC 6455 5.5.1: the reply typically echoes it).
 * empty-close: the payload was empty, so there is no code to echo: reply with an empty Close.
 * fail: fail the connection (RFC 6455 7.1.7): send a Close with `code`, then a server closes the TCP connection (a client waits for the server to close it, RFC 6455 7.1.1).
 */
export type ReplyAction = 'echo' | 'empty-close' | 'fail';

/** The --json shape of decode (documented in the README; changing it is a breaking change). */
export interface DecodeReport {
  readonly command: 'decode';
  /** The payload as read, in lower-case hex without separators. */
  readonly payload: string;
  readonly bytes: number;
  readonly valid: boolean;
  /** The code the payload carries (1005 for an empty one), when valid. */
  readonly code: number | null;
  readonly name: string | null;
  readonly reason: string | null;
  /** Why the payload is invalid, when it is. */
  readonly error: string | null;
  readonly reply: { readonly action: ReplyAction; readonly code: number | null; readonly name: string | null; readonly payload: string };
}

export function decode(bytes: Uint8Array): DecodeReport {
  const result = decodeClosePayload(bytes);
  const common = { command: 'decode', payload: toHex(bytes), bytes: bytes.length } as const;
  if (!result.ok) {
    const reply = { action: 'fail', code: result.closeWith, name: describeCloseCode(result.closeWith).name, payload: toHex(encodeClosePayload(result.closeWith)) } as const;
    return { ...common, valid: false, code: null, name: null, reason: null, error: result.error, reply };
  }
  const name = describeCloseCode(result.code).name;
  const reply =
    bytes.length === 0
      ? ({ action: 'empty-close', code: null, name: null, payload: '' } as const)
      : ({ action: 'echo', code: result.code, name, payload: toHex(encodeClosePayload(result.code)) } as const);
  return { ...common, valid: true, code: result.code, name, reason: result.reason, error: null, reply };
}

export function formatDecode(report: DecodeReport, style: Style): string {
  const label = (text: string): string => style.dim(text.padEnd(9));
  const shown = report.payload === '' ? '(empty)' : report.payload;
  const lines = [`${label('payload')} ${shown} (${report.bytes} byte${report.bytes === 1 ? '' : 's'})`];
  if (report.valid) {
    const reason = report.reason === '' ? 'no reason' : `reason ${JSON.stringify(report.reason)}`;
    const code = report.bytes === 0 ? `no code: the receiver reports ${report.code} ${report.name}` : `${report.code} ${report.name}, ${reason}`;
    lines.push(`${label('verdict')} ${style.good('valid')}: ${code}.`);
  } else {
    lines.push(`${label('verdict')} ${style.bad('invalid')}: ${sentence(report.error ?? 'the payload is not a valid Close payload')}`);
  }
  const { reply } = report;
  const replyText = {
    echo: `echo ${reply.code} ${reply.name}: send a Close frame with payload ${reply.payload}.`,
    'empty-close': 'send an empty Close frame (there is no code to echo).',
    fail: `fail the connection with ${reply.code} ${reply.name}: send a Close frame with payload ${reply.payload}; then a server closes the TCP connection, and a client waits for the server to close it (RFC 6455 7.1.1).`,
  }[reply.action];
  lines.push(`${label('reply')} ${style.bold(replyText)}`);
  return `${lines.join('\n')}\n`;
}

/** Each line decode prints ends as a sentence does, whatever text @wscodes/core gives. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
