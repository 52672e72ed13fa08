// The frame registries in @wscodes/core/frames: opcodes and framing header bits. Registry-specific
// on purpose: what an opcode is (data or control) and what a header bit is (a mask) are RFC 6455
// facts from tools/registry/src/protocol.ts, which these modules carry into core.
import { ts } from 'ts-morph';
import { HEADER_BIT_MASKS, headerBits, isControlOpcodeValue, opcodes, REGISTRABLE_HEADER_BITS, spansInWords, type IanaRegistries, type Span } from '@wscodes-tools/registry';
import { freezeDeclaration, FREEZE, integerUnion, interfaceDeclaration, keyword, namedConstants, predicate, stringUnion, table, typeAlias, typeImport } from './declarations.ts';
import { IANA_TYPES_MODULE, ianaRecordInterface, ianaRecordValue, ianaTypesUsedBy } from './iana-records.ts';
import { literalNode } from './syntax.ts';
import { entryNotes, listed, withConstant } from './listed.ts';

const f = ts.factory;
const ref = (name: string) => f.createTypeReferenceNode(name);
const data = (value: unknown) => literalNode(value, { freeze: FREEZE });
const hex = (value: number) => `0x${value.toString(16).toUpperCase()}`;
/** Docs are prose: IANA's line breaks and indentation, kept verbatim in the data, are folded here. */
const prose = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The integers of a span that pass a test, as maximal runs: 0-15 by the MSB rule gives 0-7 and 8-15. */
export function runsWhere(space: Span, test: (value: number) => boolean): Span[] {
  const runs: Span[] = [];
  for (let value = space.from; value <= space.to; value++) {
    if (!test(value)) continue;
    const last = runs.at(-1);
    if (last !== undefined && last.to + 1 === value) runs[runs.length - 1] = { from: last.from, to: value };
    else runs.push({ from: value, to: value });
  }
  return runs;
}

/** generated/opcodes.ts: Opcode, IANA's records, the unassigned spans and the three predicates. */
export function opcodeStatements(registry: IanaRegistries['opcodes']): ts.Statement[] {
  const entries = listed(registry);
  const space = opcodes.value.space!;
  const control = runsWhere(space, isControlOpcodeValue);
  const nonControl = runsWhere(space, (value) => !isControlOpcodeValue(value));
  const unassigned = registry.unassigned.map(({ from, to }) => ({ from, to }));
  // Reserved is every opcode IANA does not register today: its unassigned spans, and a value it
  // withdrew (deleted, or re-listed as a placeholder), as the vectors in @wscodes/fixtures read it.
  const live = new Set(entries.map((e) => e.value));
  const reserved = runsWhere(space, (value) => !live.has(value));
  const withdrawn = registry.entries.some((e) => e.withdrawn !== undefined && !unassigned.some((s) => e.value >= s.from && e.value <= s.to));
  const reservedIs = withdrawn ? 'one IANA lists as unassigned or has withdrawn' : 'one IANA lists as unassigned';
  const named = (spans: readonly Span[]) => {
    const names = entries.filter((e) => spans.some((s) => e.value >= s.from && e.value <= s.to)).map((e) => e.key);
    return names.length === 0 ? 'none registered' : `registered: ${names.join(', ')}`;
  };
  return [
    typeImport(ianaTypesUsedBy(opcodes), `./${IANA_TYPES_MODULE}.ts`),
    freezeDeclaration(),
    ...namedConstants(
      'Opcode',
      withConstant(registry).map((e) => ({ key: e.key, value: f.createNumericLiteral(e.value), docs: `Opcode ${e.value} (%x${e.value.toString(16).toUpperCase()}): ${prose(String(e.iana.description))}, as IANA lists it.${entryNotes(e)}` })),
      {
        constant: 'The registered opcodes (RFC 6455 section 5.2), by constant name: `Opcode.Text`, `Opcode.Close`. The names are curated; the values are IANA\'s. One IANA withdrew keeps its constant, deprecated, until a major release.',
        type: 'Any opcode with a constant, as a literal union of numbers.',
        keys: 'The constant names of Opcode.',
      },
    ),
    ianaRecordInterface('OpcodeIanaRecord', opcodes),
    interfaceDeclaration(
      'OpcodeInfo',
      [
        { name: 'opcode', type: ref('Opcode') },
        { name: 'key', type: ref('OpcodeKey'), docs: 'Curated: its constant name in Opcode.' },
        { name: 'pending', type: f.createLiteralTypeNode(f.createTrue()), optional: true, docs: 'Present while the curated name awaits review (an opcode IANA added since).' },
        { name: 'iana', type: ref('OpcodeIanaRecord') },
      ],
      'A registered opcode: its curated constant name and IANA\'s record.',
    ),
    table(
      'OPCODE_INFO',
      'OpcodeInfo',
      data(entries.map((e) => ({ opcode: e.value, key: e.key, pending: e.pending ? true : undefined, iana: ianaRecordValue(opcodes, e.iana) }))),
      'Every registered opcode, sorted by value.',
    ),
    interfaceDeclaration(
      'UnassignedOpcodes',
      [{ name: 'from', type: keyword(ts.SyntaxKind.NumberKeyword) }, { name: 'to', type: keyword(ts.SyntaxKind.NumberKeyword) }, { name: 'iana', type: ref('OpcodeIanaRecord') }],
      'A span of opcodes IANA lists as unassigned, with its record.',
    ),
    table(
      'UNASSIGNED_OPCODES',
      'UnassignedOpcodes',
      data(registry.unassigned.map((u) => ({ from: u.from, to: u.to, iana: ianaRecordValue(opcodes, u.iana) }))),
      `The spans IANA lists as unassigned, in order: ${spansInWords(unassigned, 'and')}.`,
    ),
    typeAlias('ReservedOpcode', integerUnion(reserved), `An opcode isReservedOpcode accepts: ${spansInWords(reserved)}.`),
    predicate({
      name: 'isReservedOpcode',
      parameter: 'opcode',
      typeName: 'ReservedOpcode',
      spans: reserved,
      docs: [
        `Is this opcode reserved: ${reservedIs} (${spansInWords(reserved)})? A receiver that gets a frame`,
        'with such an opcode, and has negotiated no extension that defines it, MUST fail the connection (RFC 6455 section 5.2).',
        'Non-integers and numbers outside 0-15 are not opcodes: false.',
      ].join('\n'),
    }),
    typeAlias('ControlOpcode', integerUnion(control), `An opcode isControlOpcode accepts: ${spansInWords(control)}.`),
    predicate({
      name: 'isControlOpcode',
      parameter: 'opcode',
      typeName: 'ControlOpcode',
      spans: control,
      docs: [
        `Does this opcode make a control frame? Its most significant bit is set (RFC 6455 section 5.5): ${spansInWords(control)}, ${named(control)}; the others are reserved.`,
        'A control frame carries at most 125 bytes of payload and is never fragmented. Non-integers and numbers outside 0-15: false.',
      ].join('\n'),
    }),
    typeAlias('DataOpcode', integerUnion(nonControl), `An opcode isDataOpcode accepts: ${spansInWords(nonControl)}.`),
    predicate({
      name: 'isDataOpcode',
      parameter: 'opcode',
      typeName: 'DataOpcode',
      spans: nonControl,
      docs: [
        `Does this opcode make a non-control (data) frame? Its most significant bit is clear (RFC 6455 section 5.2): ${spansInWords(nonControl)}, ${named(nonControl)}; the others are reserved.`,
        'Non-integers and numbers outside 0-15: false.',
      ].join('\n'),
    }),
  ];
}

