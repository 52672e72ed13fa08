// @wscodes/core/protocols: what a close code means under the protocol running on the socket
// (graphql-transport-ws, Pusher, Discord, ...), from the catalogue in registry/protocols/. Kept out of
// the main entry: an app that does not ask for protocols ships none of the catalogue. A lookup by bare
// number never answers with a protocol's meaning; the protocol must be named.
import { formatClassified, type ClassifiedClose, type ClassifyOptions } from './classification.ts';
import { PROTOCOLS } from './generated/protocols.ts';
import type { CloseCodeNameMatch } from './name-lookup.ts';
import { classifyUnder } from './protocol-classify.ts';
import { describeUnder, findUnder, planUnder, protocolNamed, type ProtocolCloseCodeDescription, type ProtocolOptions } from './protocol-lookup.ts';
import type { ProtocolRecord } from './protocol-types.ts';
import type { CloseLike, ReconnectContext, ReconnectOptions, ReconnectPlan } from './reconnect.ts';

export { PROTOCOLS } from './generated/protocols.ts';
export type { ProtocolCloseCodeDescription, ProtocolMeaning, ProtocolOptions, ProtocolProvenance } from './protocol-lookup.ts';
export type { CodeIanaOverlap, IanaOverlap, ProtocolAlias, ProtocolCarrier, ProtocolCode, ProtocolRange, ProtocolReason, ProtocolRecord, ProtocolSource, ProtocolVerdict, ProtocolVerdictSource, ProtocolWithdrawal } from './protocol-types.ts';
export type { CloseLike, ReconnectContext, ReconnectOptions, ReconnectPlan } from './reconnect.ts';
export type { CloseCodeNameMatch } from './name-lookup.ts';
export type { ClassifiedClose, ClassifyOptions } from './classification.ts';
export type { ProtocolClassification } from './protocol-types.ts';

/**
 * The protocol a catalogue id, an alias id (soketi: Pusher) or a subprotocol token names, or
 * undefined. Exact match: tokens are case-sensitive, as in the handshake.
 */
export function getProtocol(name: unknown): ProtocolRecord | undefined {
  return protocolNamed(PROTOCOLS, name);
}

/**
 * describeCloseCode from the main entry, with what the code means under the protocol named in
 * `options.protocol`: its name, meaning, reconnect verdict and where they come from. With
 * `options.reason`, a reason token the protocol defines under the code (Deepgram's NET-0001) gives
 * the meaning and verdict. A withdrawn code is still found, with `withdrawn` set. The IANA fields
 * are unchanged. Total: never throws; an unknown or empty protocol gives `protocol: null`.
 */
export function describeCloseCode(code: number, options: ProtocolOptions = {}): ProtocolCloseCodeDescription {
  return describeUnder(PROTOCOLS, code, options);
}

/**
 * planReconnect from the main entry, following the protocol's verdict on the code (or on the reason
 * token in `close.reason`) when `options.protocol` names one that has a verdict; otherwise exactly
 * the main entry's plan.
 * `options.codes`, `closedByUs` and `maxAttempts` still come first. A protocol delay sets the first
 * wait (Pusher 4200-4299: at once; 4100-4199: at least 1 s); later attempts back off from it.
 *
 * @throws RangeError as the main entry's planReconnect does, for NaN or negative numbers.
 */
export function planReconnect(close: CloseLike, context: ReconnectContext, options: ReconnectOptions & ProtocolOptions = {}): ReconnectPlan {
  return planUnder(PROTOCOLS, close, context, options);
}

/**
 * findCloseCodesByName of @wscodes/core/names, with the names of the protocol named in
 * `options.protocol` (a catalogue id or a subprotocol token): its codes whose key or name matches,
 * then IANA's, each with its `source` (the catalogue id, or 'iana'). Under graphql-transport-ws,
 * "Unauthorized" is its 4401 and IANA's 3000: every match, never a guess. IANA's names still count,
 * as a peer may send IANA's codes under any protocol. Without a protocol, or with one the catalogue
 * does not know, IANA's matches only. Never throws; the result is frozen.
 */
export function findCloseCodesByName(name: string, options: ProtocolOptions = {}): readonly CloseCodeNameMatch[] {
  return findUnder(PROTOCOLS, name, options);
}

/**
 * classifyClose of @wscodes/core/classify, reading the code under the protocol named in
 * `options.protocol` when it defines the code: the protocol's name and meaning, and its
 * classification where the catalogue curates one (else its range's, else the IANA range's of the
 * number). An app's `options.codes` still come first. Total: never throws.
 */
export function classifyClose(close: CloseLike, options: ClassifyOptions & ProtocolOptions = {}): ClassifiedClose {
  return classifyUnder(PROTOCOLS, close, options);
}

/** formatClose of @wscodes/core/classify, under the protocol named in `options.protocol`. */
export function formatClose(close: CloseLike, options: ClassifyOptions & ProtocolOptions = {}): string {
  return formatClassified(classifyUnder(PROTOCOLS, close, options));
}
