import { z } from 'zod';
import { compareText } from '../compare.ts';
import { deepFreeze } from '../compile.ts';
import { error, warning, type Finding } from '../rules/rule.ts';
import { span } from '../schema.ts';
import { parseSpan, spansOverlap } from '../span.ts';
import type { Contact, Span } from '../types.ts';
import { pendingField, person, recordSchema, registryHeaderSchema, withdrawnField, type IanaRecord, type RecordField } from './record-shape.ts';

// One IANA WebSocket registry besides close codes, declared as data: its file, its value, its IANA
// fields, its curated fields and its rules. The loader, the validator, the sync tool and every
// generator read these declarations; none of them names a registry.

/** The document every such registry file holds. */
export interface IanaRegistryDocument {
  readonly iana: z.output<ReturnType<typeof registryHeaderSchema>>;
  readonly people: readonly Contact[];
  readonly entries: readonly IanaEntryDocument[];
  readonly unassigned?: readonly { readonly range: string; readonly iana: IanaRecord }[];
}

export interface IanaEntryDocument {
  readonly value: number | string;
  readonly pending?: boolean;
  readonly withdrawn?: { readonly date: string; readonly reason: string };
  readonly iana: IanaRecord;
  readonly [curated: string]: unknown;
}

/** A rule over one registry file; paths point into it, so the loader can give file:line:col. */
export interface IanaRule {
  readonly id: string;
  readonly description: string;
  readonly needsWhole: readonly string[];
  check(document: IanaRegistryDocument): Finding[];
}

export interface ValueSpec<V extends number | string> {
  /** IANA's element for the value: <value> or <id>. */
  readonly element: 'value' | 'id';
  readonly schema: z.ZodType<V>;
  /** Reads IANA's text; undefined when it is not a value of this registry. */
  parse(text: string): V | undefined;
  /** The whole value space, for registries whose every value is accounted for (opcodes 0-15). */
  readonly space?: Span;
  /** What a value is, in words: "an opcode, 0-15". */
  readonly words: string;
}

export interface IanaRegistrySpec<Id extends string, V extends number | string, Curated extends z.ZodRawShape> {
  /** The key under which generators find it (Registry.ianaRegistries[id]). */
  readonly id: Id;
  /** The file, relative to the repository root. */
  readonly file: string;
  /** IANA's registry id inside websocket.xml. */
  readonly ianaId: string;
  /** The heading readers see: "Opcodes". */
  readonly title: string;
  /** The word for one entry: "opcode". */
  readonly noun: string;
  readonly value: ValueSpec<V>;
  readonly fields: readonly RecordField[];
  /** Curated fields an entry may or must carry, beside IANA's. */
  readonly curated: Curated;
  /** Curated fields the sync writes for an entry it adds, marked pending; {} when none are required. */
  placeholder(value: V, iana: IanaRecord): z.input<z.ZodObject<Curated>>;
  readonly rules?: readonly IanaRule[];
}

export type IanaEntry<V extends number | string, Curated extends z.ZodRawShape> = z.output<z.ZodObject<Curated>> & {
  readonly value: V;
  readonly pending: boolean;
  readonly withdrawn?: { readonly date: string; readonly reason: string };
  readonly iana: IanaRecord;
};

/** A registry compiled for the generators: entries sorted by value, people resolved, frozen. */
export interface IanaRegistryData<V extends number | string = number | string, Curated extends z.ZodRawShape = z.ZodRawShape> {
  readonly id: string;
  readonly source: string;
  readonly title: string;
  readonly noun: string;
  readonly header: IanaRegistryDocument['iana'];
  readonly people: readonly Contact[];
  readonly entries: readonly IanaEntry<V, Curated>[];
  readonly unassigned: readonly (Span & { readonly iana: IanaRecord })[];
  /** The validated document, normalised (sorted), as shipped in the schema package's data file. */
  readonly document: IanaRegistryDocument;
}

