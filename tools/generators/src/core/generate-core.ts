import { ts } from 'ts-morph';
import {
  API_CLOSE_CODES_TEXT,
  API_CLOSE_SPANS,
  CLOSE_CODE_BYTES,
  CODE_SPACE_TEXT,
  MAX_CODE,
  MAX_CONTROL_PAYLOAD_BYTES,
  MAX_REASON_BYTES,
  spansInWords,
  type CloseCodeEntry,
  type Contact,
  type Registry,
  type Span,
} from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { mergeSpans, receivableSpans, sendableSpans } from '../rfc6455.ts';
import {
  CLOSE_CODE_DETAILS,
  CLOSE_CODE_INFO,
  CLOSE_CODE_RANGE,
  DETAILS_RECORDS,
  DETAILS_UNIONS,
  DETAILS_WITHOUT_ENTRY,
  detailsWithoutEntry,
  IANA_CONTACT,
  IANA_RANGE_RECORD,
  interfaceNode,
  project,
  RECONNECT_ADVICE,
  RECORDS,
  UNIONS,
  unionNode,
} from './records.ts';
import { constant, FREEZE, freezeDeclaration, keyword, predicate, stringUnion, table, typeAlias } from './declarations.ts';
import { classifyStatements, CORE_CLASSIFY_FILE } from './classify-module.ts';
import { ianaCoreFiles } from './iana-modules.ts';
import { generateHandshakeStatuses } from './handshake-statuses.ts';
import { generateProtocolCatalogue } from './protocol-catalogue.ts';
import { literalNode, printModule, stringNode, withDocs } from './syntax.ts';

export const CORE_REGISTRY_FILE = 'packages/core/src/generated/registry.ts';
export const CORE_DETAILS_FILE = 'packages/core/src/generated/details.ts';

const f = ts.factory;

/**
 * @wscodes/core's data modules: registry.ts (the protocol limits, the record types, CloseCode, the
 * short tables and the wire predicates) for the main entry, details.ts (the long text) for
 * @wscodes/core/details, classify.ts (the classification of each code and range) for
 * @wscodes/core/classify, then one module per other IANA registry the registry folder holds (for
 * @wscodes/core/frames and @wscodes/core/handshake; see iana-modules.ts), and the protocol
 * catalogue for @wscodes/core/protocols (protocol-catalogue.ts), and the handshake statuses for
 * @wscodes/core/http-status (handshake-statuses.ts).
 */
export function generateCore(registry: Registry): GeneratedFile[] {
  const file = (path: string, statements: ts.Statement[], source = registry.source): GeneratedFile => ({
    path,
    contents: banner.code({ ...registry, source }, 'core') + '\n' + printModule(statements),
  });
  return [
    file(CORE_REGISTRY_FILE, coreStatements(registry)),
    file(CORE_DETAILS_FILE, detailsStatements(registry)),
    file(CORE_CLASSIFY_FILE, classifyStatements(registry)),
    ...ianaCoreFiles(registry).map(({ path, source, statements }) => file(path, statements, source)),
    generateProtocolCatalogue(registry),
    ...[generateHandshakeStatuses(registry)].filter((file) => file !== undefined),
  ];
}

