import { compareText, compareValues, personIds, XREF_TYPES, type IanaRecord, type IanaRegistryDocument, type IanaRegistryModule, type RecordField } from '@wscodes-tools/registry';
import { SyncError } from '../errors.ts';
import { placeholderRule, readPeople } from '../parse-iana.ts';
import { elements, firstElement, ownText, type XmlElement } from '../xml-tree.ts';

// Reads one of IANA's WebSocket registries (other than close codes) out of websocket.xml, as the
// fields its module declares: the same shapes the YAML holds, so comparing is plain equality.

type Xref = IanaRecord['references'][number];
type Parts = (Readonly<{ text: string }> | Readonly<{ xref: Xref }>)[];

export interface UpstreamEntry {
  readonly value: number | string;
  readonly iana: IanaRecord;
}

export interface UpstreamRegistry {
  readonly module: IanaRegistryModule;
  /** The header as the YAML holds it; `updated` is the file's date. */
  readonly header: IanaRegistryDocument['iana'];
  readonly people: IanaRegistryDocument['people'];
  /** Sorted by value. */
  readonly entries: readonly UpstreamEntry[];
  readonly unassigned: readonly { readonly range: string; readonly iana: IanaRecord }[];
  /** Placeholder records ("Unassigned", or "Reserved" with no contact and no reference) by the value or span they name. */
  readonly placeholders: readonly { readonly value: string; readonly iana: IanaRecord }[];
}

/** The module's registry in websocket.xml's root; undefined when the file lacks it. */
export const findIanaRegistry = (module: IanaRegistryModule, root: XmlElement): XmlElement | undefined =>
  elements(root, 'registry').find((r) => r.attributes.id === module.ianaId);

const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** Finds the module's registry in websocket.xml's root and reads it. Throws SyncError naming the problem. */
export function parseIanaRegistry(module: IanaRegistryModule, root: XmlElement, source: string): UpstreamRegistry {
  const fail = (problem: string, fix: string): never => {
    throw new SyncError(`${source}: ${problem}; ${fix}`);
  };
  const registry = findIanaRegistry(module, root);
  if (!registry) {
    return fail(`IANA's WebSocket file has no <registry id="${module.ianaId}"> (${module.title})`, 'is the file complete? IANA\'s websocket.xml holds six registries');
  }
  const where = `the ${module.ianaId} registry`;
  const updated = ownText(firstElement(registry, 'updated') ?? firstElement(root, 'updated') ?? registry).trim();
  if (!DATE.test(updated)) fail(`${where} has no <updated> date`, 'IANA always dates its files: is the file complete?');

  const people = readPeople(root, fail);

  const entries: UpstreamEntry[] = [];
  const unassigned: { range: string; iana: IanaRecord }[] = [];
  const placeholders: { value: string; iana: IanaRecord }[] = [];
  for (const [i, record] of elements(registry, 'record').entries()) {
    const valueElement = firstElement(record, module.value.element);
    const text = valueElement ? ownText(valueElement).trim() : '';
    const name = `${where}, record ${i + 1} (${text || 'no value'})`;
    const iana = readRecord(record, module, name, fail);
    const value = module.value.parse(text);
    const span = /^(\d+)-(\d+)$/.exec(text);
    const placeholder = isPlaceholderRecord(module, iana);
    if (value !== undefined && !placeholder) entries.push({ value, iana });
    else if (span || (typeof value === 'number' && (placeholder || module.value.space))) unassigned.push({ range: span ? text : `${text}-${text}`, iana });
    else if (value !== undefined) placeholders.push({ value: text, iana });
    else fail(`${name}: <${module.value.element}> "${text}" is not ${module.value.words}`, `correct the file, or extend the ${module.id} module in tools/registry/src/iana-registries/`);
  }

  const used = new Set([...entries, ...unassigned].flatMap((r) => personIds(r.iana)));
  for (const id of used) if (!people.has(id)) fail(`${where} names person "${id}", who is not in <people>`, 'IANA lists every person in <people>: is the file complete?');

  return {
    module,
    header: {
      registry: module.ianaId,
      title: ownText(firstElement(registry, 'title') ?? registry).trim(),
      updated,
      registrationRules: registrationRules(registry),
      ...(firstElement(registry, 'expert') ? { expert: ownText(firstElement(registry, 'expert')!).trim() } : {}),
      references: elements(registry, 'xref').map((x) => readXref(x, where, fail)),
      notes: elements(registry, 'note').map((n) => readParts(n, where, fail)),
    },
    people: [...used].sort(compareText).map((id) => people.get(id)!),
    entries: entries.sort((a, b) => compareValues(a.value, b.value)),
    placeholders: [...placeholders, ...unassigned.map((u) => ({ value: u.range, iana: u.iana }))],
    unassigned: unassigned.sort((a, b) => Number(a.range.split('-')[0]) - Number(b.range.split('-')[0])),
  };
}

