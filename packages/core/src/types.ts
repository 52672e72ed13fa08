// The data records (CloseCodeInfo, CloseCodeRange, ReconnectAdvice, ...) are generated with the
// tables that hold them, from the registry: see generated/registry.ts. Only what the hand-written
// helpers return is declared here.
// IANA's records and the long text have their types in @wscodes/core/details.
import type { CloseCodeInfo, CloseCodeRange, ReconnectAdvice } from './generated/registry.ts';

export type {
  AdviceSource,
  CloseCodeInfo,
  CloseCodeRange,
  RangeKind,
  ReconnectAdvice,
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
  /**
   * The range the code falls in; null for a status of `invalid`. Its `label` names a code of the
   * range that has no entry (such as an unassigned one); for a registered code it is the range's name.
   */
  readonly range: CloseCodeRange | null;
  /** Is it a code a peer may send, so one decodeClosePayload accepts? See isValidCloseCode. */
  readonly receivable: boolean;
  /** Does the WebSocket API's close() accept it? See isValidApiCloseCode. */
  readonly acceptedByClose: boolean;
  readonly reconnect: ReconnectAdvice;
  /** The registry entry, for a registered code (or a withdrawn one). */
  readonly info: CloseCodeInfo | null;
}

/** A Close frame body that decoded cleanly. An empty body gives code 1005 and reason ''. */
export interface ClosePayload {
  readonly ok: true;
  readonly code: number;
  readonly reason: string;
}

/**
 * A Close frame body decodeClosePayload rejects: fail the connection, sending `closeWith`.
 *
 * - 1002 Protocol Error for a malformed body (RFC 6455 requires failing), and for a code a peer may
 *   not send. For such a code failing is common practice (Autobahn|Testsuite 7.9; ws, undici, Python
 *   websockets), not an RFC rule: RFC 6455 sets no rule for a receiver, so accepting it conforms too.
 * - 1007 for a reason that is not UTF-8: RFC 6455 8.1 requires failing but names no code; 1007 is
 *   preferred, 1002 conforms too.
 */
export interface ClosePayloadError {
  readonly ok: false;
  readonly closeWith: 1002 | 1007;
  readonly error: string;
}

/** What decodeClosePayload returns; narrow it with `ok`. */
export type DecodedClosePayload = ClosePayload | ClosePayloadError;
