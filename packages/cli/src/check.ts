// wscodes check [--api] CODE: may this code go in a Close frame (the wire), or into close() (--api)?
// And what to use instead when it may not.
import { acceptedSpans } from './codes.ts';
import { CLOSE_CODE_RANGES, CloseCode, describeCloseCode, isSendableCloseCode, isValidApiCloseCode } from './lookups.ts';
import type { Style } from './style.ts';
import { yesNo } from './style.ts';

export type CheckTarget = 'wire' | 'api';

/** A code or a span of codes to use instead. */
export interface Alternative {
  readonly from: number;
  readonly to: number;
  readonly name: string;
}

/** The --json shape of check (documented in the README; changing it is a breaking change). */
export interface CheckReport {
  readonly command: 'check';
  readonly target: CheckTarget;
  readonly code: number;
  readonly name: string;
  /** wire: may an endpoint send it in a Close frame? api: does close() accept it? */
  readonly accepted: boolean;
  /** Every code the target accepts, as "1000, 3000-4999". */
  readonly accepts: string;
  /** wire only: does a receiver take it from a Close frame? */
  readonly receivable: boolean | null;
  /** Empty when accepted. */
  readonly instead: readonly Alternative[];
}

const RULES: Readonly<Record<CheckTarget, (code: number) => boolean>> = { wire: isSendableCloseCode, api: isValidApiCloseCode };
const spans: Partial<Record<CheckTarget, string>> = {};

export function check(code: number, target: CheckTarget): CheckReport {
  const accepts = RULES[target];
  const d = describeCloseCode(code);
  const accepted = accepts(code);
  return {
    command: 'check',
    target,
    code,
    name: d.name,
    accepted,
    accepts: (spans[target] ??= acceptedSpans(accepts)),
    receivable: target === 'wire' ? d.receivable : null,
    instead: accepted ? [] : alternatives(accepts),
  };
}

/** Normal Closure when the target takes it, and the private-use range: a code of your own. */
function alternatives(accepts: (code: number) => boolean): Alternative[] {
  const normal = describeCloseCode(CloseCode.NormalClosure);
  const found: Alternative[] = accepts(normal.code) ? [{ from: normal.code, to: normal.code, name: normal.name }] : [];
  for (const range of CLOSE_CODE_RANGES) {
    if (range.kind === 'private-use' && accepts(range.from)) found.push({ from: range.from, to: range.to, name: range.name });
  }
  return found;
}

export function formatCheck(report: CheckReport, style: Style): string {
  const label = (text: string): string => style.dim(text.padEnd(9));
  const { code } = report;
  const lines = [style.bold(`${code} ${report.name}`)];
  if (report.target === 'api') {
    lines.push(`${label('close()')} accepts ${code}: ${yesNo(style, report.accepted)}${report.accepted ? '' : ` (close(${code}) throws an InvalidAccessError)`}; it accepts ${report.accepts}`);
  } else {
    lines.push(`${label('send')} may go in a Close frame: ${yesNo(style, report.accepted)}; endpoints may send ${report.accepts}`);
    lines.push(`${label('receive')} valid on receipt: ${yesNo(style, report.receivable === true)}`);
  }
  report.instead.forEach((alt, i) => {
    const what = alt.from === alt.to ? `${alt.from} ${alt.name}` : `${alt.from}-${alt.to} ${alt.name}: a code of your own, documented for both ends`;
    lines.push(`${i === 0 ? label('instead') : ' '.repeat(9)} ${what}`);
  });
  return `${lines.join('\n')}\n`;
}
