import type { Span } from '../span.ts';
import type { IanaOverlap, ProtocolCodeDocument, ProtocolDocument, ProtocolRangeDocument, ProtocolVerdictDocument, VerdictSource } from './schema.ts';

export type { IanaOverlap, VerdictSource };

type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** A verdict with `conditions` always a list. */
export type ProtocolVerdict = DeepReadonly<Omit<ProtocolVerdictDocument, 'conditions'>> & {
  readonly conditions: readonly DeepReadonly<NonNullable<ProtocolVerdictDocument['conditions']>[number]>[];
};

/** A code of one protocol. `definedBy` and `localOnly` defaulted; `ianaOverlap` derived from the close-code registry (null: private use or beyond). */
export type ProtocolCodeEntry = Omit<DeepReadonly<ProtocolCodeDocument>, 'definedBy' | 'localOnly' | 'ianaOverlap' | 'reconnect'> & {
  readonly definedBy: 'protocol' | 'library';
  readonly localOnly: boolean;
  readonly ianaOverlap: IanaOverlap | null;
  readonly reconnect: ProtocolVerdict;
};

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
