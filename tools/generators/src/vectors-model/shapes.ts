import { z } from 'zod';
// The registry's protocol entry, not its index: the fixtures' type check compiles this file
// without Node's types, and the index also loads the registry from disk.
import { MAX_CODE } from '@wscodes-tools/registry/protocol';

// The shape of the vector files of @wscodes/fixtures, defined once. The TypeScript types below
// are inferred from it, fixtures.schema.json is derived from it (z.toJSONSchema), and the loader's
// public types are generated from that JSON Schema.

/** `x | null` as an anyOf, never as a type array: Ajv's strict mode rejects union types. */
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

const closeCode = z.int().min(0).max(MAX_CODE).describe('A 16-bit close code, as it travels on the wire.');
const hex = z
  .string()
  .regex(/^(?:[0-9a-f]{2})*$/)
  .describe('Bytes as lower-case hexadecimal, two digits per byte; empty for no bytes.');

export const vectorId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe('Stable identifier, derived from the content. Never reused for a different input.');
const description = z.string().regex(/^[^\n]+$/).describe('One line, for people.');

export const level = z.enum(['MUST', 'SHOULD', 'MAY', 'common-practice', 'informational']).meta({
  id: 'Level',
  description:
    'How binding the expected outcome is. MUST, SHOULD, MAY: the keyword of the source (RFC 2119). common-practice: the source sets no rule for the peer under test (it binds the other end); the expected outcome is what most implementations and Autobahn|Testsuite do, and any other outcome is judged `alternative`. informational: nothing is required; a runner only records what the peer does.',
});

export const requirement = z
  .object({
    level,
    source: z.string().min(1).describe('Where the requirement is written: "RFC 6455 §8.1", "WHATWG WebSockets close() step 1", "WebIDL [Clamp]", "Autobahn|Testsuite 7.9".'),
    quote: z.string().min(1).describe('The sentence of the source that sets the level, verbatim (or, for common practice, what the practice is).'),
    binds: z
      .enum(['receiver', 'sender'])
      .describe('Whom the source addresses: the endpoint that receives the frame, or the one that sends it. A receiver of a frame that breaks a sender rule may choose.'),
    role: z.enum(['client', 'server', 'both']).describe('Which endpoint the vector tests: a client, a server, or either.'),
    scope: z.enum(['rfc6455', 'whatwg']).describe('rfc6455: a rule of the protocol endpoint; whatwg: a rule of the WebSocket API of the WHATWG standard.'),
    note: orNull(z.string().min(1)).describe('Where the source leaves room, and how the vector reads it; null when the quote settles everything.'),
  })
  .meta({ id: 'Requirement', description: 'The requirement behind the expected outcome: its keyword, source, whom it binds, role and scope.' });

export const clauseCheck = z.enum(['close-event', 'subprotocol-offered', 'versions-listed']).meta({
  id: 'ClauseCheck',
  description:
    "close-event: a WHATWG client's close event equals the closeEvent of the outcome it took; subprotocol-offered: a server's 101 names only a token the client offered, compared exactly; versions-listed: a server's refusal lists the outcome's versions in Sec-WebSocket-Version.",
});

export const clause = z
  .object({
    check: clauseCheck,
    requirement: requirement.describe('The rule the check enforces; breaking it is a violation at its level, whichever outcome the peer took.'),
  })
  .meta({ id: 'Clause', description: 'A rule that holds whatever outcome the peer takes, judged beside the outcome.' });

/** The members every alternative has: the outcome, in the shape of the vector's `expected`, and why it conforms. */
const why = z.string().min(1).describe('Why this outcome conforms too.');

/** The members every vector opens with. */
const vectorHead = {
  id: vectorId,
  description,
  requirement,
  autobahn: z
    .array(z.string().regex(/^\d+(?:\.\d+)+$/))
    .describe('The Autobahn|Testsuite cases that send exactly this input, such as "7.5.1"; empty when none.'),
  clauses: z.array(clause).describe('Rules that hold whatever outcome the peer takes, each checked beside the outcome; empty when none.'),
};

