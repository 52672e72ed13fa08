// @wscodes/core/http-status: what an HTTP status means when a server refuses a WebSocket opening
// handshake, and whether to reconnect, from registry/handshake-statuses.yaml. Outside the main entry:
// planReconnect reads only the small HandshakeRefusal this entry hands it (context.handshake), so an
// app that never sees a status (a browser) ships none of the table.
import { HANDSHAKE_STATUS_CLASSES, HANDSHAKE_STATUSES } from './generated/handshake-statuses.ts';
import type { HandshakeStatusAdvice, HandshakeStatusSource } from './http-status-types.ts';
import type { HandshakeRefusal } from './reconnect.ts';

export { HANDSHAKE_STATUS_CLASSES, HANDSHAKE_STATUSES } from './generated/handshake-statuses.ts';
export type { HandshakeStatusAdvice, HandshakeStatusClassRecord, HandshakeStatusPolicy, HandshakeStatusRecord, HandshakeStatusSource } from './http-status-types.ts';
export type { HandshakeRefusal } from './reconnect.ts';

/** What describeHandshakeStatus says about a refusal; pass it to planReconnect as `context.handshake`. */
export interface HandshakeStatusDescription extends HandshakeRefusal {
  /** The reason phrase, or the class's name for a status the table does not list. */
  readonly name: string;
  /** false: the table does not list the status, and its class answers (RFC 9110 section 15: read as the x00 of its class). */
  readonly listed: boolean;
  readonly meaning: string;
  readonly advice: HandshakeStatusAdvice;
  /** The Retry-After value as given (trimmed), or null when there was none. */
  readonly retryAfter: string | null;
  /** What was done with Retry-After, in one sentence; null when there was none. */
  readonly retryAfterNote: string | null;
  readonly sources: readonly HandshakeStatusSource[];
}

export interface HandshakeStatusOptions {
  /** The time to read an HTTP-date against, in ms since the epoch. Default Date.now(): inject one for tests. */
  readonly now?: number;
  /**
   * The longest Retry-After wait kept; a longer one is cut to it, and the note says so. Default
   * 3 600 000 (1 h): a refusing server is asked again at most once an hour, and no timer is set for
   * days (setTimeout cannot wait more than about 24.8 days).
   */
  readonly maxRetryAfterMs?: number;
}

/**
 * What an HTTP status on a refused WebSocket upgrade means and whether to reconnect (RFC 6455 4.1:
 * a client fails the connection on any status other than 101), with `retryAfterMs` from the
 * response's Retry-After header: delay-seconds or an HTTP-date (RFC 9110 10.2.3). An invalid
 * Retry-After is ignored, and `retryAfterNote` says so. A status the table does not list gets its
 * class's answer (`listed: false`). Undefined for what is not a refusal: 101 and other 1xx, and
 * anything but a whole number from 200 to 599. Never throws.
 */
export function describeHandshakeStatus(status: number, retryAfter?: string | null, options: HandshakeStatusOptions = {}): HandshakeStatusDescription | undefined {
  if (!Number.isInteger(status) || status < 200 || status > 599) return undefined;
  const listed = HANDSHAKE_STATUSES.find((s) => s.status === status);
  const entry = listed ?? HANDSHAKE_STATUS_CLASSES.find((c) => c.class === Math.floor(status / 100));
  if (entry === undefined) return undefined; // a registry without the class: the rules require every listed status's class
  const { name, meaning, advice, sources } = entry;
  const given = typeof retryAfter === 'string' ? retryAfter.trim() : null;
  let retryAfterMs: number | null = null;
  let retryAfterNote: string | null = null;
  if (given !== null) {
    const ms = parseRetryAfter(given, options.now ?? Date.now());
    if (advice.retryAfter === 'ignored') {
      retryAfterNote = `Retry-After is ignored: ${status} is not retried automatically.`;
    } else if (ms === undefined) {
      retryAfterNote = `Retry-After ${JSON.stringify(given.slice(0, 40))} is neither delay-seconds nor an HTTP-date (RFC 9110 10.2.3): ignored.`;
    } else {
      const cap = options.maxRetryAfterMs ?? 3_600_000;
      retryAfterMs = Math.min(ms, cap);
      retryAfterNote = ms > cap ? `Retry-After asks ${ms / 1000} s, cut to ${cap / 1000} s (maxRetryAfterMs).` : `Retry-After: wait at least ${ms / 1000} s.`;
    }
  }
  return Object.freeze({
    status,
    policy: advice.policy,
    retryAfterMs,
    // planReconnect puts this before its own words, so the wait it adds is said here.
    why: `HTTP ${status} ${name} refused the handshake${retryAfterMs === null ? '' : ` (Retry-After ${retryAfterMs / 1000} s)`}`,
    name,
    listed: listed !== undefined,
    meaning,
    advice,
    retryAfter: given,
    retryAfterNote,
    sources,
  });
}

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TIME = '(\\d\\d):(\\d\\d):(\\d\\d)';
// RFC 9110 5.6.7: IMF-fixdate, and the two obsolete forms a recipient must also accept.
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d\\d) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(`^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\\d\\d)-${MONTH}-(\\d\\d) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

/**
 * Milliseconds to wait from a Retry-After value (RFC 9110 10.2.3): delay-seconds (1*DIGIT), or an
 * HTTP-date, counted from `now` (0 once it has passed). Undefined for anything else, a date that is
 * not in the calendar included.
 */
export function parseRetryAfter(value: string, now: number): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  let parts: { day: string; month: string; year: number; time: string[] } | undefined;
  let m = IMF_FIXDATE.exec(value);
  if (m) parts = { day: m[1]!, month: m[2]!, year: Number(m[3]), time: m.slice(4) };
  else if ((m = RFC850_DATE.exec(value))) {
    // A two-digit year more than 50 years ahead is the most recent past year with those digits (RFC 9110 5.6.7).
    const nowYear = new Date(now).getUTCFullYear();
    let year = nowYear - (nowYear % 100) + Number(m[3]);
    if (year > nowYear + 50) year -= 100;
    parts = { day: m[1]!, month: m[2]!, year, time: m.slice(4) };
  } else if ((m = ASCTIME_DATE.exec(value))) parts = { day: m[2]!.trim(), month: m[1]!, year: Number(m[6]), time: m.slice(3, 6) };
  if (parts === undefined) return undefined;
  const month = MONTHS.indexOf(parts.month) / 3;
  const [hours, minutes, seconds] = parts.time.map(Number) as [number, number, number];
  const at = Date.UTC(parts.year, month, Number(parts.day), hours, minutes, seconds);
  const back = new Date(at);
  // Date.UTC rolls 31 Feb over into March, and 24:00 into the next day: such a date is invalid.
  if (back.getUTCDate() !== Number(parts.day) || back.getUTCMonth() !== month || hours > 23 || minutes > 59 || seconds > 60) return undefined;
  return Math.max(0, at - now);
}
