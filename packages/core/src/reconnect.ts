import { describeCloseCode } from './describe.ts';
import { ABNORMAL_CLOSURE, TRY_AGAIN_LATER } from './local-codes.ts';

/** A close as a WebSocket close event reports it; a CloseEvent fits as it is. */
export interface CloseLike {
  readonly code: number;
  readonly reason?: string;
  readonly wasClean?: boolean;
}

/** Where the close happened in a run of reconnects. */
export interface ReconnectContext {
  /** How many reconnects in a row so far: 0 for the first close. Reset it once a connection has been stable. */
  readonly attempt: number;
  /** Did the socket open at least once in this run of attempts? */
  readonly opened: boolean;
  /** The app closed the socket itself. */
  readonly closedByUs?: boolean;
}

/**
 * What to do after a given code: stop, back off (exponential, full jitter), or wait a random
 * delay in a window whose upper end doubles after each attempt, up to `longMaxDelayMs`.
 */
export type ReconnectRule = 'stop' | 'backoff' | { readonly minDelayMs: number; readonly maxDelayMs: number };

export interface ReconnectOptions {
  /** The first backoff's upper bound; it doubles after each attempt. Default 1000. */
  readonly baseDelayMs?: number;
  /** The backoff's cap once the socket has opened in this run. Default 30 000. */
  readonly maxDelayMs?: number;
  /** The backoff's cap while the socket has never opened, and the cap of every window. Default 120 000. */
  readonly longMaxDelayMs?: number;
  /** Stop once `attempt` reaches it. Default: no limit. */
  readonly maxAttempts?: number;
  /** After this many failures in a row before the socket ever opened, `why` names a refused handshake. Default 3. */
  readonly refusedHandshakeAfter?: number;
  /** 1013 Try Again Later: reconnect to the same host on our own, with a long backoff. Default false, as registered. */
  readonly allowRetryAfterTryAgainLater?: boolean;
  /** The shortest wait after 1013 when allowed; the window's upper end starts at twice it. Default 30 000. */
  readonly tryAgainLaterDelayMs?: number;
  /** For codes whose advice is `depends` (1004, 1005, unregistered and private-use codes). Default 'backoff'. */
  readonly whenAdviceDepends?: 'backoff' | 'stop';
  /** A rule per code, ahead of every default. */
  readonly codes?: { readonly [code: number]: ReconnectRule };
  /** A number in [0, 1); default Math.random. Inject one for tests. */
  readonly random?: () => number;
}

export type ReconnectPlan =
  | { readonly reconnect: false; readonly why: string }
  | { readonly reconnect: true; readonly delayMs: number; readonly why: string };

/**
 * Whether to reconnect after a close, and after how long, from the registry's advice for its code.
 * Pure: it sets no timer; wait `delayMs` yourself. Defaults: 1012 waits a random 5-30 s as
 * registered; 1013 stops (unless allowRetryAfterTryAgainLater); do-not-retry codes (1002, 1003,
 * 1008, 3000, 3003, ...) and 1000 stop; 1006 and other backoff codes back off with full jitter,
 * to a long cap while the socket never opened. Only maxAttempts ends the retries of a 1006.
 *
 * @throws RangeError when the delay is not a number >= 0: a NaN or negative attempt, delay option or random().
 */
export function planReconnect(close: CloseLike, context: ReconnectContext, options: ReconnectOptions = {}): ReconnectPlan {
  const attempt = context.attempt;

  const described = describeCloseCode(close.code);
  const code = described.code;
  const label = `${code} ${described.name}`;
  const stop = (why: string): ReconnectPlan => ({ reconnect: false, why: `${label}: ${why}.` });

  if (context.closedByUs) return stop('the app closed it');
  if (attempt >= (options.maxAttempts ?? Infinity)) return stop(`gave up after ${attempt} attempts (maxAttempts)`);

  const opened = context.opened;
  const longMax = options.longMaxDelayMs ?? 120_000;
  const advice = described.reconnect;
  const policy = advice.policy;
  let rule = options.codes?.[code];
  let why: string;
  if (rule === undefined) {
    if (policy === 'do-not-retry') return stop('do not retry blindly; fix the cause first');
    if (policy === 'not-needed') return stop('a normal end; reconnect only if the app has more to do');
    if (code === TRY_AGAIN_LATER) {
      if (!options.allowRetryAfterTryAgainLater) {
        return stop('server overloaded; as registered, retry the same host only on user action');
      }
      const least = options.tryAgainLaterDelayMs ?? 30_000;
      rule = { minDelayMs: least, maxDelayMs: 2 * least };
      why = 'long backoff (allowRetryAfterTryAgainLater)';
    } else if (advice.delay) {
      rule = { minDelayMs: advice.delay.minSeconds * 1000, maxDelayMs: advice.delay.maxSeconds * 1000 };
      why = `a random ${advice.delay.minSeconds}-${advice.delay.maxSeconds} s, per its ${advice.delay.source}`;
    } else {
      rule = policy === 'depends' ? (options.whenAdviceDepends ?? 'backoff') : 'backoff';
      if (rule === 'stop') return stop('whenAdviceDepends says stop');
      why = policy === 'depends' ? 'app-defined; backing off' : 'backing off with jitter';
    }
  } else {
    if (rule === 'stop') return stop('options.codes says stop');
    why = 'per options.codes';
  }

  const r = (options.random ?? Math.random)();
  let delayMs: number;
  if (rule === 'backoff') {
    const cap = opened ? (options.maxDelayMs ?? 30_000) : longMax;
    delayMs = r * Math.min(cap, (options.baseDelayMs ?? 1000) * 2 ** attempt);
  } else {
    const upper = Math.max(rule.maxDelayMs, Math.min(longMax, rule.maxDelayMs * 2 ** attempt));
    delayMs = rule.minDelayMs + r * (upper - rule.minDelayMs);
  }

  // One check catches every bad number: NaN and negative inputs carry through to the delay.
  if (!(delayMs >= 0)) {
    throw new RangeError(`planReconnect: delay ${delayMs}; pass numbers >= 0 and a random() in [0, 1)`);
  }
  if (!opened) {
    const failures = attempt + 1;
    why =
      code === ABNORMAL_CLOSURE && failures >= (options.refusedHandshakeAfter ?? 3)
        ? `${failures} failures before opening: the server likely refuses the handshake (HTTP 401/403, hidden by browsers); backing off`
        : `never opened; ${why}`;
  }
  return { reconnect: true, delayMs: Math.round(delayMs), why: `${label}: ${why}.` };
}
