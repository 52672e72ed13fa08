import { CLOSE_OPCODE, NO_STATUS_RECEIVED, TOKEN_PATTERN, type ApiObservation, type ObservedReported, type ReportedVerdict, type ClientHandshakeObservation, type ReceiveObservation, type ServerHandshakeObservation, type Verdict } from '@wscodes-tools/registry';
import type { ApiCloseCallVector, CloseFrameVector, ClosePayloadVector, HandshakeVector } from '@wscodes/fixtures';

// Turns what a runner saw into a verdict, from the vector alone: the rules of the fixtures README's
// "Judging a peer" (JUDGING_RULES in the vector model), one per verdict label. The one place where
// observations are judged: runners in every language only observe (see PROTOCOL.md). Each vector
// carries its requirement, its outcomes (`expected`, then `alternatives`), the codes that announce a
// failure (`failureCodes`) and the rules that hold whatever it prefers (`clauses`).

export type ReceiveVector = ClosePayloadVector | CloseFrameVector;
type Level = ReceiveVector['requirement']['level'];
type Verdict4 = Exclude<Verdict, 'informational'>;

export interface Judgement {
  readonly verdict: Verdict;
  /** For a violation: the clause broken. */
  readonly clause?: string;
  /** For a peer that reported a close to its application (`observed.reported`): does it agree with RFC 6455 §7.1.5-7.1.6? */
  readonly reportedVerdict?: ReportedVerdict;
}

const SEVERITY: readonly Verdict4[] = ['conforms', 'alternative', 'violates-should', 'violates-must'];
const worst = (a: Judgement, b: Judgement): Judgement =>
  SEVERITY.indexOf(b.verdict as Verdict4) > SEVERITY.indexOf(a.verdict as Verdict4) ? b : a;

const CONFORMS: Judgement = { verdict: 'conforms' };
const ALTERNATIVE: Judgement = { verdict: 'alternative' };

/** Breaking a requirement of this level: MAY and common practice leave the choice to the peer. */
function breaking(level: Level | 'MUST' | 'SHOULD' | 'MAY', clause: string): Judgement {
  if (level === 'MUST') return { verdict: 'violates-must', clause };
  if (level === 'SHOULD') return { verdict: 'violates-should', clause };
  return ALTERNATIVE;
}

type Check = ReceiveVector['clauses'][number]['check'];

/** Breaking a clause the vector names: a violation at the clause's level; undefined when the vector has no such clause. */
function breakingClause(v: { readonly id: string; readonly clauses: ReceiveVector['clauses'] }, check: Check): Judgement | undefined {
  const clause = v.clauses.find((c) => c.check === check);
  return clause && breaking(clause.requirement.level, clause.requirement.source);
}


type Branch = 'valid' | 'invalid' | 'open';

/** The code in the received body, or null when the body is too short to hold one. */
const receivedCode = (v: ReceiveVector): number | null => (v.payloadHex.length >= 4 ? Number.parseInt(v.payloadHex.slice(0, 4), 16) : null);

/** Is the vector a frame of another kind than Close (a reserved opcode, a Ping)? Its payload holds no code to echo. */
const isOtherFrame = (v: ReceiveVector): boolean => 'frameHex' in v && (Number.parseInt(v.frameHex.slice(0, 2), 16) & 0xf) !== CLOSE_OPCODE;

/**
 * Which way the peer went: it took the frame, failed the connection, or did neither (left it open).
 * Closing without a Close frame is failing. A Close frame that echoes what a taker would send (the
 * received code, or no code for a body without one) is taking the frame; a failure code (1002,
 * 1007, or one the vector lists) is failing; any other code is a taker's own reply where the frame
 * can be taken, and a failure with an unusual code where it cannot.
 */
export function branchTaken(v: ReceiveVector, reply: ReceiveObservation['reply']): Branch {
  if (reply.frame === 'timeout') return 'open';
  if (reply.frame === 'none') return 'invalid';
  // A Close in answer to a frame that is no Close is the peer closing: failing, whatever its code.
  if (isOtherFrame(v)) return v.expected.valid ? 'valid' : 'invalid';
  const verdicts = [v.expected, ...v.alternatives.map((a) => a.expected)];
  const validVerdict = verdicts.find((x) => x.valid);
  const invalidVerdict = verdicts.find((x) => !x.valid);
  const echo = validVerdict?.valid ? (validVerdict.code === NO_STATUS_RECEIVED ? null : validVerdict.code) : receivedCode(v);
  const listed = invalidVerdict && !invalidVerdict.valid ? [invalidVerdict.closeWith, ...invalidVerdict.alternativeCodes] : [];
  if (reply.code === echo && !listed.includes(reply.code ?? -1)) return 'valid';
  if (reply.code !== null && (listed.includes(reply.code) || v.failureCodes.includes(reply.code))) return 'invalid';
  return validVerdict ? 'valid' : 'invalid';
}

