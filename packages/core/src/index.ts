// @wscodes/core: the WebSocket close-code registry as code.
// Data (CloseCode, the tables, the wire predicates) is generated from registry/close-codes.yaml;
// the helpers beside it are written by hand.
export {
  CloseCode,
  type CloseCodeKey,
  CLOSE_CODE_INFO,
  CLOSE_CODE_RANGES,
  IANA_REGISTRY_UPDATED,
  isValidCloseCode,
  isSendableCloseCode,
  isValidApiCloseCode,
} from './generated/registry.ts';
export { getCloseCodeInfo } from './lookup.ts';
export { describeCloseCode } from './describe.ts';
export { encodeClosePayload } from './encode.ts';
export { decodeClosePayload } from './decode.ts';
export type * from './types.ts';
export { planReconnect, type CloseLike, type ReconnectContext, type ReconnectOptions, type ReconnectPlan, type ReconnectRule } from './reconnect.ts';
export { closeReasonByteLength, truncateCloseReason } from './truncate.ts';
export { toForwardableClose, type CloseTarget, type ForwardableClose, type ForwardOptions } from './forward.ts';
export type { ApiCloseCode, ReceivableCloseCode, SendableCloseCode } from './generated/registry.ts';
