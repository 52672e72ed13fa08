import { z } from 'zod';
// The protocol module itself, not the package's index: the fixtures' type check compiles this file
// without Node's types, and the index also loads the registry from disk.
import { MAX_CODE } from '../../../registry/src/protocol.ts';

// The shape of the three vector files of @wscodes/fixtures, defined once. The TypeScript types below
// are inferred from it, fixtures.schema.json is derived from it (z.toJSONSchema), and the loader's
// public types are generated from that JSON Schema.

/** `x | null` as an anyOf, never as a type array: Ajv's strict mode rejects union types. */
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

const closeCode = z.int().min(0).max(MAX_CODE).describe('A 16-bit close code, as it travels on the wire.');
const failCode = z.union([z.literal(1002), z.literal(1007)]);
const hex = z
  .string()
  .regex(/^(?:[0-9a-f]{2})*$/)
  .describe('Bytes as lower-case hexadecimal, two digits per byte; empty for no bytes.');

export const vectorId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe('Stable identifier, derived from the content. Never reused for a different input.');
const description = z.string().regex(/^[^\n]+$/).describe('One line, for people.');
const rule = z.string().min(1).describe('The rule the vector tests: an RFC 6455 section, a WHATWG step or an IANA registration.');

/** The members every vector opens with. */
const vectorHead = { id: vectorId, description, rule };

export const peer = z
  .enum(['ws-server', 'ws-client', 'undici-client'])
  .meta({ id: 'Peer', description: "A real implementation the vectors run against: the ws package as server or client, or undici's WebSocket." });

export const receiveVerdict = z
  .discriminatedUnion('valid', [
    z
      .object({
        valid: z.literal(true),
        code: closeCode.describe('The WebSocket Connection Close Code: the code in the body, or 1005 for an empty body (RFC 6455 7.1.5).'),
        reason: z.string().describe('The reason, decoded as UTF-8 without stripping a BOM.'),
      })
      .meta({ id: 'ValidClose', description: 'The Close frame is valid.' }),
    z
      .object({
        valid: z.literal(false),
        closeWith: failCode.describe('The code the receiver fails the connection with: 1002 protocol error, 1007 invalid UTF-8.'),
      })
      .meta({ id: 'InvalidClose', description: 'The receiver must fail the WebSocket connection.' }),
  ])
  .meta({ id: 'ReceiveVerdict', description: 'What a conforming receiver makes of the Close frame.' });

export const replyAction = z.enum(['echo', 'close-empty', 'fail']).meta({
  id: 'ReplyAction',
  description:
    'echo: a Close frame with the received code; close-empty: a Close frame with no body; fail: a Close frame with closeWith, then the connection is closed.',
});

export const reply = z
  .object({
    action: replyAction,
    code: orNull(closeCode).describe('The code in the reply Close frame, or null for an empty body. The reply may carry any reason.'),
  })
  .meta({ id: 'Reply', description: 'The Close frame a conforming peer sends back (RFC 6455 5.5.1, 7.1.7).' });

export const closeEvent = z
  .object({
    code: closeCode,
    reason: z.string(),
    wasClean: z.boolean(),
  })
  .meta({ id: 'CloseEvent', description: 'The close event a WHATWG WebSocket client fires: code, reason and wasClean.' });

/** What the real-peer suite sees a peer do on the wire. */
export const observedReply = z
  .discriminatedUnion('frame', [
    z.object({ frame: z.literal('close'), code: orNull(closeCode) }),
    z.object({ frame: z.literal('none') }).describe('The peer closed the connection without sending a Close frame.'),
  ])
  .meta({ id: 'ObservedReply' });

/** A peer's disagreement with a vector: which peer, what it did (`observed`), and why. */
const divergence = <T extends z.ZodType>(id: string, observed: T, who: string) =>
  z
    .object({
      peer,
      observed: observed.describe('Only the fields where the peer differs from the vector, exactly as observed.'),
      reason: z.string().min(1).describe('Why the peer behaves this way, and what the rule says.'),
    })
    .meta({ id, description: `${who} that disagrees with the vector, as observed by the real-peer suite.` });

export const receiveObservation = z
  .object({ reply: observedReply.optional(), closeEvent: closeEvent.optional() })
  .meta({ id: 'ReceiveObservation' });

export const receiveDivergence = divergence('ReceiveDivergence', receiveObservation, 'A real peer');

export const lengthEncoding = z.enum(['7-bit', '16-bit']).meta({
  id: 'LengthEncoding',
  description: 'How the frame header carries the payload length (RFC 6455 5.2): in the 7-bit field, or as 126 then a 16-bit length.',
});

export const framing = z
  .object({
    lengthEncoding: lengthEncoding.describe(
      'The shortest encoding of the payload length. A body over 125 bytes cannot fit the 7-bit field, so its frame uses the 16-bit form, which a control frame may not use (RFC 6455 5.5): that frame itself is the protocol error.',
    ),
    maskKeyHex: hex.describe('The mask key of the client-to-server frame: the first 4 bytes of the SHA-256 of the vector id.'),
    clientFrameHex: hex.describe('The whole Close frame a client sends: FIN set, no RSV bits, masked with maskKeyHex.'),
    serverFrameHex: hex.describe('The whole Close frame a server sends: FIN set, no RSV bits, not masked.'),
  })
  .meta({ id: 'Framing', description: 'How to put the body on the wire, byte for byte, in each direction.' });

