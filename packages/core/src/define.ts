// @wscodes/core/define: an app's own close codes (the private-use range, 4000-4999), declared once
// with their name, meaning, reconnect rule and whether they are an error; typed constants, and the
// same describe, classify and planReconnect behaviour as the registry's codes. Nothing runs at import:
// an app that never calls defineCloseCodes ships none of it.
import { classifyWith, type AppCloseCodeEntry, type ClassifiedClose } from './classification.ts';
import { describeCloseCode } from './describe.ts';
import { LIKELY_SIDES, LOG_LEVELS, type LikelySide, type LogLevel, type PrivateUseCloseCode } from './generated/classify.ts';
import { CLOSE_CODE_RANGES } from './generated/registry.ts';
import type { CloseLike, ReconnectRule } from './reconnect.ts';
import type { CloseCodeDescription } from './types.ts';

export type { AppCloseCodeEntry, ClassifiedClose } from './classification.ts';
export type { LikelySide, LogLevel, PrivateUseCloseCode } from './generated/classify.ts';
export type { CloseLike, ReconnectRule } from './reconnect.ts';

/** One code of an app's table, as written in defineCloseCodes. */
export interface AppCloseCodeSpec {
  /** A code of the private-use range: other codes belong to IANA and the protocol. */
  readonly code: PrivateUseCloseCode;
  /** The display name, such as 'Session expired'. */
  readonly name: string;
  /** What the code means, in a sentence: what happened, and what the user or the client should do. */
  readonly meaning: string;
  /** After this code: stop, back off, or wait in a window (as planReconnect's `options.codes`). */
  readonly reconnect: ReconnectRule;
  /** Is this close a failure (logged at `error` unless `logLevel` says otherwise) or an expected end (`info`)? */
  readonly error: boolean;
  readonly logLevel?: LogLevel;
  /** The side that most likely caused it; default: the registry's answer for the private-use range. */
  readonly likelySide?: LikelySide;
}

/** What describe(code) says: describeCloseCode's answer, and the app's entry for the code (else null). */
export interface AppCloseCodeDescription extends CloseCodeDescription {
  readonly app: AppCloseCodeEntry | null;
}

/** The methods of a defined table; the constants sit beside them (PascalCase keys, so they never clash). */
export interface AppCloseCodeMethods {
  /** Every entry, in the order declared. */
  readonly entries: readonly AppCloseCodeEntry[];
  /** A rule per code for planReconnect: `planReconnect(close, context, { codes: App.reconnectRules })`. */
  readonly reconnectRules: { readonly [code: number]: ReconnectRule };
  /** describeCloseCode, with the app's entry in `app`. Total, as describeCloseCode. */
  describe(code: number): AppCloseCodeDescription;
  /** classifyClose with this table: the app's codes first, then the registry's. */
  classify(close: CloseLike): ClassifiedClose;
}

/** What defineCloseCodes returns: `App.SessionExpired` is the literal code, beside the methods. */
export type AppCloseCodes<T extends { readonly [key: string]: AppCloseCodeSpec }> = { readonly [K in keyof T]: T[K]['code'] } & AppCloseCodeMethods;

// Compile-time checks. A code outside the private-use range fails on `code: PrivateUseCloseCode`.
// A duplicate code or a key that is not PascalCase asks for a property named after the fix, so the
// compiler's "property ... is missing" says what to do.
type CodeOf<T, K extends keyof T> = T[K] extends { readonly code: infer C } ? C : never;
type DuplicateKeys<T> = { [K in keyof T]-?: [CodeOf<T, K>] extends [CodeOf<T, Exclude<keyof T, K>>] ? K : never }[keyof T];
type NotPascalCase<T> = { [K in keyof T]-?: K extends string ? (K extends Capitalize<K> ? never : K) : K }[keyof T];
type Checked<T> = T & { readonly [K in DuplicateKeys<T>]: { readonly 'duplicate code: give each key its own code': true } } & {
  readonly [K in NotPascalCase<T>]: { readonly 'key is not PascalCase: start it with a capital letter': true };
};

const KEY = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Declares an app's own close codes, once: typed constants (`App.SessionExpired === 4001`, a literal
 * type), `describe`, `classify`, and `reconnectRules` for planReconnect's `options.codes`.
 *
 * @throws RangeError for a code outside the private-use range, or a negative or reversed delay window.
 * @throws TypeError for a key that is not PascalCase, a duplicate code, or a field of the wrong type.
 * Each message names the key and the fix. TypeScript reports the same mistakes at compile time where
 * the values are literals.
 */
