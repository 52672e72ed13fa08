// The records @wscodes/core publishes, each stated once: its interface and how its value is read
// from the registry come from the same fields. Adding a field to core is one line here.
// Two modules hold them: the main entry keeps what app code needs at run time (short text and
// data); @wscodes/core/details keeps the long text (details, advice paragraphs, IANA's records),
// so that a bundle that does not ask for the text does not ship it.
import { ts } from 'ts-morph';
import { registrySchema, type CloseCodeEntry, type Contact, type IanaData, type IanaRangeRecord, type RangeInfo, type ReconnectAdvice } from '@wscodes-tools/registry';
import { stringNode, withDocs } from './syntax.ts';

const f = ts.factory;
type TypeNode = () => ts.TypeNode;

/** Builders of the types a field can have. */
const t = {
  number: () => f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword),
  string: () => f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  boolean: () => f.createKeywordTypeNode(ts.SyntaxKind.BooleanKeyword),
  ref: (name: string) => () => f.createTypeReferenceNode(name),
  nullable: (type: TypeNode) => () => f.createUnionTypeNode([type(), f.createLiteralTypeNode(f.createNull())]),
  list: (type: TypeNode) => () => f.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, f.createArrayTypeNode(type())),
} as const;

interface Field<S> {
  readonly type: TypeNode;
  readonly docs?: string;
  /** Left out of the record when its value is undefined. */
  readonly optional?: boolean;
  readonly value: (source: S) => unknown;
}

export interface RecordShape<S> {
  readonly name: string;
  readonly docs?: string;
  readonly fields: { readonly [key: string]: Field<S> };
}

const shape = <S>(name: string, docs: string | undefined, fields: { readonly [key: string]: Field<S> }): RecordShape<S> => ({ name, docs, fields });

/** The value of a record: each field read from its source, in the order the fields are listed. */
export const project = <S>(record: RecordShape<S>, source: S): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record.fields).map(([key, field]) => [key, field.value(source)]));

/** The exported interface of a record, one read-only member per field. */
export function interfaceNode(record: RecordShape<never>): ts.InterfaceDeclaration {
  const members = Object.entries(record.fields).map(([key, field]) => {
    const member = f.createPropertySignature(
      [f.createModifier(ts.SyntaxKind.ReadonlyKeyword)],
      key,
      field.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
      field.type(),
    );
    return field.docs === undefined ? member : withDocs(member, field.docs);
  });
  const node = f.createInterfaceDeclaration([f.createModifier(ts.SyntaxKind.ExportKeyword)], record.name, undefined, undefined, members);
  return record.docs === undefined ? node : withDocs(node, record.docs);
}

/** The registry's enums, as literal unions: `export type RangeKind = 'not-used' | ...`. */
type Union = { readonly name: string; readonly docs: string; readonly options: readonly string[] };

export const UNIONS: readonly Union[] = [
  { name: 'RangeKind', docs: 'The kinds of the five ranges of the 16-bit code space (RFC 6455 section 7.4.2).', options: registrySchema.rangeKind.options },
  { name: 'ReconnectPolicy', docs: 'What a client should do after a close.', options: registrySchema.reconnectPolicy.options },
  {
    name: 'AdviceSource',
    docs: 'Where a part of the advice comes from: an IANA registration message, RFC 6455 (with its errata), or common practice.',
    options: registrySchema.adviceSource.options,
  },
];

/** The unions of the details module. */
export const DETAILS_UNIONS: readonly Union[] = [
  { name: 'IanaReferenceType', docs: "The kinds of IANA's references (its xref types).", options: registrySchema.ianaReference.shape.type.options },
];

export const unionNode = (union: Union): ts.TypeAliasDeclaration =>
  withDocs(
    f.createTypeAliasDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      union.name,
      undefined,
      f.createUnionTypeNode(union.options.map((o) => f.createLiteralTypeNode(stringNode(o)))),
    ),
    union.docs,
  );

export const IANA_CONTACT = shape<Contact>('IanaContact', undefined, {
  name: { type: t.string, value: (c) => c.name },
  uri: { type: t.string, docs: 'As IANA writes it: mail addresses use & in place of @.', value: (c) => c.uri },
});

const IANA_REFERENCE = shape<IanaData['references'][number]>('IanaReference', undefined, {
  type: { type: t.ref('IanaReferenceType'), value: (r) => r.type },
  data: { type: t.string, value: (r) => r.data },
});

