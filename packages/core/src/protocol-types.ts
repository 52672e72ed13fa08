// The records of the protocol catalogue (@wscodes/core/protocols). The data is generated in
// generated/protocols.ts from registry/protocols/; these types are written by hand, and the type
// check of the generated data holds the two together.
import type { CloseClassification } from './generated/classify.ts';
import type { ReconnectPolicy } from './generated/registry.ts';

/** Who gives a verdict: the protocol's documentation, its reference client's behaviour, or common practice. */
export type ProtocolVerdictSource = 'protocol' | 'client' | 'practice';

/**
 * How a protocol's code reaches into IANA's space: `collision` (1000-2999, or a code IANA registered),
 * `unregistered-range` (elsewhere in 3000-3999, used without registering); null for private use and beyond.
 */
export type IanaOverlap = 'collision' | 'unregistered-range';

/**
 * How a protocol's code relates to IANA's: as for a range, or `same-meaning`: the protocol sends a
 * code IANA registers with IANA's meaning (Deepgram's 1008 and 1011, with reason tokens); not a collision.
 */
export type CodeIanaOverlap = IanaOverlap | 'same-meaning';

/** Where a protocol's codes travel: the WebSocket Close frame, or a close message of the protocol's own (SockJS). */
export type ProtocolCarrier = 'close-frame' | 'protocol-message';

/** What a protocol says to do after one of its codes. */
export interface ProtocolVerdict {
  /** The same policies as the close-code registry's advice. */
  readonly policy: ReconnectPolicy;
  readonly source: ProtocolVerdictSource;
  /** The wait before the first reconnect, where the source sets one; `maxSeconds` null when it gives only a least wait. */
  readonly delay: { readonly minSeconds: number; readonly maxSeconds: number | null; readonly source: ProtocolVerdictSource } | null;
  /** What must change before reconnecting (a new token, a new session). */
  readonly conditions: readonly { readonly text: string; readonly source: ProtocolVerdictSource }[];
  /** The verdict in one paragraph, for people. */
  readonly advice: string;
}

/** A reason token a protocol sends under one code (Deepgram's NET-0001 under 1011). */
export interface ProtocolReason {
  /** The token as it appears in the close reason. */
  readonly token: string;
  readonly name: string | null;
  readonly meaning: string;
  /** The section of the source, where it differs from the code's. */
  readonly section: string | null;
  /** The verdict after this token, where it differs from the code's. */
  readonly reconnect: ProtocolVerdict | null;
}

/** A code the protocol no longer defines; old peers may still send it. */
export interface ProtocolWithdrawal {
  /** YYYY-MM-DD, where the source dates it. */
  readonly date: string | null;
  /** Where the withdrawal is recorded. */
  readonly url: string;
  readonly note: string;
}

/** One code of a protocol. */
export interface ProtocolCode {
  readonly code: number;
  /** A constant name for the code within its protocol. */
  readonly key: string;
  readonly name: string;
  /** What the code means under this protocol (not under IANA). */
  readonly meaning: string;
  /** The section of the source it comes from. */
  readonly section: string;
  /** `library`: used by an implementation only, not by the protocol text. */
  readonly definedBy: 'protocol' | 'library';
  /** Reported by a client library itself, never sent on the wire. */
  readonly localOnly: boolean;
  readonly ianaOverlap: CodeIanaOverlap | null;
  /** Reason tokens the protocol sends with the code; often empty. */
  readonly reasons: readonly ProtocolReason[];
  /** Set when the protocol has withdrawn the code. */
  readonly withdrawn: ProtocolWithdrawal | null;
  readonly reconnect: ProtocolVerdict;
  /** How to classify the close, where the source makes it clear; null: the range's, then IANA's range's. */
  readonly classify: ProtocolClassification | null;
}

/** A protocol's classification of a code or range: IANA's fields, `cause` null where the meaning says it. */
export type ProtocolClassification = Omit<CloseClassification, 'cause'> & { readonly cause: string | null };

/** A range to which a protocol gives one meaning (Pusher's 4100-4199, Centrifugo's 3500-3999). */
export interface ProtocolRange {
  readonly from: number;
  readonly to: number;
  readonly name: string;
  readonly meaning: string;
  readonly section: string;
  readonly ianaOverlap: IanaOverlap | null;
  readonly reconnect: ProtocolVerdict;
  /** How to classify a code of the range without an entry; null: IANA's range's. */
  readonly classify: ProtocolClassification | null;
}

/** Where a protocol's entries come from. */
export interface ProtocolSource {
  readonly url: string;
  /** The commit or version read, where there is one. */
  readonly revision: string | null;
  /** When the source was read (YYYY-MM-DD). */
  readonly retrieved: string;
  readonly alsoRead: readonly string[];
}

/** Another implementation that speaks a protocol with the same codes (soketi for Pusher). */
export interface ProtocolAlias {
  /** The id a lookup answers to. */
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly notes: readonly string[];
}

/** One protocol of the catalogue. */
export interface ProtocolRecord {
  /** The catalogue id: its subprotocol token when it has exactly one, else a vendor id. */
  readonly id: string;
  readonly name: string;
  /** The Sec-WebSocket-Protocol tokens it negotiates (what `socket.protocol` reports). */
  readonly subprotocols: readonly string[];
  /** Other implementations with the same codes; a lookup by an alias id answers with this protocol. */
  readonly aliases: readonly ProtocolAlias[];
  readonly summary: string;
  /** Where the codes travel; `protocol-message` codes reach the app's onclose without a WebSocket Close frame. */
  readonly carriedIn: ProtocolCarrier;
  /** How they travel, in words; null for `close-frame`. */
  readonly carriedInNote: string | null;
  /** Set when the vendor has deprecated the protocol or version. */
  readonly deprecated: { readonly note: string; readonly url: string | null } | null;
  readonly notes: readonly string[];
  readonly source: ProtocolSource;
  readonly ranges: readonly ProtocolRange[];
  readonly codes: readonly ProtocolCode[];
}
