/** What a client should do after a close. */
export type ReconnectPolicy = 'backoff' | 'do-not-retry' | 'not-needed' | 'depends';

/** The five spans of the 16-bit code space (RFC 6455 section 7.4.2, plus 5000-65535). */
export type RangeKind = 'not-used' | 'protocol' | 'iana' | 'private-use' | 'out-of-range';

/**
 * How a number relates to the registry. `invalid`: not an integer in 0-65535 at all. A code IANA
 * withdrew has the status of its range (`unassigned`), with its entry in `info`.
 */
export type CloseCodeStatus = 'registered' | 'unassigned' | 'private-use' | 'not-used' | 'out-of-range' | 'invalid';

/** Where a part of the advice comes from: an IANA registration message, RFC 6455 (with its errata), or common practice. */
export type AdviceSource = 'registration' | 'rfc' | 'practice';

/** How long to wait before reconnecting, where a source defines it (1012: a randomized 5-30 s). */
export interface ReconnectDelay {
  readonly minSeconds: number;
  readonly maxSeconds: number;
  /** Pick the wait at random between min and max, so that clients do not return together. */
  readonly randomized: boolean;
  readonly source: AdviceSource;
}

/** When reconnecting is allowed, such as "only on user action" (1013). */
export interface ReconnectCondition {
  readonly text: string;
  readonly source: AdviceSource;
}

/** What to do after a close, as data, with the source of each part. */
export interface ReconnectAdvice {
  readonly policy: ReconnectPolicy;
  /** Where the policy comes from. */
  readonly source: AdviceSource;
  /** The delay before reconnecting, or null where no source defines one. */
  readonly delay: ReconnectDelay | null;
  /** Conditions on reconnecting; empty when there are none. */
  readonly conditions: readonly ReconnectCondition[];
  /** The advice in one paragraph, for people. */
  readonly advice: string;
}

export interface IanaContact {
  readonly name: string;
  /** As IANA writes it: mail addresses use & in place of @. */
  readonly uri: string;
}

export interface IanaReference {
  readonly type: 'rfc' | 'uri' | 'rfc-errata';
  readonly data: string;
}

/** IANA's record, verbatim. */
export interface IanaRecord {
  readonly description: string;
  readonly contact: IanaContact | null;
  readonly references: readonly IanaReference[];
  readonly date?: string;
  readonly updated?: string;
}

/** A registered close code, as listed in the wscodes registry. */
export interface CloseCodeInfo {
  readonly code: number;
  readonly key: string;
  readonly name: string;
  readonly summary: string;
  /** May an endpoint send it in a Close frame? */
  readonly send: boolean;
  /** Is it valid in a received Close frame? */
  readonly receive: boolean;
  readonly range: RangeKind;
  readonly reconnect: ReconnectAdvice;
  /** true while the curated text still awaits review. */
  readonly pending: boolean;
  /**
   * Present when IANA no longer registers the code: when and why. Its verdicts then follow its
   * range, and `iana` holds the last record IANA listed.
   */
  readonly withdrawn?: Withdrawal;
  readonly iana: IanaRecord | null;
}

/** A code IANA stopped registering. */
export interface Withdrawal {
  /** The date of the IANA revision that no longer registers it. */
  readonly date: string;
  /** IANA's note, or "no longer listed by IANA on DATE". */
  readonly reason: string;
}

export interface CloseCodeRange {
  readonly from: number;
  readonly to: number;
  readonly kind: RangeKind;
  readonly name: string;
  /** The name given to a code in this range that has no entry of its own. */
  readonly label: string;
  /** IANA's registration rule, where the range has one. */
  readonly registration: string | null;
}

/** An IANA record that covers a span, such as 1016-2999 Unassigned. */
export interface IanaRangeRecord {
  readonly from: number;
  readonly to: number;
  readonly iana: IanaRecord;
}

/** What describeCloseCode says about any number. */
export interface CloseCodeDescription {
  readonly code: number;
  readonly name: string;
  readonly status: CloseCodeStatus;
  /** The range the code falls in; null for a status of `invalid`. */
  readonly range: CloseCodeRange | null;
  /** May it appear in a Close frame received from a peer (RFC 6455 and IANA)? */
  readonly validOnReceive: boolean;
  /** Does the WebSocket API's close() accept it (1000, or 3000-4999)? */
  readonly allowedInCloseCall: boolean;
  readonly reconnect: ReconnectAdvice;
  /** The registry entry, for a registered code. */
  readonly info: CloseCodeInfo | null;
  /** IANA's record for the code, or for the IANA span it falls in. */
  readonly iana: IanaRecord | null;
}

/** A Close frame body that decoded cleanly. An empty body gives code 1005 and reason ''. */
export interface ClosePayload {
  readonly ok: true;
  readonly code: number;
  readonly reason: string;
}

/**
 * A Close frame body the receiver must reject: fail the connection, sending `closeWith`
 * (1002 Protocol Error for a malformed body or an invalid code, 1007 for a reason that is not UTF-8).
 */
export interface ClosePayloadError {
  readonly ok: false;
  readonly closeWith: 1002 | 1007;
  readonly error: string;
}

/** What decodeClosePayload returns; narrow it with `ok`. */
export type DecodedClosePayload = ClosePayload | ClosePayloadError;
