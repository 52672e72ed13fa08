// The close codes the hand-written helpers test for by number, each named once. Plain numbers, not
// CloseCode.X: a bundle of one helper then leaves the CloseCode table out, and a bundler inlines
// them. test/local-codes.test.ts checks each against the generated CloseCode.

/** An empty Close body reports 1005: no status received (RFC 6455 section 7.1.5). Never sent. */
export const NO_STATUS_RECEIVED = 1005;

/** No Close frame at all reports 1006: the connection closed abnormally (RFC 6455 section 7.1.5). Never sent. */
export const ABNORMAL_CLOSURE = 1006;

/** 1013, Try Again Later: the registered advice is to reconnect elsewhere, or only on user action. */
export const TRY_AGAIN_LATER = 1013;
