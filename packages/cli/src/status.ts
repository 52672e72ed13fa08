// wscodes status STATUS [--retry-after VALUE]: what an HTTP status on a refused WebSocket handshake
// means and whether to reconnect, from @wscodes/core/http-status (registry/handshake-statuses.yaml).
import { statusDocsUrl } from './docs-link.ts';
import { quote, UsageError } from './io.ts';
import { describeHandshakeStatus, type HandshakeStatusDescription } from './lookups.ts';
import type { Style } from './style.ts';
import { POLICY_LABELS } from './words.ts';

/** The --json shape of status (documented in the README; changing it is a breaking change). */
export interface StatusReport {
  readonly command: 'status';
  readonly status: number;
  readonly name: string;
  /** false: the table does not list the status, and its class answers (RFC 9110 15: the x00 of its class). */
  readonly listed: boolean;
  readonly meaning: string;
  readonly reconnect: {
    readonly policy: HandshakeStatusDescription['policy'];
    readonly source: 'rfc' | 'practice';
    readonly advice: string;
    /** Is a Retry-After header on this status honoured (it sets the shortest wait) or ignored? */
    readonly retryAfter: 'honoured' | 'ignored';
  };
  /** With --retry-after only: the value given, the wait read from it (null when ignored or invalid), and what was done. */
  readonly retryAfter?: { readonly value: string; readonly ms: number | null; readonly note: string };
  readonly sources: readonly { readonly title: string; readonly section: string; readonly url: string }[];
  readonly docs: string;
}

/** An HTTP status given on the command line: a whole number a server can refuse an upgrade with (200-599). */
export function parseStatus(text: string | undefined, usage: string): number {
  if (text === undefined) throw new UsageError('give the HTTP status the server answered the upgrade with, such as 503', usage);
  if (!/^\d+$/.test(text)) throw new UsageError(`${quote(text)} is not an HTTP status: give a whole number from 200 to 599, such as 503`, usage);
  const status = Number(text);
  if (status === 101) throw new UsageError('101 Switching Protocols is the handshake succeeding, not a refusal: give the status the server refused it with (200-599)', usage);
  if (status >= 100 && status < 200) throw new UsageError(`${status} is an interim (1xx) response, not a refusal: give the final status that followed it (200-599)`, usage);
  if (status < 100 || status > 599) throw new UsageError(`${text.length > 12 ? quote(text) : text} is not an HTTP status: statuses run from 100 to 599 (RFC 9110 15), and a refusal is 200-599`, usage);
  return status;
}

export function statusReport(status: number, retryAfter?: string): StatusReport {
  // parseStatus let only 200-599 through, and every class of those has an answer.
  const d = describeHandshakeStatus(status, retryAfter)!;
  return {
    command: 'status',
    status,
    name: d.name,
    listed: d.listed,
    meaning: d.meaning,
    reconnect: { policy: d.policy, source: d.advice.source, advice: d.advice.text, retryAfter: d.advice.retryAfter },
    ...(retryAfter === undefined ? {} : { retryAfter: { value: retryAfter, ms: d.retryAfterMs, note: d.retryAfterNote! } }),
    sources: d.sources.map(({ title, section, url }) => ({ title, section, url: `${url}#section-${section}` })),
    docs: statusDocsUrl(d),
  };
}

const SOURCE_WORDS = { rfc: 'the RFCs below', practice: 'common practice' } as const;

export function formatStatus(report: StatusReport, style: Style): string {
  const label = (text: string): string => style.dim(text.padEnd(11));
  const indent = ' '.repeat(12);
  const lines = [
    `${style.bold(`${report.status} ${report.name}`)}${report.listed ? '' : ` (${report.status} is not listed: read as its class, RFC 9110 15)`}`,
    `${label('refused')} the server answered the upgrade with ${report.status}, not 101: the client fails the connection (RFC 6455 4.1); libraries often report 1006`,
    `${label('meaning')} ${report.meaning}`,
    `${label('reconnect')} ${style.bold(POLICY_LABELS[report.reconnect.policy])} (${SOURCE_WORDS[report.reconnect.source]})`,
    `${indent}${report.reconnect.advice}`,
    `${label('Retry-After')} ${
      report.reconnect.retryAfter === 'honoured'
        ? 'honoured: a Retry-After header (seconds or an HTTP-date, RFC 9110 10.2.3) sets the shortest wait'
        : `ignored: ${report.status} is not retried automatically`
    }`,
  ];
  // For an ignored status the note would only repeat the line above.
  if (report.retryAfter && report.reconnect.retryAfter === 'honoured') lines.push(`${indent}${report.retryAfter.note}`);
  report.sources.forEach((s, i) => lines.push(`${i === 0 ? `${label('sources')} ` : indent}${s.title}, section ${s.section}: ${s.url}`));
  lines.push(`${label('docs')} ${report.docs}`);
  return `${lines.join('\n')}\n`;
}
