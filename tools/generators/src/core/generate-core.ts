import { IndentationText, Project, QuoteKind, StructureKind, type StatementStructures } from 'ts-morph';
import type { CloseCodeEntry, Contact, IanaData, ReconnectAdvice, Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { jsDocText, tsLiteral } from '../ts-literal.ts';
import { API_CLOSE_SPANS } from '@wscodes-tools/registry';
import { spansInWords, type Span } from '@wscodes-tools/registry';
import { receivableSpans, sendableSpans } from '../protocol/spans.ts';

export const CORE_REGISTRY_FILE = 'packages/core/src/generated/registry.ts';

/** A statement as a ts-morph structure, or as source text already laid out. */
type Statement = StatementStructures | string;

/** @wscodes/core's data module: CloseCode, the info tables and the two wire predicates. */
export function generateCore(registry: Registry): GeneratedFile[] {
  const statements: Statement[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../types.ts',
      namedImports: ['CloseCodeInfo', 'CloseCodeRange', 'IanaContact', 'IanaRangeRecord', 'ReconnectAdvice'],
    },
    'const freeze = Object.freeze;',
    ...closeCodeStatements(registry),
    ...tableStatements(registry),
    predicate('isValidCloseCode', receivableSpans(registry), [
      'May this code appear in a Close frame received from a peer, under RFC 6455 and the IANA registry?',
      'Registered codes that allow it, and any code in 3000-4999. Non-integers are never valid.',
    ]),
    predicate('isSendableCloseCode', sendableSpans(registry), [
      'May an endpoint put this code in a Close frame it sends? 1004-1006 and 1015 never; unassigned protocol codes neither.',
    ]),
    predicate('isValidApiCloseCode', API_CLOSE_SPANS, [
      "Does the WebSocket API's `close(code)` accept this code? WHATWG: the integer 1000, or an integer",
      'in 3000-4999; anything else throws an InvalidAccessError.',
      '',
      'The IDL argument is `[Clamp] unsigned short`, so a browser rounds a fraction such as 1000.4 to 1000',
      'before this check. This function answers for the value as given: a non-integer is false.',
    ]),
    constantStatement({
      name: 'RECEIVABLE_CODES_TEXT',
      type: 'string',
      initializer: JSON.stringify(spansInWords(receivableSpans(registry))),
      docs: ['The codes isValidCloseCode accepts, in words, for error messages.'],
      isExported: true,
    }),
    constantStatement({
      name: 'SENDABLE_CODES_TEXT',
      type: 'string',
      initializer: JSON.stringify(spansInWords(sendableSpans(registry))),
      docs: ['The codes isSendableCloseCode accepts, in words, for error messages.'],
      isExported: true,
    }),
  ];
  // One structure printed once: adding statements one by one re-parses the file after each.
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const file = project.createSourceFile('registry.ts', { statements });
  // Text statements start with a blank line; next to a structure's own spacing that can make two.
  const text = file.getFullText().replace(/\n{3,}/g, '\n\n');
  return [{ path: CORE_REGISTRY_FILE, contents: banner.code(registry, 'core') + '\n' + text }];
}

/**
 * The codes with a CloseCode constant: every registered code, and a withdrawn one for one more
 * major (deprecated); once the maintainer runs sync:iana --remove-deprecated (removed) it is gone.
 */
const codesWithConstant = (registry: Registry): readonly CloseCodeEntry[] => registry.codes.filter((c) => c.withdrawn?.constant !== 'removed');

function constantDocs(c: CloseCodeEntry): string {
  const text = `${c.code} ${jsDocText(c.name)}: ${jsDocText(c.summary)}`;
  if (!c.withdrawn) return text;
  return `${text}\n\n@deprecated IANA withdrew ${c.code} on ${jsDocText(c.withdrawn.date)} (${jsDocText(c.withdrawn.reason)}). This constant goes in the next major release; its verdicts now follow its range.`;
}

function closeCodeStatements(registry: Registry): Statement[] {
  const codes = codesWithConstant(registry);
  const table = tsLiteral(Object.fromEntries(codes.map((c) => [c.key, c.code])), { freeze: 'freeze' });
  return [
    // An explicit interface, so each key's JSDoc survives into the published .d.ts.
    {
      kind: StructureKind.Interface,
      name: 'CloseCodeTable',
      docs: ['The shape of CloseCode: one read-only member per registered code.'],
      properties: codes.map((c) => ({
        name: c.key,
        isReadonly: true,
        type: String(c.code),
        docs: [constantDocs(c)],
      })),
    },
    constantStatement({
      name: 'CloseCode',
      type: 'CloseCodeTable',
      initializer: table,
      docs: ['The registered WebSocket close codes, by constant name. Use as `ws.close(CloseCode.NormalClosure)`.'],
      isExported: true,
    }),
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'CloseCode',
      type: '(typeof CloseCode)[keyof typeof CloseCode]',
      docs: ['Any registered close code, as a literal union of numbers.'],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'CloseCodeKey',
      type: 'keyof typeof CloseCode',
      docs: ['The constant names of CloseCode.'],
    },
  ];
}

