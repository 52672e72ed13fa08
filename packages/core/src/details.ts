// @wscodes/core/details: the long text about close codes (the advice paragraph, the details and
// IANA's records), kept out of the main entry so that an app that only needs codes, verdicts and
// reconnect policy does not ship it. The data is generated in generated/details.ts.
import { describeCloseCode } from './describe.ts';
import {
  CLOSE_CODE_DETAILS,
  IANA_RANGE_RECORDS,
  NOT_A_CLOSE_CODE_DETAILS,
  RANGE_DETAILS,
  type CloseCodeDetails,
  type IanaRecord,
} from './generated/details.ts';
import { CLOSE_CODE_RANGES, MAX_CODE } from './generated/registry.ts';
import type { CloseCodeDescription } from './types.ts';

export { CLOSE_CODE_DETAILS, IANA_RANGE_RECORDS } from './generated/details.ts';
export type {
  CloseCodeDetails,
  IanaContact,
  IanaRangeRecord,
  IanaRecord,
  IanaReference,
  IanaReferenceType,
  ReconnectCondition,
  ReconnectText,
} from './generated/details.ts';

/** describeCloseCode's answer together with the long text about the code. */
export interface CloseCodeDescriptionInDetail extends CloseCodeDescription, CloseCodeDetails {}

const freeze = Object.freeze;

// Lazily allocated, one frozen answer per integer code, as in describeCloseCode.
let detailsMemo: (CloseCodeDetails | undefined)[] | undefined;
let describedMemo: (CloseCodeDescriptionInDetail | undefined)[] | undefined;

/**
 * The long text about any number as a close code. Total, like describeCloseCode: a registered code
 * gets its entry's text, a code without an entry the advice of its range and IANA's record of the
 * span it falls in, and a value that is not a close code the advice for that (`details` null).
 * The result is frozen; the same code always returns the same object.
 */
export function getCloseCodeDetails(code: number): CloseCodeDetails {
  const description = describeCloseCode(code);
  if (description.status === 'invalid') return detailsOf(description);
  const table = detailsMemo ?? (detailsMemo = new Array<CloseCodeDetails | undefined>(MAX_CODE + 1));
  return table[description.code] ?? (table[description.code] = detailsOf(description));
}

/** describeCloseCode(code) with getCloseCodeDetails(code) in one frozen object: the whole story, for a person. */
export function describeCloseCodeInDetail(code: number): CloseCodeDescriptionInDetail {
  const description = describeCloseCode(code);
  if (description.status === 'invalid') return freeze({ ...description, ...getCloseCodeDetails(code) });
  const table = describedMemo ?? (describedMemo = new Array<CloseCodeDescriptionInDetail | undefined>(MAX_CODE + 1));
  return table[description.code] ?? (table[description.code] = freeze({ ...description, ...getCloseCodeDetails(code) }));
}

function detailsOf({ code, status, range }: CloseCodeDescription): CloseCodeDetails {
  if (status === 'invalid' || range === null) return freeze({ code, ...NOT_A_CLOSE_CODE_DETAILS, iana: null });
  const entry = CLOSE_CODE_DETAILS.find((d) => d.code === code);
  if (entry !== undefined) return entry.iana !== null ? entry : freeze({ ...entry, iana: ianaSpanRecord(code) });
  // RANGE_DETAILS parallels CLOSE_CODE_RANGES.
  return freeze({ code, ...RANGE_DETAILS[CLOSE_CODE_RANGES.indexOf(range)]!, iana: ianaSpanRecord(code) });
}

function ianaSpanRecord(code: number): IanaRecord | null {
  for (const span of IANA_RANGE_RECORDS) if (code >= span.from && code <= span.to) return span.iana;
  return null;
}