/**
 * The one shape of the other outcomes that conform, in every family: `alternatives` is an array
 * (empty when only `expected` conforms), and each item is `{ expected, why }` with `expected` in the
 * shape of the vector's own, plus the members that go with an outcome (a receive vector's reply and
 * close event).
 */
const alternativesOf = <T extends z.ZodRawShape>(outcome: T, id: string) =>
  z.array(z.object({ ...outcome, why }).meta({ id, description: 'Another outcome that also conforms (judged `alternative`), and why.' })).describe(
    'Other outcomes that also conform, judged `alternative`; empty when only `expected` conforms.',
  );

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
        closeWith: closeCode.describe('The preferred code to fail the connection with: 1002 protocol error, 1007 invalid UTF-8.'),
        alternativeCodes: z.array(closeCode).describe('Other codes to fail with, such as 1002 for invalid UTF-8 (RFC 6455 §8.1 names no code): failing with one of them is judged `alternative`.'),
      })
      .meta({ id: 'InvalidClose', description: 'The receiver fails the WebSocket connection.' }),
  ])
  .meta({ id: 'ReceiveVerdict', description: 'What a receiver makes of the Close frame.' });

export const replyAction = z.enum(['echo', 'close-empty', 'fail']).meta({
  id: 'ReplyAction',
  description:
    'echo: a Close frame with the received code; close-empty: a Close frame with no body; fail: a Close frame with the failure code, then a server closes the connection (a client waits for the server to close it, RFC 6455 7.1.1).',
});

export const reply = z
  .object({
    action: replyAction,
    code: orNull(closeCode).describe('The preferred code of the reply Close frame, or null for an empty body. The reply may carry any reason.'),
    alternativeCodes: z.array(closeCode).describe('Other codes the reply may carry: a reply with one of them is judged `alternative`.'),
    codeIs: z
      .enum(['preferred', 'typical'])
      .describe('typical: the code is what peers usually send and any other code conforms too (RFC 6455 5.5.1 "typically echos"; 5.1 "MAY use the status code 1002"); preferred: only code and alternativeCodes conform.'),
    frame: z
      .enum(['MUST', 'SHOULD', 'MAY'])
      .describe('Whether a Close frame must be sent back at all: MUST (5.5.1, a valid Close), SHOULD (7.1.7, failing), MAY (5.1, a masking error).'),
    source: z.string().min(1).describe('The section that sets `frame`.'),
  })
  .meta({ id: 'Reply', description: 'The Close frame a peer sends back, and how binding each part of it is.' });

export const closeEvent = z
  .object({
    code: closeCode,
    reason: z.string(),
    wasClean: z.boolean(),
  })
  .meta({
    id: 'CloseEvent',
    description: 'The close event a WHATWG WebSocket client fires (WHATWG WebSockets, "the WebSocket connection is closed"; a MUST): code, reason and wasClean.',
  });

const receiveAlternatives = alternativesOf({ expected: receiveVerdict, reply, closeEvent: orNull(closeEvent) }, 'ReceiveAlternative');

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

const receiveOutcome = {
  expected: receiveVerdict.describe('The preferred outcome.'),
  reply: reply,
  alternatives: receiveAlternatives,
  failureCodes: z
    .array(closeCode)
    .describe('The codes that announce a failure: a Close frame in reply that carries one of them is the peer failing the connection, not answering with a code of its own.'),
};

export const closePayloadVector = z
  .object({
    ...vectorHead,
    payloadHex: hex.describe('The Close frame body ("Application data"), unmasked.'),
    framing,
    ...receiveOutcome,
    closeEvent: closeEvent.describe('The close event of a WHATWG client that receives the body, for the expected outcome.'),
  })
  .meta({ id: 'ClosePayloadVector', description: 'A Close frame body, valid or not, and what its receiver does.' });

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
    ...receiveOutcome,
    closeEvent: orNull(closeEvent).describe('For a server-to-client frame: the close event of a WHATWG client. Null for a client-to-server frame.'),
  })
  .meta({ id: 'CloseFrameVector', description: 'A whole Close frame on the wire, and what its receiver does.' });

