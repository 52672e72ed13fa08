// wscodes CODE --protocol ID: what a code means under the protocol running on the socket, from the
// catalogue of @wscodes/core/protocols, with where that meaning comes from.
import { nearest } from './did-you-mean.ts';
import { protocolDocsUrl } from './docs-link.ts';
import { quote, UsageError } from './io.ts';
import { describeUnderProtocol, getProtocol, PROTOCOLS, type ProtocolRecord, type ProtocolVerdict } from './lookups.ts';
import type { Style } from './style.ts';
import { POLICY_LABELS } from './words.ts';

/** The `protocol` member of explain's --json report (present only with --protocol). */
export interface ProtocolReport {
  readonly id: string;
  readonly name: string;
  /** The alias --protocol named (soketi for Pusher), if it named one. */
  readonly alias: { readonly id: string; readonly name: string; readonly url: string } | null;
  /** Where the protocol's codes travel: the WebSocket Close frame, or a close message of its own (SockJS). */
  readonly carriedIn: 'close-frame' | 'protocol-message';
  /** Set when the vendor has deprecated the protocol or version. */
  readonly deprecated: { readonly note: string; readonly url: string | null } | null;
  /** The protocol's own entry for the code, if any. */
  readonly entry: { readonly key: string; readonly name: string; readonly definedBy: 'protocol' | 'library'; readonly localOnly: boolean } | null;
  /** Set when the protocol has withdrawn the code. */
  readonly withdrawn: { readonly date: string | null; readonly url: string; readonly note: string } | null;
  /** The reason tokens the protocol defines under the code; the one --reason carries, if any. */
  readonly reasons: readonly { readonly token: string; readonly meaning: string }[];
  readonly reason: { readonly token: string; readonly meaning: string } | null;
  /** The protocol's range the code falls in, if it gives meaning by range. */
  readonly range: { readonly from: number; readonly to: number; readonly name: string } | null;
  /** null when the protocol gives the code no meaning. */
  readonly meaning: string | null;
  readonly reconnect: {
    readonly policy: string;
    readonly source: string;
    readonly advice: string;
    readonly delay: { readonly minSeconds: number; readonly maxSeconds: number | null } | null;
    readonly conditions: readonly string[];
  } | null;
  readonly ianaOverlap: 'collision' | 'unregistered-range' | 'same-meaning' | null;
  readonly notes: readonly string[];
  readonly source: { readonly url: string; readonly revision: string | null; readonly retrieved: string; readonly section: string | null };
  /** Whose meaning this is, in one sentence. */
  readonly provenance: string;
  readonly docs: string;
}

/** Who gives a verdict, in words. */
export const VERDICT_SOURCE_LABELS: Readonly<Record<ProtocolVerdict['source'], string>> = { protocol: 'the protocol', client: 'its reference client', practice: 'common practice' };

/**
 * The protocol --protocol names, by catalogue id, alias id or subprotocol token; else a usage error
 * that suggests the nearest names ("did you mean") and lists the known ids.
 */
export function findProtocol(name: string, usage: string): ProtocolRecord {
  const protocol = getProtocol(name);
  if (protocol !== undefined) return protocol;
  const others = (p: ProtocolRecord) => [...p.aliases.map((a) => a.id), ...p.subprotocols.filter((t) => t !== p.id)];
  const known = PROTOCOLS.map((p) => (others(p).length > 0 ? `${p.id} (${others(p).join(', ')})` : p.id));
  const names = PROTOCOLS.flatMap((p) => [p.id, ...p.aliases.map((a) => a.id), ...p.subprotocols]);
  // A vendor with several catalogued sockets (deepgram: deepgram-listen, deepgram-speak) is a prefix, not a near miss.
  const prefixed = name.length >= 3 ? names.filter((n) => n.startsWith(`${name}-`)) : [];
  const near = prefixed.length > 0 ? prefixed : nearest(name, names);
  const guess = near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : '';
  throw new UsageError(`unknown protocol ${quote(name)}${guess}: give a catalogue id, an alias id or a subprotocol token; the catalogue knows ${known.join(', ')}`, usage);
}

