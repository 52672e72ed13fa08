import type { ReconnectAdviceDocument, RegistryDocument } from '../schema.ts';
import { error, type Rule } from '../spec.ts';

/** Every reconnect block in the document, with its path. */
function adviceBlocks(doc: RegistryDocument): { path: (string | number)[]; advice: ReconnectAdviceDocument; what: string }[] {
  return [
    ...doc.codes.map((c, i) => ({ path: ['codes', i, 'reconnect'], advice: c.reconnect, what: `code ${c.code}` })),
    ...doc.ranges.map((r, i) => ({ path: ['ranges', i, 'reconnect'], advice: r.reconnect, what: `range ${r.range}` })),
    { path: ['notACloseCode', 'reconnect'], advice: doc.notACloseCode.reconnect, what: 'notACloseCode' },
  ];
}

export const reconnectDelayOrder: Rule = {
  id: 'reconnect-delay-order',
  needsWhole: [],
  description: 'a reconnect delay range starts at or before its end',
  check(doc) {
    return adviceBlocks(doc).flatMap(({ path, advice, what }) =>
      advice.delay && advice.delay.minSeconds > advice.delay.maxSeconds
        ? [error([...path, 'delay', 'minSeconds'], `the reconnect delay of ${what} starts at ${advice.delay.minSeconds} s, after its end at ${advice.delay.maxSeconds} s`, 'swap minSeconds and maxSeconds')]
        : [],
    );
  },
};

export const reconnectDelayPolicy: Rule = {
  id: 'reconnect-delay-policy',
  needsWhole: [],
  description: 'a reconnect delay only goes with a policy that reconnects (backoff or depends)',
  check(doc) {
    return adviceBlocks(doc).flatMap(({ path, advice, what }) =>
      advice.delay && (advice.policy === 'do-not-retry' || advice.policy === 'not-needed')
        ? [error([...path, 'delay'], `${what} has a reconnect delay but its policy is ${advice.policy}`, 'remove the delay, or change the policy to backoff or depends')]
        : [],
    );
  },
};
