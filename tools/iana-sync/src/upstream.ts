import { registrySchema, type Contact, type IanaFields, type IanaReference } from '@wscodes-tools/registry';

// What the sync tool reads from IANA's close-code-number registry. The shapes are the registry's
// `iana` fields (tools/registry/src/schema.ts), so comparing them is plain equality,
// and a field or xref type added to the schema reaches the sync with no edit here.

export type { IanaFields } from '@wscodes-tools/registry';
export type IanaXref = IanaReference;
export type XrefType = IanaReference['type'];
export const XREF_TYPES: readonly XrefType[] = registrySchema.ianaReference.shape.type.options;
/** A person from <people>, as the registry's contacts hold it. */
export type UpstreamContact = Contact;

/** A record whose value is one number: a registered code (or a reserved one, such as 1004). */
export interface UpstreamCode {
  readonly code: number;
  readonly iana: IanaFields;
}

/** A record whose value is a span, such as "3009-3999 Unassigned". */
export interface UpstreamSpan {
  /** FROM-TO; a one-value record such as "3009 Unassigned" is written 3009-3009, as IANA once wrote "1014-1014". */
  readonly range: string;
  readonly from: number;
  readonly to: number;
  readonly iana: IanaFields;
}

/** A <range> with its <registration_rule>. */
export interface UpstreamRange {
  readonly range: string;
  readonly from: number;
  readonly to: number;
  readonly registration: string;
}

// `duplicates` pairs this field list with SyncDiff (diff.ts) and CloseCodeRegistry (tools/registry/src/types.ts) by shape alone (lists of readonly records);
// they hold different records, so they stay apart.
export interface Upstream {
  /** The file or URL it was read from. */
  readonly source: string;
  /** The <updated> date that applies to the close-code registry. */
  readonly updated: string;
  /** Sorted by code. */
  readonly codes: readonly UpstreamCode[];
  /** The spans IANA lists as a record of their own (Unassigned, Reserved), sorted by their first code. */
  readonly spans: readonly UpstreamSpan[];
  /** The <range> elements, each with its registration rule. */
  readonly ranges: readonly UpstreamRange[];
  /** The people the records name, sorted by id. */
  readonly contacts: readonly UpstreamContact[];
  /** Oddities in IANA's data that were read leniently, for the report. */
  readonly notes: readonly string[];
}
