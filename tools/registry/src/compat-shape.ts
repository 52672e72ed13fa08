import { z } from 'zod';
import { jsonFileHeader } from './schema.ts';

// The shape of the compatibility matrix: what real implementations did with each vector of @wscodes/fixtures, as
// recorded by `npm run conformance` into registry/compat.json. Recorded data, like IANA's: the
// generators ship it in @wscodes/fixtures and render its page in @wscodes/docs.

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const hex = z.string().regex(/^(?:[0-9a-f]{2})*$/);
const closeCode = z.int().min(0).max(0xffff);

export const peerKey = z.string().regex(slug).describe('The stable key of a peer, such as ws-server, gorilla-client or chromium.');

export const verdict = z
  .enum(['conforms', 'alternative', 'violates-must', 'violates-should', 'informational'])
  .describe(
    'conforms: the preferred outcome; alternative: another outcome the vector allows; violates-must / violates-should: breaks the requirement at that level; informational: nothing is required, the observation is recorded.',
  );

export const observedReply = z
  .discriminatedUnion('frame', [
    z.strictObject({ frame: z.literal('close'), code: closeCode.nullable() }).describe('A Close frame, with its code (null for a body under 2 bytes).'),
    z.strictObject({ frame: z.literal('none') }).describe('The peer closed the TCP connection without a Close frame.'),
    z.strictObject({ frame: z.literal('timeout') }).describe('Neither within 10 seconds: the connection was left open.'),
  ])
  .describe('What the peer sent back.');

export const observedCloseEvent = z.strictObject({ code: closeCode, reason: z.string(), wasClean: z.boolean() });

export const observedReported = z
  .strictObject({
    code: z.int().nullable().describe("The close code as the library gave it to its application (its raw value, even 0 or a negative); null when it gave none, or reported nothing within 10 s."),
    reason: z.string().nullable().describe('The close reason it gave; null when it gave none.'),
  })
  .describe("What a library without the WHATWG API reported to its application when the connection closed (tools/conformance/PROTOCOL.md says what each library's value is).");

export const receiveObservation = z
  .strictObject({ reply: observedReply, closeEvent: observedCloseEvent.nullable().optional(), reported: observedReported.optional() })
  .describe('A payload or frame vector: the reply; the close event for a peer with the WHATWG API (null if none fired); what any other peer reported to its application.');

export const apiObservation = z
  .strictObject({ outcome: z.string().min(1), payloadHex: hex.nullable() })
  .describe('A close() call: "accepted" or the exception name, and the Close body sent.');

export const serverHandshakeObservation = z
  .strictObject({
    response: z.strictObject({
      status: z.int().min(100).max(599).nullable().describe('The status code of the response, or null when the server closed the connection (or sent nothing for 10 s) before a whole response head.'),
      protocol: z.string().nullable().describe('The Sec-WebSocket-Protocol field of the response (several joined with ", "), or null without one.'),
      version: z.string().nullable().describe('The Sec-WebSocket-Version field of the response (several joined with ", "), or null without one.'),
    }),
  })
  .describe("A handshake vector played against a server: its response to the upgrade request.");

export const clientHandshakeObservation = z
  .strictObject({
    opened: z.boolean().describe('Whether the client library reported the connection open.'),
    protocol: z.string().nullable().describe('The subprotocol the library reports in use once open; null when it reports none (or did not open).'),
  })
  .describe("A handshake vector played against a client: whether it took the server's response.");

export const observation = z.union([receiveObservation, apiObservation, serverHandshakeObservation, clientHandshakeObservation]);

export const compatPeer = z.strictObject({
  implementation: z.string().min(1).describe('The library or browser, as its users name it.'),
  version: z.string().min(1).describe('The version that was run.'),
  language: z.string().min(1),
  role: z.enum(['server', 'client', 'browser']),
  runner: peerKey.describe('The runner that drives it (see tools/conformance).'),
});

export const reportedVerdict = z
  .enum(['agrees', 'differs'])
  .describe(
    'For an observation with `reported`: whether the code (and reason) agrees with _The WebSocket Connection Close Code_ (and Reason) of RFC 6455 §7.1.5-7.1.6 for the way the peer went. A definition with no RFC 2119 keyword: "differs" is informational and never changes `verdict`.',
  );

export const compatResult = z.strictObject({
  verdict,
  observed: observation,
  clause: z.string().min(1).optional().describe('For a violation: the clause broken, such as "RFC 6455 §8.1".'),
  reportedVerdict: reportedVerdict.optional(),
});

export const compatDocument = z.strictObject({
  ...jsonFileHeader,
  peers: z.record(peerKey, compatPeer),
  results: z.record(peerKey, z.record(z.string().regex(slug), compatResult)),
});

export type Verdict = z.output<typeof verdict>;
export type ObservedReply = z.output<typeof observedReply>;
export type ObservedReported = z.output<typeof observedReported>;
export type ReportedVerdict = z.output<typeof reportedVerdict>;
export type ReceiveObservation = z.output<typeof receiveObservation>;
export type ApiObservation = z.output<typeof apiObservation>;
export type ServerHandshakeObservation = z.output<typeof serverHandshakeObservation>;
export type ClientHandshakeObservation = z.output<typeof clientHandshakeObservation>;
export type Observation = z.output<typeof observation>;
export type CompatPeer = z.output<typeof compatPeer>;
export type CompatResult = z.output<typeof compatResult>;
export type Compat = z.output<typeof compatDocument>;

