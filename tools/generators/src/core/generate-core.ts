import { IndentationText, Project, QuoteKind, VariableDeclarationKind, type SourceFile } from 'ts-morph';
import type { CloseCodeEntry, Contact, IanaData, Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { jsDocText, tsLiteral } from '../ts-literal.ts';
import { receivableRuns, sendableRuns, type Run } from './runs.ts';

export const CORE_REGISTRY_FILE = 'packages/core/src/generated/registry.ts';

/** @wscodes/core's data module: CloseCode, the info tables and the two wire predicates. */
export function generateCore(registry: Registry): GeneratedFile[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const file = project.createSourceFile('registry.ts', '');
  file.addImportDeclaration({
    isTypeOnly: true,
    moduleSpecifier: '../types.ts',
    namedImports: ['CloseCodeInfo', 'CloseCodeRange', 'IanaContact', 'IanaRangeRecord'],
  });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'freeze', initializer: 'Object.freeze' }],
  });
  addCloseCode(file, registry);
  addTables(file, registry);
  addPredicate(file, 'isValidCloseCode', receivableRuns(registry), [
    'May this code appear in a Close frame received from a peer, under RFC 6455 and the IANA registry?',
    'Registered codes that allow it, and any code in 3000-4999. Non-integers are never valid.',
  ]);
  addPredicate(file, 'isSendableCloseCode', sendableRuns(registry), [
    'May an endpoint put this code in a Close frame it sends? 1004-1006 and 1015 never; unassigned protocol codes neither.',
  ]);
  return [{ path: CORE_REGISTRY_FILE, contents: banner.code(registry, 'core') + '\n' + file.getFullText() }];
}

function addCloseCode(file: SourceFile, registry: Registry): void {
  const members = registry.codes.map(
    (c) => `  /** ${c.code} ${jsDocText(c.name)}: ${jsDocText(c.summary)} */\n  ${c.key}: ${c.code},`,
  );
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['The registered WebSocket close codes, by constant name. Use as `ws.close(CloseCode.NormalClosure)`.'],
    declarations: [{ name: 'CloseCode', initializer: `/* @__PURE__ */ freeze({\n${members.join('\n')}\n} as const)` }],
  });
  file.addTypeAlias({
    isExported: true,
    name: 'CloseCode',
    type: '(typeof CloseCode)[keyof typeof CloseCode]',
    docs: ['Any registered close code, as a literal union of numbers.'],
  });
  file.addTypeAlias({ isExported: true, name: 'CloseCodeKey', type: 'keyof typeof CloseCode', docs: ['The constant names of CloseCode.'] });
}

function addTables(file: SourceFile, registry: Registry): void {
  const contactRefs = new Map<unknown, string>(registry.contacts.map((c, i) => [c, `CONTACTS[${i}]!`]));
  const literal = (value: unknown) => tsLiteral(value, { freeze: 'freeze', references: contactRefs });
  const constant = (name: string, type: string, value: unknown, docs: string[], isExported = true) =>
    file.addVariableStatement({
      isExported,
      declarationKind: VariableDeclarationKind.Const,
      docs,
      // ts-morph indents continuation lines by one level; tsLiteral already did.
      declarations: [{ name, type, initializer: (typeof value === 'string' ? value : literal(value)).replace(/\n  /g, '\n') }],
    });

  constant('CONTACTS', 'readonly IanaContact[]', literal(registry.contacts.map(({ name, uri }) => ({ name, uri }))), ['IANA contacts, shared by the records below.'], false);
  // Contacts are rendered inline once above and referenced afterwards.
  constant('CLOSE_CODE_INFO', 'readonly CloseCodeInfo[]', registry.codes.map((c) => codeInfo(c, registry.contacts)), ['Every registered code, sorted by code.']);
  constant(
    'CLOSE_CODE_RANGES',
    'readonly CloseCodeRange[]',
    registry.ranges.map((r) => ({ from: r.from, to: r.to, kind: r.kind, name: r.name, label: r.label, registration: r.registration ?? null })),
    ['The five ranges of the 16-bit code space, in order; together they cover 0-65535.'],
  );
  constant(
    'IANA_RANGE_RECORDS',
    'readonly IanaRangeRecord[]',
    registry.ianaRanges.map((r) => ({ from: r.from, to: r.to, iana: ianaRecord(r.iana, registry.contacts) })),
    ["IANA's records that cover a span, such as 1016-2999 Unassigned."],
  );
  constant('IANA_REGISTRY_UPDATED', 'string', JSON.stringify(registry.ianaUpdated), ['The date of the IANA registry this data was synced with.']);
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
    reconnect: { policy: c.reconnect.policy, advice: c.reconnect.advice },
    pending: c.pending,
    iana: c.iana ? ianaRecord(c.iana, contacts) : null,
  };
}

// The same Contact object as in registry.contacts, so tsLiteral emits a reference to CONTACTS.
function ianaRecord(iana: IanaData, contacts: readonly Contact[]) {
  return {
    description: iana.description,
    contact: iana.contact ? contacts.find((c) => c.id === iana.contact!.id)! : null,
    references: iana.references.map(({ type, data }) => ({ type, data })),
    date: iana.date,
    updated: iana.updated,
  };
}

function addPredicate(file: SourceFile, name: string, runs: readonly Run[], docs: string[]): void {
  const tests = runs.map((r) => (r.from === r.to ? `code === ${r.from}` : `(code >= ${r.from} && code <= ${r.to})`));
  const body = tests.length === 0 ? 'false' : `(code | 0) === code && (${tests.join(' || ')})`;
  file.addFunction({
    isExported: true,
    name,
    docs: [docs.join('\n')],
    parameters: [{ name: 'code', type: 'number' }],
    returnType: 'boolean',
    statements: [`return ${body};`],
  });
}