/** Judges a payload or frame vector from the reply and, for a WHATWG client, the close event. */
export function judgeReceive(v: ReceiveVector, observed: ReceiveObservation): Judgement {
  const judgement = judgeReceiveStrictly(v, observed);
  const reportedVerdict = observed.reported ? judgeReported(v, observed.reply, observed.reported) : undefined;
  return { ...(v.requirement.level === 'informational' ? { verdict: 'informational' } : judgement), ...(reportedVerdict ? { reportedVerdict } : {}) };
}

/** The close a code 1006 stands for: no Close frame taken, the transport lost (RFC 6455 §7.1.5). */
const ABNORMAL: ObservedReported = { code: 1006, reason: '' };

/**
 * What the application should have been told, by RFC 6455 §7.1.5-7.1.6, for the way the peer went:
 * taking a Close frame, the code in it (1005 for none) and its reason; failing the connection, 1006
 * and no reason, since a failing endpoint takes no Close frame (§7.1.7: it "MUST NOT continue to
 * attempt to process data (including a responding Close frame)"), as the WHATWG close event reads
 * it. Undefined, not judged, where the verdict alone says what went wrong: the peer left the
 * connection open, or took a frame the vector allows no peer to take.
 */
export function expectedReport(v: ReceiveVector, reply: ReceiveObservation['reply']): ObservedReported | undefined {
  const taken = branchTaken(v, reply);
  if (taken === 'open') return undefined;
  if (taken === 'invalid') return ABNORMAL;
  const valid = [v.expected, ...v.alternatives.map((a) => a.expected)].find((x) => x.valid);
  return valid?.valid ? { code: valid.code, reason: valid.reason } : undefined;
}

/**
 * Judges what a library reported to its application. The RFC defines the value ("is considered to
 * be"), with no RFC 2119 keyword: "differs" is informational and never changes the verdict. A null
 * reason is a library that gives none: only the code is judged then.
 */
export function judgeReported(v: ReceiveVector, reply: ReceiveObservation['reply'], reported: ObservedReported): ReportedVerdict | undefined {
  const expected = expectedReport(v, reply);
  if (!expected) return undefined;
  return reported.code === expected.code && (reported.reason === null || reported.reason === expected.reason) ? 'agrees' : 'differs';
}

function judgeReceiveStrictly(v: ReceiveVector, observed: ReceiveObservation): Judgement {
  const taken = branchTaken(v, observed.reply);
  if (taken === 'open') {
    // Neither outcome leaves the connection open: failing closes it, and a valid Close needs a reply.
    // Where taking the frame conforms, that reply rule is the MUST broken, even when failing is preferred
    // (the requirement of a common-practice vector is no MUST).
    const validBranch = [v, ...v.alternatives].find((o) => o.expected.valid);
    return { verdict: 'violates-must', clause: validBranch ? validBranch.reply.source : v.requirement.source };
  }
  const preferred = v.expected.valid === (taken === 'valid');
  const branch = preferred ? v : v.alternatives.find((a) => a.expected.valid === (taken === 'valid'));
  if (!branch) return breaking(v.requirement.level, v.requirement.source);

  let judgement = preferred ? CONFORMS : ALTERNATIVE;
  const reply = branch.reply;
  if (observed.reply.frame === 'none') judgement = worst(judgement, reply.frame === 'MAY' ? ALTERNATIVE : breaking(reply.frame, reply.source));
  else if (observed.reply.frame === 'close' && observed.reply.code !== reply.code) {
    const allowed = reply.codeIs === 'typical' || (observed.reply.code !== null && reply.alternativeCodes.includes(observed.reply.code));
    judgement = worst(judgement, allowed ? ALTERNATIVE : breaking(reply.frame, reply.source));
  }

  const closeEventBroken = breakingClause(v, 'close-event');
  if (observed.closeEvent !== undefined && branch.closeEvent !== null && closeEventBroken) {
    const event = observed.closeEvent;
    const expected = branch.closeEvent;
    const same = event !== null && event.code === expected.code && event.reason === expected.reason && event.wasClean === expected.wasClean;
    if (!same) judgement = worst(judgement, closeEventBroken);
  }
  return judgement;
}

