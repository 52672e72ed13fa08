import type { ApiCloseCallVector, CloseFrameVector, ClosePayloadVector, HandshakeVector } from '@wscodes/fixtures';
import { receiveOutcome, serverHandshakeClauses, type ReceiveCase, type Reply } from '@wscodes-tools/generators/vectors-model';

// Small vectors for the orchestrator's tests, built with the generator's own outcome builders so
// that their levels and replies have the shape the real vectors have, without pinning the real files.

export interface PayloadCase extends ReceiveCase {
  readonly id: string;
  readonly payloadHex: string;
  /** Overrides of the derived reply, to state a level the case needs. */
  readonly reply?: Partial<Reply>;
}

/** The members every vector opens with. */
const head = <R>(id: string, requirement: R) => ({ id, description: `test vector ${id}`, requirement, autobahn: [] as string[], clauses: [] });

const lengthByte = (hex: string, masked: boolean) => ((hex.length / 2) | (masked ? 0x80 : 0)).toString(16).padStart(2, '0');

/** A close-payloads vector: a body under 126 bytes, framed both ways with an all-zero mask key. */
export function payloadVector(c: PayloadCase): ClosePayloadVector {
  const outcome = receiveOutcome(c, true);
  return {
    id: c.id,
    description: `test vector ${c.id}`,
    autobahn: [],
    payloadHex: c.payloadHex,
    framing: {
      lengthEncoding: '7-bit',
      maskKeyHex: '00000000',
      clientFrameHex: `88${lengthByte(c.payloadHex, true)}00000000${c.payloadHex}`,
      serverFrameHex: `88${lengthByte(c.payloadHex, false)}${c.payloadHex}`,
    },
    ...outcome,
    reply: { ...outcome.reply, ...c.reply },
    closeEvent: outcome.closeEvent!,
  };
}

/** A close-frames vector in one direction (a Close frame unless `opcode` says otherwise); only a server-to-client frame has a WHATWG close event. */
export function frameVector(c: PayloadCase & { readonly direction: CloseFrameVector['direction']; readonly opcode?: number }): CloseFrameVector {
  const toClient = c.direction === 'server-to-client';
  const outcome = receiveOutcome(c, toClient);
  const first = (0x80 | (c.opcode ?? 0x8)).toString(16);
  return {
    id: c.id,
    description: `test vector ${c.id}`,
    autobahn: [],
    direction: c.direction,
    frameHex: toClient ? `${first}${lengthByte(c.payloadHex, false)}${c.payloadHex}` : `${first}${lengthByte(c.payloadHex, true)}00000000${c.payloadHex}`,
    maskKeyHex: toClient ? null : '00000000',
    payloadHex: c.payloadHex,
    ...outcome,
    reply: { ...outcome.reply, ...c.reply },
  };
}

/** An api-close-calls vector with the given preferred and (optional) alternative results. */
export function apiVector(
  id: string,
  requirement: ApiCloseCallVector['requirement'],
  expected: ApiCloseCallVector['expected'],
  alternatives: ApiCloseCallVector['alternatives'] = [],
): ApiCloseCallVector {
  return {
    ...head(id, requirement),
    call: { code: 1000 },
    converted: { code: 1000, reasonHex: null },
    expected,
    alternatives,
  };
}

const field = (name: string, value: string) => ({ name, value, valueHex: Buffer.from(value).toString('hex') });

/** A handshake vector for a server: the request's Sec-WebSocket-Version and (optional) Sec-WebSocket-Protocol, the outcomes that conform. */
export function serverHandshakeVector(
  id: string,
  requirement: HandshakeVector['requirement'],
  request: { readonly version: string; readonly protocol?: string },
  expected: HandshakeVector['expected'],
  alternatives: HandshakeVector['alternatives'] = [],
): HandshakeVector {
  return {
    ...head(id, requirement),
    clauses: serverHandshakeClauses([expected, ...alternatives.map((a) => a.expected)]),
    peer: 'server',
    server: { subprotocols: ['chat', 'superchat'] },
    request: {
      headers: [field('Sec-WebSocket-Version', request.version), ...(request.protocol === undefined ? [] : [field('Sec-WebSocket-Protocol', request.protocol)])],
    },
    expected,
    alternatives,
  };
}

/** A handshake vector for a client: what it offers, the server's Sec-WebSocket-Protocol (undefined: none), the outcomes that conform. */
export function clientHandshakeVector(
  id: string,
  requirement: HandshakeVector['requirement'],
  offers: readonly string[],
  answers: string | undefined,
  expected: HandshakeVector['expected'],
  alternatives: HandshakeVector['alternatives'] = [],
): HandshakeVector {
  return {
    ...head(id, requirement),
    peer: 'client',
    client: { subprotocols: [...offers] },
    response: { headers: answers === undefined ? [] : [field('Sec-WebSocket-Protocol', answers)] },
    expected,
    alternatives,
  };
}
