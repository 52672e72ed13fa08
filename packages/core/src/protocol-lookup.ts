// What a close code means under a protocol, over any catalogue: @wscodes/core/protocols binds these
// to the generated catalogue, and the tests to a small one of their own.
import { describeCloseCode as describeIanaCloseCode } from './describe.ts';
import { CLOSE_CODE_INFO } from './generated/registry.ts';
import { matchesIn, type CloseCodeNameMatch, type NamedCode } from './name-lookup.ts';
import type { ProtocolAlias, ProtocolCode, ProtocolRange, ProtocolReason, ProtocolRecord, ProtocolVerdict, ProtocolWithdrawal } from './protocol-types.ts';
import { planReconnect as planIanaReconnect, type CloseLike, type ReconnectContext, type ReconnectOptions, type ReconnectPlan, type ReconnectRule } from './reconnect.ts';
import type { CloseCodeDescription } from './types.ts';

/** A list of protocols, as the generated PROTOCOLS. */
export type Catalogue = readonly ProtocolRecord[];

/** Which protocol to read a code under: a subprotocol token (`socket.protocol`), a catalogue id or an alias id. */
export interface ProtocolOptions {
  /** '' or null (a socket without a subprotocol) or a name the catalogue does not know: IANA's answer only. */
  readonly protocol?: string | null;
  /** The close reason, where the protocol sends reason tokens under a code (Deepgram's NET-0001 under 1011). */
  readonly reason?: string | null;
}

/** Where a protocol's meaning comes from. */
export interface ProtocolProvenance {
  readonly url: string;
  readonly revision: string | null;
  readonly retrieved: string;
  /** The section of the source the entry or range comes from; null when the protocol says nothing about the code. */
  readonly section: string | null;
  /** One sentence for people: whose meaning this is. */
  readonly note: string;
}

/** What a code means under one protocol. */
export interface ProtocolMeaning {
  /** The catalogue id (the token asked for may be one of its subprotocols, or an alias). */
  readonly id: string;
  readonly name: string;
  /** The alias asked for (soketi for Pusher), if the lookup named one. */
  readonly alias: ProtocolAlias | null;
  /** The protocol's own entry for the code, if it has one. */
  readonly entry: ProtocolCode | null;
  /** The entry's reason token found in `options.reason`, if any. */
  readonly reason: ProtocolReason | null;
  /** The protocol's range the code falls in, if it gives meaning by range. */
  readonly range: ProtocolRange | null;
  /** The reason token's meaning, else the entry's, else the range's; null when the protocol says nothing about the code. */
  readonly meaning: string | null;
  /** The reason token's verdict, else the entry's, else the range's; null when the protocol gives none (then follow IANA's `reconnect`). */
  readonly reconnect: ProtocolVerdict | null;
  readonly ianaOverlap: ProtocolCode['ianaOverlap'];
  /** Set when the protocol has withdrawn the code: old peers may still send it. */
  readonly withdrawn: ProtocolWithdrawal | null;
  /** Where the protocol's codes travel (SockJS: in its own close message, not a WebSocket Close frame). */
  readonly carriedIn: ProtocolRecord['carriedIn'];
  /** Set when the vendor has deprecated the protocol or version. */
  readonly deprecated: ProtocolRecord['deprecated'];
  /** What a reader of this protocol's codes must know (a confusable token, for example). */
  readonly notes: readonly string[];
  readonly provenance: ProtocolProvenance;
}

/** The main entry's description of the code, with `protocol` added: null when no known protocol was named. */
export interface ProtocolCloseCodeDescription extends CloseCodeDescription {
  readonly protocol: ProtocolMeaning | null;
}

const VERDICT_SOURCE: Readonly<Record<ProtocolVerdict['source'], string>> = { protocol: 'the protocol', client: 'its reference client', practice: 'common practice' };

// A Map per catalogue, built on first use: a plain object would answer for '__proto__' or 'constructor'.
const byNameOf = new WeakMap<Catalogue, Map<string, ProtocolRecord>>();

/** getProtocol over a given catalogue: ids first, then alias ids, then each subprotocol token no id took (the loader keeps them apart). */
export function protocolNamed(catalogue: Catalogue, name: unknown): ProtocolRecord | undefined {
  if (typeof name !== 'string') return undefined;
  let byName = byNameOf.get(catalogue);
  if (byName === undefined) {
    byName = new Map();
    for (const p of catalogue) byName.set(p.id, p);
    for (const p of catalogue) for (const other of [...p.aliases.map((a) => a.id), ...p.subprotocols]) if (!byName.has(other)) byName.set(other, p);
    byNameOf.set(catalogue, byName);
  }
  return byName.get(name);
}

/** A byte of a token's words: what must not touch a token for it to stand alone in a reason. */
const tokenChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;

/** The entry's reason token that `reason` carries on its own or among other text (never inside a longer word). */
export function reasonTokenIn(entry: ProtocolCode | null, reason: unknown): ProtocolReason | null {
  if (entry === null || typeof reason !== 'string') return null;
  for (const r of entry.reasons) {
    for (let at = reason.indexOf(r.token); at !== -1; at = reason.indexOf(r.token, at + 1)) {
      const end = at + r.token.length;
      if ((at === 0 || !tokenChar(reason.charCodeAt(at - 1))) && (end === reason.length || !tokenChar(reason.charCodeAt(end)))) return r;
    }
  }
  return null;
}

/** describeCloseCode of @wscodes/core/protocols over a given catalogue. */
export function describeUnder(catalogue: Catalogue, code: number, options: ProtocolOptions = {}): ProtocolCloseCodeDescription {
  const iana = describeIanaCloseCode(code);
  const protocol = protocolNamed(catalogue, options.protocol);
  return Object.freeze({ ...iana, protocol: protocol === undefined ? null : meaningUnder(protocol, iana, options) });
}

