// planReconnect behind the hooks of reconnecting WebSocket libraries. Each adapter carries what its
// library's hooks can express; the README's "Reconnecting" section lists what they cannot.
import { ABNORMAL_CLOSURE } from './local-codes.ts';
import { planReconnect, type CloseLike, type ReconnectContext, type ReconnectOptions, type ReconnectPlan } from './reconnect.ts';

export interface AdapterOptions extends ReconnectOptions {
  /** Called with every plan, so that the app can log `why` (a boolean hook cannot carry it). */
  readonly onPlan?: (plan: ReconnectPlan, close: CloseLike, context: ReconnectContext) => void;
}

/** The close event partysocket passes: a real socket's event, or one partysocket made itself (no target). */
export interface PartysocketCloseEvent extends CloseLike {
  readonly target?: unknown;
}

/**
 * `shouldReconnectOnClose` for partysocket's ReconnectingWebSocket (spread the result into its
 * options). partysocket waits its own delay (min/maxReconnectionDelay), so only the yes or no of
 * the plan reaches it. partysocket reports a failed connection (an error or its connection
 * timeout) as a close event of its own, code 1000 with no target; the adapter plans those as 1006
 * before opening, counting them in a row until a socket opens and closes again.
 */
export function partysocketReconnect(options: AdapterOptions = {}): {
  shouldReconnectOnClose: (event: PartysocketCloseEvent) => boolean;
} {
  let failures = 0;
  return {
    shouldReconnectOnClose(event) {
      // A real socket's close comes with its target; a failed connect never reaches the close listener.
      const opened = event.target != null;
      const close: CloseLike = opened ? { code: event.code, reason: event.reason, wasClean: event.wasClean } : { code: ABNORMAL_CLOSURE, wasClean: false };
      const context = { attempt: opened ? 0 : failures, opened };
      failures = opened ? 0 : failures + 1;
      const plan = planReconnect(close, context, options);
      // After a stop, start counting afresh, so that a later reconnect() by the app is not refused at once.
      if (!plan.reconnect) failures = 0;
      options.onPlan?.(plan, close, context);
      return plan.reconnect;
    },
  };
}

/**
 * `retryAttempts`, `shouldRetry` and `retryWait` for graphql-ws's createClient (spread the result
 * into its options). graphql-ws decides its own fatal codes without asking, and passes retryWait
 * only a count; so shouldRetry remembers the close, and retryWait plans the delay from it.
 * `retryAttempts` is options.maxAttempts (no limit by default; graphql-ws's own default is 5).
 */
export function graphqlWsRetry(options: AdapterOptions = {}): {
  retryAttempts: number;
  shouldRetry: (errOrCloseEvent: unknown) => boolean;
  retryWait: (retries: number) => Promise<void>;
} {
  let last: ReturnType<typeof toClose>;
  let openedInRun = false;
  return {
    retryAttempts: options.maxAttempts ?? Infinity,
    shouldRetry(errOrCloseEvent) {
      last = toClose(errOrCloseEvent);
      if (last === undefined) return false; // graphql-ws's own errors (a bad message, a throwing connectionParams) are fatal, as by default
      // The attempt is not known here (graphql-ws resets its count unseen); retryAttempts enforces maxAttempts.
      const context = { attempt: 0, opened: last.opened };
      const plan = planReconnect(last.close, context, { ...options, maxAttempts: Infinity });
      if (!plan.reconnect) options.onPlan?.(plan, last.close, context);
      return plan.reconnect;
    },
    retryWait(retries) {
      // graphql-ws also retries after a 1000 while subscriptions are active, without asking shouldRetry: wait as after a drop.
      const { close, opened } = last ?? { close: { code: ABNORMAL_CLOSURE }, opened: true };
      last = undefined;
      openedInRun = retries === 0 ? opened : openedInRun || opened;
      const context = { attempt: retries, opened: openedInRun };
      const plan = planReconnect(close, context, { ...options, maxAttempts: Infinity });
      options.onPlan?.(plan, close, context);
      // shouldRetry has said yes to this close, so the plan reconnects; a promise that never settled would hang the client.
      return new Promise((resolve) => setTimeout(resolve, plan.reconnect ? plan.delayMs : 0));
    },
  };
}

/**
 * What graphql-ws rejects with. A close event is a close of a socket that had opened: a failed
 * connect reaches graphql-ws as the socket's error event first, which counts as 1006 before opening.
 * Anything else (graphql-ws's own Error) is undefined.
 */
function toClose(value: unknown): { close: CloseLike; opened: boolean } | undefined {
  if (typeof value !== 'object' || value === null || value instanceof Error) return undefined;
  const { code, reason, wasClean, type } = value as { code?: unknown; reason?: unknown; wasClean?: unknown; type?: unknown };
  if (typeof code === 'number') return { close: { code, reason: String(reason ?? ''), wasClean: wasClean === true }, opened: true };
  return type === 'error' ? { close: { code: ABNORMAL_CLOSURE, wasClean: false }, opened: false } : undefined;
}

/**
 * The run of short-lived connections, for planReconnect's `context.shortLived` (which stops at
 * `flapLimit`): `previous` plus one when this connection closed within `minUptimeMs` of opening,
 * 0 after one that stayed up longer. A connection that never opened (uptimeMs undefined) is a failed
 * connect, which `attempt` counts: it leaves the run as it was. Pure; keep the result for the next close.
 */
export function countShortLived(previous: number, uptimeMs: number | undefined, options: { readonly minUptimeMs?: number } = {}): number {
  // 5 s by default, as partysocket's minUptime: a session that ends sooner did not really start.
  return uptimeMs === undefined ? previous : uptimeMs < (options.minUptimeMs ?? 5000) ? previous + 1 : 0;
}
