import type { z } from 'zod';
import type {
  AdviceSource,
  DivergenceDocument,
  RangeKind,
  ReceiveRule,
  reconnectAdvice,
  reconnectCondition,
  reconnectDelay,
  ReconnectPolicy,
  RegistryDocument,
  TroubleshootingGuideDocument,
  WithdrawnConstant,
} from './schema.ts';

export type { AdviceSource, RangeKind, ReceiveRule, ReconnectPolicy, RegistryDocument, WithdrawnConstant };

// The curated parts whose shape the zod schema already states: derived, never restated.
export type ReconnectDelay = Readonly<z.output<typeof reconnectDelay>>;
export type ReconnectCondition = Readonly<z.output<typeof reconnectCondition>>;

/** Reconnect advice as data; `delay` only where a source defines one, `conditions` always a list. */
export type ReconnectAdvice = Readonly<Omit<z.output<typeof reconnectAdvice>, 'conditions'>> & {
  readonly conditions: readonly ReconnectCondition[];
};

/** A troubleshooting guide, in the order the registry lists them. */
export type TroubleshootingGuide = DeepReadonly<TroubleshootingGuideDocument>;

/** A real peer that disagrees with some fixtures vectors, for one reason. */
export type Divergence = DeepReadonly<DivergenceDocument>;

type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** An inclusive span of close codes. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

export interface Contact {
  readonly id: string;
  readonly name: string;
  readonly uri: string;
}

export interface IanaReference {
  readonly type: 'rfc' | 'uri' | 'rfc-errata';
  readonly data: string;
}

/** IANA's fields, with the contact resolved. */
export interface IanaData {
  readonly description: string;
  readonly contact: Contact | null;
  readonly references: readonly IanaReference[];
  readonly date?: string;
  readonly updated?: string;
}

export interface RangeInfo extends Span {
  readonly kind: RangeKind;
  readonly name: string;
  readonly label: string;
  readonly summary: string;
  readonly receive: ReceiveRule;
  readonly registration?: string;
  /** Advice for a code in this range without an entry of its own. */
  readonly reconnect: ReconnectAdvice;
}

export interface IanaRangeRecord extends Span {
  readonly iana: IanaData;
}

export interface CloseCodeEntry {
  readonly code: number;
  readonly key: string;
  readonly name: string;
  readonly summary: string;
  readonly send: boolean;
  readonly receive: boolean;
  readonly reconnect: ReconnectAdvice;
  readonly details: string;
  /** true while the curated text is a placeholder awaiting review. */
  readonly pending: boolean;
  readonly rangeKind: RangeKind;
  /** Set when IANA no longer registers the code; `iana` then holds the last fields IANA listed. */
  readonly withdrawn?: Withdrawal;
  readonly iana?: IanaData;
}

/** A code IANA stopped registering. */
export interface Withdrawal {
  /** The <updated> date of the IANA revision that no longer registers it. */
  readonly date: string;
  readonly reason: string;
  /** deprecated: still a CloseCode constant, marked @deprecated; removed: dropped in a later major. */
  readonly constant: WithdrawnConstant;
}

/** The validated, frozen registry every generator reads. Lists are sorted by code. */
export interface Registry {
  /** Path of the YAML file, relative to the repository root, for banners and messages. */
  readonly source: string;
  readonly ianaUpdated: string;
  readonly contacts: readonly Contact[];
  readonly ranges: readonly RangeInfo[];
  readonly ianaRanges: readonly IanaRangeRecord[];
  readonly codes: readonly CloseCodeEntry[];
  /** What to say about a value that is not a close code at all (NaN, 1000.5, 70000). */
  readonly notACloseCode: { readonly name: string; readonly reconnect: ReconnectAdvice };
  readonly troubleshooting: readonly TroubleshootingGuide[];
  readonly divergences: readonly Divergence[];
  /** The validated document, normalised (sorted), as shipped in registry.json. */
  readonly document: RegistryDocument;
}
