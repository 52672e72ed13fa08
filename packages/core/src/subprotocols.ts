// Sec-WebSocket-Protocol: the token syntax, the header's list, and lookups in IANA's subprotocol
// registry. The syntax (TOKEN_PATTERN) and the table are generated in generated/subprotocols.ts.
import { REGISTERED_SUBPROTOCOLS, SUBPROTOCOL_INFO, TOKEN_PATTERN, type RegisteredSubprotocolName, type SubprotocolInfo } from './generated/subprotocols.ts';

/**
 * Is this a valid subprotocol name: an RFC 2616 token, that is one or more US-ASCII characters
 * other than controls (0-31, 127), space, tab and the separators `()<>@,;:\"/[]?={}`
 * (RFC 6455 section 4.1 item 10 and section 11.5)? Says nothing about registration: see
 * getRegisteredSubprotocol. A value that is not a string is false.
 */
export function isValidSubprotocolToken(name: string): boolean {
  return typeof name === 'string' && TOKEN_PATTERN.test(name);
}

/** What is wrong with a Sec-WebSocket-Protocol value. */
export type SubprotocolHeaderProblem =
  /** No name at all: an empty value, only commas and whitespace, or not a string. */
  | 'empty'
  /** An element that is not a token (a space inside a name, a separator, a non-ASCII character). */
  | 'invalid-token'
  /** A name listed twice: RFC 6455 section 4.1 says the names MUST all be unique (case matters). */
  | 'duplicate';

/** The first problem in a Sec-WebSocket-Protocol value, from the left. */
export interface SubprotocolHeaderError {
  readonly kind: SubprotocolHeaderProblem;
  /** The element at fault, without the whitespace around it; '' when the value is empty. */
  readonly token: string;
  /** Where that element starts in the value, in UTF-16 code units (for a duplicate, its second place); 0 when the value is empty. */
  readonly offset: number;
  /** What is wrong and what the rule is, in one sentence: for a log, or the body of a 400 response. */
  readonly message: string;
}

/**
 * parseSubprotocolHeader's answer: the names in the order the client listed them (its order of
 * preference), or the first problem. Never thrown.
 */
export type ParsedSubprotocolHeader = { readonly ok: true; readonly protocols: readonly string[] } | { readonly ok: false; readonly error: SubprotocolHeaderError };

const SEPARATOR = ',';
const isOptionalWhitespace = (c: string) => c === ' ' || c === '\t';

/**
 * Reads a Sec-WebSocket-Protocol value as a client sends it: `1#token` (RFC 6455 section 4.1 item
 * 10, section 4.3), a comma-separated list under RFC 2616's #rule. Spaces and tabs around a name are
 * ignored and empty elements (`chat, , superchat`, a trailing comma) are skipped, but at least one
 * name must be present, each must be a token, and no name may appear twice. A server's answer is a
 * single token; it reads as a list of one.
 *
 * Returns `{ ok: true, protocols }` (frozen), or `{ ok: false, error }` with the first problem from
 * the left. Never throws; a value that is not a string (an absent header) is reported as `empty`.
 */
export function parseSubprotocolHeader(value: string): ParsedSubprotocolHeader {
  if (typeof value !== 'string') return failure('empty', '', 0);
  const protocols: string[] = [];
  const seenAt = new Map<string, number>();
  let start = 0;
  while (start <= value.length) {
    const comma = value.indexOf(SEPARATOR, start);
    const end = comma < 0 ? value.length : comma;
    let from = start;
    let to = end;
    while (from < to && isOptionalWhitespace(value[from]!)) from++;
    while (to > from && isOptionalWhitespace(value[to - 1]!)) to--;
    if (from < to) {
      const token = value.slice(from, to);
      if (!TOKEN_PATTERN.test(token)) return failure('invalid-token', token, from);
      const first = seenAt.get(token);
      if (first !== undefined) return failure('duplicate', token, from, first);
      seenAt.set(token, from);
      protocols.push(token);
    }
    start = end + 1;
  }
  return protocols.length === 0 ? failure('empty', '', 0) : { ok: true, protocols: Object.freeze(protocols) };
}