/** A catalogued protocol that gives a code meaning, by its own entry or by a range (explain's `protocols`). */
export interface ProtocolMention {
  readonly id: string;
  readonly name: string;
  /** The protocol's entry for the code: its name, when it has one. */
  readonly entry: string | null;
  /** The protocol's range the code falls in, when it has one. */
  readonly range: { readonly from: number; readonly to: number; readonly name: string } | null;
}

/** Every catalogued protocol that gives `code` a meaning, in catalogue order. */
export function protocolsDefining(code: number): ProtocolMention[] {
  return PROTOCOLS.flatMap((p) => {
    const m = describeUnderProtocol(code, { protocol: p.id }).protocol;
    if (m === null || m.meaning === null) return [];
    return [{ id: m.id, name: m.name, entry: m.entry && m.entry.name, range: m.range && { from: m.range.from, to: m.range.to, name: m.range.name } }];
  });
}

/** The lines explain prints when no --protocol was given and the catalogue gives the code meaning: which protocols, and how to ask. */
export function formatMentions(code: number, mentions: readonly ProtocolMention[], style: Style): string[] {
  if (mentions.length === 0) return [];
  const label = (text: string): string => style.dim(text.padEnd(11));
  const indent = ' '.repeat(12);
  const lines = mentions.map((m, i) => `${i === 0 ? `${label('protocols')} ` : indent}${m.id} (${m.name}): ${m.entry !== null ? `${code} ${m.entry}` : `range ${m.range!.from}-${m.range!.to} ${m.range!.name}`}`);
  const example = mentions.find((m) => m.entry !== null) ?? mentions[0]!;
  lines.push(`${indent}ask: wscodes ${code} --protocol ${example.id}`);
  return lines;
}

/** What --protocol and --reason asked: the name as given (an alias is reported as such), and the close reason. */
export interface ProtocolAsk {
  readonly name?: string;
  readonly reason?: string;
}

export function protocolReport(code: number, protocol: ProtocolRecord, ask: ProtocolAsk = {}): ProtocolReport {
  const name = ask.name !== undefined && getProtocol(ask.name) === protocol ? ask.name : protocol.id;
  const meaning = describeUnderProtocol(code, { protocol: name, reason: ask.reason ?? null }).protocol!;
  const v = meaning.reconnect;
  const token = (r: { token: string; meaning: string }) => ({ token: r.token, meaning: r.meaning });
  return {
    id: meaning.id,
    name: meaning.name,
    alias: meaning.alias && { id: meaning.alias.id, name: meaning.alias.name, url: meaning.alias.url },
    carriedIn: meaning.carriedIn,
    deprecated: meaning.deprecated && { note: meaning.deprecated.note, url: meaning.deprecated.url },
    entry: meaning.entry && { key: meaning.entry.key, name: meaning.entry.name, definedBy: meaning.entry.definedBy, localOnly: meaning.entry.localOnly },
    withdrawn: meaning.withdrawn && { date: meaning.withdrawn.date, url: meaning.withdrawn.url, note: meaning.withdrawn.note },
    reasons: (meaning.entry?.reasons ?? []).map(token),
    reason: meaning.reason && token(meaning.reason),
    range: meaning.range && { from: meaning.range.from, to: meaning.range.to, name: meaning.range.name },
    meaning: meaning.meaning,
    reconnect: v && { policy: v.policy, source: v.source, advice: v.advice, delay: v.delay && { minSeconds: v.delay.minSeconds, maxSeconds: v.delay.maxSeconds }, conditions: v.conditions.map((c) => c.text) },
    ianaOverlap: meaning.ianaOverlap,
    notes: meaning.notes,
    source: { url: meaning.provenance.url, revision: meaning.provenance.revision, retrieved: meaning.provenance.retrieved, section: meaning.provenance.section },
    provenance: meaning.provenance.note,
    docs: protocolDocsUrl(meaning.id),
  };
}

