import { z } from 'zod';
import { compareText } from '../compare.ts';
import type { Rule } from '../rules/rule.ts';
import { genericRules } from './generic-rules.ts';
import { span } from '../schema.ts';
import { parseSpan } from '../span.ts';
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

/** A rule over one registry file; paths point into it, so the engine can give file:line:col. */
export type IanaRule = Rule<IanaRegistryDocument>;

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
  /** The namespace of its constants in @wscodes/core ("Opcode"), for registries whose entries have a key. */
  readonly constants?: string;
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

/** A registry compiled for the generators: entries sorted by value, people resolved (frozen by the engine, check-document.ts). */
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
        .describe('IANA records that register nothing: spans IANA lists as Unassigned.'),
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
  return {
    id: spec.id,
    source,
    title: spec.title,
    noun: spec.noun,
    header: document.iana,
    people: document.people,
    entries: document.entries.map((e) => ({ ...e, pending: e.pending ?? false }) as unknown as IanaEntry<V, Curated>),
    unassigned: (document.unassigned ?? []).map((u) => ({ ...parseSpan(u.range), iana: u.iana })),
    document,
  };
}


const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