export const closePayloadVector = z
  .object({
    ...vectorHead,
    payloadHex: hex.describe('The Close frame body ("Application data"), unmasked.'),
    framing,
    expected: receiveVerdict,
    reply: reply,
    closeEvent: closeEvent,
    divergences: z.array(receiveDivergence),
  })
  .meta({ id: 'ClosePayloadVector', description: 'A Close frame body, valid or not, and what its receiver must do.' });

export const direction = z
  .enum(['client-to-server', 'server-to-client'])
  .meta({ id: 'Direction', description: 'Client-to-server frames are masked; server-to-client frames are not (RFC 6455 5.1).' });

export const closeFrameVector = z
  .object({
    ...vectorHead,
    direction,
    frameHex: hex.describe('The whole frame as it travels on the wire: header, mask key and (masked) payload.'),
    maskKeyHex: orNull(hex).describe('The 4-byte mask key inside frameHex, or null for an unmasked frame.'),
    payloadHex: hex.describe('The payload after unmasking.'),
    expected: receiveVerdict,
    reply: reply,
    closeEvent: orNull(closeEvent).describe('For a server-to-client frame: the close event of a WHATWG client. Null for a client-to-server frame.'),
    divergences: z.array(receiveDivergence),
  })
  .meta({ id: 'CloseFrameVector', description: 'A whole Close frame on the wire, and what its receiver must do.' });

export const apiOutcome = z
  .enum(['accepted', 'InvalidAccessError', 'SyntaxError'])
  .meta({ id: 'ApiOutcome', description: 'accepted, or the name of the DOMException close() throws.' });

export const apiObservation = z
  .object({ outcome: apiOutcome.optional(), payloadHex: orNull(hex).optional() })
  .meta({ id: 'ApiObservation' });

export const apiDivergence = divergence('ApiDivergence', apiObservation, 'A real WebSocket API');

export const apiCloseCallVector = z
  .object({
    ...vectorHead,
    call: z
      .object({
        code: z.number().optional().describe('The first argument; absent when not passed (or undefined).'),
        reason: z.string().optional().describe('The second argument; absent when not passed (or undefined).'),
      })
      .describe('The arguments of close(code, reason).'),
    converted: z
      .object({
        code: orNull(closeCode).describe('The code after WebIDL [Clamp] unsigned short conversion; null when not present.'),
        reasonHex: orNull(hex).describe('The reason after USVString conversion, UTF-8 encoded; null when not present.'),
      })
      .describe('The arguments after WebIDL conversion: what the close() steps test.'),
    expected: z
      .object({
        outcome: apiOutcome,
        payloadHex: orNull(hex).describe('For an accepted call on an open connection: the body of the Close frame sent. Null when it throws.'),
      })
      .describe('What a conforming WebSocket API does.'),
    divergences: z.array(apiDivergence),
  })
  .meta({ id: 'ApiCloseCallVector', description: 'A close(code, reason) call on the WHATWG WebSocket API, and its outcome.' });

const fileOf = <F extends string, V extends z.ZodType>(family: F, vector: V, schemaId: string) =>
  z.object({
    $schema: z.literal(schemaId).describe('The $id of fixtures.schema.json.'),
    $comment: z.string().describe('The do-not-edit banner.'),
    family: z.literal(family),
    vectors: z.array(vector),
  });

/** The three files, against the given schema $id (the one fixtures.schema.json is published under). */
export const fixtureFiles = (schemaId: string) => ({
  closePayloads: fileOf('close-payloads', closePayloadVector, schemaId).meta({ id: 'ClosePayloadsFile' }),
  closeFrames: fileOf('close-frames', closeFrameVector, schemaId).meta({ id: 'CloseFramesFile' }),
  apiCloseCalls: fileOf('api-close-calls', apiCloseCallVector, schemaId).meta({ id: 'ApiCloseCallsFile' }),
});

export type Peer = z.infer<typeof peer>;
export type ReceiveVerdict = z.infer<typeof receiveVerdict>;
export type Reply = z.infer<typeof reply>;
export type CloseEvent = z.infer<typeof closeEvent>;
export type ObservedReply = z.infer<typeof observedReply>;
export type ReceiveObservation = z.infer<typeof receiveObservation>;
export type ReceiveDivergence = z.infer<typeof receiveDivergence>;
export type ApiObservation = z.infer<typeof apiObservation>;
export type ApiDivergence = z.infer<typeof apiDivergence>;
export type ClosePayloadVector = z.infer<typeof closePayloadVector>;
export type CloseFrameVector = z.infer<typeof closeFrameVector>;
export type ApiCloseCallVector = z.infer<typeof apiCloseCallVector>;
export type Direction = z.infer<typeof direction>;
export type ApiOutcome = z.infer<typeof apiOutcome>;