function tableStatements(registry: Registry): Statement[] {
  // One named constant per contact: a bare identifier keeps the tables tree-shakable, where an
  // index such as CONTACTS[2] counts as a possible side effect to bundlers.
  const contactNames = contactConstantNames(registry.contacts);
  const contactRefs = new Map<unknown, string>(registry.contacts.map((c, i) => [c, contactNames[i]!]));
  const literal = (value: unknown) => tsLiteral(value, { freeze: 'freeze', references: contactRefs });
  const constant = (name: string, type: string, value: unknown, docs: string[], isExported = true) =>
    constantStatement({ name, type, initializer: typeof value === 'string' ? value : literal(value), docs, isExported });

  return [
    ...registry.contacts.map(({ id, name, uri }, i) =>
      constant(contactNames[i]!, 'IanaContact', tsLiteral({ name, uri }, { freeze: 'freeze' }), [`IANA contact ${jsDocText(id)}.`], false),
    ),
    constant('CLOSE_CODE_INFO', 'readonly CloseCodeInfo[]', registry.codes.map((c) => codeInfo(c, registry.contacts)), ['Every registered code, sorted by code.']),
    constant(
      'CLOSE_CODE_RANGES',
      'readonly CloseCodeRange[]',
      registry.ranges.map((r) => ({ from: r.from, to: r.to, kind: r.kind, name: r.name, label: r.label, registration: r.registration ?? null })),
      ['The five ranges of the 16-bit code space, in order; together they cover 0-65535.'],
    ),
    constant(
      'IANA_RANGE_RECORDS',
      'readonly IanaRangeRecord[]',
      registry.ianaRanges.map((r) => ({ from: r.from, to: r.to, iana: ianaRecord(r.iana, registry.contacts) })),
      ["IANA's records that cover a span, such as 1016-2999 Unassigned."],
    ),
    constant(
      'RANGE_RECONNECT',
      'readonly ReconnectAdvice[]',
      registry.ranges.map((r) => reconnectAdvice(r.reconnect)),
      ['Reconnect advice for a code without an entry, one per range of CLOSE_CODE_RANGES, in the same order.'],
    ),
    constant('NOT_A_CLOSE_CODE_NAME', 'string', JSON.stringify(registry.notACloseCode.name), ['The name given to a value that is not a close code.']),
    constant('NOT_A_CLOSE_CODE_RECONNECT', 'ReconnectAdvice', reconnectAdvice(registry.notACloseCode.reconnect), ['Reconnect advice for a value that is not a close code.']),
    constant('IANA_REGISTRY_UPDATED', 'string', JSON.stringify(registry.ianaUpdated), ['The date of the IANA registry this data was synced with.']),
  ];
}

function codeInfo(c: CloseCodeEntry, contacts: readonly Contact[]) {
  return {
    code: c.code,
    key: c.key,
    name: c.name,
    summary: c.summary,
    send: c.send,
    receive: c.receive,
    range: c.rangeKind,
    reconnect: reconnectAdvice(c.reconnect),
    pending: c.pending,
    // Left out (undefined) for a code IANA still registers.
    withdrawn: c.withdrawn ? { date: c.withdrawn.date, reason: c.withdrawn.reason } : undefined,
    iana: c.iana ? ianaRecord(c.iana, contacts) : null,
  };
}

/** Core's ReconnectAdvice: every field present, `delay` null where no source defines one. */
function reconnectAdvice(r: ReconnectAdvice) {
  return { policy: r.policy, source: r.source, delay: r.delay ?? null, conditions: r.conditions, advice: r.advice };
}

// The same Contact object as in registry.contacts, so tsLiteral emits a reference to its constant.
function ianaRecord(iana: IanaData, contacts: readonly Contact[]) {
  return {
    description: iana.description,
    contact: iana.contact ? contacts.find((c) => c.id === iana.contact!.id)! : null,
    references: iana.references.map(({ type, data }) => ({ type, data })),
    date: iana.date,
    updated: iana.updated,
  };
}

function predicate(name: string, runs: readonly Span[], docs: string[]): Statement {
  const tests = runs.map((r) => (r.from === r.to ? `code === ${r.from}` : `(code >= ${r.from} && code <= ${r.to})`));
  // typeof first: `code | 0` would call valueOf on an object and throw on a Symbol.
  const body = tests.length === 0 ? 'false' : `typeof code === 'number' && (code | 0) === code && (${tests.join(' || ')})`;
  return {
    kind: StructureKind.Function,
    isExported: true,
    name,
    docs: [docs.join('\n')],
    parameters: [{ name: 'code', type: 'number' }],
    returnType: 'boolean',
    statements: [`return ${body};`],
  };
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

interface ConstantSource {
  readonly name: string;
  readonly type: string;
  /** Already laid out by tsLiteral, one entry a line. */
  readonly initializer: string;
  readonly docs: readonly string[];
  readonly isExported: boolean;
}

// Source text rather than a VariableStatement structure: ts-morph re-indents every continuation
// line of an initializer, closing brackets included, which tsLiteral already laid out.
function constantStatement(c: ConstantSource): string {
  const docs = c.docs.map((d) => `/** ${d} */\n`).join('');
  return `\n${docs}${c.isExported ? 'export ' : ''}const ${c.name}: ${c.type} = ${c.initializer};`;
}
