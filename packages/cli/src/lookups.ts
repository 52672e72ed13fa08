// Every lookup the CLI makes in @wscodes/core, in one module: when the long text moves to a second
// entry point (such as '@wscodes/core/details'), only the import below changes.
export {
  CLOSE_CODE_RANGES,
  decodeClosePayload,
  describeCloseCode,
  encodeClosePayload,
  isSendableCloseCode,
  isValidApiCloseCode,
} from '@wscodes/core';
export type { CloseCodeDescription, CloseCodeRange, DecodedClosePayload, ReconnectAdvice } from '@wscodes/core';