/** generated/header-bits.ts: HeaderBit (each registered bit's mask in a frame's first byte) and IANA's records. */
export function headerBitStatements(registry: IanaRegistries['headerBits']): ts.Statement[] {
  const entries = listed(registry);
  const module = headerBits;
  return [
    typeImport(ianaTypesUsedBy(module), `./${IANA_TYPES_MODULE}.ts`),
    freezeDeclaration(),
    ...namedConstants(
      'HeaderBit',
      withConstant(registry).map((e) => ({
        key: e.key,
        value: f.createNumericLiteral(hex(HEADER_BIT_MASKS[e.value])),
        docs: `${e.value}, mask ${hex(HEADER_BIT_MASKS[e.value])} of a frame's first byte. IANA: ${prose(String(e.iana.description))}${entryNotes(e)}`,
      })),
      {
        constant: "The registered framing header bits, by constant name, each as its mask in a frame's first byte (RFC 6455 section 5.2): `(firstByte & HeaderBit.Rsv1) !== 0`. The names are curated; the bits are IANA's. One IANA withdrew keeps its constant, deprecated, until a major release.",
        type: 'The mask of any header bit with a constant, as a literal union of numbers.',
        keys: 'The constant names of HeaderBit.',
      },
    ),
    typeAlias('HeaderBitName', stringUnion(REGISTRABLE_HEADER_BITS), 'The bits IANA\'s registry assigns, as RFC 6455 section 5.2 names them.'),
    ianaRecordInterface('HeaderBitIanaRecord', module),
    interfaceDeclaration(
      'HeaderBitInfo',
      [
        { name: 'bit', type: ref('HeaderBitName') },
        { name: 'mask', type: ref('HeaderBit'), docs: "Its mask in a frame's first byte." },
        { name: 'key', type: ref('HeaderBitKey'), docs: 'Curated: its constant name in HeaderBit.' },
        { name: 'pending', type: f.createLiteralTypeNode(f.createTrue()), optional: true, docs: 'Present while the curated name awaits review.' },
        { name: 'iana', type: ref('HeaderBitIanaRecord') },
      ],
      "A registered header bit: its mask, its curated constant name and IANA's record.",
    ),
    table(
      'HEADER_BIT_INFO',
      'HeaderBitInfo',
      data(entries.map((e) => ({ bit: e.value, mask: HEADER_BIT_MASKS[e.value], key: e.key, pending: e.pending ? true : undefined, iana: ianaRecordValue(module, e.iana) }))),
      'Every registered header bit, in the order of the bits.',
    ),
  ];
}
