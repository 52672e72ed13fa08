import { CLOSE_CODE_RANGES, IANA_RANGE_RECORDS, isValidApiCloseCode, isValidCloseCode } from './generated/registry.ts';
import { MAX_CODE } from './limits.ts';
import { getCloseCodeInfo } from './lookup.ts';
import type {
  CloseCodeDescription,
  CloseCodeRange,
  CloseCodeStatus,
  IanaRecord,
  ReconnectAdvice,
} from './types.ts';

const freeze = Object.freeze;

/** Advice for a code without a registry entry of its own, by what we know about it. */
const ADVICE = /* @__PURE__ */ freeze({
  unassignedProtocol: /* @__PURE__ */ freeze<ReconnectAdvice>({
    policy: 'depends',
    advice:
      'No meaning is assigned to this code, and a peer must not send it. Decide from your own app state whether to reconnect, and report the bug to whoever runs the other side.',
  }),
  unregistered: /* @__PURE__ */ freeze<ReconnectAdvice>({
    policy: 'depends',
    advice:
      'This code is not registered with IANA, so the library or app that sent it defines its meaning. Check its documentation before you reconnect.',
  }),
  privateUse: /* @__PURE__ */ freeze<ReconnectAdvice>({
    policy: 'depends',
    advice: "App-defined: ask the server's documentation. It says what the code means and whether to reconnect.",
  }),
  notUsed: /* @__PURE__ */ freeze<ReconnectAdvice>({
    policy: 'do-not-retry',
    advice:
      'Codes 0-999 are never used, so this value did not come from a valid Close frame. Do not retry blindly: find out where it came from.',
  }),
  outOfRange: /* @__PURE__ */ freeze<ReconnectAdvice>({
    policy: 'do-not-retry',
    advice:
      'Codes from 5000 up are outside the WebSocket protocol, so this value did not come from a valid Close frame. Do not retry blindly: find out where it came from.',
  }),
  invalid: /* @__PURE__ */ freeze<ReconnectAdvice>({
    policy: 'do-not-retry',
    advice:
      'Not a close code: close codes are integers from 0 to 65535. Do not retry blindly: find out where the value came from.',
  }),
});

const INVALID_NAME = 'Not a close code';

// One frozen description per integer code, built on first request: repeated calls are an array index.
// Allocated lazily, so that importing the package costs nothing.
let memo: (CloseCodeDescription | undefined)[] | undefined;

/**
 * Everything known about a number as a WebSocket close code. Total: it never throws, whatever it
 * is given (NaN, Infinity, fractions, negatives, numbers above 65535, or a non-number from
 * JavaScript all get status `invalid`; a non-number is reported with code NaN). -0 is described as 0.
 * The result is frozen; the same code always returns the same object.
 */
export function describeCloseCode(code: number): CloseCodeDescription {
  // One test for "an integer in 0..65535": the mask changes every other number (and -0 becomes 0).
  if (typeof code === 'number' && (code & MAX_CODE) === code) {
    const table = memo ?? (memo = new Array<CloseCodeDescription | undefined>(MAX_CODE + 1));
    return table[code] ?? (table[code] = describeInteger(code + 0));
  }
  return describeInvalid(typeof code === 'number' ? code : Number.NaN);
}

function describeInteger(code: number): CloseCodeDescription {
  const range = rangeOf(code);
  if (range === undefined) return describeInvalid(code); // only if the registry left a gap; it is checked not to
  const info = getCloseCodeInfo(code) ?? null;
  // A withdrawn code keeps its entry (info.withdrawn says when and why) but is no longer registered.
  const status: CloseCodeStatus = info !== null && info.withdrawn === undefined ? 'registered' : statusOf(range);
  return freeze({
    code,
    name: info !== null ? info.name : range.label,
    status,
    range,
    validOnReceive: isValidCloseCode(code),
    allowedInCloseCall: isValidApiCloseCode(code),
    reconnect: info !== null ? info.reconnect : adviceFor(range),
    info,
    iana: info?.iana ?? ianaSpanRecord(code),
  });
}

function describeInvalid(code: number): CloseCodeDescription {
  return freeze({
    code,
    name: INVALID_NAME,
    status: 'invalid',
    range: null,
    validOnReceive: false,
    allowedInCloseCall: false,
    reconnect: ADVICE.invalid,
    info: null,
    iana: null,
  });
}

function rangeOf(code: number): CloseCodeRange | undefined {
  for (const range of CLOSE_CODE_RANGES) if (code >= range.from && code <= range.to) return range;
  return undefined;
}

function ianaSpanRecord(code: number): IanaRecord | null {
  for (const span of IANA_RANGE_RECORDS) if (code >= span.from && code <= span.to) return span.iana;
  return null;
}

/** The status of a code without an entry, from the kind of range it falls in. */
function statusOf(range: CloseCodeRange): CloseCodeStatus {
  switch (range.kind) {
    case 'protocol':
    case 'iana':
      return 'unassigned';
    default:
      return range.kind;
  }
}

function adviceFor(range: CloseCodeRange): ReconnectAdvice {
  switch (range.kind) {
    case 'protocol':
      return ADVICE.unassignedProtocol;
    case 'iana':
      return ADVICE.unregistered;
    case 'private-use':
      return ADVICE.privateUse;
    case 'not-used':
      return ADVICE.notUsed;
    case 'out-of-range':
      return ADVICE.outOfRange;
  }
}
