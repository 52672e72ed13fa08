import type { z } from 'zod';
import type {
  AdviceSource,
  ClassificationDocument,
  CodeEntryDocument,
  ContactDocument,
  IanaFieldsDocument,
  IanaReferenceDocument,
  NotACloseCodeDocument,
  PeerNoteDocument,
  RangeDocument,
  RangeKind,
  ReceiveRule,
  reconnectAdvice,
  reconnectCondition,
  reconnectDelay,
  ReconnectPolicy,
  RegistryDocument,
  TroubleshootingGuideDocument,
  WithdrawnConstant,
  WithdrawnDocument,
} from './schema.ts';
import type { Span } from './span.ts';

// The close-code registry compiled: its records and CloseCodeRegistry. The aggregate that adds IANA's
// other registries, the protocol catalogue and compat.json is Registry (registry.ts), above all of them.

export type { AdviceSource, RangeKind, ReceiveRule, ReconnectPolicy, RegistryDocument, WithdrawnConstant };

// The curated parts whose shape the zod schema already states: derived, never restated.
export type ReconnectDelay = Readonly<z.output<typeof reconnectDelay>>;
export type ReconnectCondition = Readonly<z.output<typeof reconnectCondition>>;

/** Reconnect advice as data; `delay` only where a source defines one, `conditions` always a list. */
export type ReconnectAdvice = Readonly<Omit<z.output<typeof reconnectAdvice>, 'conditions'>> & {
  readonly conditions: readonly ReconnectCondition[];
};

/** How to classify a close: expected or a failure, a log level, the likely side; `cause` where curated (always, on IANA's codes and ranges). */
export type Classification = Readonly<ClassificationDocument>;

/** A troubleshooting guide, in the order the registry lists them. */
export type TroubleshootingGuide = DeepReadonly<TroubleshootingGuideDocument>;

/** Why a real peer departs from some fixtures vectors; what it did is in the compatibility matrix. */
export type PeerNote = DeepReadonly<PeerNoteDocument>;

type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

// The compiled records below are the schema's pieces (tools/registry/src/schema.ts) with what
// compile.ts changes: contacts resolved, `FROM-TO` spans parsed, `pending` defaulted, `rangeKind`
// added. A field added to the schema reaches them with no edit here.

export type Contact = DeepReadonly<ContactDocument>;

export type IanaReference = DeepReadonly<IanaReferenceDocument>;

/** IANA's fields as the YAML writes them: `contact` is a contact id, or null. */
export type IanaFields = DeepReadonly<IanaFieldsDocument>;

/** IANA's fields, with the contact resolved. */
export type IanaData = Omit<IanaFields, 'contact'> & { readonly contact: Contact | null };

/** A curated range, its span parsed; `reconnect` is the advice for a code in it without an entry of its own. */
export type RangeInfo = Span & Omit<DeepReadonly<RangeDocument>, 'range' | 'reconnect'> & { readonly reconnect: ReconnectAdvice };

export type IanaRangeRecord = Span & { readonly iana: IanaData };

/**
 * A code entry. `pending` is true while the curated text is a placeholder awaiting review;
 * `withdrawn` is set when IANA no longer registers the code, and `iana` then holds the last fields IANA listed.
 */
export type CloseCodeEntry = Omit<DeepReadonly<CodeEntryDocument>, 'iana' | 'pending' | 'reconnect'> & {
  readonly reconnect: ReconnectAdvice;
  readonly pending: boolean;
  readonly rangeKind: RangeKind;
  readonly iana?: IanaData;
};

/** A code IANA stopped registering (see the schema's `withdrawn`). */
export type Withdrawal = DeepReadonly<WithdrawnDocument>;

// `duplicates` pairs this field list with iana-sync's SyncDiff and Upstream by shape alone (lists of readonly records);
// they hold different records, so they stay apart.
/** close-codes.yaml validated, compiled and frozen. Lists are sorted by code. */
export interface CloseCodeRegistry {
  /** Path of the YAML file, relative to the repository root, for banners and messages. */
  readonly source: string;
  readonly ianaUpdated: string;
  readonly contacts: readonly Contact[];
  readonly ranges: readonly RangeInfo[];
  readonly ianaRanges: readonly IanaRangeRecord[];
  readonly codes: readonly CloseCodeEntry[];
  /** What to say about a value that is not a close code at all (NaN, 1000.5, 70000). */
  readonly notACloseCode: Omit<DeepReadonly<NotACloseCodeDocument>, 'reconnect'> & { readonly reconnect: ReconnectAdvice };
  readonly troubleshooting: readonly TroubleshootingGuide[];
  readonly peerNotes: readonly PeerNote[];
  /** The validated document, normalised (sorted), as shipped in registry.json. */
  readonly document: RegistryDocument;
}