export interface IanaRegistryModule<Id extends string = string, V extends number | string = number | string, Curated extends z.ZodRawShape = z.ZodRawShape>
  extends IanaRegistrySpec<Id, V, Curated> {
  /** The zod schema of the whole file; the JSON Schema of the data file is derived from it. */
  readonly document: z.ZodObject;
  readonly allRules: readonly IanaRule[];
  compile(document: IanaRegistryDocument, source: string): IanaRegistryData<V, Curated>;
}

export function defineIanaRegistry<const Id extends string, V extends number | string, Curated extends z.ZodRawShape>(
  spec: IanaRegistrySpec<Id, V, Curated>,
): IanaRegistryModule<Id, V, Curated> {
  const record = recordSchema(spec.fields);
  const entry = z.strictObject({
    value: spec.value.schema,
    ...spec.curated,
    pending: pendingField,
    withdrawn: withdrawnField,
    iana: record,
  });
  const document = z
    .strictObject({
      $schema: z.string().optional(),
      $comment: z.string().optional(),
      iana: registryHeaderSchema(spec.ianaId),
      people: z.array(person).describe("The people IANA's records name, from its <people>."),
      entries: z.array(entry),
      unassigned: z
        .array(z.strictObject({ range: span, iana: record }))
        .optional()
        .describe('IANA records that register nothing ("3-7 Unassigned").'),
    })
    .meta({ id: `Wscodes${pascal(spec.id)}Registry`, title: `wscodes ${spec.title.toLowerCase()} registry`, description: `IANA's WebSocket ${spec.title} registry as data: ${spec.file}.` });
  return {
    ...spec,
    document,
    allRules: [...genericRules(spec), ...(spec.rules ?? [])],
    compile: (doc, source) => compile(spec, doc, source),
  };
}

/** Numbers in numeric order, tokens in code-unit order: the same on every machine. */
export function compareValues(a: number | string, b: number | string): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b));
}

function compile<V extends number | string, Curated extends z.ZodRawShape>(
  spec: IanaRegistrySpec<string, V, Curated>,
  doc: IanaRegistryDocument,
  source: string,
): IanaRegistryData<V, Curated> {
  const document: IanaRegistryDocument = {
    ...doc,
    people: [...doc.people].sort((a, b) => compareText(a.id, b.id)),
    entries: [...doc.entries].sort((a, b) => compareValues(a.value, b.value)),
    ...(doc.unassigned ? { unassigned: [...doc.unassigned].sort((a, b) => parseSpan(a.range).from - parseSpan(b.range).from) } : {}),
  };
  return deepFreeze({
    id: spec.id,
    source,
    title: spec.title,
    noun: spec.noun,
    header: document.iana,
    people: document.people,
    entries: document.entries.map((e) => ({ ...e, pending: e.pending ?? false }) as unknown as IanaEntry<V, Curated>),
    unassigned: (document.unassigned ?? []).map((u) => ({ ...parseSpan(u.range), iana: u.iana })),
    document,
  });
}

/** The person ids a record names, in its references and in its text-with-references fields. */
export function personIds(iana: IanaRecord): string[] {
  const ids: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const v = value as { type?: string; data?: string; xref?: unknown };
      if (v.xref) visit(v.xref);
      else if (v.type === 'person' && v.data) ids.push(v.data);
    }
  };
  Object.values(iana).forEach(visit);
  return ids;
}

