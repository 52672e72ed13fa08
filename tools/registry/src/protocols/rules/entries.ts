import { error, spansOf, type ProtocolRule } from './rule.ts';

export const uniqueProtocolCodes: ProtocolRule = {
  id: 'protocol-unique-codes',
  description: 'a code has one entry in its protocol',
  needsWhole: [],
  check(doc) {
    const first = new Map<number, number>();
    return doc.codes.flatMap((c, i) => {
      const earlier = first.get(c.code);
      if (earlier === undefined) return first.set(c.code, i), [];
      return [error(['codes', i, 'code'], `code ${c.code} has a second entry (the first is codes[${earlier}])`, 'merge the two entries into one')];
    });
  },
};

export const uniqueProtocolKeys: ProtocolRule = {
  id: 'protocol-unique-keys',
  description: 'a key names one code in its protocol',
  needsWhole: [],
  check(doc) {
    const first = new Map<string, number>();
    return doc.codes.flatMap((c, i) => {
      const earlier = first.get(c.key);
      if (earlier === undefined) return first.set(c.key, i), [];
      return [error(['codes', i, 'key'], `the key ${c.key} is used again (first by code ${doc.codes[earlier]!.code})`, 'give this code a key of its own')];
    });
  },
};

export const protocolRangesApart: ProtocolRule = {
  id: 'protocol-ranges-apart',
  description: "a protocol's ranges do not overlap, and each starts at or before its end",
  needsWhole: [],
  check(doc) {
    const spans = (doc.ranges ?? []).map((r, i) => {
      const [from, to] = r.range.split('-').map(Number) as [number, number];
      return { i, from, to, text: r.range };
    });
    return spans.flatMap((s) => {
      if (s.from > s.to) return [error(['ranges', s.i, 'range'], `range ${s.text} starts after its end`, 'write it as FROM-TO with FROM <= TO')];
      const other = spans.find((o) => o.i < s.i && o.from <= o.to && o.from <= s.to && s.from <= o.to);
      return other ? [error(['ranges', s.i, 'range'], `range ${s.text} overlaps range ${other.text}`, 'make the ranges meet without overlapping')] : [];
    });
  },
};

export const protocolDelays: ProtocolRule = {
  id: 'protocol-delays',
  description: 'a delay goes with a policy that reconnects, and starts at or before its end',
  needsWhole: [],
  check(doc) {
    const verdicts = [
      ...(doc.ranges ?? []).map((r, i) => ({ path: ['ranges', i, 'reconnect'], what: `range ${r.range}`, verdict: r.reconnect })),
      ...doc.codes.map((c, i) => ({ path: ['codes', i, 'reconnect'], what: `code ${c.code}`, verdict: c.reconnect })),
    ];
    return verdicts.flatMap(({ path, what, verdict }) => {
      const delay = verdict.delay;
      if (!delay) return [];
      if (verdict.policy === 'do-not-retry' || verdict.policy === 'not-needed') {
        return [error([...path, 'delay'], `${what} has a reconnect delay but its policy is ${verdict.policy}`, 'remove the delay, or change the policy to backoff or depends')];
      }
      if (delay.maxSeconds !== undefined && delay.minSeconds > delay.maxSeconds) {
        return [error([...path, 'delay', 'minSeconds'], `the delay of ${what} starts at ${delay.minSeconds} s, after its end at ${delay.maxSeconds} s`, 'swap minSeconds and maxSeconds')];
      }
      return [];
    });
  },
};

/** The codes a protocol may define: 1000-4999, the codes RFC 6455 lets a Close frame carry with a meaning. */
export const PROTOCOL_CODE_SPACE = { from: 1000, to: 4999 } as const;

export const protocolCodeSpace: ProtocolRule = {
  id: 'protocol-code-space',
  description: `a code or range lies in ${PROTOCOL_CODE_SPACE.from}-${PROTOCOL_CODE_SPACE.to}`,
  needsWhole: [],
  check(doc) {
    return spansOf(doc).flatMap(({ path, from, to, what }) =>
      from < PROTOCOL_CODE_SPACE.from || to > PROTOCOL_CODE_SPACE.to
        ? [error([...path, path[0] === 'ranges' ? 'range' : 'code'], `${what} is outside ${PROTOCOL_CODE_SPACE.from}-${PROTOCOL_CODE_SPACE.to}: RFC 6455 leaves 0-999 unused and defines nothing above 4999`, `correct it; a protocol's own codes are usually 4000-4999 (private use)`)]
        : [],
    );
  },
};