function meaningUnder(protocol: ProtocolRecord, iana: CloseCodeDescription, options: ProtocolOptions): ProtocolMeaning {
  const valid = iana.status !== 'invalid';
  const entry = valid ? (protocol.codes.find((c) => c.code === iana.code) ?? null) : null;
  const reason = reasonTokenIn(entry, options.reason);
  const range = valid ? (protocol.ranges.find((r) => iana.code >= r.from && iana.code <= r.to) ?? null) : null;
  const said = entry ?? range;
  const source = protocol.source;
  const withdrawn = entry?.withdrawn ?? null;
  const whose =
    said === null
      ? `${protocol.name} gives no meaning to ${iana.code}; only IANA's description applies.`
      : entry?.ianaOverlap === 'same-meaning'
        ? `${protocol.name} uses ${iana.code} with IANA's meaning${reason ? `; the meaning of ${reason.token} comes from ${protocol.name}` : ''} (source: ${source.url}, retrieved ${source.retrieved}).`
        : `The meaning comes from ${protocol.name}, not IANA (source: ${source.url}, retrieved ${source.retrieved}).`;
  const note = withdrawn ? `${whose} ${protocol.name} has withdrawn ${iana.code}${withdrawn.date ? ` (${withdrawn.date})` : ''}: ${withdrawn.note}` : whose;
  return Object.freeze({
    id: protocol.id,
    name: protocol.name,
    alias: protocol.aliases.find((a) => a.id === options.protocol) ?? null,
    entry,
    reason,
    range,
    meaning: reason?.meaning ?? said?.meaning ?? null,
    reconnect: reason?.reconnect ?? said?.reconnect ?? null,
    ianaOverlap: said?.ianaOverlap ?? null,
    withdrawn,
    carriedIn: protocol.carriedIn,
    deprecated: protocol.deprecated,
    notes: protocol.notes,
    provenance: Object.freeze({ url: source.url, revision: source.revision, retrieved: source.retrieved, section: reason?.section ?? said?.section ?? null, note }),
  });
}

/**
 * findCloseCodesByName of @wscodes/core/protocols over a given catalogue (and IANA table): the named
 * protocol's matches, then IANA's; IANA's alone when no known protocol is named.
 */
export function findUnder(catalogue: Catalogue, name: string, options: ProtocolOptions = {}, iana: readonly NamedCode[] = CLOSE_CODE_INFO): readonly CloseCodeNameMatch[] {
  const ianaMatches = matchesIn(iana, 'iana', name);
  const protocol = protocolNamed(catalogue, options.protocol);
  const own = protocol === undefined ? [] : matchesIn(protocol.codes, protocol.id, name);
  return own.length === 0 ? ianaMatches : ianaMatches.length === 0 ? own : Object.freeze([...own, ...ianaMatches]);
}

/** planReconnect of @wscodes/core/protocols over a given catalogue. */
export function planUnder(catalogue: Catalogue, close: CloseLike, context: ReconnectContext, options: ReconnectOptions & ProtocolOptions = {}): ReconnectPlan {
  const described = describeUnder(catalogue, close.code, { ...options, reason: options.reason ?? close.reason ?? null });
  const verdict = described.protocol?.reconnect;
  const code = described.code;
  const ownRule = options.codes?.[code];
  // A refused handshake is not a close: its HTTP status decides, as in the main entry.
  if (!verdict || ownRule !== undefined || context.handshake || context.closedByUs || context.attempt >= (options.maxAttempts ?? Infinity)) {
    return planIanaReconnect(close, context, options);
  }
  const meaning = described.protocol!;
  const label = `${code} ${meaning.entry?.name ?? meaning.range?.name ?? described.name}${meaning.reason ? ` ${meaning.reason.token}` : ''} (${meaning.name})`;
  const per = `per ${VERDICT_SOURCE[verdict.source]}`;
  // A stop goes through the main entry too, so that the plan counts short-lived connections the same way.
  const stop = (why: string): ReconnectPlan => ({ ...planIanaReconnect(close, context, { ...options, codes: { ...options.codes, [code]: 'stop' } }), why: `${label}: ${why}.` });
  let rule: ReconnectRule;
  switch (verdict.policy) {
    case 'do-not-retry':
      return stop(`do not reconnect unchanged, ${per}`);
    case 'not-needed':
      return stop(`a normal end, ${per}`);
    case 'depends':
      rule = options.whenAdviceDepends ?? 'backoff';
      if (rule === 'stop') return stop(`left to the app ${per}, and whenAdviceDepends says stop`);
      break;
    default:
      rule = 'backoff';
  }
  const delay = verdict.delay;
  if (delay !== null) {
    const least = delay.minSeconds * 1000;
    // The first attempt waits what the protocol says; after that, back off from there.
    rule =
      context.attempt === 0 && delay.maxSeconds !== null
        ? { minDelayMs: least, maxDelayMs: delay.maxSeconds * 1000 }
        : { minDelayMs: least, maxDelayMs: Math.max(least, options.baseDelayMs ?? 1000) };
  }
  const plan = planIanaReconnect(close, context, { ...options, codes: { ...options.codes, [code]: rule } });
  if (!plan.reconnect) return plan;
  const conditions = verdict.conditions.map((c) => c.text).join(' ');
  return { ...plan, why: `${label}: reconnect, ${per}${delay !== null && context.attempt === 0 ? ` (first wait ${delay.minSeconds}${delay.maxSeconds !== null && delay.maxSeconds !== delay.minSeconds ? `-${delay.maxSeconds}` : ''} s)` : ''}${context.opened ? '' : '; never opened'}.${conditions ? ` ${conditions}` : ''}` };
}
