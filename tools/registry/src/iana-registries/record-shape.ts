import { z } from 'zod';
import { contact, isoDate } from '../schema.ts';

// The shapes IANA's WebSocket registries share (websocket.rng): references, text with references,
// dated records, and each registry's own header. A registry module picks the record fields it has.

export const XREF_TYPES = ['rfc', 'rfc-errata', 'draft', 'uri', 'person', 'text'] as const;

export const xref = z
  .strictObject({
    type: z.enum(XREF_TYPES).describe('IANA xref type.'),
    data: z.string().min(1).optional().describe('IANA xref data, verbatim: rfc6455, a URL, a draft name or a person id.'),
    text: z.string().optional().describe('The text inside the xref, verbatim, where IANA wrote one.'),
  })
  .describe('A reference exactly as IANA lists it.');

/** IANA's mixed text: runs of text and references, in order ("<xref .../>(page 9)"). */
export const textWithReferences = z
  .array(z.union([z.strictObject({ text: z.string() }), z.strictObject({ xref })]))
  .describe('Text and references in IANA order, verbatim.');

/** How a record field is written: plain text, or text with references. */
export type FieldKind = 'text' | 'text-with-references';

export interface RecordField {
  /** IANA's element name, also the YAML field name. */
  readonly element: string;
  readonly kind: FieldKind;
  /** The column heading IANA's own table gives the field, such as "Subprotocol Common Name". */
  readonly label: string;
  readonly optional?: boolean;
  readonly description: string;
}

/** The `iana` fields of a record: the registry's own fields, its references, and its dates. */
export function recordSchema(fields: readonly RecordField[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const base = (field.kind === 'text' ? z.string() : textWithReferences).describe(`${field.description} Verbatim from IANA.`);
    shape[field.element] = field.optional ? base.optional() : base;
  }
  return z
    .strictObject({
      ...shape,
      references: z.array(xref).describe('The xrefs beside the fields, in IANA order; person xrefs name an entry of people.'),
      date: isoDate.optional().describe('The record date attribute: when IANA registered it.'),
      updated: isoDate.optional().describe('The record updated attribute: when IANA last changed it.'),
    })
    .describe('Fields copied verbatim from IANA. npm run sync:iana owns them.');
}

/** Text fields are strings; text-with-references fields are lists of parts. */
export type IanaRecord = {
  readonly [field: string]: string | z.output<typeof textWithReferences> | z.output<typeof xref>[] | undefined;
} & {
  readonly references: readonly z.output<typeof xref>[];
  readonly date?: string;
  readonly updated?: string;
};

/** The header of one IANA registry: verbatim, owned by the sync. */
export function registryHeaderSchema(ianaId: string) {
  return z
    .strictObject({
      registry: z.literal(ianaId).describe("IANA's id of the registry inside websocket.xml."),
      title: z.string().min(1),
      updated: isoDate.describe('The <updated> date of the IANA file this registry was last synced with.'),
      registrationRules: z
        .array(z.strictObject({ range: z.string().min(1).optional(), rule: z.string().min(1) }))
        .describe("IANA's registration rules, for the registry or for each of its ranges."),
      expert: z.string().min(1).optional().describe('The designated expert, where IANA names one.'),
      references: z.array(xref),
      notes: z.array(textWithReferences).describe("IANA's notes on the registry, verbatim."),
    })
    .describe("The registry's header in IANA's file, verbatim. npm run sync:iana owns it.");
}

export const person = contact;

export const pendingField = z.boolean().optional().describe('true while curated fields are placeholders awaiting review.');

export const withdrawnField = z
  .strictObject({
    date: isoDate.describe('The <updated> date of the IANA revision that no longer lists the entry.'),
    reason: z.string().min(1),
  })
  .optional()
  .describe('Set by npm run sync:iana when IANA stops listing the entry; the entry stays as history.');

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