export function defineCloseCodes<const T extends { readonly [key: string]: AppCloseCodeSpec }>(codes: Checked<T>): AppCloseCodes<T> {
  const fail = (key: string, problem: string, fix: string, Type: typeof TypeError = TypeError): never => {
    throw new Type(`defineCloseCodes: ${key} ${problem}; ${fix}.`);
  };
  if (codes === null || typeof codes !== 'object') fail('table', 'is not an object', 'pass { Key: { code, name, meaning, reconnect, error } }');
  const privateUse = CLOSE_CODE_RANGES.filter((r) => r.kind === 'private-use');
  const span = privateUse.map((r) => `${r.from}-${r.to}`).join(', ');
  const fallback = classifyWith({ code: privateUse[0]?.from ?? Number.NaN }, {});
  const constants: Record<string, number> = {};
  const entries: AppCloseCodeEntry[] = [];
  const rules: Record<number, ReconnectRule> = {};
  const keyOf = new Map<number, string>();
  for (const key of Object.keys(codes)) {
    const spec = (codes as Record<string, AppCloseCodeSpec>)[key]!;
    if (!KEY.test(key)) fail(`key ${JSON.stringify(key)}`, 'is not PascalCase', 'name codes like SessionExpired, so that no key clashes with describe, classify, entries or reconnectRules');
    if (spec === null || typeof spec !== 'object') fail(key, 'is not an object', 'give it { code, name, meaning, reconnect, error }');
    const { code, name, meaning, reconnect, error, logLevel, likelySide } = spec;
    if (typeof code !== 'number' || !privateUse.some((r) => code >= r.from && code <= r.to && Number.isInteger(code))) {
      fail(key, `has code ${String(code)}, outside the private-use range ${span}`, `pick an unused integer in ${span}: the other codes belong to IANA and the WebSocket protocol`, RangeError);
    }
    const taken = keyOf.get(code);
    if (taken !== undefined) fail(key, `has code ${code}, which ${taken} already has`, 'give each key its own code');
    if (typeof name !== 'string' || name === '') fail(key, 'has no name', "give it a display name, such as name: 'Session expired'");
    if (typeof meaning !== 'string' || meaning === '') fail(key, 'has no meaning', 'say in a sentence what the code means and what to do about it');
    if (typeof error !== 'boolean') fail(key, 'has no error flag', 'say error: true for a failure, error: false for an expected end');
    if (logLevel !== undefined && !LOG_LEVELS.includes(logLevel)) fail(key, `has logLevel ${JSON.stringify(logLevel)}`, `use one of ${LOG_LEVELS.join(', ')}`);
    if (likelySide !== undefined && !LIKELY_SIDES.includes(likelySide)) fail(key, `has likelySide ${JSON.stringify(likelySide)}`, `use one of ${LIKELY_SIDES.join(', ')}`);
    checkRule(key, reconnect, fail);
    keyOf.set(code, key);
    constants[key] = code;
    rules[code] = reconnect;
    entries.push(
      Object.freeze({
        key,
        code,
        name,
        meaning,
        reconnect,
        outcome: error ? 'failure' : 'expected',
        logLevel: logLevel ?? (error ? 'error' : 'info'),
        likelySide: likelySide ?? fallback.likelySide,
      }),
    );
  }
  const table = { entries: Object.freeze(entries) };
  const byCode = new Map(entries.map((e) => [e.code, e]));
  return Object.freeze({
    ...constants,
    entries: table.entries,
    reconnectRules: Object.freeze(rules),
    describe: (code: number): AppCloseCodeDescription => Object.freeze({ ...describeCloseCode(code), app: byCode.get(code) ?? null }),
    classify: (close: CloseLike): ClassifiedClose => classifyWith(close, { codes: table }),
  }) as unknown as AppCloseCodes<T>;
}

function checkRule(key: string, rule: unknown, fail: (key: string, problem: string, fix: string, Type?: typeof TypeError) => never): void {
  if (rule === 'stop' || rule === 'backoff') return;
  const window = rule as { minDelayMs?: unknown; maxDelayMs?: unknown } | null;
  if (window === null || typeof window !== 'object' || typeof window.minDelayMs !== 'number' || typeof window.maxDelayMs !== 'number') {
    fail(key, `has reconnect ${JSON.stringify(rule) ?? String(rule)}`, "use 'stop', 'backoff' or { minDelayMs, maxDelayMs }");
  }
  const { minDelayMs, maxDelayMs } = window as { minDelayMs: number; maxDelayMs: number };
  if (!(minDelayMs >= 0 && maxDelayMs >= minDelayMs)) {
    fail(key, `has a reconnect window of ${minDelayMs}-${maxDelayMs} ms`, 'use numbers with 0 <= minDelayMs <= maxDelayMs', RangeError);
  }
}
