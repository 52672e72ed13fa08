import { z } from 'zod';
import { adviceSource, httpsUrl, jsonFileHeader, reconnectPolicy } from '../schema.ts';

// registry/handshake-statuses.yaml: the HTTP statuses a server refuses a WebSocket upgrade with,
// each with its meaning and reconnect advice. Curated by hand, not an IANA registry, and never mixed
// into the close codes: a refused handshake is not a close.

/** A final HTTP status a server can answer an upgrade request with instead of 101. */
const refusalStatus = z
  .number()
  .int('a status is a whole number')
  .min(200, 'a refusal is a final status, 200-599: 1xx are interim (101 is the handshake succeeding)')
  .max(599, 'HTTP statuses end at 599 (RFC 9110 15)');

const referenceId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a reference id is lower-case letters and digits, such as rfc9110');

export const statusAdvice = z
  .strictObject({
    policy: reconnectPolicy.describe('The close codes\' policies: backoff, do-not-retry or depends (not-needed fits no refusal; a rule says so).'),
    source: adviceSource.exclude(['registration']).describe('Where the policy comes from: the RFCs cited (rfc), or common practice.'),
    retryAfter: z
      .enum(['honoured', 'ignored'])
      .describe('honoured: a Retry-After header on this status (RFC 9110 10.2.3) sets the shortest wait; ignored: the status is not retried automatically.'),
    text: z.string().min(1).describe('One paragraph for people, saying the same as the parts above.'),
  })
  .describe('What a client does after the refusal.');

export const statusSource = z
  .strictObject({
    ref: referenceId.describe('The id of an entry in references.'),
    section: z.string().regex(/^[0-9]+(\.[0-9]+)*$/, 'write the section number alone, such as 15.6.4').describe('The section that says it.'),
  })
  .describe('A document and the section of it the entry follows.');

const described = {
  name: z.string().min(1).describe("The status's reason phrase, as its RFC names it."),
  meaning: z.string().min(1).describe('What it says about a refused upgrade, in one or two sentences.'),
  advice: statusAdvice,
  sources: z.array(statusSource).min(1, 'cite at least one source').describe('Where the meaning and advice come from.'),
};

export const handshakeStatusEntry = z.strictObject({ status: refusalStatus.describe('The HTTP status code.'), ...described });

export const handshakeStatusClass = z.strictObject({
  class: z.number().int().min(2, 'the classes of a refusal are 2 to 5 (2xx-5xx)').max(5, 'the classes of a refusal are 2 to 5 (2xx-5xx)').describe("The status class: the first digit (4 for 4xx)."),
  ...described,
});

export const handshakeStatusesDocument = z
  .strictObject({
    ...jsonFileHeader,
    references: z
      .array(z.strictObject({ id: referenceId, title: z.string().min(1), url: httpsUrl }))
      .describe('The documents the entries cite.'),
    classes: z.array(handshakeStatusClass).describe('The answer for a status the table does not list, by class (RFC 9110 15: an unrecognized status is read as the x00 of its class).'),
    statuses: z.array(handshakeStatusEntry).describe('The statuses with an answer of their own, sorted by number.'),
  })
  .meta({
    id: 'WscodesHandshakeStatuses',
    title: 'wscodes handshake statuses',
    description: 'HTTP statuses a server refuses a WebSocket opening handshake with (RFC 6455 4.1: any status other than 101), with what each means and whether to reconnect: registry/handshake-statuses.yaml as data.',
  });

export type HandshakeStatusesDocument = z.output<typeof handshakeStatusesDocument>;
export type HandshakeStatusEntryDocument = z.output<typeof handshakeStatusEntry>;
