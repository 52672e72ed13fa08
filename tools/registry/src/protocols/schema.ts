import { z } from 'zod';
import { calendarDate, classification, closeCodeNumber, reconnectPolicy, span } from '../schema.ts';

// One file of registry/protocols/: the close codes one protocol that runs on WebSocket defines.
// Kept apart from IANA's registry: nothing here is ever read as an IANA code.

const isoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, 'expected a date such as 2026-11-30').refine(...calendarDate());

/** A catalogue id or a subprotocol token: lower-case words joined by `-`, `_` or `.` (obswebsocket.json). */
const token = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'write lower-case letters and digits, words joined by "-", "_" or ".", such as graphql-transport-ws');

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
  ianaOverlap: ianaOverlap.optional(),
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

export const protocolDocument = z
  .strictObject({
    id: token.describe('The catalogue id: the subprotocol token where the protocol has exactly one, else a vendor id. The file is named after it.'),
    name: z.string().min(1).describe('The display name.'),
    subprotocols: z.array(token).describe('The Sec-WebSocket-Protocol tokens it negotiates (what socket.protocol reports); [] when it uses none.'),
    summary: z.string().min(1).describe('One paragraph: what the protocol is and how its codes are laid out.'),
    notes: z.array(z.string().min(1)).optional().describe('Things a reader must know, such as a token that is often confused with another protocol.'),
    source: z
      .strictObject({
        url: z.string().regex(/^https:\/\/\S+$/, 'expected an https:// address').describe('Where the codes are defined.'),
        revision: z.string().min(1).optional().describe('The commit or version read, where the source has one.'),
        retrieved: isoDate.describe('When the source was read.'),
        alsoRead: z.array(z.string().regex(/^https:\/\/\S+$/, 'expected an https:// address')).optional().describe('Other sources the entries were checked against.'),
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
export type VerdictSource = z.output<typeof verdictSource>;