const OVERLAP_WORDS = {
  collision: "collides with IANA's use of this code",
  'unregistered-range': "sits in IANA's 3000-3999 without being registered there",
  'same-meaning': "is used with IANA's meaning",
} as const;

/** A word as a POSIX shell reads it back: as is when plain, else in single quotes. */
const shellWord = (text: string): string => (/^[A-Za-z0-9._:@%+=,/-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`);

/** The lines explain prints after IANA's, for one protocol. */
export function formatProtocol(code: number, report: ProtocolReport, style: Style): string[] {
  const label = (text: string): string => style.dim(text.padEnd(11));
  const indent = ' '.repeat(12);
  const what = report.entry ? `${report.entry.name}${report.entry.definedBy === 'library' ? ' (used by the library only, not the protocol text)' : ''}${report.entry.localOnly ? ' (never sent on the wire)' : ''}` : report.range ? `range ${report.range.from}-${report.range.to} ${report.range.name}` : 'no meaning under this protocol';
  const lines = ['', style.bold(`${code} under ${report.name} (${report.id})`)];
  if (report.alias) lines.push(`${label('alias')} ${report.alias.id} (${report.alias.name}) speaks ${report.name} with the same codes`);
  if (report.deprecated) lines.push(`${label('deprecated')} ${report.deprecated.note}`);
  lines.push(`${label('name')} ${what}${report.withdrawn ? ' (withdrawn)' : ''}`);
  if (report.withdrawn) lines.push(`${label('withdrawn')} ${report.withdrawn.date ? `${report.withdrawn.date}: ` : ''}${report.withdrawn.note} (${report.withdrawn.url})`);
  if (report.reason) lines.push(`${label('reason')} ${report.reason.token}`);
  if (report.meaning !== null) lines.push(`${label('meaning')} ${report.meaning}`);
  if (report.carriedIn === 'protocol-message') lines.push(`${indent}${report.name} sends its codes in a close message of its own, not a WebSocket Close frame; its client hands them to onclose.`);
  if (report.ianaOverlap !== null) lines.push(`${label('IANA')} ${code} ${OVERLAP_WORDS[report.ianaOverlap]}`);
  if (report.reason === null && report.reasons.length > 0) {
    lines.push(...report.reasons.map((r, i) => `${i === 0 ? `${label('reasons')} ` : indent}${r.token}: ${r.meaning}`));
    lines.push(`${indent}ask: wscodes ${code} --protocol ${report.alias?.id ?? report.id} --reason ${shellWord(report.reasons[0]!.token)}`);
  }
  if (report.reconnect !== null) {
    lines.push(`${label('reconnect')} ${style.bold(POLICY_LABELS[report.reconnect.policy as keyof typeof POLICY_LABELS] ?? report.reconnect.policy)} (${VERDICT_SOURCE_LABELS[report.reconnect.source as ProtocolVerdict['source']] ?? report.reconnect.source})`);
    lines.push(`${indent}${report.reconnect.advice}`);
    const d = report.reconnect.delay;
    if (d) lines.push(`${indent}first wait: ${d.maxSeconds === null ? `at least ${d.minSeconds} s` : d.minSeconds === d.maxSeconds ? `${d.minSeconds} s` : `${d.minSeconds}-${d.maxSeconds} s`}`);
    lines.push(...report.reconnect.conditions.map((c) => `${indent}before reconnecting: ${c}`));
  }
  const s = report.source;
  lines.push(`${label('source')} ${s.url}${s.revision ? ` (${s.revision})` : ''}, retrieved ${s.retrieved}${s.section ? `, section "${s.section}"` : ''}`);
  lines.push(`${indent}${report.provenance}`);
  lines.push(...report.notes.map((n, i) => `${i === 0 ? `${label('note')} ` : indent}${n}`));
  lines.push(`${label('docs')} ${report.docs}`);
  return lines;
}