/** Judges a close() call: the preferred outcome, the alternative one, or a violation of the step. */
export function judgeApi(v: ApiCloseCallVector, observed: ApiObservation): Judgement {
  const matches = (x: { outcome: string; payloadHex: string | null }) => x.outcome === observed.outcome && x.payloadHex === observed.payloadHex;
  if (matches(v.expected)) return CONFORMS;
  if (v.alternatives.some((a) => matches(a.expected))) return ALTERNATIVE;
  return breaking(v.requirement.level, v.requirement.source);
}

// ---------------------------------------------------------------------------------------------
// The opening handshake.

type HandshakeObservation = ServerHandshakeObservation | ClientHandshakeObservation;
type Outcome = HandshakeVector['expected'];

/** The names a Sec-WebSocket-Protocol value offers, as a server splitting on commas reads them. */
const offeredNames = (value: string): string[] => value.split(',').map((name) => name.trim());

/** The version(s) a Sec-WebSocket-Version field lists (1#version); undefined when it is no such list. */
function listedVersions(value: string): number[] | undefined {
  const items = value.split(',').map((item) => item.trim());
  return items.every((item) => /^(0|[1-9][0-9]{0,2})$/.test(item) && Number(item) <= 255) ? items.map(Number) : undefined;
}

/**
 * Judges a handshake vector. A server's answer: which outcome it matches (101 with the same
 * subprotocol; a refusal, its preferred status or another 4xx), and the MUSTs that hold whatever the
 * vector prefers: a 101 names only a subprotocol the client offered, and a refusal of a version lists
 * the versions understood. A client's: whether it opened, with the subprotocol the server selected.
 */
export function judgeHandshake(v: HandshakeVector, observed: HandshakeObservation): Judgement {
  const outcomes: { outcome: Outcome; preferred: boolean }[] = [
    { outcome: v.expected, preferred: true },
    ...v.alternatives.map((a) => ({ outcome: a.expected, preferred: false })),
  ];
  if (v.peer === 'client') {
    if (!('opened' in observed)) throw new Error(`vector ${v.id} tests a client, but the observation is a server's response`);
    const match = outcomes.find(({ outcome }) => outcome.accept === observed.opened && (!outcome.accept || outcome.protocol === observed.protocol));
    if (match) return match.preferred ? CONFORMS : ALTERNATIVE;
    return breaking(v.requirement.level, v.requirement.source);
  }
  if (!('response' in observed)) throw new Error(`vector ${v.id} tests a server, but the observation is a client's`);
  const { status, protocol, version } = observed.response;
  // No answer at all: the server neither accepted nor sent the HTTP error a refusal needs.
  if (status === null) return breaking(v.requirement.level, v.requirement.source);
  const request = Object.fromEntries(v.request.headers.map((h) => [h.name.toLowerCase(), h.value]));
  if (status === 101) {
    const offered = offeredNames(request['sec-websocket-protocol'] ?? '');
    // Only a token the client offered, compared exactly: the value is (token), derived from the client's handshake.
    const notOffered = protocol !== null && (!offered.includes(protocol) || !TOKEN_PATTERN.test(protocol)) ? breakingClause(v, 'subprotocol-offered') : undefined;
    if (notOffered) return notOffered;
    const match = outcomes.find(({ outcome }) => outcome.accept && outcome.protocol === protocol);
    if (match) return match.preferred ? CONFORMS : ALTERNATIVE;
    return breaking(v.requirement.level, v.requirement.source);
  }
  const refusals = outcomes.filter((o): o is { outcome: Extract<Outcome, { accept: false }>; preferred: boolean } => !o.outcome.accept);
  const isClientError = status >= 400 && status <= 499;
  const match = isClientError ? (refusals.find((o) => o.outcome.status === status) ?? refusals[0]) : undefined;
  if (!match) return breaking(v.requirement.level, v.requirement.source);
  const needed = match.outcome.versions;
  const unlisted = needed ? breakingClause(v, 'versions-listed') : undefined;
  if (needed && unlisted) {
    const listed = version === null ? undefined : listedVersions(version);
    if (!listed || !needed.every((n) => listed.includes(n))) return unlisted;
  }
  return match.preferred && match.outcome.status === status ? CONFORMS : ALTERNATIVE;
}
