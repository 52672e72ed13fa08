import { z } from 'zod';
import { calendarDate, classification, closeCodeNumber, httpsUrl, reconnectPolicy, span } from '../schema.ts';

// One file of registry/protocols/: the close codes one protocol that runs on WebSocket defines.
// Kept apart from IANA's registry: nothing here is ever read as an IANA code.

const isoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'expected a date such as 2026-11-30').refine(...calendarDate());

/** A catalogue id or a subprotocol token: lower-case words joined by `-`, `_` or `.` (obswebsocket.json). */
const token = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'write lower-case letters and digits, words joined by "-", "_" or ".", such as graphql-transport-ws');

/** A catalogue or alias id. `iana` is taken: a name lookup reports IANA's own matches with `source: 'iana'`. */
const catalogueId = token.refine((id) => id !== 'iana', 'is reserved for IANA\'s registry (a name lookup reports IANA\'s own matches as source: "iana"); name the protocol after its vendor or its token');

export const verdictSource = z
  .enum(['protocol', 'client', 'practice'])
  .describe("Who gives the verdict: the protocol's own documentation, its reference client's behaviour, or common practice (wscodes's curation).");

export const protocolDelay = z
  .strictObject({
    minSeconds: z.number().min(0, 'a delay cannot be negative').describe('Shortest wait before the first reconnect, in seconds; 0 for "at once".'),
    maxSeconds: z.number().min(0, 'a delay cannot be negative').optional().describe('Longest wait before the first reconnect, where the source gives one.'),
    source: verdictSource,
  })
  .describe('The wait before reconnecting, only where the source sets one (Pusher 4100-4199: at least 1 s).');

export const protocolVerdict = z
  .strictObject({
    policy: reconnectPolicy.describe('The same policies as the close-code registry: backoff, do-not-retry, not-needed or depends.'),
    source: verdictSource.describe('Where the policy comes from.'),
    delay: protocolDelay.optional(),
    conditions: z
      .array(z.strictObject({ text: z.string().min(1).describe('One sentence: what to do before reconnecting.'), source: verdictSource }))
      .optional()
      .describe('What must change before reconnecting (a new token, a new session), where the source says.'),
    advice: z.string().min(1).describe('The verdict in one paragraph, for people; says the same as the structured parts.'),
  })
  .describe("A protocol's reconnect verdict on a code, as structured data with its source.");

export const ianaOverlap = z
  .enum(['collision', 'unregistered-range'])
  .describe('Set on a code or range that reaches into IANA space: collision (1000-2999, or a code IANA registered), or unregistered-range (elsewhere in 3000-3999). The rules check it against the close-code registry.');

/** A code may also use an IANA code with IANA's meaning (Deepgram's 1008 and 1011): no collision, IANA's meaning stands. */
export const codeIanaOverlap = z
  .enum(['collision', 'unregistered-range', 'same-meaning'])
  .describe("As for a range, or same-meaning: the protocol sends a code IANA registers with IANA's meaning (it may add reason tokens); not a collision. The rules check it against the close-code registry.");


export const protocolReason = z
  .strictObject({
    token: z
      .string()
      .max(123, 'a close reason holds at most 123 bytes, so a token is shorter')
      .regex(/^\S(?:[^\r\n]*\S)?$/, 'write the token as the protocol puts it in the close reason, on one line and without spaces around it, such as NET-0001 or Go away!')
      .describe('The token or phrase the protocol puts in the close reason (Deepgram: NET-0001; SockJS: Go away!). A reason carries it on its own or among other text, never inside a longer word.'),
    name: z.string().min(1).optional().describe("The protocol's name for the token, where it gives one."),
    meaning: z.string().min(1).describe("What the token says under this protocol, in wscodes's words."),
    section: z.string().min(1).optional().describe("The section of the source, where it differs from the code's."),
    reconnect: protocolVerdict.optional().describe("The verdict after this token, where it differs from the code's."),
  })
  .describe('A reason token a protocol sends under one code, to say more than the code does.');

export const protocolWithdrawn = z
  .strictObject({
    date: isoDate.optional().describe('When the protocol withdrew the code, where the source dates it.'),
    url: httpsUrl.describe('Where the withdrawal is recorded (a changelog, an issue, a pull request).'),
    note: z.string().min(1).describe('What changed, in one or two sentences: what senders do now, and why a reader may still meet the code.'),
  })
  .describe('Set on a code the protocol no longer defines. It stays in the catalogue, found by lookup with this said, since old peers still send it.');
const protocolClassification = classification.describe(
  "How to classify a close with this code under the protocol, where its source makes it clear. Absent: the protocol range's, then the IANA range's of the number. `cause` absent: the meaning stands in.",
);

