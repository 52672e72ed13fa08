import { z } from 'zod';
import { CODE_SPACE_TEXT, MAX_CODE } from './protocol.ts';

// The registry document as written in registry/close-codes.yaml.
// registry.schema.json is derived from this schema; never write it by hand.

/** Is YYYY-MM or YYYY-MM-DD a day (or month) of the calendar? 2026-13-45 and 2026-02-30 are not. */
export function isCalendarDate(text: string): boolean {
  const match = /^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** The refinement every date of the registry files carries: a real calendar date. */
export const calendarDate = (message = 'is not a date of the calendar') =>
  [(text: string) => !/^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$/.test(text) || isCalendarDate(text), { message, params: { fix: 'write a real date, YYYY-MM-DD, with a month 01-12 and a day that month has' } }] as const;

/** An https:// address: every source, record and reference URL of the registry files. */
export const httpsUrl = z.string().regex(/^https:\/\/\S+$/, 'expected an https:// address');

/**
 * The fields a JSON data file may start with, beside its own: its `$schema`, and in `$comment` the
 * do-not-edit banner the generators write there (JSON has no comments).
 */
export const jsonFileHeader = { $schema: z.string().optional(), $comment: z.string().optional() } as const;

export const isoDate = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$/, 'expected a date such as 2016-10-10 (IANA sometimes gives only 2011-12)')
  .refine(...calendarDate());

const spanPattern = /^[0-9]+-[0-9]+$/;
export const span = z
  .string()
  .regex(spanPattern, 'expected a span written FROM-TO, such as 1016-2999')
  .describe('An inclusive span of codes, written FROM-TO as IANA does.');

const outOfCodeSpace = `a close code must be between 0 and ${MAX_CODE}: it travels as an unsigned 16-bit integer`;
export const closeCodeNumber = z.number().int('a close code must be a whole number').min(0, outOfCodeSpace).max(MAX_CODE, outOfCodeSpace);

export const ianaReference = z
  .strictObject({
    type: z.enum(['rfc', 'uri', 'rfc-errata']).describe('IANA xref type.'),
    data: z.string().min(1).describe('IANA xref data, verbatim: rfc6455, a URL, or an errata number.'),
  })
  .describe('A reference exactly as IANA lists it.');

export const ianaFields = z
  .strictObject({
    description: z.string().min(1).describe("IANA's description, verbatim (whitespace as IANA wrote it)."),
    contact: z.string().min(1).nullable().describe('Id of an entry in contacts, or null when IANA lists none.'),
    references: z.array(ianaReference).describe('IANA xrefs, in IANA order.'),
    date: isoDate.optional().describe('The record date attribute: when IANA registered it.'),
    updated: isoDate.optional().describe('The record updated attribute: when IANA last changed it.'),
  })
  .describe('Fields copied verbatim from IANA. npm run sync:iana owns them.');

export const reconnectPolicy = z.enum(['backoff', 'do-not-retry', 'not-needed', 'depends']);

export const adviceSource = z
  .enum(['registration', 'rfc', 'practice'])
  .describe('Where a part of the advice comes from: an IANA registration message, RFC 6455 (with its errata), or common practice.');

export const reconnectDelay = z
  .strictObject({
    minSeconds: z.number().min(0, 'a delay cannot be negative').describe('Shortest wait before reconnecting, in seconds.'),
    maxSeconds: z.number().min(0, 'a delay cannot be negative').describe('Longest wait before reconnecting, in seconds.'),
    randomized: z.boolean().describe('Pick the wait at random between min and max, so that clients do not return together.'),
    source: adviceSource,
  })
  .describe('The delay before reconnecting, only where a source defines one (1012: 5-30 s, randomized).');

export const reconnectCondition = z
  .strictObject({
    text: z.string().min(1).describe('One sentence: when reconnecting is allowed.'),
    source: adviceSource,
  })
  .describe('A condition on reconnecting, such as "only on user action".');

