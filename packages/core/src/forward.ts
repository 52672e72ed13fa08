import { isSendableCloseCode, isValidApiCloseCode } from './generated/registry.ts';
import { truncateCloseReason } from './truncate.ts';
import { NO_STATUS_RECEIVED } from './local-codes.ts';
import { LONE_SURROGATES } from './surrogates.ts';

/**
 * Who will send the forwarded close.
 *
 * - `wire`: a library that writes the Close frame as RFC 6455 allows: `ws` (`ws.close`,
 *   `Sender`), and other server libraries. Any code isSendableCloseCode accepts (the registry's).
 *   A library that has not caught up with IANA may still refuse a code IANA registered after its
 *   release (ws checks its own list): pass `map` to send another code for it.
 * - `api`: the WebSocket API's `close()`, which WHATWG limits to 1000 and 3000-4999: browsers,
 *   undici, faye-websocket (its `close()` applies the browser rule, on a server too), Deno and Bun.
 */
export type CloseTarget = 'wire' | 'api';

/**
 * A close the chosen target accepts. Either `{ code, reason }`, the reason at most 123 UTF-8 bytes
 * and well-formed, or `{}`: an empty Close, sent by calling `close()` with no arguments.
 * `socket.close(out.code, out.reason)` does the right thing for both.
 */
export type ForwardableClose = { readonly code: number; readonly reason: string } | { readonly code?: undefined; readonly reason?: undefined };

export interface ForwardOptions {
  readonly to: CloseTarget;
  /**
   * Your own mapping, asked first for every received code (`undefined` when there was none).
   * Return a code to send it, `null` to send an empty Close, or `undefined` for the default.
   * A code the target rejects is a mistake in the mapping: toForwardableClose throws a RangeError.
   */
  readonly map?: (received: number | undefined) => number | null | undefined;
}

/** The code `wire` sends in place of one that may not be sent. */
const WIRE_SUBSTITUTE = 1011;

const EMPTY: ForwardableClose = /* @__PURE__ */ Object.freeze({});


/**
 * Turns a received close (from the `close` event of one side) into one the other side can send
 * without throwing. A proxy: `const out = toForwardableClose(code, reason, { to: 'wire' });
 * client.close(out.code, out.reason)`.
 *
 * The mapping, and why:
 *
 * | received | `to: 'wire'` | `to: 'api'` |
 * |---|---|---|
 * | `undefined`, 1005 | empty Close | empty Close |
 * | 1000, 3000-4999 | the same code | the same code |
 * | any other code a peer may send (isSendableCloseCode) | the same code | empty Close |
 * | 1006, 1015, any other code a peer may not send, any other number, NaN, a fraction | 1011 | empty Close |
 *
 * - 1005 means the peer sent an empty Close: an empty Close forwards exactly that, and the far side
 *   sees 1005 too.
 * - 1006 and 1015 are never on the wire (RFC 6455 7.4.1): the connection broke. On the wire, 1011
 *   (unexpected condition) says that something failed, as the proxies that fixed this chose
 *   (cloudflare/moltworker, OpenSandbox). Any other code a peer may not send becomes 1011 too.
 * - `close()` accepts only 1000 and 3000-4999. 1000 claims that the purpose was fulfilled, and
 *   reconnecting clients stop on it (Phoenix, sockette); 4000-4999 means whatever the app says it
 *   means (graphql-ws uses 4400-4500). So `api` sends an empty Close instead: the far side sees
 *   1005, an orderly close without a stated cause, and decides from its own state.
 *   Pass `map` to send 1000 or your own 4xxx code instead.
 *
 * The reason is cut with truncateCloseReason to 123 bytes, and a lone surrogate becomes U+FFFD (as
 * both targets would send it), so encodeClosePayload accepts the result too. An empty Close drops
 * the reason: a reason needs a code on the wire, and `close()` would turn a reason alone into 1000.
 *
 * @throws TypeError when `reason` is not a string or undefined (for ws's Buffer, pass `reason.toString()`).
 * @throws RangeError when `map` returns a code the target rejects.
 */
export function toForwardableClose(code: number | undefined, reason: string | undefined, options: ForwardOptions): ForwardableClose {
  const { to, map } = options;
  if (to !== 'wire' && to !== 'api') throw new TypeError(`toForwardableClose: options.to must be 'wire' (ws, server libraries) or 'api' (close()), not ${String(to)}.`);
  if (reason !== undefined && typeof reason !== 'string') {
    throw new TypeError(`toForwardableClose: the reason must be a string, not ${typeof reason} (for ws's Buffer, reason.toString()).`);
  }
  const accepts = to === 'wire' ? isSendableCloseCode : isValidApiCloseCode;
  const mapped = map?.(code);
  let out: number | undefined;
  if (mapped === null) return EMPTY;
  if (mapped !== undefined) {
    if (!accepts(mapped)) {
      throw new RangeError(
        `toForwardableClose: options.map returned ${String(mapped)}, which '${to}' rejects: return a code it takes, null for an empty Close, or undefined for the default.`,
      );
    }
    out = mapped;
  } else if (code === undefined || code === NO_STATUS_RECEIVED || accepts(code)) {
    out = code;
  } else if (to === 'wire') {
    out = WIRE_SUBSTITUTE;
  }
  if (out === undefined || out === NO_STATUS_RECEIVED) return EMPTY;
  const text = reason === undefined ? '' : truncateCloseReason(reason).replace(LONE_SURROGATES, '\uFFFD');
  return { code: out, reason: text };
}