function genericRules(spec: IanaRegistrySpec<string, number | string, z.ZodRawShape>): IanaRule[] {
  const noun = spec.noun;
  const rules: IanaRule[] = [
    {
      id: 'unique-values',
      description: `each ${noun} is listed once`,
      needsWhole: [],
      check: (doc) =>
        doc.entries.flatMap((e, i) =>
          doc.entries.findIndex((o) => o.value === e.value) < i
            ? [error(['entries', i, 'value'], `${noun} ${e.value} is listed twice`, 'remove one of the two entries')]
            : [],
        ),
    },
    {
      id: 'known-people',
      description: 'every person a record names is in people',
      needsWhole: ['people'],
      check(doc) {
        const ids = new Set(doc.people.map((p) => p.id));
        const records = [
          ...doc.entries.map((e, i) => ({ path: ['entries', i, 'iana'], iana: e.iana })),
          ...(doc.unassigned ?? []).map((u, i) => ({ path: ['unassigned', i, 'iana'], iana: u.iana })),
        ];
        return records.flatMap(({ path, iana }) =>
          personIds(iana)
            .filter((id) => !ids.has(id))
            .map((id) => error(path, `the record names person ${id}, who is not in people`, `add ${id} to people (from IANA's <people>), or correct the id`)),
        );
      },
    },
    {
      id: 'used-people',
      description: 'every person in people is named by some record',
      needsWhole: ['people', 'entries', 'unassigned'],
      check(doc) {
        const used = new Set([...doc.entries, ...(doc.unassigned ?? [])].flatMap((r) => personIds(r.iana)));
        return doc.people.flatMap((p, i) =>
          used.has(p.id) ? [] : [warning(['people', i, 'id'], `person ${p.id} is named by no record`, 'remove it; npm run sync:iana keeps only the people records name')],
        );
      },
    },
    {
      id: 'unique-people',
      description: 'person ids are unique',
      needsWhole: [],
      check: (doc) =>
        doc.people.flatMap((p, i) =>
          doc.people.findIndex((o) => o.id === p.id) < i ? [error(['people', i, 'id'], `person ${p.id} is listed twice`, 'remove the second entry')] : [],
        ),
    },
    {
      id: 'pending-review',
      description: 'entries added by the sync await curated text',
      needsWhole: [],
      check: (doc) =>
        doc.entries.flatMap((e, i) =>
          e.pending ? [warning(['entries', i, 'pending'], `${noun} ${e.value} awaits review: its curated fields are placeholders`, 'review them, then remove `pending: true`')] : [],
        ),
    },
  ];
  if ('key' in spec.curated) {
    rules.push({
      id: 'unique-keys',
      description: 'constant keys are unique',
      needsWhole: [],
      check: (doc) =>
        doc.entries.flatMap((e, i) =>
          doc.entries.findIndex((o) => o.key === e.key) < i
            ? [error(['entries', i, 'key'], `the key ${String(e.key)} is used twice`, 'give each entry its own key; a released key never changes')]
            : [],
        ),
    });
  }
  const space = spec.value.space;
  if (space) rules.push(valueSpaceTiled(noun, space));
  return rules;
}

/** Every value of a bounded space is one entry or inside one unassigned span, never both. */
function valueSpaceTiled(noun: string, space: Span): IanaRule {
  return {
    id: 'value-space-tiled',
    description: `every ${noun} from ${space.from} to ${space.to} is accounted for once`,
    needsWhole: ['entries', 'unassigned'],
    check(doc) {
      const findings: Finding[] = [];
      const covered = [
        ...doc.entries.map((e, i) => ({ path: ['entries', i, 'value'], from: Number(e.value), to: Number(e.value), label: String(e.value) })),
        ...(doc.unassigned ?? []).map((u, i) => ({ path: ['unassigned', i, 'range'], ...parseSpan(u.range), label: u.range })),
      ].sort((a, b) => a.from - b.from);
      let next = space.from;
      for (const [i, c] of covered.entries()) {
        if (c.from > c.to || c.from < space.from || c.to > space.to) {
          findings.push(error(c.path, `${c.label} is outside ${space.from}-${space.to}`, `a ${noun} is between ${space.from} and ${space.to}`));
          continue;
        }
        const before = covered[i - 1];
        if (before && spansOverlap(before, c)) findings.push(error(c.path, `${c.label} overlaps ${before.label}`, 'list each value once: shrink the unassigned span'));
        if (c.from > next) findings.push(error(c.path, `${next}-${c.from - 1} is neither an entry nor unassigned`, `add an unassigned span ${next}-${c.from - 1}, as IANA lists it`));
        next = Math.max(next, c.to + 1);
      }
      if (next <= space.to) findings.push(error(['unassigned'], `${next}-${space.to} is neither an entry nor unassigned`, `add an unassigned span ${next}-${space.to}, as IANA lists it`));
      return findings;
    },
  };
}

const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