export const apiOutcome = z
  .enum(['accepted', 'InvalidAccessError', 'SyntaxError'])
  .meta({ id: 'ApiOutcome', description: 'accepted, or the name of the DOMException close() throws.' });

export const apiResult = z
  .object({
    outcome: apiOutcome,
    payloadHex: orNull(hex).describe('For an accepted call on an open connection: the body of the Close frame sent. Null when it throws.'),
  })
  .meta({ id: 'ApiResult', description: 'What close() does: accept or throw, and the Close body it sends.' });

export const apiCloseCallVector = z
  .object({
    ...vectorHead,
    wpt: z
      .array(z.string().regex(/^websockets\/[A-Za-z0-9._/-]+$/))
      .min(1)
      .optional()
      .describe(
        'The web-platform-tests files (paths in github.com/web-platform-tests/wpt) that make the same close() call on an open connection, one the same close() step decides the same way, such as "websockets/Close-1000.any.js"; absent when WPT has none.',
      ),
    call: z
      .object({
        code: z.number().optional().describe('The first argument, which WebIDL converts (it may be fractional or out of range); absent when not passed (or undefined).'),
        reason: z.string().optional().describe('The second argument; absent when not passed (or undefined).'),
      })
      .describe('The arguments of close(code, reason).'),
    converted: z
      .object({
        code: orNull(closeCode).describe('The code after WebIDL [Clamp] unsigned short conversion; null when not present.'),
        reasonHex: orNull(hex).describe('The reason after USVString conversion, UTF-8 encoded; null when not present.'),
      })
      .describe('The arguments after WebIDL conversion: what the close() steps test.'),
    expected: apiResult.describe('What a conforming WebSocket API does (the preferred outcome).'),
    alternatives: alternativesOf({ expected: apiResult }, 'ApiAlternative'),
  })
  .meta({ id: 'ApiCloseCallVector', description: 'A close(code, reason) call on the WHATWG WebSocket API, and its outcome.' });

// The opening handshake (handshake.json): a request a server peer answers, or a response a client peer takes or refuses.

export const headerField = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9-]+$/).describe('The field name, such as Sec-WebSocket-Protocol.'),
    value: z.string().describe('The value, for people: the bytes of valueHex read as UTF-8.'),
    valueHex: hex.describe('The value exactly as written on the wire, between "Name: " and CRLF (it may hold bytes a token may not).'),
  })
  .meta({ id: 'HeaderField', description: 'One header field of a handshake message.' });

export const handshakeAccepted = z
  .object({
    accept: z.literal(true),
    protocol: orNull(z.string().min(1)).describe('The Sec-WebSocket-Protocol of the 101 response (the subprotocol in use); null: no such header field.'),
  })
  .meta({ id: 'HandshakeAccepted', description: 'The server answers 101 Switching Protocols; the client opens the connection.' });

export const handshakeRejected = z
  .object({
    accept: z.literal(false),
    status: orNull(z.int().min(400).max(499)).describe(
      'For a server: the preferred HTTP status; a refusal with any other 4xx is judged `alternative`. Null for a client, which fails the connection.',
    ),
    versions: orNull(z.array(z.int().min(0).max(255))).describe(
      "For a server: the versions its Sec-WebSocket-Version header field must list (RFC 6455 §4.2.2 /version/), or null when the field is not required. Null for a client.",
    ),
  })
  .meta({ id: 'HandshakeRejected', description: 'The server refuses the upgrade with an HTTP error; the client fails the WebSocket connection.' });

export const handshakeOutcome = z
  .discriminatedUnion('accept', [handshakeAccepted, handshakeRejected])
  .meta({ id: 'HandshakeOutcome', description: 'What the peer under test does with the handshake.' });

const handshakeAlternatives = alternativesOf({ expected: handshakeOutcome }, 'HandshakeAlternative');

const handshakeOutcomes = {
  expected: handshakeOutcome.describe('The preferred outcome.'),
  alternatives: handshakeAlternatives,
};

