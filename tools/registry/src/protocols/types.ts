import type { Span } from '../span.ts';
import type { CarriedIn, CodeIanaOverlap, IanaOverlap, ProtocolCodeDocument, ProtocolDocument, ProtocolRangeDocument, ProtocolReasonDocument, ProtocolVerdictDocument, VerdictSource } from './schema.ts';

export type { CarriedIn, CodeIanaOverlap, IanaOverlap, VerdictSource };

type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** A verdict with `conditions` always a list. */
export type ProtocolVerdict = DeepReadonly<Omit<ProtocolVerdictDocument, 'conditions'>> & {
  readonly conditions: readonly DeepReadonly<NonNullable<ProtocolVerdictDocument['conditions']>[number]>[];
};

/** A reason token under a code, its verdict (if any) with `conditions` a list. */
export type ProtocolReason = Omit<DeepReadonly<ProtocolReasonDocument>, 'reconnect'> & { readonly reconnect?: ProtocolVerdict };

/**
 * A code of one protocol. `definedBy`, `localOnly` and `reasons` defaulted; `ianaOverlap` derived from
 * the close-code registry (null: private use or beyond), or same-meaning where the file says so of a code IANA registers.
 */
export type ProtocolCodeEntry = Omit<DeepReadonly<ProtocolCodeDocument>, 'definedBy' | 'localOnly' | 'ianaOverlap' | 'reasons' | 'reconnect'> & {
  readonly definedBy: 'protocol' | 'library';
  readonly localOnly: boolean;
  readonly ianaOverlap: CodeIanaOverlap | null;
  readonly reasons: readonly ProtocolReason[];
  readonly reconnect: ProtocolVerdict;
};

/** Another implementation of a protocol, `notes` always a list. */
export type ProtocolAlias = DeepReadonly<Omit<NonNullable<ProtocolDocument['aliases']>[number], 'notes'>> & { readonly notes: readonly string[] };

/** A range of one protocol, its span parsed. */
export type ProtocolRangeEntry = Span &
  Omit<DeepReadonly<ProtocolRangeDocument>, 'range' | 'ianaOverlap' | 'reconnect'> & {
    readonly ianaOverlap: IanaOverlap | null;
    readonly reconnect: ProtocolVerdict;
  };

/** One protocol of the catalogue; codes and ranges sorted. */
export interface ProtocolInfo {
  /** The YAML file, relative to the repository root. */
  readonly file: string;
  readonly id: string;
  readonly name: string;
  readonly subprotocols: readonly string[];
  readonly summary: string;
  /** Where the codes travel: the WebSocket Close frame (the default), or a close message of the protocol's own. */
  readonly carriedIn: CarriedIn;
  /** How they travel, in words; present with protocol-message. */
  readonly carriedInNote?: string;
  readonly aliases: readonly ProtocolAlias[];
  readonly deprecated?: DeepReadonly<NonNullable<ProtocolDocument['deprecated']>>;
  readonly notes: readonly string[];
  readonly source: DeepReadonly<ProtocolDocument['source']>;
  readonly ranges: readonly ProtocolRangeEntry[];
  readonly codes: readonly ProtocolCodeEntry[];
}

/** Every protocol in registry/protocols/, sorted by id, frozen. Never part of IANA's namespace. */
export interface ProtocolCatalogue {
  /** The folder, relative to the repository root, for banners and messages. */
  readonly source: string;
  readonly protocols: readonly ProtocolInfo[];
}
