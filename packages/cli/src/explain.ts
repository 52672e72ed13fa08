// wscodes explain CODE (and wscodes CODE): what a close code means and what to do about it.
import { docsUrl } from './docs-link.ts';
import { describeCloseCode, describeCloseCodeInDetail, isSendableCloseCode, type CloseCodeDescription } from './lookups.ts';
import type { Style } from './style.ts';
import { yesNo } from './style.ts';
import { formatDelay, POLICY_LABELS, SOURCE_LABELS } from './words.ts';
import { formatMentions, formatProtocol, protocolReport, protocolsDefining, type ProtocolAsk, type ProtocolMention, type ProtocolReport } from './protocol.ts';
import type { ProtocolRecord } from './lookups.ts';

/** The --json shape of explain (documented in the README; changing it is a breaking change). */
export interface ExplainReport {
  readonly command: 'explain';
  readonly code: number;
  readonly name: string;
  readonly status: CloseCodeDescription['status'];
  readonly meaning: string;
  readonly range: { readonly from: number; readonly to: number; readonly name: string; readonly kind: string } | null;
  readonly wire: { readonly send: boolean; readonly receive: boolean };
  readonly api: { readonly close: boolean };
  readonly reconnect: {
    readonly policy: string;
    readonly source: string;
    readonly advice: string;
    readonly delay: { readonly minSeconds: number; readonly maxSeconds: number; readonly randomized: boolean } | null;
  };
  readonly withdrawn: { readonly date: string; readonly reason: string } | null;
  /** What to check next, from the registry's conditions on reconnecting; may be empty (then see `docs`). */
  readonly next: readonly string[];
  readonly docs: string;
  /** Every catalogued protocol (@wscodes/core/protocols) that gives the code a meaning; may be empty. */
  readonly protocols: readonly ProtocolMention[];
  /** With --protocol only: what the code means under that protocol, and where that comes from. */
  readonly protocol?: ProtocolReport;
}

export function explain(code: number, protocol?: ProtocolRecord, ask: ProtocolAsk = {}): ExplainReport {
  const d = describeCloseCodeInDetail(code);
  const docs = docsUrl(d);
  // The registry's conditions on reconnecting are the checks it names; the docs page has the rest.
  const next = d.conditions.map((c) => c.text);
  return {
    command: 'explain',
    code: d.code,
    name: d.name,
    status: d.status,
    meaning: d.summary ?? d.iana?.description ?? d.name,
    range: d.range && { from: d.range.from, to: d.range.to, name: d.range.name, kind: d.range.kind },
    wire: { send: isSendableCloseCode(d.code), receive: d.receivable },
    api: { close: d.acceptedByClose },
    reconnect: {
      policy: d.reconnect.policy,
      source: d.reconnect.source,
      advice: d.advice,
      delay: d.reconnect.delay && { minSeconds: d.reconnect.delay.minSeconds, maxSeconds: d.reconnect.delay.maxSeconds, randomized: d.reconnect.delay.randomized },
    },
    withdrawn: d.info?.withdrawn ? { date: d.info.withdrawn.date, reason: d.info.withdrawn.reason } : null,
    next,
    docs,
    protocols: protocolsDefining(d.code),
    ...(protocol ? { protocol: protocolReport(d.code, protocol, ask) } : {}),
  };
}

export function formatExplain(report: ExplainReport, style: Style): string {
  const d = describeCloseCode(report.code);
  const label = (text: string): string => style.dim(text.padEnd(11));
  const indent = ' '.repeat(12);
  const lines = [
    style.bold(`${report.code} ${report.name}`),
    `${label('status')} ${report.status}${report.range ? ` (range ${report.range.from}-${report.range.to} ${report.range.name})` : ''}`,
  ];
  if (report.withdrawn) lines.push(`${label('withdrawn')} ${report.withdrawn.date}: ${report.withdrawn.reason}`);
  lines.push(
    `${label('meaning')} ${report.meaning}`,
    `${label('wire')} may send: ${yesNo(style, report.wire.send)} · valid on receipt: ${yesNo(style, report.wire.receive)}`,
    `${label('close()')} accepts it: ${yesNo(style, report.api.close)}`,
    `${label('reconnect')} ${style.bold(POLICY_LABELS[d.reconnect.policy])} (${SOURCE_LABELS[d.reconnect.source]})`,
    `${indent}${report.reconnect.advice}`,
  );
  if (d.reconnect.delay) lines.push(`${indent}delay: ${formatDelay(d.reconnect.delay)}`);
  const next = report.next.length > 0 ? report.next : ['The docs page lists the causes and the rules.'];
  lines.push(...next.map((item, i) => `${i === 0 ? `${label('check next')} ` : indent}${item}`));
  // Without --protocol, say which protocols give the code a meaning, and how to ask for one.
  if (!report.protocol) lines.push(...formatMentions(report.code, report.protocols, style));
  // 0-999 is never a close code, but 200-599 is an HTTP status: a refused handshake, likely.
  if (report.range?.kind === 'not-used' && report.code >= 200 && report.code <= 599) lines.push(`${label('HTTP?')} as an HTTP status on a refused handshake: wscodes status ${report.code}`);
  lines.push(`${label('docs')} ${report.docs}`);
  if (report.protocol) lines.push(...formatProtocol(report.code, report.protocol, style));
  return `${lines.join('\n')}\n`;
}
