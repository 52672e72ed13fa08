import type { z } from 'zod';
import type { IanaRecord, RecordField, registryHeaderSchema } from './iana-registries/record-shape.ts';
import type { SourceFormat } from './limits.ts';
import type { RegistryDocument } from './schema.ts';
import type { Span } from './span.ts';
import type { Contact } from './types.ts';

// What a registry module declares, and what the engine (check-document.ts) runs: the spec of a file,
// its rules and their findings, and the declaration of one of IANA's other registries. Types and the
// two finding constructors only; nothing here imports a registry module, the engine or the aggregate (registry.ts).

/** What a rule reports; the engine (check-document.ts) turns the path into file:line:col. */
export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly path: readonly (string | number)[];
  /** Point at the key rather than the value (for missing or misplaced fields). */
  readonly part?: 'key' | 'value';
  readonly message: string;
  readonly fix: string;
}

/**
 * One check over a shape-valid document of any registry file: close codes (the default), an IANA
 * module, a protocol file or compat.json. `ctx` is what the check needs from outside the file (a
 * protocol file's rules read the close-code registry's IANA space); void when nothing. Pure.
 */
export interface Rule<Doc = RegistryDocument, Ctx = void> {
  readonly id: string;
  readonly description: string;
  /**
   * The sections that must be whole for the rule to run when a shape or syntax error left entries
   * out. A rule that only compares the entries that are there (duplicates, wire rules) needs none;
   * one that asks "is anything missing" needs the sections it searches.
   */
  readonly needsWhole: readonly (keyof Doc & string)[];
  check(doc: Doc, ctx: Ctx): Finding[];
}

export const error = (path: Finding['path'], message: string, fix: string): Finding => ({
  severity: 'error',
  path,
  message,
  fix,
});

export const warning = (path: Finding['path'], message: string, fix: string): Finding => ({
  severity: 'warning',
  path,
  message,
  fix,
});

/** What a registry file is checked against: its shape, its rules, and how it compiles. */
export interface DocumentSpec<Doc, Compiled, Ctx = void> {
  readonly schema: z.ZodObject;
  /** Where the schema is declared, for the hints of shape errors. */
  readonly schemaSource?: string;
  readonly rules: readonly Rule<Doc, Ctx>[];
  /** Builds the typed result from a document that passed every rule; the engine freezes it. */
  compile(document: Doc, ctx: Ctx): Compiled;
  /** The file's syntax: YAML (the default) or JSON (compat.json). */
  readonly format?: SourceFormat;
  /** The size and nesting limits checked before parsing; MAX_FILE_BYTES and MAX_DEPTH when absent (the scaling bench lifts them). */
  readonly limits?: { readonly maxBytes?: number; readonly maxDepth?: number };
}

// One IANA WebSocket registry besides close codes, declared as data (defineIanaRegistry, iana-registries/define.ts).

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