/** The module as a syntax tree, statement by statement. */
export function coreStatements(registry: Registry): ts.Statement[] {
  const receivable = receivableSpans(registry);
  const sendable = sendableSpans(registry);
  const openToAny = registry.ranges.filter((r) => r.receive === 'any');
  const neverSent = registry.codes.filter((c) => !c.send && c.withdrawn === undefined).map((c) => ({ from: c.code, to: c.code }));
  return [
    ...limitStatements(),
    ...UNIONS.map(unionNode),
    ...RECORDS.map(interfaceNode),
    freezeDeclaration(),
    ...closeCodeStatements(registry),
    ...tableStatements(registry),
    ...predicateStatements([
      {
        name: 'isValidCloseCode',
        typeName: 'ReceivableCloseCode',
        typeDocs: 'A code isValidCloseCode accepts: one a receiver should take from a Close frame.',
        spans: receivable,
        docs: [
          'Should a receiver take this code from a Close frame? Registered codes that a peer may send, and any code in ' +
            `${spansInWords(mergeSpans(openToAny))}. Non-integers are never valid.`,
          'For the other codes, failing with 1002 is common practice (Autobahn|Testsuite 7.9), not an RFC 6455 MUST: the RFC forbids sending them and sets no rule for a receiver, so a peer that accepts them also conforms.',
        ],
      },
      {
        name: 'isSendableCloseCode',
        typeName: 'SendableCloseCode',
        typeDocs: 'A code isSendableCloseCode accepts: one an endpoint may put in a Close frame it sends.',
        spans: sendable,
        docs: [`May an endpoint put this code in a Close frame it sends? ${spansInWords(mergeSpans(neverSent), 'and')} never; unassigned protocol codes neither.`],
      },
      {
        name: 'isValidApiCloseCode',
        typeName: 'ApiCloseCode',
        typeDocs: `A code the WebSocket API's \`close(code)\` accepts: ${API_CLOSE_CODES_TEXT}.`,
        spans: API_CLOSE_SPANS,
        docs: [
          `Does the WebSocket API's \`close(code)\` accept this code? WHATWG: ${API_CLOSE_CODES_TEXT}, as an integer;`,
          'anything else throws an InvalidAccessError.',
          '',
          'The IDL argument is `[Clamp] unsigned short`, so a browser rounds a fraction such as 1000.4 to 1000',
          'before this check. This function answers for the value as given: a non-integer is false.',
        ],
      },
    ]),
    constant({
      name: 'RECEIVABLE_CODES_TEXT',
      type: keyword(ts.SyntaxKind.StringKeyword),
      value: stringNode(spansInWords(receivable)),
      docs: 'The codes isValidCloseCode accepts, in words, for error messages.',
    }),
    constant({
      name: 'SENDABLE_CODES_TEXT',
      type: keyword(ts.SyntaxKind.StringKeyword),
      value: stringNode(spansInWords(sendable)),
      docs: 'The codes isSendableCloseCode accepts, in words, for error messages.',
    }),
  ];
}

/** The protocol's limits, from tools/registry/src/protocol.ts, their one home. */
function limitStatements(): ts.Statement[] {
  const limit = (name: string, value: number, docs: string) => constant({ name, value: f.createNumericLiteral(value), docs });
  return [
    limit('MAX_CODE', MAX_CODE, `The highest close code: a code travels as an unsigned 16-bit integer, ${CODE_SPACE_TEXT} (RFC 6455 section 5.5.1).`),
    limit('MAX_CONTROL_PAYLOAD_BYTES', MAX_CONTROL_PAYLOAD_BYTES, "The most bytes a control frame's payload carries (RFC 6455 section 5.5)."),
    limit('CLOSE_CODE_BYTES', CLOSE_CODE_BYTES, 'The bytes of the status code that opens a non-empty Close body (RFC 6455 section 5.5.1).'),
    limit('MAX_REASON_BYTES', MAX_REASON_BYTES, 'The longest close reason, in UTF-8 bytes: the control frame limit minus the code.'),
  ];
}

/**
 * The codes with a CloseCode constant: every registered code, and a withdrawn one for one more
 * major (deprecated); once the maintainer runs sync:iana --remove-deprecated (removed) it is gone.
 */
const codesWithConstant = (registry: Registry): readonly CloseCodeEntry[] => registry.codes.filter((c) => c.withdrawn?.constant !== 'removed');

function constantDocs(c: CloseCodeEntry): string {
  const text = `${c.code} ${c.name}: ${c.summary}`;
  if (!c.withdrawn) return text;
  return `${text}\n\n@deprecated IANA withdrew ${c.code} on ${c.withdrawn.date} (${c.withdrawn.reason}). This constant goes in the next major release; its verdicts now follow its range.`;
}

function closeCodeStatements(registry: Registry): ts.Statement[] {
  const codes = codesWithConstant(registry);
  const typeOfCloseCode = () => f.createTypeQueryNode(f.createIdentifier('CloseCode'));
  const keys = () => f.createTypeOperatorNode(ts.SyntaxKind.KeyOfKeyword, typeOfCloseCode());
  const member = (c: CloseCodeEntry) =>
    withDocs(
      f.createPropertySignature([f.createModifier(ts.SyntaxKind.ReadonlyKeyword)], c.key, undefined, f.createLiteralTypeNode(f.createNumericLiteral(c.code))),
      constantDocs(c),
    );
  return [
    // An explicit interface, so each key's JSDoc survives into the published .d.ts.
    withDocs(
      f.createInterfaceDeclaration(undefined, 'CloseCodeTable', undefined, undefined, codes.map(member)),
      'The shape of CloseCode: one read-only member per registered code.',
    ),
    constant({
      name: 'CloseCode',
      type: f.createTypeReferenceNode('CloseCodeTable'),
      value: literalNode(Object.fromEntries(codes.map((c) => [c.key, c.code])), { freeze: FREEZE }),
      docs: 'The registered WebSocket close codes, by constant name. Use as `ws.close(CloseCode.NormalClosure)`.',
    }),
    typeAlias('CloseCode', f.createIndexedAccessTypeNode(f.createParenthesizedType(typeOfCloseCode()), keys()), 'Any registered close code, as a literal union of numbers.'),
    typeAlias('CloseCodeKey', keys(), 'The constant names of CloseCode.'),
  ];
}

