import { compareText, formatSpan, MAX_CODE } from '@wscodes-tools/registry';
import { SyncError } from './errors.ts';
import { IANA_WEBSOCKET_XML_URL } from './input.ts';
import type { IanaFields, IanaXref, Upstream, UpstreamCode, UpstreamContact, UpstreamRange, UpstreamSpan, XrefType } from './upstream.ts';
import { XREF_TYPES } from './upstream.ts';
import { elements, firstElement, ownText, parseXml, type XmlElement } from './xml-tree.ts';

export const CLOSE_CODE_REGISTRY_ID = 'close-code-number';
const WEBSOCKET_REGISTRY_ID = 'websocket';
const DATE = /^\d{4}-\d{2}(-\d{2})?$/; // IANA sometimes gives only a month: 2011-12

/** Reads IANA's websocket.xml (or the close-code registry alone). Throws SyncError naming the problem. */
export function parseIanaXml(text: string, source: string): Upstream {
  return readCloseCodes(parseXml(text, source), source);
}

/** The close-code registry of an IANA file already parsed, so that the other registries read the same tree. */
export function readCloseCodes(root: XmlElement, source: string): Upstream {
  const registry = findCloseCodeRegistry(root, source);
  if (!registry) {
    throw new SyncError(
      `${source} is IANA's WebSocket registry but has no <registry id="${CLOSE_CODE_REGISTRY_ID}">: the close-code registry is missing, so the file is incomplete; pass IANA's WebSocket registries file (${IANA_WEBSOCKET_XML_URL}) with --from`,
    );
  }
  const fail = (problem: string, fix: string): never => {
    throw new SyncError(`${source}: ${problem}; ${fix}`);
  };
  const notes: string[] = [];

  const updatedText = ownText(firstElement(registry, 'updated') ?? firstElement(root, 'updated') ?? { name: '', attributes: {}, children: [] }).trim();
  if (!updatedText) fail('the registry has no <updated> date', 'IANA always dates its registries: is the file complete?');
  if (!DATE.test(updatedText)) fail(`the registry's <updated> is "${updatedText}", not a date`, 'expected YYYY-MM-DD');

  const people = readPeople(root, fail);
  const ranges = elements(registry, 'range').map((range, i): UpstreamRange => {
    const value = ownText(firstElement(range, 'value') ?? range).trim();
    const span = parseValue(value);
    if (!span || span.kind !== 'span') return fail(`<range> ${i + 1} has value "${value}", which is not a span such as 3000-3999`, 'correct the value');
    return { range: value, from: span.from, to: span.to, registration: ownText(firstElement(range, 'registration_rule') ?? range) };
  });

  const codes: UpstreamCode[] = [];
  const spans: UpstreamSpan[] = [];
  const usedPeople = new Set<string>();
  for (const [i, record] of elements(registry, 'record').entries()) {
    const valueElement = firstElement(record, 'value');
    const value = valueElement ? ownText(valueElement).trim() : '';
    const parsed = parseValue(value);
    if (!parsed) {
      fail(
        valueElement ? `close-code record ${i + 1} has value "${value}", which is neither a number nor a span such as 3004-3007` : `close-code record ${i + 1} has no <value>`,
        `a close code is a whole number from 0 to ${MAX_CODE}, a span is FROM-TO with FROM <= TO`,
      );
    }
    const name = `record ${value}`;
    const iana = readFields(record, name, people, notes, fail);
    if (iana.contact) usedPeople.add(iana.contact);
    if (parsed!.kind === 'code' && !isPlaceholder(iana)) codes.push({ code: parsed!.from, iana });
    else spans.push({ range: formatSpan(parsed!), from: parsed!.from, to: parsed!.to, iana });
  }
  checkNoOverlap(codes, spans, fail);

  const contacts: UpstreamContact[] = [...usedPeople].sort(compareText).map((id) => people.get(id)!);
  return {
    source,
    updated: updatedText,
    codes: codes.sort((a, b) => a.code - b.code),
    spans: spans.sort((a, b) => a.from - b.from),
    ranges,
    contacts,
    notes,
  };
}

/**
 * The close-code registry of IANA's file; undefined when a WebSocket registries file lacks it (the
 * sync then applies its rule for a registry that is not published). Throws for a file that is not
 * IANA's WebSocket registries at all.
 */
export function findCloseCodeRegistry(root: XmlElement, source: string): XmlElement | undefined {
  const hint = `pass IANA's WebSocket registries file (${IANA_WEBSOCKET_XML_URL}) with --from`;
  if (root.name !== 'registry') {
    throw new SyncError(`${source} is not an IANA registry: its root element is <${root.name}>, where IANA's files start with <registry>; ${hint}`);
  }
  if (root.attributes.id === CLOSE_CODE_REGISTRY_ID) return root;
  const found = elements(root, 'registry').find((r) => r.attributes.id === CLOSE_CODE_REGISTRY_ID);
  if (found) return found;
  if (root.attributes.id !== WEBSOCKET_REGISTRY_ID) {
    const which = root.attributes.id ? `IANA's "${root.attributes.id}" registry` : 'an IANA registry without an id';
    throw new SyncError(`${source} is the wrong registry: it is ${which}, not the WebSocket one ("${WEBSOCKET_REGISTRY_ID}"); ${hint}`);
  }
  return undefined;
}