export const reconnectAdvice = z
  .strictObject({
    policy: reconnectPolicy.describe('What a client should do: backoff, do-not-retry, not-needed or depends.'),
    source: adviceSource.describe('Where the policy comes from.'),
    delay: reconnectDelay.optional(),
    conditions: z.array(reconnectCondition).optional().describe('Conditions on reconnecting, where a source sets any.'),
    advice: z.string().min(1).describe('The advice in one paragraph, for people: says the same as the structured parts.'),
  })
  .describe('Reconnect advice as data: a policy, an optional delay and conditions, each with its source, and one paragraph.');

export const closeOutcome = z
  .enum(['expected', 'failure'])
  .describe('Is a close with this code an expected end (log it quietly), or a failure worth attention?');

export const logLevel = z.enum(['debug', 'info', 'warn', 'error']).describe('The level to log such a close at.');

export const likelySide = z
  .enum(['client', 'server', 'network', 'unknown'])
  .describe(
    'The side that most likely caused the close, taking the usual case of a client app reading the close its server sent: client (the endpoint that opened the connection), server, network (the path between them, or a connection that dropped), or unknown.',
  );

export const classification = z
  .strictObject({
    outcome: closeOutcome,
    logLevel,
    likelySide,
    cause: z.string().min(1).optional().describe('What most likely happened, as a short lower-case phrase for a log line ("no Close frame arrived"), used when the close carries no reason.'),
  })
  .describe('How to classify a close with this code: expected or a failure, the log level, the side that most likely caused it. Curated.');

/** The block a close-code entry, range and notACloseCode carry: `cause` is required there. */
export const ianaClassification = classification.required({ cause: true });

export const contact = z.strictObject({
  id: z.string().min(1).describe('IANA person id, such as IESG_HYBI.'),
  name: z.string().min(1),
  uri: z.string().min(1).describe('IANA writes mail addresses with & in place of @; kept verbatim.'),
});

export const rangeKind = z.enum(['not-used', 'protocol', 'iana', 'private-use', 'out-of-range']);
export const receiveRule = z
  .enum(['none', 'registered', 'any'])
  .describe('Which codes in the range a receiver accepts: none, only registered codes that allow it, or any.');

export const range = z.strictObject({
  range: span,
  kind: rangeKind,
  name: z.string().min(1).describe('Heading for the range, such as Private use.'),
  label: z.string().min(1).describe('Name given to a code in this range that has no entry of its own.'),
  summary: z.string().min(1),
  receive: receiveRule,
  registration: z.string().min(1).optional().describe("IANA's registration rule for the range, verbatim."),
  reconnect: reconnectAdvice.describe('Reconnect advice for a code in this range that has no entry of its own.'),
  classify: ianaClassification.describe('The classification of a code in this range that has no entry of its own.'),
});

export const ianaRange = z
  .strictObject({
    range: span,
    iana: ianaFields,
  })
  .describe('An IANA record whose value is a span of codes (FROM-TO), such as an Unassigned span.');

export const withdrawnConstant = z
  .enum(['deprecated', 'removed'])
  .describe('deprecated: CloseCode keeps the constant as an @deprecated alias (for one major); removed: the next major dropped it.');

export const withdrawn = z
  .strictObject({
    date: isoDate.describe("The <updated> date of the IANA revision that no longer registers the code."),
    reason: z.string().min(1).describe('IANA\'s note on the withdrawal, or "no longer listed by IANA on DATE".'),
    constant: withdrawnConstant,
  })
  .describe('Set by npm run sync:iana when IANA stops registering the code. The entry stays as history; send and receive follow its range.');

export const codeEntry = z.strictObject({
  code: closeCodeNumber,
  key: z
    .string()
    .regex(/^[A-Z][A-Za-z0-9]*$/, 'a key is a PascalCase identifier such as NormalClosure')
    .describe('Constant name in @wscodes/core. Never changes once released.'),
  name: z.string().min(1).describe('Display name, the common one: "No Status Received".'),
  summary: z.string().min(1).describe('One sentence.'),
  send: z.boolean().describe('May an endpoint send this code in a Close frame?'),
  receive: z.boolean().describe('Should a receiver take this code from a Close frame? (Rejecting it is common practice, not an RFC 6455 MUST.)'),
  reconnect: reconnectAdvice,
  classify: ianaClassification,
  details: z.string().min(1).describe('Longer Markdown-safe text: who sends it and when, common causes, what to do.'),
  pending: z.boolean().optional().describe('true while curated text is a placeholder awaiting review.'),
  withdrawn: withdrawn.optional(),
  iana: ianaFields.optional().describe('IANA fields; for a withdrawn code, the last ones IANA listed (kept as history).'),
});

