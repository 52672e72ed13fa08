import {
  CLOSE_CODE_RANGES,
  isValidApiCloseCode,
  isValidCloseCode,
  MAX_CODE,
  NOT_A_CLOSE_CODE_NAME,
  NOT_A_CLOSE_CODE_RECONNECT,
  RANGE_RECONNECT,
} from './generated/registry.ts';
import { getCloseCodeInfo } from './lookup.ts';
import type { CloseCodeDescription, CloseCodeRange, CloseCodeStatus } from './types.ts';

const freeze = Object.freeze;

// One frozen description per integer code, built on first request: repeated calls are an array index.
// Allocated lazily, so that importing the package costs nothing.
let memo: (CloseCodeDescription | undefined)[] | undefined;

/**
 * Everything known about a number as a WebSocket close code. Total: it never throws, whatever it
 * is given (NaN, Infinity, fractions, negatives, numbers above MAX_CODE, or a non-number from
 * JavaScript all get status `invalid`; a non-number is reported with code NaN). -0 is described as 0.
 * The result is frozen; the same code always returns the same object. The long text (advice
 * paragraph, details, IANA's record) is in @wscodes/core/details: describeCloseCodeInDetail.
 */
export function describeCloseCode(code: number): CloseCodeDescription {
  // One test for "an integer in 0..MAX_CODE": the mask changes every other number (and -0 becomes 0).
  if (typeof code === 'number' && (code & MAX_CODE) === code) {
    const table = memo ?? (memo = new Array<CloseCodeDescription | undefined>(MAX_CODE + 1));
    return table[code] ?? (table[code] = describeInteger(code + 0));
  }
  return describeInvalid(typeof code === 'number' ? code : NaN);
}

function describeInteger(code: number): CloseCodeDescription {
  // RANGE_RECONNECT parallels CLOSE_CODE_RANGES: one index serves both.
  const index = CLOSE_CODE_RANGES.findIndex((r) => code >= r.from && code <= r.to);
  const range = CLOSE_CODE_RANGES[index];
  if (range === undefined) return describeInvalid(code); // only if the registry left a gap; it is checked not to
  const info = getCloseCodeInfo(code) ?? null;
  // A withdrawn code keeps its entry (info.withdrawn says when and why) but is no longer registered.
  const status: CloseCodeStatus = info && !info.withdrawn ? 'registered' : statusOf(range);
  return freeze({
    code,
    name: info ? info.name : range.label,
    status,
    // A range's label names a code of it with no entry ("Unassigned protocol code"): a code the
    // registry lists there takes the range under its name. Built once per code, as the result is memoized.
    range: status === 'registered' ? freeze({ ...range, label: range.name }) : range,
    receivable: isValidCloseCode(code),
    acceptedByClose: isValidApiCloseCode(code),
    // The registry's advice for a code without an entry, by range.
    reconnect: info ? info.reconnect : RANGE_RECONNECT[index]!,
    info,
  });
}

function describeInvalid(code: number): CloseCodeDescription {
  return freeze({
    code,
    name: NOT_A_CLOSE_CODE_NAME,
    status: 'invalid',
    range: null,
    receivable: false,
    acceptedByClose: false,
    reconnect: NOT_A_CLOSE_CODE_RECONNECT,
    info: null,
  });
}

/** The status of a code without an entry, from the kind of range it falls in. */
function statusOf({ kind }: CloseCodeRange): CloseCodeStatus {
  return kind === 'protocol' || kind === 'iana' ? 'unassigned' : kind;
}