/** IANA's <people>, by id: every registry of the file names its contacts from there. */
export function readPeople(root: XmlElement, fail: (problem: string, fix: string) => never): Map<string, UpstreamContact> {
  const people = new Map<string, UpstreamContact>();
  for (const person of elements(firstElement(root, 'people') ?? root, 'person')) {
    const id = person.attributes.id?.trim();
    if (!id) fail('a <person> in <people> has no id', 'every person needs id="..."');
    const name = ownText(firstElement(person, 'name') ?? person).trim();
    const uri = ownText(firstElement(person, 'uri') ?? person).trim();
    people.set(id!, { id: id!, name, uri });
  }
  return people;
}

function readFields(
  record: XmlElement,
  name: string,
  people: Map<string, UpstreamContact>,
  notes: string[],
  fail: (problem: string, fix: string) => never,
): IanaFields {
  const descriptionElement = firstElement(record, 'description');
  if (!descriptionElement) fail(`${name} has no <description>`, 'every close-code record has one');
  if (elements(descriptionElement!).length > 0) {
    fail(`the <description> of ${name} contains <${elements(descriptionElement!)[0]!.name}>`, 'the registry keeps descriptions as plain text: extend parse-iana.ts if IANA now uses markup there');
  }
  const description = ownText(descriptionElement!); // verbatim: IANA's line breaks and indentation stay
  if (!description.trim()) fail(`${name} has an empty <description>`, 'every close-code record describes its value');

  // A person xref names a contact, whether inside <contact> or beside the references.
  const personIds: string[] = [];
  const references: IanaXref[] = [];
  const contactXrefs = elements(firstElement(record, 'contact') ?? { name: '', attributes: {}, children: [] }, 'xref');
  for (const xref of [...contactXrefs, ...elements(record, 'xref')]) {
    const type = xref.attributes.type ?? '';
    const data = xref.attributes.data;
    if (type === 'person') {
      const id = (data ?? '').trim();
      // IANA's 2015 file wrote data="Alexey_Melnikov " for 1012 and 1013; ids never contain spaces.
      if (id !== data) notes.push(`${name}: contact id "${data}" read as "${id}" (surrounding spaces dropped)`);
      if (!people.has(id)) fail(`${name} names contact "${id}", which is not in <people>`, 'IANA lists every contact in <people>: is the file complete?');
      if (!personIds.includes(id)) personIds.push(id);
    } else if ((XREF_TYPES as readonly string[]).includes(type)) {
      if (!data) fail(`${name} has an xref of type ${type} without data`, 'an xref carries its target in data="..."');
      references.push({ type: type as XrefType, data: data! });
    } else {
      fail(`${name} has an xref of type "${type}"`, `the registry holds only ${XREF_TYPES.join(', ')} references and person contacts: extend ianaReference in tools/registry/src/schema.ts first`);
    }
  }
  if (personIds.length > 1) fail(`${name} names ${personIds.length} contacts (${personIds.join(', ')})`, 'the registry holds one contact per record: extend ianaFields in tools/registry/src/schema.ts first');

  const fields: { -readonly [K in keyof IanaFields]: IanaFields[K] } = { description, contact: personIds[0] ?? null, references };
  for (const attribute of ['date', 'updated'] as const) {
    const value = record.attributes[attribute];
    if (value === undefined) continue;
    if (!DATE.test(value)) fail(`${name} has ${attribute}="${value}", which is not a date`, 'expected YYYY-MM-DD');
    fields[attribute] = value;
  }
  return fields;
}

/**
 * A record whose description starts with "Unassigned" or "Reserved" is a span placeholder, even
 * for one value ("3009 Unassigned"): it registers nothing, so it goes to ianaRanges. Words after it
 * ("Reserved (withdrawn at the registrant's request)") are IANA's note on a withdrawal. A "Reserved" record that names a
 * contact or a reference is a registration of a reserved value (RFC 6455's 1004), so it stays a code.
 */
export function isPlaceholder(iana: IanaFields): boolean {
  return placeholderRule(iana.description, iana.contact !== null || iana.references.length > 0);
}

/** The one placeholder rule of every registry: "Unassigned", or "Reserved" naming no person and no reference. */
export function placeholderRule(text: string, referenced: boolean): boolean {
  const first = /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase();
  return first === 'unassigned' || (first === 'reserved' && !referenced);
}

type ParsedValue = { kind: 'code' | 'span'; from: number; to: number };

/** "1012" is a code, "3004-3007" a span; anything else (or past 65535, or FROM > TO) is not a value. */
export function parseValue(value: string): ParsedValue | undefined {
  const single = /^(\d{1,5})$/.exec(value);
  if (single) {
    const code = Number(single[1]);
    return code <= MAX_CODE ? { kind: 'code', from: code, to: code } : undefined;
  }
  const span = /^(\d{1,5})-(\d{1,5})$/.exec(value);
  if (!span) return undefined;
  const from = Number(span[1]);
  const to = Number(span[2]);
  return from <= to && to <= MAX_CODE ? { kind: 'span', from, to } : undefined;
}

function checkNoOverlap(codes: readonly UpstreamCode[], spans: readonly UpstreamSpan[], fail: (problem: string, fix: string) => never): void {
  const values = [
    ...codes.map((c) => ({ value: String(c.code), from: c.code, to: c.code })),
    ...spans.map((s) => ({ value: s.range, from: s.from, to: s.to })),
  ].sort((a, b) => a.from - b.from || a.to - b.to);
  for (const [i, current] of values.entries()) {
    const previous = values[i - 1];
    if (!previous || previous.to < current.from) continue;
    if (previous.value === current.value) fail(`value ${current.value} is listed twice`, 'IANA lists each value once: is the file corrupted?');
    fail(`values ${previous.value} and ${current.value} overlap`, 'IANA lists each code in one record only: is the file corrupted?');
  }
}