const IANA_RECORD = shape<IanaData>('IanaRecord', "IANA's record, verbatim.", {
  description: { type: t.string, value: (i) => i.description },
  // The registry's own Contact object (compileRegistry shares one per id): the module emits a reference to its constant.
  contact: { type: t.nullable(t.ref('IanaContact')), value: (i) => i.contact },
  references: { type: t.list(t.ref('IanaReference')), value: (i) => i.references.map((r) => project(IANA_REFERENCE, r)) },
  date: { type: t.string, optional: true, value: (i) => i.date },
  updated: { type: t.string, optional: true, value: (i) => i.updated },
});

type Delay = NonNullable<ReconnectAdvice['delay']>;
const RECONNECT_DELAY = shape<Delay>('ReconnectDelay', 'How long to wait before reconnecting, where a source defines it (1012: a randomized 5-30 s).', {
  minSeconds: { type: t.number, value: (d) => d.minSeconds },
  maxSeconds: { type: t.number, value: (d) => d.maxSeconds },
  randomized: { type: t.boolean, docs: 'Pick the wait at random between min and max, so that clients do not return together.', value: (d) => d.randomized },
  source: { type: t.ref('AdviceSource'), value: (d) => d.source },
});

const RECONNECT_CONDITION = shape<ReconnectAdvice['conditions'][number]>('ReconnectCondition', 'When reconnecting is allowed, such as "only on user action" (1013).', {
  text: { type: t.string, value: (c) => c.text },
  source: { type: t.ref('AdviceSource'), value: (c) => c.source },
});

export const RECONNECT_ADVICE = shape<ReconnectAdvice>(
  'ReconnectAdvice',
  'What to do after a close, as data, with the source of each part.\nThe conditions and the advice paragraph, for people, are in @wscodes/core/details.',
  {
    policy: { type: t.ref('ReconnectPolicy'), value: (r) => r.policy },
    source: { type: t.ref('AdviceSource'), docs: 'Where the policy comes from.', value: (r) => r.source },
    delay: {
      type: t.nullable(t.ref('ReconnectDelay')),
      docs: 'The delay before reconnecting, or null where no source defines one.',
      value: (r) => (r.delay ? project(RECONNECT_DELAY, r.delay) : null),
    },
  },
);

/** The people's part of reconnect advice, for @wscodes/core/details. */
export const RECONNECT_TEXT = shape<ReconnectAdvice>('ReconnectText', 'The reconnect advice for people: its conditions and one paragraph.', {
  advice: { type: t.string, docs: 'The reconnect advice in one paragraph: says the same as `reconnect` in data.', value: (r) => r.advice },
  conditions: {
    type: t.list(t.ref('ReconnectCondition')),
    docs: 'Conditions on reconnecting; empty when there are none.',
    value: (r) => r.conditions.map((c) => project(RECONNECT_CONDITION, c)),
  },
});

const WITHDRAWAL = shape<NonNullable<CloseCodeEntry['withdrawn']>>('Withdrawal', 'A code IANA stopped registering.', {
  date: { type: t.string, docs: 'The date of the IANA revision that no longer registers it.', value: (w) => w.date },
  reason: { type: t.string, docs: 'IANA\'s note, or "no longer listed by IANA on DATE".', value: (w) => w.reason },
});

export const CLOSE_CODE_INFO = shape<CloseCodeEntry>('CloseCodeInfo', 'A registered close code, as listed in the wscodes registry.', {
  code: { type: t.number, value: (c) => c.code },
  key: { type: t.string, value: (c) => c.key },
  name: { type: t.string, value: (c) => c.name },
  send: { type: t.boolean, docs: 'May an endpoint send it in a Close frame?', value: (c) => c.send },
  receive: { type: t.boolean, docs: 'Should a receiver take it from a Close frame? Rejecting the others is common practice, not an RFC 6455 MUST.', value: (c) => c.receive },
  rangeKind: { type: t.ref('RangeKind'), docs: 'The kind of the range the code falls in.', value: (c) => c.rangeKind },
  reconnect: { type: t.ref('ReconnectAdvice'), value: (c) => project(RECONNECT_ADVICE, c.reconnect) },
  pending: { type: t.boolean, docs: 'true while the curated text still awaits review.', value: (c) => c.pending },
  withdrawn: {
    type: t.ref('Withdrawal'),
    optional: true,
    docs: 'Present when IANA no longer registers the code: when and why. Its verdicts then follow its\nrange, and @wscodes/core/details holds the last record IANA listed.',
    value: (c) => (c.withdrawn ? project(WITHDRAWAL, c.withdrawn) : undefined),
  },
});