export const notACloseCode = z
  .strictObject({
    name: z.string().min(1).describe(`The name given to a value that is not an integer in ${CODE_SPACE_TEXT}, such as NaN or 1000.5.`),
    reconnect: reconnectAdvice,
    classify: ianaClassification,
  })
  .describe('What @wscodes/core says about a value that is not a close code at all.');

export const troubleshootingGuide = z
  .strictObject({
    code: closeCodeNumber.describe('The code the guide is for; it must have an entry in codes.'),
    meaning: z.string().min(1).describe('What the close means, in a sentence or two, for someone staring at a log.'),
    checks: z.array(z.string().min(1)).min(1, 'a guide needs at least one check').describe('Things to check, most likely first. Markdown.'),
  })
  .describe('A troubleshooting guide for one code, laid out in troubleshooting.md in the order listed.');

export const peerNote = z
  .strictObject({
    peer: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a peer is a key of the compatibility matrix: lower-case words joined by "-", such as ws-server or chromium')
      .describe('A peer key of the compatibility matrix (compat.json), such as undici-client, gorilla-server or firefox-esr.'),
    vectors: z
      .array(z.string().min(1).describe('A vector id of @wscodes/fixtures.'))
      .min(1, 'a peer note names at least one vector')
      .describe('The vectors the note explains the peer\'s behaviour on.'),
    note: z.string().min(1).describe('Curated prose, one paragraph: why the peer behaves so, and what the standard says instead.'),
  })
  .describe('Why a real peer departs from some vectors. The compatibility matrix holds what it did; this holds the explanation.');

export const registryDocument = z
  .strictObject({
    ...jsonFileHeader,
    iana: z.strictObject({
      updated: isoDate.describe('The <updated> date of IANA close-code registry this data was synced with.'),
    }),
    contacts: z.array(contact),
    ranges: z.array(range),
    ianaRanges: z.array(ianaRange),
    codes: z.array(codeEntry),
    notACloseCode,
    troubleshooting: z.array(troubleshootingGuide).optional().describe('Troubleshooting guides; none when absent.'),
    peerNotes: z.array(peerNote).optional().describe('Notes explaining known departures of real peers from the fixtures vectors; none when absent.'),
  })
  .meta({
    id: 'WscodesRegistry',
    title: 'wscodes close-code registry',
    description: 'The WebSocket close-code registry of wscodes: registry/close-codes.yaml as data.',
  });

export type RegistryDocument = z.output<typeof registryDocument>;
export type CodeEntryDocument = z.output<typeof codeEntry>;
export type RangeDocument = z.output<typeof range>;
export type IanaFieldsDocument = z.output<typeof ianaFields>;
export type IanaReferenceDocument = z.output<typeof ianaReference>;
export type ReconnectPolicy = z.output<typeof reconnectPolicy>;
export type AdviceSource = z.output<typeof adviceSource>;
export type ReconnectAdviceDocument = z.output<typeof reconnectAdvice>;
export type ClassificationDocument = z.output<typeof classification>;
export type IanaClassificationDocument = z.output<typeof ianaClassification>;
export type NotACloseCodeDocument = z.output<typeof notACloseCode>;
export type TroubleshootingGuideDocument = z.output<typeof troubleshootingGuide>;
export type PeerNoteDocument = z.output<typeof peerNote>;
export type RangeKind = z.output<typeof rangeKind>;
export type ReceiveRule = z.output<typeof receiveRule>;
export type ContactDocument = z.output<typeof contact>;
export type WithdrawnDocument = z.output<typeof withdrawn>;
export type WithdrawnConstant = z.output<typeof withdrawnConstant>;
