// What the docs say about codes and ranges, derived from the Registry. Pure, no Markdown.
import {
  API_CLOSE_SPANS,
  formatSpan,
  isApiCloseCode,
  spansInWords,
  type AdviceSource,
  type CloseCodeEntry,
  type RangeInfo,
  type ReconnectPolicy,
  type Registry,
  type Span,
} from '@wscodes-tools/registry';
import { receivableSpans, sendableSpans } from '../rfc6455.ts';

export const POLICY_LABEL: Readonly<Record<ReconnectPolicy, string>> = Object.freeze({
  backoff: 'reconnect with backoff',
  'do-not-retry': 'do not retry blindly',
  'not-needed': 'not needed',
  depends: 'depends on your app',
});

/** Where a part of the advice comes from, in words. */
export const SOURCE_LABEL: Readonly<Record<AdviceSource, string>> = Object.freeze({
  registration: 'IANA registration',
  rfc: 'RFC 6455',
  practice: 'common practice',
});

export const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

export const apiAllowed = (entry: Pick<CloseCodeEntry, 'code'>): boolean => isApiCloseCode(entry.code);

/** The close() rule as the docs say it after "accepts only": its spans, the last joined by "and". */
export const API_CLOSE_ONLY = spansInWords(API_CLOSE_SPANS, 'and');

export const spanText = (span: Span): string => (span.from === span.to ? `${span.from}` : formatSpan(span));

/** The parts of `spans` inside `range`. */
function within(spans: readonly Span[], range: Span): Span[] {
  return spans
    .filter((s) => s.to >= range.from && s.from <= range.to)
    .map((s) => ({ from: Math.max(s.from, range.from), to: Math.min(s.to, range.to) }));
}

/** How much of a range a rule covers: "yes", "no", or the codes it allows ("1000-1003, 1007-1014"). */
export function coverage(spans: readonly Span[], range: Span): string {
  const parts = within(spans, range);
  const count = parts.reduce((n, s) => n + s.to - s.from + 1, 0);
  if (count === 0) return 'no';
  if (count === range.to - range.from + 1) return 'yes';
  return parts.length <= 4 ? `only ${parts.map(spanText).join(', ')}` : 'some codes';
}

export interface RangeFacts {
  readonly send: string;
  readonly receive: string;
  readonly api: string;
  readonly reconnect: string;
  readonly codes: readonly CloseCodeEntry[];
}

export function rangeFacts(registry: Registry, range: RangeInfo): RangeFacts {
  const codes = registry.codes.filter((c) => c.code >= range.from && c.code <= range.to);
  const receive = coverage(receivableSpans(registry), range);
  return {
    send: coverage(sendableSpans(registry), range),
    receive,
    api: coverage(API_CLOSE_SPANS, range),
    // The registry's advice for a code without an entry: the same answer describeCloseCode gives.
    reconnect: POLICY_LABEL[range.reconnect.policy],
    codes,
  };
}

/** The range a code falls in. The registry rules guarantee there is one. */
export const rangeOf = (registry: Registry, code: number): RangeInfo | undefined =>
  registry.ranges.find((r) => code >= r.from && code <= r.to);