export const CLOSE_CODE_DETAILS = shape<CloseCodeEntry>('CloseCodeDetails', "The long text about a close code: its summary, the reconnect advice for people, the details and IANA's record.", {
  code: { type: t.number, value: (c) => c.code },
  summary: { type: t.nullable(t.string), docs: 'What the code means, in one sentence; null for a code without an entry.', value: (c) => c.summary },
  // The fields of ReconnectText, read from the entry's advice.
  ...Object.fromEntries(Object.entries(RECONNECT_TEXT.fields).map(([key, field]) => [key, { ...field, value: (c: CloseCodeEntry) => field.value(c.reconnect) }])),
  details: {
    type: t.nullable(t.string),
    docs: 'Who sends the code and when, common causes and what to do, in Markdown-safe paragraphs; null for a code without an entry.',
    value: (c) => c.details,
  },
  iana: { type: t.nullable(t.ref('IanaRecord')), docs: "IANA's record for the code, or for the IANA span it falls in.", value: (c) => (c.iana ? project(IANA_RECORD, c.iana) : null) },
});

/** The fields of CloseCodeDetails that getCloseCodeDetails adds itself: the code, and IANA's record of the span it falls in. */
const ADDED_FOR_A_CODE = ['code', 'iana'];

/** The details of a code without an entry, less ADDED_FOR_A_CODE: DetailsWithoutEntry. */
export const DETAILS_WITHOUT_ENTRY = { name: 'DetailsWithoutEntry', omits: ADDED_FOR_A_CODE } as const;

/**
 * The long text of a code without an entry of its own (or of a value that is not a close code),
 * less its code and IANA's record: the people's part of the given advice, and null for every other
 * field, which only an entry's curated text fills. So a curated field added to CLOSE_CODE_DETAILS
 * (nullable: a code without an entry has none) needs no other edit. In CLOSE_CODE_DETAILS' order.
 */
export function detailsWithoutEntry(advice: ReconnectAdvice): Record<string, unknown> {
  const text = project(RECONNECT_TEXT, advice);
  return Object.fromEntries(Object.keys(CLOSE_CODE_DETAILS.fields).filter((key) => !ADDED_FOR_A_CODE.includes(key)).map((key) => [key, key in text ? text[key] : null]));
}

export const CLOSE_CODE_RANGE = shape<RangeInfo>('CloseCodeRange', undefined, {
  from: { type: t.number, value: (r) => r.from },
  to: { type: t.number, value: (r) => r.to },
  kind: { type: t.ref('RangeKind'), value: (r) => r.kind },
  name: { type: t.string, value: (r) => r.name },
  label: { type: t.string, docs: 'The name given to a code in this range that has no entry of its own.', value: (r) => r.label },
  registration: { type: t.nullable(t.string), docs: "IANA's registration rule, where the range has one.", value: (r) => r.registration ?? null },
});

export const IANA_RANGE_RECORD = shape<IanaRangeRecord>('IanaRangeRecord', 'An IANA record that covers a span of codes rather than one code, such as an Unassigned span.', {
  from: { type: t.number, value: (r) => r.from },
  to: { type: t.number, value: (r) => r.to },
  iana: { type: t.ref('IanaRecord'), value: (r) => project(IANA_RECORD, r.iana) },
});

/** Every record of the main module, in the order it declares them. */
export const RECORDS: readonly RecordShape<never>[] = [RECONNECT_DELAY, RECONNECT_ADVICE, WITHDRAWAL, CLOSE_CODE_INFO, CLOSE_CODE_RANGE];

/** Every record of the details module, in the order it declares them. */
export const DETAILS_RECORDS: readonly RecordShape<never>[] = [IANA_CONTACT, IANA_REFERENCE, IANA_RECORD, RECONNECT_CONDITION, RECONNECT_TEXT, CLOSE_CODE_DETAILS, IANA_RANGE_RECORD];
