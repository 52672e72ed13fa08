// Every lookup the CLI makes in @wscodes/core, in one module. The long text (summary, advice,
// conditions, IANA's record) comes from the '@wscodes/core/details' entry point.
export {
  CLOSE_CODE_INFO,
  CLOSE_CODE_RANGES,
  CloseCode,
  decodeClosePayload,
  describeCloseCode,
  encodeClosePayload,
  isSendableCloseCode,
  isValidApiCloseCode,
} from '@wscodes/core';
export { describeCloseCodeInDetail } from '@wscodes/core/details';
// Codes by name: IANA's, and a protocol's then IANA's.
export { findCloseCodesByName, type CloseCodeNameMatch } from '@wscodes/core/names';
// The protocol catalogue, for --protocol: what a code means under the protocol on the socket.
export { describeCloseCode as describeUnderProtocol, findCloseCodesByName as findUnderProtocol, getProtocol, PROTOCOLS } from '@wscodes/core/protocols';
export type { ProtocolMeaning, ProtocolRecord, ProtocolVerdict } from '@wscodes/core/protocols';
// The handshake statuses, for `wscodes status`: what an HTTP status on a refused upgrade means.
export { describeHandshakeStatus } from '@wscodes/core/http-status';
export type { HandshakeStatusDescription } from '@wscodes/core/http-status';
export type { CloseCodeDescription, CloseCodeRange, DecodedClosePayload, ReconnectAdvice } from '@wscodes/core';
export type { CloseCodeDescriptionInDetail } from '@wscodes/core/details';