export const handshakeServerVector = z
  .object({
    ...vectorHead,
    peer: z.literal('server').describe('The vector tests a server: a raw client sends the request.'),
    server: z
      .object({ subprotocols: z.array(z.string()).describe('The subprotocols the server is willing to use, in its order of preference; the runner configures the server with them.') })
      .describe('How the server under test is configured.'),
    request: z
      .object({
        headers: z
          .array(headerField)
          .describe('The header fields of the upgrade request besides Host, Upgrade, Connection and Sec-WebSocket-Key, in this order (tools/conformance/PROTOCOL.md).'),
      })
      .describe('The upgrade request.'),
    ...handshakeOutcomes,
  })
  .meta({ id: 'HandshakeServerVector', description: "An upgrade request, and the server's answer: 101 with the subprotocol it selects, or an HTTP error." });

export const handshakeClientVector = z
  .object({
    ...vectorHead,
    peer: z.literal('client').describe('The vector tests a client: a raw server sends the response.'),
    client: z
      .object({ subprotocols: z.array(z.string()).describe('The subprotocols the client offers in Sec-WebSocket-Protocol, in order; the runner passes them to the library.') })
      .describe('How the client under test is configured.'),
    response: z
      .object({
        headers: z
          .array(headerField)
          .describe('The header fields of the 101 response besides Upgrade, Connection and a correct Sec-WebSocket-Accept, in this order.'),
      })
      .describe("The server's 101 response."),
    ...handshakeOutcomes,
  })
  .meta({ id: 'HandshakeClientVector', description: "A server's 101 response, and whether the client opens the connection or fails it." });

export const handshakeVector = z
  .discriminatedUnion('peer', [handshakeServerVector, handshakeClientVector])
  .meta({ id: 'HandshakeVector', description: 'An opening-handshake vector, for a server or for a client.' });

const fileOf = <F extends string, V extends z.ZodType>(family: F, vector: V, schemaId: string) =>
  z.object({
    $schema: z.literal(schemaId).describe('The $id of fixtures.schema.json.'),
    $comment: z.string().describe('The do-not-edit banner.'),
    family: z.literal(family),
    vectors: z.array(vector),
  });

/** The vector files, against the given schema $id (the one fixtures.schema.json is published under). */
export const fixtureFiles = (schemaId: string) => ({
  closePayloads: fileOf('close-payloads', closePayloadVector, schemaId).meta({ id: 'ClosePayloadsFile' }),
  closeFrames: fileOf('close-frames', closeFrameVector, schemaId).meta({ id: 'CloseFramesFile' }),
  apiCloseCalls: fileOf('api-close-calls', apiCloseCallVector, schemaId).meta({ id: 'ApiCloseCallsFile' }),
  handshake: fileOf('handshake', handshakeVector, schemaId).meta({ id: 'HandshakeFile' }),
});

export type Level = z.infer<typeof level>;
export type Requirement = z.infer<typeof requirement>;
export type ReceiveVerdict = z.infer<typeof receiveVerdict>;
export type Reply = z.infer<typeof reply>;
export type CloseEvent = z.infer<typeof closeEvent>;
export type ReceiveAlternative = z.infer<typeof receiveAlternatives>[number];
export type ApiAlternative = z.infer<typeof apiCloseCallVector>['alternatives'][number];
export type Clause = z.infer<typeof clause>;
export type ClauseCheck = z.infer<typeof clauseCheck>;
export type ClosePayloadVector = z.infer<typeof closePayloadVector>;
export type CloseFrameVector = z.infer<typeof closeFrameVector>;
export type ApiCloseCallVector = z.infer<typeof apiCloseCallVector>;
export type ApiResult = z.infer<typeof apiResult>;
export type Direction = z.infer<typeof direction>;
export type ApiOutcome = z.infer<typeof apiOutcome>;
export type HeaderField = z.infer<typeof headerField>;
export type HandshakeOutcome = z.infer<typeof handshakeOutcome>;
export type HandshakeAlternative = z.infer<typeof handshakeAlternatives>[number];
export type HandshakeServerVector = z.infer<typeof handshakeServerVector>;
export type HandshakeClientVector = z.infer<typeof handshakeClientVector>;
export type HandshakeVector = z.infer<typeof handshakeVector>;
