// The data records (CloseCodeInfo, CloseCodeRange, ReconnectAdvice, ...) are generated with the
// tables that hold them, from the registry: see generated/registry.ts. Only what the hand-written
// helpers return is declared here.
import type { CloseCodeInfo, CloseCodeRange, IanaRecord, ReconnectAdvice } from './generated/registry.ts';

export type {
  AdviceSource,
  CloseCodeInfo,
  CloseCodeRange,
  IanaContact,
  IanaRangeRecord,
  IanaRecord,
  IanaReference,
  IanaReferenceType,
  RangeKind,
  ReconnectAdvice,
  ReconnectCondition,
  ReconnectDelay,
  ReconnectPolicy,
  Withdrawal,
} from './generated/registry.ts';

/**
 * How a number relates to the registry. `invalid`: not an integer in the 16-bit code space at all.
 * A code IANA withdrew has the status of its range (`unassigned`), with its entry in `info`.
 */
export type CloseCodeStatus = 'registered' | 'unassigned' | 'private-use' | 'not-used' | 'out-of-range' | 'invalid';

/** What describeCloseCode says about any number. */
export interface CloseCodeDescription {
  readonly code: number;
  readonly name: string;
  readonly status: CloseCodeStatus;
  /** The range the code falls in; null for a status of `invalid`. */
  readonly range: CloseCodeRange | null;
  /** May it appear in a Close frame received from a peer (RFC 6455 and IANA)? See isValidCloseCode. */
  readonly receivable: boolean;
  /** Does the WebSocket API's close() accept it? See isValidApiCloseCode. */
  readonly acceptedByClose: boolean;
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
