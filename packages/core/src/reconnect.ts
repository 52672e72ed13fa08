import { describeCloseCode } from './describe.ts';
import { ABNORMAL_CLOSURE, TRY_AGAIN_LATER } from './local-codes.ts';
import type { ReconnectAdvice } from './types.ts';

/** A close as a WebSocket close event reports it; a CloseEvent fits as it is. */
export interface CloseLike {
  readonly code: number;
  readonly reason?: string;
  readonly wasClean?: boolean;
}

/**
 * A refused opening handshake, as describeHandshakeStatus (@wscodes/core/http-status) describes it:
 * pass it as `context.handshake` where the client can see the HTTP status (Node, Python, Go; never a
 * browser). Its policy then decides instead of the close code the library reports (1006, 1015).
 */
export interface HandshakeRefusal {
  readonly status: number;
  readonly policy: 'backoff' | 'do-not-retry' | 'depends';
  /** The wait a Retry-After header asks for, in ms (describeHandshakeStatus cuts it to maxRetryAfterMs); null when none, invalid, or ignored for this status. */
  readonly retryAfterMs: number | null;
  /** Who refused, for the plan's `why`: "HTTP 503 Service Unavailable refused the handshake (Retry-After 120 s)". */
  readonly why: string;
}

/** Where the close happened in a run of reconnects. */
export interface ReconnectContext {
  /** How many reconnects in a row so far: 0 for the first close. Reset it once a connection has been stable. */
  readonly attempt: number;
  /** Did the socket open at least once in this run of attempts? */
  readonly opened: boolean;
  /** The app closed the socket itself. */
  readonly closedByUs?: boolean;
  /** The server refused the handshake with an HTTP status the client saw: the status decides, not the close code. */
  readonly handshake?: HandshakeRefusal;
  /**
   * How many connections in a row, this one included, closed soon after they opened (within a
   * minimum uptime: countShortLived in @wscodes/core/adapters counts them). Default 0.
   */
  readonly shortLived?: number;
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
  /** Stop once `context.shortLived` reaches it: the server accepts each connection, then ends it at once (flapping). Default 3. */
  readonly flapLimit?: number;
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
 * With `context.handshake` (a refused handshake whose HTTP status the client saw) the status's
 * policy decides instead, and a Retry-After wait comes before the backoff. Once
 * `context.shortLived` connections in a row closed soon after opening reach `flapLimit`, it stops: flapping.
 *
 * @throws RangeError when the delay is not a number >= 0: a NaN or negative attempt, delay option or random().
 */
export function planReconnect(close: CloseLike, context: ReconnectContext, options: ReconnectOptions = {}): ReconnectPlan {
  const { attempt, opened, handshake: refusal } = context;
  const shortLived = context.shortLived ?? 0;

  const described = describeCloseCode(close.code);
  const code = described.code;
  const label = refusal ? refusal.why : `${code} ${described.name}`;
  const stop = (why: string): ReconnectPlan => ({ reconnect: false, why: `${label}: ${why}.` });

  if (context.closedByUs) return stop('the app closed it');
  if (attempt >= (options.maxAttempts ?? Infinity)) return stop(`gave up after ${attempt} attempts (maxAttempts)`);

  const longMax = options.longMaxDelayMs ?? 120_000;
  // A refusal's status decides: the close code a library reports for it (1006, 1015) says nothing, so
  // neither its advice (a refusal has no delay) nor options.codes apply.
  const { policy, delay }: { readonly policy: string; readonly delay?: ReconnectAdvice['delay'] } = refusal ?? described.reconnect;
  let rule = refusal ? undefined : options.codes?.[code];
  let why: string;
  if (rule === undefined) {
    if (policy === 'do-not-retry') return stop('do not retry blindly; fix the cause first');
    if (policy === 'not-needed') return stop('a normal end');
    if (code === TRY_AGAIN_LATER && !refusal) {
      if (!options.allowRetryAfterTryAgainLater) {
        return stop('as registered, retry the same host only on user action');
      }
      const least = options.tryAgainLaterDelayMs ?? 30_000;
      rule = { minDelayMs: least, maxDelayMs: 2 * least };
      why = 'long backoff (allowRetryAfterTryAgainLater)';
    } else if (delay) {
      rule = { minDelayMs: delay.minSeconds * 1000, maxDelayMs: delay.maxSeconds * 1000 };
      why = `a random ${delay.minSeconds}-${delay.maxSeconds} s, per its ${delay.source}`;
    } else {
      rule = policy === 'depends' ? (options.whenAdviceDepends ?? 'backoff') : 'backoff';
      if (rule === 'stop') return stop('whenAdviceDepends says stop');
      why = policy === 'depends' ? 'app-defined; backing off' : 'backing off with jitter';
    }
  } else {
    if (rule === 'stop') return stop('options.codes says stop');
    why = 'per options.codes';
  }
  if (shortLived >= (options.flapLimit ?? 3)) return stop(`flapping: ${shortLived} short-lived in a row; fix the cause first`);

  // Backoff is a window from 0 that starts at baseDelayMs; every window's upper end doubles after each
  // attempt, up to the cap (but never below its first upper end).
  const { minDelayMs, maxDelayMs } = rule === 'backoff' ? { minDelayMs: 0, maxDelayMs: options.baseDelayMs ?? 1000 } : rule;
  const cap = rule === 'backoff' && opened ? (options.maxDelayMs ?? 30_000) : longMax;
  const upper = Math.max(maxDelayMs, Math.min(cap, maxDelayMs * 2 ** attempt));
  let delayMs = minDelayMs + (options.random ?? Math.random)() * (upper - minDelayMs);
  // The server's wait first, then the jittered backoff on top, so that clients told the same time do not return together.
  delayMs += refusal?.retryAfterMs ?? 0;

  // One check catches every bad number: NaN and negative inputs carry through to the delay.
  if (!(delayMs >= 0)) {
    throw new RangeError(`planReconnect: delay ${delayMs}; pass numbers >= 0 and a random() in [0, 1)`);
  }
  if (!opened && !refusal) {
    const failures = attempt + 1;
    why =
      code === ABNORMAL_CLOSURE && failures >= (options.refusedHandshakeAfter ?? 3)
        ? `${failures} failures before opening: likely a refused handshake (HTTP 401/403, hidden by browsers); backing off`
        : `never opened; ${why}`;
  }
  return { reconnect: true, delayMs: Math.round(delayMs), why: `${label}: ${why}.` };
}
