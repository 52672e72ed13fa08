/**
 * The web-platform-tests files that call close() with arguments, and the close() call vectors that
 * make the same call, so that each vector can name them (`wpt`) and the compatibility page can show
 * which rules WPT covers and which only wscodes does.
 *
 * Source (facts only, read from the files; nothing copied): github.com/web-platform-tests/wpt,
 * folder websockets/: `close-invalid.any.js` and the `Close-*.any.js` files (each also run as
 * ?wss and over HTTP/2), read in December 2026. A file is matched to a vector when it calls
 * close() on an open connection with arguments that WebIDL converts the same way to the same code
 * and a reason of the same kind, so that the same close() step decides the same outcome.
 *
 * Not matched, on purpose:
 * - WPT's close() calls that go through a conversion no vector makes: NaN, null and a string as
 *   the code (close-invalid.any.js, Close-onlyReason.any.js) and a lone surrogate in the reason
 *   (Close-reason-unpaired-surrogates.any.js: no vector holds one, as JSON parsers outside
 *   JavaScript reject or replace it). These are listed with no vector.
 * - Files about when events fire and what readyState says (Close-delayed, Close-readyState-*,
 *   Close-server-initiated-close, interfaces/WebSocket/close/): the vectors call close() on an
 *   open connection and check what it throws and the Close body it sends.
 */
export interface WptCloseFile {
  /** The path in the wpt repository. */
  readonly path: string;
  /** The calls the file makes and what it checks, in our own words. */
  readonly summary: string;
  /** The ids of the close() call vectors that make the same call; empty when no vector does. */
  readonly vectors: readonly string[];
}

export const WPT_CLOSE_FILES: readonly WptCloseFile[] = [
  {
    path: 'websockets/close-invalid.any.js',
    summary: 'close(0), close(500), close(NaN), close("string"), close(null) and close(2^16 + 1000) each throw InvalidAccessError',
    // 0 as passed; 2^16 + 1000 clamps to 65535 rather than wrapping to an accepted 1000.
    vectors: ['api-code-0', 'api-clamp-65536', 'api-clamp-69536'],
  },
  { path: 'websockets/Close-1000.any.js', summary: 'close(1000) closes cleanly', vectors: ['api-code-1000'] },
  { path: 'websockets/Close-1000-reason.any.js', summary: 'close(1000, an ASCII reason) closes cleanly', vectors: ['api-code-1000-reason-ascii'] },
  {
    path: 'websockets/Close-1000-verify-code.any.js',
    summary: 'close(1000, an ASCII reason): the close event reports 1000 and the reason',
    vectors: ['api-code-1000-reason-ascii'],
  },
  { path: 'websockets/Close-1005.any.js', summary: 'close(1005, a reason) throws InvalidAccessError', vectors: ['api-code-1005'] },
  { path: 'websockets/Close-1005-verify-code.any.js', summary: 'close(): the close event reports 1005 and an empty reason', vectors: ['api-no-arguments'] },
  { path: 'websockets/Close-2999-reason.any.js', summary: 'close(2999, a reason) throws InvalidAccessError', vectors: ['api-code-2999'] },
  { path: 'websockets/Close-3000-reason.any.js', summary: 'close(3000, a reason) closes cleanly', vectors: ['api-code-3000'] },
  { path: 'websockets/Close-3000-verify-code.any.js', summary: 'close(3000, a reason): the close event reports 3000', vectors: ['api-code-3000'] },
  // Named for 4999, but the call it makes is close(3000, ...): 4999 itself is tested by no WPT file.
  { path: 'websockets/Close-4999-reason.any.js', summary: 'close(3000, a reason) closes cleanly (the file is named for 4999)', vectors: ['api-code-3000'] },
  {
    path: 'websockets/Close-Reason-124Bytes.any.js',
    summary: 'close(1000, a reason of 124 ASCII bytes) throws SyntaxError',
    vectors: ['api-code-1000-reason-124-bytes-ascii'],
  },
  { path: 'websockets/Close-undefined.any.js', summary: 'close(undefined) closes, as close() does', vectors: ['api-no-arguments'] },
  { path: 'websockets/Close-onlyReason.any.js', summary: 'close("a string") throws InvalidAccessError: the string converts to code 0', vectors: [] },
  {
    path: 'websockets/Close-reason-unpaired-surrogates.any.js',
    summary: 'close(1000, a lone surrogate): the reason is sent as U+FFFD',
    vectors: [],
  },
];

/** The WPT files that make a vector's call, in the order above; none for most vectors. */
export function wptFilesFor(id: string): string[] {
  return WPT_CLOSE_FILES.filter((f) => f.vectors.includes(id)).map((f) => f.path);
}