export const protocolCode = z.strictObject({
  code: closeCodeNumber,
  key: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, 'a key is a PascalCase identifier such as Unauthorized').describe("A constant name for the code within this protocol, close to the protocol's own."),
  name: z.string().min(1).describe("The protocol's name for the code, in words."),
  meaning: z.string().min(1).describe('What the code means under this protocol, in wscodes\'s words: one or two sentences.'),
  section: z.string().min(1).describe('The section of the source the code comes from.'),
  definedBy: z.enum(['protocol', 'library']).optional().describe('protocol (the default): the protocol defines it; library: only an implementation uses it.'),
  localOnly: z.boolean().optional().describe('true for a code a client library reports itself, never sent on the wire.'),
  ianaOverlap: codeIanaOverlap.optional(),
  reasons: z.array(protocolReason).optional().describe('Reason tokens the protocol sends with this code, each with its own meaning.'),
  withdrawn: protocolWithdrawn.optional(),
  reconnect: protocolVerdict,
  classify: protocolClassification.optional(),
});

export const protocolRange = z.strictObject({
  range: span,
  name: z.string().min(1).describe('What the protocol calls the range.'),
  meaning: z.string().min(1).describe('What a code in the range means when it has no entry of its own.'),
  section: z.string().min(1),
  ianaOverlap: ianaOverlap.optional(),
  reconnect: protocolVerdict.describe('The verdict for a code in the range without an entry of its own.'),
  classify: protocolClassification.optional().describe('The classification of a code in the range without an entry of its own; absent: the IANA range of the number decides.'),
});

export const carriedIn = z.enum(['close-frame', 'protocol-message']);

export const protocolAlias = z
  .strictObject({
    id: catalogueId.describe('The id a lookup answers to: unique across the catalogue\'s ids, aliases and subprotocol tokens.'),
    name: z.string().min(1).describe('The display name of the implementation.'),
    url: httpsUrl.describe('Where the implementation says it speaks the protocol.'),
    notes: z.array(z.string().min(1)).optional().describe('Where it differs from the protocol, if anywhere.'),
  })
  .describe('Another implementation of the protocol, with the same close codes.');

export const protocolDeprecated = z
  .strictObject({
    note: z.string().min(1).describe('What replaces the protocol or version, and whether it still runs.'),
    url: httpsUrl.optional().describe('Where the vendor says so.'),
  })
  .describe('Set when the vendor has deprecated the protocol or version; its codes stay in the catalogue for the clients still using it.');

export const protocolDocument = z
  .strictObject({
    id: catalogueId.describe('The catalogue id: the subprotocol token where the protocol has exactly one, else a vendor id. The file is named after it.'),
    name: z.string().min(1).describe('The display name.'),
    subprotocols: z.array(token).describe('The Sec-WebSocket-Protocol tokens it negotiates (what socket.protocol reports); [] when it uses none.'),
    summary: z.string().min(1).describe('One paragraph: what the protocol is and how its codes are laid out.'),
    carriedIn: carriedIn.optional().describe('close-frame (the default): the codes travel in the WebSocket Close frame. protocol-message: in a close message of the protocol\'s own (SockJS\'s c[code,"reason"]), which its client hands to the app\'s onclose.'),
    carriedInNote: z.string().min(1).optional().describe('How the codes travel, in one or two sentences; required with carriedIn: protocol-message.'),
    aliases: z.array(protocolAlias).optional().describe('Other implementations that speak the protocol with the same codes (Pusher-compatible servers); a lookup by an alias id answers with this protocol.'),
    deprecated: protocolDeprecated.optional(),
    notes: z.array(z.string().min(1)).optional().describe('Things a reader must know, such as a token that is often confused with another protocol.'),
    source: z
      .strictObject({
        url: httpsUrl.describe('Where the codes are defined.'),
        revision: z.string().min(1).optional().describe('The commit or version read, where the source has one.'),
        retrieved: isoDate.describe('When the source was read.'),
        alsoRead: z.array(httpsUrl).optional().describe('Other sources the entries were checked against.'),
      })
      .describe('The provenance of every entry in the file.'),
    ranges: z.array(protocolRange).optional().describe("The protocol's own ranges, where it gives codes meaning by range."),
    codes: z.array(protocolCode),
  })
  .meta({ id: 'WscodesProtocol', title: 'wscodes protocol close codes', description: 'The close codes of one protocol that runs on WebSocket: registry/protocols/ID.yaml as data.' });

export type ProtocolDocument = z.output<typeof protocolDocument>;
export type ProtocolCodeDocument = z.output<typeof protocolCode>;
export type ProtocolRangeDocument = z.output<typeof protocolRange>;
export type ProtocolVerdictDocument = z.output<typeof protocolVerdict>;
export type IanaOverlap = z.output<typeof ianaOverlap>;
export type CodeIanaOverlap = z.output<typeof codeIanaOverlap>;
export type ProtocolReasonDocument = z.output<typeof protocolReason>;
export type CarriedIn = z.output<typeof carriedIn>;
export type VerdictSource = z.output<typeof verdictSource>;