function failure(kind: SubprotocolHeaderProblem, token: string, offset: number, firstOffset = 0): ParsedSubprotocolHeader {
  return { ok: false, error: Object.freeze({ kind, token, offset, message: describeProblem(kind, token, offset, firstOffset) }) };
}

function describeProblem(kind: SubprotocolHeaderProblem, token: string, offset: number, firstOffset: number): string {
  switch (kind) {
    case 'empty':
      return 'Sec-WebSocket-Protocol names no subprotocol: it takes one or more comma-separated tokens (RFC 6455 section 4.1); to ask for none, leave the header out.';
    case 'invalid-token':
      return `${JSON.stringify(token)} at offset ${offset} is not a token: ${describeFirstInvalidCharacter(token)}; a subprotocol name is US-ASCII without controls, spaces or the separators ()<>@,;:\\"/[]?={} (RFC 6455 section 4.1).`;
    case 'duplicate':
      return `${JSON.stringify(token)} is listed twice, at offsets ${firstOffset} and ${offset}: the names MUST all be unique (RFC 6455 section 4.1).`;
  }
}

function describeFirstInvalidCharacter(token: string): string {
  for (const character of token) {
    if (!TOKEN_PATTERN.test(character)) {
      const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      return `${code} is not allowed`;
    }
  }
  return 'it is not allowed';
}

/**
 * Does IANA register this subprotocol name, exactly as given (case-sensitive)? A type guard for
 * RegisteredSubprotocolName that ships only the list of names, not IANA's records: use
 * getRegisteredSubprotocol for those. Never true for inherited names such as `__proto__`.
 */
export function isRegisteredSubprotocol(name: string): name is RegisteredSubprotocolName {
  return (registeredNames ??= new Set(REGISTERED_SUBPROTOCOLS)).has(name);
}

// A Set, built on first use: a hash lookup is about Set#has's speed, where the binary search through
// a callback was 5.6x it (issue 24). Set#has also answers false for a non-string and `__proto__`.
let registeredNames: ReadonlySet<string> | undefined;

/**
 * IANA's entry for a subprotocol name, matched exactly: names are case-sensitive, as registered, so
 * `MQTT` finds nothing where `mqtt` is registered (getSubprotocolCaseVariant says so). Undefined for
 * an unregistered name and for anything that is not a string; never answers for inherited names
 * such as `__proto__` or `toString`.
 */
export function getRegisteredSubprotocol(name: string): SubprotocolInfo | undefined {
  return typeof name === 'string' ? SUBPROTOCOL_INFO[indexIn(SUBPROTOCOL_INFO, name, (entry) => entry.name)] : undefined;
}

/** Where `name` is in a list sorted by name in code-unit order (as the generated lists are), or -1: a binary search. */
function indexIn<T>(sorted: readonly T[], name: string, nameOf: (item: T) => string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = nameOf(sorted[middle]!);
    if (found === name) return middle;
    if (found < name) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * The registered subprotocol that `name` matches only when ASCII case is ignored: mqtt for `MQTT`.
 * Undefined when `name` is registered exactly as given, matches nothing, or is not a token.
 * RFC 7936 section 2: IANA refuses a registration that differs from an existing one only by case,
 * so such a name is a misspelling of the registered one, never a second registration. A peer that
 * compares names exactly, as RFC 6455 does, will not match it.
 */
export function getSubprotocolCaseVariant(name: string): SubprotocolInfo | undefined {
  if (!isValidSubprotocolToken(name) || getRegisteredSubprotocol(name) !== undefined) return undefined;
  const folded = asciiLowerCase(name);
  return SUBPROTOCOL_INFO.find((entry) => asciiLowerCase(entry.name) === folded);
}

// A-Z only: toLowerCase would also fold the Kelvin sign into "k", which no token contains.
const asciiLowerCase = (text: string): string => text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
