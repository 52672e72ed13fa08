import type { Verdict } from '@wscodes-tools/registry';

// How an observation of a peer becomes a verdict: the one home of the judging rules. The fixtures
// README prints them (one rule per verdict label), and tools/conformance/src/judge.ts implements them
// from the members each vector carries; a consumer with the README and the schema judges the same way.

/**
 * How long a runner waits for a peer's answer (a Close frame, the connection closing, a handshake
 * response) before it records that nothing came: the "left open" limit of tools/conformance/PROTOCOL.md,
 * which states the same number (a test holds the two together).
 */
export const NO_ANSWER_LIMIT_SECONDS = 10;

/** The verdict labels, from the best to the worst; a result takes the worst label any rule gives it. */
export const VERDICT_SEVERITY = ['conforms', 'alternative', 'violates-should', 'violates-must'] as const satisfies readonly Verdict[];

/** What a peer did, per family: what a runner records before anything is judged. */
export const OBSERVATIONS: readonly string[] = [
  `**Close payloads and frames**: the peer's reply is a Close frame (with its code, or none), or the connection closing with no Close frame (the peer *failed*), or nothing within ${NO_ANSWER_LIMIT_SECONDS} seconds (it *left the connection open*). A WHATWG client also reports its close event.`,
  '**`close()` calls**: `accepted` with the Close body sent, or the name of the exception thrown.',
  `**Handshakes, server**: the status of the response, with its \`Sec-WebSocket-Protocol\` and \`Sec-WebSocket-Version\`; or *no answer*, when the connection closes, or ${NO_ANSWER_LIMIT_SECONDS} seconds pass, before a whole response head.`,
  '**Handshakes, client**: whether the connection opened, and with which subprotocol.',
];

/**
 * The outcomes a vector allows are its `expected` and each item of `alternatives`. Which one did
 * the peer take? The first step of every rule below.
 */
export const MATCHING: readonly string[] = [
  `**Close payloads and frames.** Left open matches no outcome. No Close frame: the peer failed. A Close frame in answer to a frame that is no Close (a reserved opcode, a Ping): it failed. A Close that carries what a taker sends (the received code; no code for a body without one) and no code listed for failing: it took the frame. A Close with a code of the vector's \`failureCodes\`, or of \`closeWith\` and \`alternativeCodes\`: it failed. Any other code: it took the frame where an outcome takes it (\`valid: true\`), and failed otherwise. The outcome taken is the one whose \`expected.valid\` says the same.`,
  '**`close()` calls.** The outcome whose `expected.outcome` and `expected.payloadHex` both equal what the call did.',
  '**Handshakes, server.** A `101` matches an accepting outcome with the same `protocol` (`null`: no `Sec-WebSocket-Protocol`). A 4xx matches a refusing outcome: the one with that `status`, otherwise the first refusal listed. Any other status, and no answer, match nothing.',
  '**Handshakes, client.** Opened with the same subprotocol matches an accepting outcome with that `protocol`; failing the connection matches a refusing one.',
];

/** One rule per verdict label: the conditions, in terms of the vector's members, that give it. */
export const JUDGING_RULES: Readonly<Record<Verdict, string>> = {
  conforms: 'The peer took `expected`, exactly: for a receive vector, with a Close frame carrying `reply.code` (and, for a WHATWG client, the `closeEvent` of that outcome); for a refused handshake, with `expected.status`. No rule below gives a worse label.',
  alternative:
    'The peer took one of `alternatives`; or failed with a code of `expected.alternativeCodes`, or replied with a code of `reply.alternativeCodes`; or replied with another code where `reply.codeIs` is `typical`; or sent no Close frame where `reply.frame` is `MAY`; or refused a handshake with a 4xx other than the status of the outcome it matched; or took no allowed outcome where `requirement.level` is `MAY` or `common-practice`. No rule below gives a worse label.',
  'violates-should':
    'The peer took no allowed outcome where `requirement.level` is `SHOULD`; or, for the outcome it took, sent no Close frame where `reply.frame` is `SHOULD`, or a code outside `reply.code` and `reply.alternativeCodes` where `reply.codeIs` is `preferred` and `reply.frame` is `SHOULD`. The clause is `requirement.source` or `reply.source`.',
  'violates-must':
    'The peer took no allowed outcome where `requirement.level` is `MUST` (a server that drops the connection, or sends no whole response head in time, took none; the clause is `requirement.source`); or left a receive vector\'s connection open (the clause is the `reply.source` of an outcome that takes the frame, else `requirement.source`); or, for the outcome it took, sent no Close frame where `reply.frame` is `MUST`, or a code outside `reply.code` and `reply.alternativeCodes` where `reply.codeIs` is `preferred` and `reply.frame` is `MUST`; or broke one of the vector\'s `clauses` (each a MUST), whatever it took (the clause is that requirement\'s `source`): `close-event`, its close event differs in `code`, `reason` or `wasClean` from the `closeEvent` of the outcome it took, or it reported none; `subprotocol-offered`, a `101` names a subprotocol that is not a token, or not one of the names the client offered (split on commas, spaces trimmed, compared exactly); `versions-listed`, a refusal whose `Sec-WebSocket-Version` does not list every number of the matched outcome\'s `versions`.',
  informational: 'Where `requirement.level` is `informational`, whatever the peer did: recorded, never judged.',
};
