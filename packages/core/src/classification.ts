// Is a close expected or a failure, at what level to log it, and which side most likely caused it:
// from the registry's curated `classify` blocks (generated/classify.ts), an app's own table
// (defineCloseCodes) or a protocol's entry. Shared by @wscodes/core/classify, /define and /protocols;
// the main entry never imports it.
import {
  CODE_CLASSIFICATION,
  LOG_LEVELS,
  NOT_A_CLOSE_CODE_CLASSIFICATION,
  RANGE_CLASSIFICATION,
  type CloseClassification,
  type CloseOutcome,
  type LikelySide,
  type LogLevel,
} from './generated/classify.ts';
import { CLOSE_CODE_INFO, CLOSE_CODE_RANGES } from './generated/registry.ts';
import { describeCloseCode } from './describe.ts';
import type { CloseLike, ReconnectRule } from './reconnect.ts';

export type { CloseClassification, CloseOutcome, LikelySide, LogLevel };

/** One code of an app's own table, as defineCloseCodes states it. */
export interface AppCloseCodeEntry {
  readonly key: string;
  readonly code: number;
  readonly name: string;
  readonly meaning: string;
  readonly reconnect: ReconnectRule;
  readonly outcome: CloseOutcome;
  readonly logLevel: LogLevel;
  readonly likelySide: LikelySide;
}

/** What classifyClose reads of an app's table: what defineCloseCodes returns fits. */
export interface AppCloseCodeTable {
  readonly entries: readonly AppCloseCodeEntry[];
}

export interface ClassifyOptions {
  /** An app's own codes (from defineCloseCodes): they come before the registry's answer. */
  readonly codes?: AppCloseCodeTable;
}

/** What classifyClose says about a close. */
export interface ClassifiedClose {
  /** The code; NaN for a value that is not a number. */
  readonly code: number;
  /** The code's name: the app's, the protocol's, else the registry's. */
  readonly name: string;
  readonly outcome: CloseOutcome;
  readonly logLevel: LogLevel;
  readonly likelySide: LikelySide;
  /** The close's own reason when it carries one, else what most likely happened, in words. */
  readonly reason: string;
  /** true when `reason` is the text the close carried, false when it is the registry's words. */
  readonly reasonGiven: boolean;
  /**
   * true when the code says an expected end but `wasClean` is false: the closing handshake did not
   * complete, so the close counts as a failure (at least `warn`, on the network).
   */
  readonly handshakeIncomplete: boolean;
  /** One sentence for people: the code, the outcome and the likely side. */
  readonly summary: string;
}

/** A classification a protocol or an app gives, `cause` null where its meaning stands in. */
export interface GivenClassification {
  readonly name: string;
  readonly classify: Omit<CloseClassification, 'cause'> & { readonly cause: string | null };
}

const SIDE_TEXT: Readonly<Record<LikelySide, string>> = {
  client: ', most likely caused by the client',
  server: ', most likely caused by the server',
  network: ', most likely on the network',
  unknown: '',
};

/** The registry's classification of a number: its entry's, else its range's (a withdrawn code's too), else the non-code's. */
export function registryClassification(code: number): CloseClassification {
  const described = describeCloseCode(code);
  if (described.status === 'registered') return CODE_CLASSIFICATION[CLOSE_CODE_INFO.indexOf(described.info!)]!;
  return rangeClassification(described.code);
}

/** The classification of the IANA range a number falls in (what a protocol code without its own falls back to). */
export function rangeClassification(code: number): CloseClassification {
  const at = CLOSE_CODE_RANGES.findIndex((r) => code >= r.from && code <= r.to);
  return at < 0 ? NOT_A_CLOSE_CODE_CLASSIFICATION : RANGE_CLASSIFICATION[at]!;
}

/**
 * classifyClose over what a caller found for the code: an app's entry first, then `given` (a
 * protocol's), then the registry. Total: any input gives an answer, never a throw.
 */
export function classifyWith(close: CloseLike, options: ClassifyOptions, given?: GivenClassification | null): ClassifiedClose {
  const code = describeCloseCode(close?.code).code;
  const app = options.codes?.entries.find((e) => e.code === code);
  let name: string;
  let verdict: Omit<CloseClassification, 'cause'> & { readonly cause: string | null };
  if (app !== undefined) {
    name = app.name;
    verdict = { outcome: app.outcome, logLevel: app.logLevel, likelySide: app.likelySide, cause: app.meaning };
  } else if (given) {
    name = given.name;
    verdict = given.classify;
  } else {
    name = describeCloseCode(code).name;
    verdict = registryClassification(code);
  }
  let { outcome, logLevel, likelySide } = verdict;
  const handshakeIncomplete = outcome === 'expected' && close?.wasClean === false;
  if (handshakeIncomplete) {
    outcome = 'failure';
    likelySide = 'network';
    if (LOG_LEVELS.indexOf(logLevel) < LOG_LEVELS.indexOf('warn')) logLevel = 'warn';
  }
  const text = close?.reason;
  const reasonGiven = typeof text === 'string' && text !== '';
  const label = `${code} ${name}`;
  return Object.freeze({
    code,
    name,
    outcome,
    logLevel,
    likelySide,
    reason: reasonGiven ? text : (verdict.cause ?? name),
    reasonGiven,
    handshakeIncomplete,
    summary: handshakeIncomplete
      ? `${label}: an expected end by its code, but the closing handshake did not complete (wasClean false)${SIDE_TEXT.network}.`
      : `${label}: ${outcome === 'expected' ? 'an expected end' : 'a failure'}${SIDE_TEXT[likelySide]}.`,
  });
}

/** The longest reason formatClose prints before it cuts it: a Close frame's reason is at most 123 bytes. */
const SHOWN_REASON = 123;

/**
 * A classified close as one log line, for example
 * `WebSocket closed: 1006 Abnormal Closure (failure, network) — no Close frame arrived`.
 * The close's own reason is quoted (JSON string syntax, so a newline in it cannot forge a log line);
 * the registry's words are not. `; wasClean false` follows the side when the handshake did not complete.
 */
export function formatClassified(c: ClassifiedClose): string {
  const reason = c.reasonGiven ? JSON.stringify(c.reason.length > SHOWN_REASON ? `${c.reason.slice(0, SHOWN_REASON)}…` : c.reason) : c.reason;
  return `WebSocket closed: ${c.code} ${c.name} (${c.outcome}, ${c.likelySide}${c.handshakeIncomplete ? '; wasClean false' : ''}) — ${reason}`;
}
