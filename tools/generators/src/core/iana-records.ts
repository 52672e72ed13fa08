// IANA's own fields of a record, as the registry module declares them (its RecordField list): the
// record's interface and its value, copied verbatim. Every IANA registry besides close codes goes
// through here, so a new registry needs no code of its own for its IANA fields.
import { ts } from 'ts-morph';
import { XREF_TYPES, type IanaRecord, type IanaRegistryModule } from '@wscodes-tools/registry';
import { interfaceDeclaration, keyword, readonlyArray, stringUnion, typeAlias, type Member } from './declarations.ts';

const f = ts.factory;

/** The module that holds the types every record shares (types only: it adds nothing to a bundle). */
export const IANA_TYPES_MODULE = 'iana';

/** The shared types: IANA's references and its text with references. */
export function ianaTypesStatements(): ts.Statement[] {
  const ref = (name: string) => f.createTypeReferenceNode(name);
  const string = () => keyword(ts.SyntaxKind.StringKeyword);
  return [
    typeAlias('IanaXrefType', stringUnion(XREF_TYPES), "The kinds of IANA's references (its xref types)."),
    interfaceDeclaration(
      'IanaXref',
      [
        { name: 'type', type: ref('IanaXrefType') },
        { name: 'data', type: string(), optional: true, docs: 'As IANA writes it: rfc6455, a URL, a draft name, or the id of a person.' },
        { name: 'text', type: string(), optional: true, docs: 'The text inside the reference, where IANA wrote one.' },
      ],
      'A reference exactly as IANA lists it.',
    ),
    typeAlias(
      'IanaTextPart',
      f.createUnionTypeNode([
        f.createTypeLiteralNode([f.createPropertySignature([f.createModifier(ts.SyntaxKind.ReadonlyKeyword)], 'text', undefined, string())]),
        f.createTypeLiteralNode([f.createPropertySignature([f.createModifier(ts.SyntaxKind.ReadonlyKeyword)], 'xref', undefined, ref('IanaXref'))]),
      ]),
      'A run of text, or a reference, in IANA order.',
    ),
    typeAlias('IanaText', readonlyArray(ref('IanaTextPart')), "IANA's text with references, verbatim: runs of text and references in IANA order."),
  ];
}

/** The shared types a module's record interface names. */
export const ianaTypesUsedBy = (module: IanaRegistryModule): string[] =>
  module.fields.some((field) => field.kind === 'text-with-references') ? ['IanaText', 'IanaXref'] : ['IanaXref'];

/** The interface of a registry's IANA record: its declared fields, then references and dates. */
export function ianaRecordInterface(name: string, module: IanaRegistryModule): ts.InterfaceDeclaration {
  const string = () => keyword(ts.SyntaxKind.StringKeyword);
  const members: Member[] = [
    ...module.fields.map((field) => ({
      name: field.element,
      type: field.kind === 'text' ? string() : f.createTypeReferenceNode('IanaText'),
      optional: field.optional === true,
      docs: `${field.description} Verbatim from IANA's <${field.element}>.`,
    })),
    { name: 'references', type: readonlyArray(f.createTypeReferenceNode('IanaXref')), docs: 'The references beside the fields, in IANA order; a person is named by its id.' },
    { name: 'date', type: string(), optional: true, docs: 'When IANA registered it, where the record says.' },
    { name: 'updated', type: string(), optional: true, docs: 'When IANA last changed it, where the record says.' },
  ];
  return interfaceDeclaration(name, members, `IANA's record of one ${module.noun}, verbatim from its registry "${module.ianaId}" in websocket.xml.`);
}

/** The record's value: the declared fields in order, then references and dates; absent fields left out. */
export function ianaRecordValue(module: IanaRegistryModule, record: IanaRecord): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const field of module.fields) if (record[field.element] !== undefined) value[field.element] = record[field.element];
  value.references = record.references;
  if (record.date !== undefined) value.date = record.date;
  if (record.updated !== undefined) value.updated = record.updated;
  return value;
}