function tableStatements(registry: Registry): ts.Statement[] {
  const data = (value: unknown) => literalNode(value, { freeze: FREEZE });
  return [
    table('CLOSE_CODE_INFO', CLOSE_CODE_INFO.name, data(registry.codes.map((c) => project(CLOSE_CODE_INFO, c))), 'Every registered code, sorted by code.'),
    table(
      'CLOSE_CODE_RANGES',
      CLOSE_CODE_RANGE.name,
      data(registry.ranges.map((r) => project(CLOSE_CODE_RANGE, r))),
      `The ${registry.ranges.length} ranges of the 16-bit code space, in order; together they cover ${CODE_SPACE_TEXT}.`,
    ),
    table(
      'RANGE_RECONNECT',
      RECONNECT_ADVICE.name,
      data(registry.ranges.map((r) => project(RECONNECT_ADVICE, r.reconnect))),
      'Reconnect advice for a code without an entry, one per range of CLOSE_CODE_RANGES, in the same order.',
    ),
    constant({
      name: 'NOT_A_CLOSE_CODE_NAME',
      type: keyword(ts.SyntaxKind.StringKeyword),
      value: stringNode(registry.notACloseCode.name),
      docs: 'The name given to a value that is not a close code.',
    }),
    constant({
      name: 'NOT_A_CLOSE_CODE_RECONNECT',
      type: f.createTypeReferenceNode(RECONNECT_ADVICE.name),
      value: data(project(RECONNECT_ADVICE, registry.notACloseCode.reconnect)),
      docs: 'Reconnect advice for a value that is not a close code.',
    }),
    constant({
      name: 'IANA_REGISTRY_UPDATED',
      type: keyword(ts.SyntaxKind.StringKeyword),
      value: stringNode(registry.ianaUpdated),
      docs: 'The date of the IANA registry this data was synced with.',
    }),
  ];
}

interface CloseCodePredicate {
  readonly name: string;
  /** The literal union type the predicate narrows to. */
  readonly typeName: string;
  readonly typeDocs: string;
  readonly spans: readonly Span[];
  readonly docs: readonly string[];
}

/**
 * A span at least this long gets a type alias of its own, shared by every predicate type that holds
 * it: 3000-4999 is then spelled out once in the module, not once per type.
 */
const SHARED_SPAN_MIN = 16;

/**
 * The predicates, each with the literal union type it narrows to, as a type guard.
 *
 * Why a literal union of up to about 2,000 members rather than a branded number: after the guard,
 * the value is a real literal type (it fits CloseCode, a switch narrows it, \`3000\` is assignable
 * without a cast), as issue 11 asks. Measured with tsc 6.0 on 200 functions each: narrowing a
 * \`number\` costs next to nothing (0.25 s in all, about as much as without the unions); relating two
 * such unions costs about 2-3 ms a site (assigning one to another, narrowing one by another), 7 ms for
 * three guards chained. That is fine for the few sites an app has. An editor shows the name
 * (ApiCloseCode), and elides the members when it expands it.
 */
function predicateStatements(predicates: readonly CloseCodePredicate[]): ts.Statement[] {
  const shared = new Map<string, Span>();
  for (const p of predicates) for (const s of p.spans) if (s.to - s.from + 1 >= SHARED_SPAN_MIN) shared.set(spanTypeName(s), s);
  const literal = (code: number) => f.createLiteralTypeNode(f.createNumericLiteral(code));
  const codes = (s: Span): ts.TypeNode[] => Array.from({ length: s.to - s.from + 1 }, (_, i) => literal(s.from + i));
  const spanAliases = [...shared.entries()].map(([name, s]) =>
    withDocs(f.createTypeAliasDeclaration(undefined, name, undefined, f.createUnionTypeNode(codes(s))), `Every code from ${s.from} to ${s.to}: TypeScript has no range type.`),
  );
  const unionOf = (spans: readonly Span[]): ts.TypeNode => {
    const members = spans.flatMap((s): ts.TypeNode[] => (shared.has(spanTypeName(s)) ? [f.createTypeReferenceNode(spanTypeName(s))] : codes(s)));
    return members.length === 0 ? keyword(ts.SyntaxKind.NeverKeyword) : f.createUnionTypeNode(members);
  };
  return [
    ...spanAliases,
    ...predicates.flatMap((p) => [typeAlias(p.typeName, unionOf(p.spans), p.typeDocs), predicate({ ...p, docs: p.docs.join('\n') })]),
  ];
}

