import { firstIndexes } from '../first-index.ts';
import { LOCAL_ONLY_CODES, RESERVED_CODE } from '../protocol.ts';
import { parseSpan, spanContains } from '../span.ts';
import { error, warning, type Rule } from '../spec.ts';

export const uniqueCodes: Rule = {
  id: 'unique-codes',
  needsWhole: [],
  description: 'each code is listed once',
  check(doc) {
    const firstOf = firstIndexes(doc.codes, (c) => c.code);
    return doc.codes.flatMap((entry, i) => {
      const first = firstOf[i]!;
      return first < i
        ? [error(['codes', i, 'code'], `code ${entry.code} is listed twice (first at codes[${first}])`, 'merge the two entries into one')]
        : [];
    });
  },
};

export const sortedCodes: Rule = {
  id: 'sorted-codes',
  needsWhole: [],
  description: 'codes are listed in ascending order, so diffs stay small',
  check(doc) {
    return doc.codes.flatMap((entry, i) => {
      const previous = doc.codes[i - 1];
      return previous && previous.code > entry.code
        ? [warning(['codes', i, 'code'], `code ${entry.code} comes after ${previous.code}`, 'move it up so codes stay in ascending order')]
        : [];
    });
  },
};

export const codesInRegistrableRange: Rule = {
  id: 'codes-in-registrable-range',
  needsWhole: ['ranges'],
  description: 'registered codes sit in the protocol (1000-2999) or IANA (3000-3999) range',
  check(doc) {
    return doc.codes.flatMap((entry, i) => {
      const range = doc.ranges.find((r) => spanContains(parseSpan(r.range), entry.code));
      if (!range)
        return [error(['codes', i, 'code'], `code ${entry.code} falls in no range`, 'add a range that covers it, or correct the code')];
      if (range.kind !== 'protocol' && range.kind !== 'iana')
        return [error(['codes', i, 'code'], `code ${entry.code} is in range ${range.range} (${range.name}), where codes are not registered`, 'only 1000-2999 and 3000-3999 hold registered codes: correct the code or remove the entry')];
      return [];
    });
  },
};

// RFC 6455 section 7.4.1: 1005, 1006 and 1015 MUST NOT be sent; 1004 is reserved with no meaning,
// so the registry does not let it be sent or received either.
const NEVER_ON_THE_WIRE = new Set([RESERVED_CODE, ...LOCAL_ONLY_CODES]);

export const wireRules: Rule = {
  id: 'wire-rules',
  // Its range check only looks up the range a code is in: a missing range reports nothing.
  needsWhole: [],
  description: 'send/receive agree with RFC 6455 and with the range the code is in',
  check(doc) {
    return doc.codes.flatMap((entry, i) => {
      const findings = [];
      if (NEVER_ON_THE_WIRE.has(entry.code) && (entry.send || entry.receive)) {
        const why =
          entry.code === RESERVED_CODE
            ? 'is reserved with no meaning defined (RFC 6455 section 7.4.1), so it never appears in a Close frame'
            : 'must never appear in a Close frame (RFC 6455 section 7.4.1)';
        findings.push(error(['codes', i, entry.send ? 'send' : 'receive'], `code ${entry.code} ${why}`, 'set send: false and receive: false'));
      } else if (entry.send && !entry.receive) {
        findings.push(error(['codes', i, 'receive'], `code ${entry.code} may be sent but is invalid on receipt`, 'a code an endpoint may send must be valid on receipt: set receive: true, or send: false'));
      }
      const range = doc.ranges.find((r) => spanContains(parseSpan(r.range), entry.code));
      if (range?.receive === 'none' && entry.receive) {
        findings.push(error(['codes', i, 'receive'], `code ${entry.code} is in range ${range.range}, where no code is valid on receipt`, 'set receive: false'));
      }
      return findings;
    });
  },
};

export const singleLineSummary: Rule = {
  id: 'single-line-summary',
  needsWhole: [],
  description: 'a summary is one line, so it fits in tables and hover text',
  check(doc) {
    return doc.codes.flatMap((entry, i) =>
      /[\r\n]/.test(entry.summary.trim())
        ? [error(['codes', i, 'summary'], `the summary of code ${entry.code} spans several lines`, 'keep the summary to one sentence and move the rest into details')]
        : [],
    );
  },
};

export const pendingReview: Rule = {
  id: 'pending-review',
  needsWhole: [],
  description: 'curated text marked pending is reported until someone reviews it',
  check(doc) {
    return doc.codes.flatMap((entry, i) =>
      entry.pending
        ? [warning(['codes', i, 'pending'], `code ${entry.code} has curated text pending review`, 'write name, summary, reconnect and details, then remove `pending: true`')]
        : [],
    );
  },
};
