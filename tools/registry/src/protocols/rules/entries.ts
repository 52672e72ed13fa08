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
      ...doc.codes.flatMap((c, i) => (c.reasons ?? []).flatMap((r, j) => (r.reconnect ? [{ path: ['codes', i, 'reasons', j, 'reconnect'], what: `code ${c.code} with ${r.token}`, verdict: r.reconnect }] : []))),
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

export const uniqueReasons: ProtocolRule = {
  id: 'protocol-unique-reasons',
  description: 'a reason token has one entry under its code',
  needsWhole: [],
  check(doc) {
    return doc.codes.flatMap((c, i) => {
      const first = new Map<string, number>();
      return (c.reasons ?? []).flatMap((r, j) => {
        const earlier = first.get(r.token);
        if (earlier === undefined) return first.set(r.token, j), [];
        return [error(['codes', i, 'reasons', j, 'token'], `the reason token ${r.token} of code ${c.code} has a second entry (the first is reasons[${earlier}])`, 'merge the two entries into one')];
      });
    });
  },
};

export const namesApart: ProtocolRule = {
  id: 'protocol-names-apart',
  description: "an alias id is used once, and is neither the protocol's id nor one of its subprotocol tokens",
  needsWhole: [],
  check(doc) {
    // The id last: a protocol's one token is often its id too, and is then named as the id.
    const own = new Map<string, string>([...doc.subprotocols.map((t): [string, string] => [t, 'a subprotocol token']), [doc.id, 'the id']]);
    return (doc.aliases ?? []).flatMap((a, i) => {
      const taken = own.get(a.id);
      own.set(a.id, `the alias aliases[${i}]`);
      return taken === undefined ? [] : [error(['aliases', i, 'id'], `the alias id ${a.id} is already ${taken} of this protocol: a lookup by it would name it twice`, 'give the alias an id of its own, or remove it')];
    });
  },
};

export const carriedInNote: ProtocolRule = {
  id: 'protocol-carried-in',
  description: 'codes carried in a message of the protocol\'s own say how (carriedInNote)',
  needsWhole: [],
  check(doc) {
    if (doc.carriedIn === 'protocol-message' && doc.carriedInNote === undefined) {
      return [error(['carriedIn'], 'the codes travel in a message of the protocol\'s own, but the file does not say how', 'add `carriedInNote`: the message that carries the code and how it reaches the app (SockJS: c[code,"reason"], handed to onclose)')];
    }
    if (doc.carriedIn !== 'protocol-message' && doc.carriedInNote !== undefined) {
      return [error(['carriedInNote'], 'carriedInNote is set, but the codes travel in the WebSocket Close frame (carriedIn is close-frame or absent)', 'set `carriedIn: protocol-message`, or move the text to `notes`')];
    }
    return [];
  },
};