const spanTypeName = (s: Span) => `CodesFrom${s.from}To${s.to}`;

/** The details module: the long text, with the record types that hold it. */
export function detailsStatements(registry: Registry): ts.Statement[] {
  // One named constant per contact: a bare identifier keeps the tables tree-shakable, where an
  // index such as CONTACTS[2] counts as a possible side effect to bundlers.
  const contactNames = contactConstantNames(registry.contacts);
  const references = new Map<unknown, string>(registry.contacts.map((c, i) => [c, contactNames[i]!]));
  const data = (value: unknown) => literalNode(value, { freeze: FREEZE, references });
  return [
    // The one type the details records share with the main module.
    f.createImportDeclaration(
      undefined,
      f.createImportClause(true, undefined, f.createNamedImports([f.createImportSpecifier(false, undefined, f.createIdentifier('AdviceSource'))])),
      stringNode('./registry.ts'),
    ),
    ...DETAILS_UNIONS.map(unionNode),
    ...DETAILS_RECORDS.map(interfaceNode),
    freezeDeclaration(),
    ...registry.contacts.map((c, i) =>
      constant({ name: contactNames[i]!, type: f.createTypeReferenceNode(IANA_CONTACT.name), value: data(project(IANA_CONTACT, c)), docs: `IANA contact ${c.id}.`, isExported: false }),
    ),
    table(
      'CLOSE_CODE_DETAILS',
      CLOSE_CODE_DETAILS.name,
      data(registry.codes.map((c) => project(CLOSE_CODE_DETAILS, c))),
      'The long text of every registered code, sorted by code (the order of CLOSE_CODE_INFO).',
    ),
    table('IANA_RANGE_RECORDS', IANA_RANGE_RECORD.name, data(registry.ianaRanges.map((r) => project(IANA_RANGE_RECORD, r))), `IANA's records that cover a span${rangeRecordExample(registry)}.`),
    typeAlias(
      DETAILS_WITHOUT_ENTRY.name,
      f.createTypeReferenceNode('Omit', [f.createTypeReferenceNode(CLOSE_CODE_DETAILS.name), stringUnion(DETAILS_WITHOUT_ENTRY.omits)]),
      `The details of a code without an entry of its own, less ${DETAILS_WITHOUT_ENTRY.omits.join(' and ')}: the reconnect text of its range, and null for the curated fields.`,
    ),
    table(
      'RANGE_DETAILS',
      DETAILS_WITHOUT_ENTRY.name,
      data(registry.ranges.map((r) => detailsWithoutEntry(r.reconnect))),
      'The details of a code without an entry, one per range of CLOSE_CODE_RANGES, in the same order.',
    ),
    constant({
      name: 'NOT_A_CLOSE_CODE_DETAILS',
      type: f.createTypeReferenceNode(DETAILS_WITHOUT_ENTRY.name),
      value: data(detailsWithoutEntry(registry.notACloseCode.reconnect)),
      docs: 'The details of a value that is not a close code.',
    }),
  ];
}

/** CONTACT_<id> with the id made an identifier; an index is appended if two ids collide. */
function contactConstantNames(contacts: readonly Contact[]): string[] {
  const seen = new Set<string>();
  return contacts.map((c, i) => {
    let name = `CONTACT_${c.id.replace(/[^A-Za-z0-9_$]/g, '_')}`;
    if (seen.has(name)) name = `${name}_${i}`;
    seen.add(name);
    return name;
  });
}

/** The first of IANA's span records, as the docs' example ("such as 1016-2999 Unassigned"): from the registry, so never stale. */
function rangeRecordExample(registry: Registry): string {
  const first = registry.ianaRanges[0];
  if (first === undefined) return '';
  const span = first.from === first.to ? `${first.from}` : `${first.from}-${first.to}`;
  return `, such as ${span} ${String(first.iana.description).replace(/\s+/g, ' ').trim()}`;
}