function registrationRules(registry: XmlElement): { range?: string; rule: string }[] {
  const own = elements(registry, 'registration_rule').map((r) => ({ rule: ownText(r).trim() }));
  const ranged = elements(registry, 'range').map((range) => ({
    range: ownText(firstElement(range, 'value') ?? range).trim(),
    rule: ownText(firstElement(range, 'registration_rule') ?? range).trim(),
  }));
  return [...own, ...ranged];
}

/**
 * The close codes' rule (parse-iana.ts isPlaceholder) for every registry: a record registers
 * nothing when its first text field (description, status or common name) starts with "Unassigned",
 * or with "Reserved" and it names no person and no reference. A "Reserved" record with a reference
 * (versions 9-12) stays a registration.
 */
export function isPlaceholderRecord(module: IanaRegistryModule, iana: IanaRecord): boolean {
  const field = module.fields.find((f) => f.kind === 'text');
  const referenced = iana.references.length > 0 || module.fields.some((f) => f.kind === 'text-with-references' && JSON.stringify(iana[f.element] ?? []).includes('"xref"'));
  return placeholderRule(String((field && iana[field.element]) ?? ''), referenced);
}

function readRecord(record: XmlElement, module: IanaRegistryModule, name: string, fail: (p: string, f: string) => never): IanaRecord {
  const fields = new Map<string, RecordField>(module.fields.map((f) => [f.element, f]));
  const out: Record<string, unknown> = {};
  const references: Xref[] = [];
  for (const child of elements(record)) {
    if (child.name === module.value.element) continue;
    if (child.name === 'xref') {
      references.push(readXref(child, name, fail));
      continue;
    }
    const field = fields.get(child.name);
    if (!field) return fail(`${name} has <${child.name}>, which the ${module.id} module does not read`, `add it to the fields of tools/registry/src/iana-registries/ (${module.file})`);
    if (child.name in out) fail(`${name} has two <${child.name}>`, 'IANA lists each field once: is the file corrupted?');
    if (field.kind === 'text') {
      if (elements(child).length) fail(`${name}: <${child.name}> contains <${elements(child)[0]!.name}>`, `declare ${child.name} as text-with-references in the ${module.id} module`);
      out[child.name] = ownText(child);
    } else {
      out[child.name] = readParts(child, name, fail);
    }
  }
  for (const field of module.fields) {
    if (!field.optional && !(field.element in out)) fail(`${name} has no <${field.element}>`, `IANA's schema requires it; if IANA dropped it, make it optional in the ${module.id} module`);
  }
  for (const attribute of ['date', 'updated'] as const) {
    const value = record.attributes[attribute];
    if (value === undefined) continue;
    if (!DATE.test(value)) fail(`${name} has ${attribute}="${value}", which is not a date`, 'expected YYYY-MM-DD');
    out[attribute] = value;
  }
  return { ...out, references } as IanaRecord;
}

function readParts(element: XmlElement, name: string, fail: (p: string, f: string) => never): Parts {
  const parts: Parts = [];
  for (const child of element.children) {
    if (typeof child === 'string') {
      if (child) parts.push({ text: child });
    } else if (child.name === 'xref') {
      parts.push({ xref: readXref(child, name, fail) });
    } else {
      fail(`${name}: <${element.name}> contains <${child.name}>`, 'only text and <xref> are read there: extend textWithReferences in tools/registry/src/iana-registries/record-shape.ts');
    }
  }
  return parts;
}

function readXref(xref: XmlElement, name: string, fail: (p: string, f: string) => never): Xref {
  const type = xref.attributes.type ?? '';
  if (!(XREF_TYPES as readonly string[]).includes(type)) fail(`${name} has an xref of type "${type}"`, `the registries read ${XREF_TYPES.join(', ')}: extend XREF_TYPES in tools/registry/src/iana-registries/record-shape.ts`);
  // A person id never holds spaces; IANA's 2015 file once wrote one with a trailing space.
  const data = type === 'person' ? xref.attributes.data?.trim() : xref.attributes.data;
  const text = ownText(xref);
  return { type: type as Xref['type'], ...(data ? { data } : {}), ...(text ? { text } : {}) };
}
