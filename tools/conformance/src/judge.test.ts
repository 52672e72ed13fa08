import { describe, expect, it } from 'vitest';
import { invalid, REQUIREMENTS, valid } from '@wscodes-tools/generators/vectors-model';
import { branchTaken, expectedReport, judgeApi, judgeHandshake, judgeReceive } from './judge.ts';
import { apiVector, clientHandshakeVector, frameVector, payloadVector, serverHandshakeVector } from './test-vectors.ts';

const close = (code: number | null) => ({ reply: { frame: 'close', code } as const });
const NONE = { reply: { frame: 'none' } as const };
const TIMEOUT = { reply: { frame: 'timeout' } as const };

/** 1000 then "ok": a valid Close that must be echoed. */
const normal = payloadVector({ id: 'normal', payloadHex: '03e86f6b', requirement: REQUIREMENTS.validCode, expected: valid(1000, 'ok') });

/** 1000 then a lone 0xff: invalid UTF-8, fail with 1007 (1002 conforms too). */
const badUtf8 = payloadVector({ id: 'bad-utf8', payloadHex: '03e8ff', requirement: REQUIREMENTS.invalidUtf8, expected: invalid(1007, [1002]) });

/** A masked server-to-client frame: the client must close, and may send a Close frame (any code). */
const maskedServerFrame = frameVector({
  id: 'masked',
  direction: 'server-to-client',
  payloadHex: '03e8',
  requirement: REQUIREMENTS.maskedServerFrame,
  expected: invalid(1002),
  maskingError: true,
});

/** A Close whose preferred outcome is failing with 1002, and taking it as `taken` conforms too. */
const failOrTake = (id: string, payloadHex: string, requirement: (typeof REQUIREMENTS)[keyof typeof REQUIREMENTS], taken: number, why: string) =>
  payloadVector({ id, payloadHex, requirement, expected: invalid(1002), alternatives: [{ expected: valid(taken, ''), why }] });

/** Code 1004 (reserved): failing with 1002 is common practice, taking it conforms too. */
const reservedCode = failOrTake('reserved', '03ec', REQUIREMENTS.unsendableCode, 1004, 'the RFC sets no rule for receiving it');

/** Code 5000: Autobahn only records what happens. */
const outOfRange = failOrTake('out-of-range', '1388', REQUIREMENTS.outOfRangeCode, 5000, 'nothing is required');

/** A 1-byte body: §5.5.1 binds the sender; failing is common practice, taking it as 1005 conforms too. */
const oneByte = failOrTake('one-byte', '03', REQUIREMENTS.bodyStartsWithCode, 1005, 'the sentence binds the sender');

describe('judgeReceive', () => {
  it('finds the preferred outcome conforming', () => {
    expect(judgeReceive(normal, close(1000))).toEqual({ verdict: 'conforms' });
    expect(judgeReceive(badUtf8, close(1007))).toEqual({ verdict: 'conforms' });
  });

  it('finds a listed alternative failure code an alternative', () => {
    expect(judgeReceive(badUtf8, close(1002))).toEqual({ verdict: 'alternative' });
  });

  it('finds an echo of the received code on a MUST-fail vector a MUST violation of the requirement', () => {
    expect(branchTaken(badUtf8, close(1000).reply)).toBe('valid');
    expect(judgeReceive(badUtf8, close(1000))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §8.1' });
  });

  it('finds failing without a Close frame a SHOULD violation of §7.1.7', () => {
    expect(branchTaken(badUtf8, NONE.reply)).toBe('invalid');
    expect(judgeReceive(badUtf8, NONE)).toEqual({ verdict: 'violates-should', clause: 'RFC 6455 §7.1.7' });
  });

  it('finds failing with an unlisted code where the code is preferred a SHOULD violation', () => {
    expect(judgeReceive(badUtf8, close(1011))).toEqual({ verdict: 'violates-should', clause: 'RFC 6455 §7.1.7' });
  });

  it('takes another code of its own in reply to a valid Close as an alternative (echoing is only typical)', () => {
    expect(branchTaken(normal, close(1001).reply)).toBe('valid');
    expect(judgeReceive(normal, close(1001))).toEqual({ verdict: 'alternative' });
  });

  it('reads a failure code in reply to a valid Close as failing it: a MUST violation of the requirement', () => {
    for (const code of [1002, 1007]) {
      expect(branchTaken(normal, close(code).reply)).toBe('invalid');
      expect(judgeReceive(normal, close(code))).toEqual({ verdict: 'violates-must', clause: REQUIREMENTS.validCode.source });
    }
  });

  it('lets a masking error be answered with any code, or with no Close frame', () => {
    expect(judgeReceive(maskedServerFrame, close(1002))).toEqual({ verdict: 'conforms' });
    expect(judgeReceive(maskedServerFrame, close(1003))).toEqual({ verdict: 'alternative' });
    expect(judgeReceive(maskedServerFrame, NONE)).toEqual({ verdict: 'alternative' });
  });

  it('finds a timeout a MUST violation, of the reply rule for a valid Close and of the requirement otherwise', () => {
    expect(judgeReceive(normal, TIMEOUT)).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §5.5.1' });
    expect(judgeReceive(badUtf8, TIMEOUT)).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §8.1' });
  });

  it('finds a timeout on a common-practice vector a MUST violation of the reply rule, not of the practice', () => {
    expect(judgeReceive(reservedCode, TIMEOUT)).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §5.5.1' });
  });

  it('reads a valid Close answered without a Close frame as failing it: a MUST violation of the requirement', () => {
    expect(branchTaken(normal, NONE.reply)).toBe('invalid');
    expect(judgeReceive(normal, NONE)).toEqual({ verdict: 'violates-must', clause: REQUIREMENTS.validCode.source });
  });

  it('finds a common-practice vector taken an alternative, and failed as preferred conforming', () => {
    expect(branchTaken(reservedCode, close(1004).reply)).toBe('valid');
    expect(judgeReceive(reservedCode, close(1004))).toEqual({ verdict: 'alternative' });
    expect(judgeReceive(reservedCode, close(1002))).toEqual({ verdict: 'conforms' });
  });

  it('finds an informational vector informational whatever the peer does', () => {
    for (const observed of [close(5000), close(1002), close(null), close(1000), NONE, TIMEOUT]) {
      expect(judgeReceive(outOfRange, observed)).toEqual({ verdict: 'informational' });
    }
  });

  it('counts an empty Close reply to a 1-byte body as taking it: the alternative, as the sentence binds the sender', () => {
    expect(branchTaken(oneByte, close(null).reply)).toBe('valid');
    expect(judgeReceive(oneByte, close(null))).toEqual({ verdict: 'alternative' });
    expect(judgeReceive(oneByte, close(1002))).toEqual({ verdict: 'conforms' });
    expect(judgeReceive(oneByte, { ...close(null), closeEvent: { code: 1005, reason: '', wasClean: true } })).toEqual({ verdict: 'alternative' });
  });

  it('finds a common-practice vector taken a way no outcome lists an alternative, not a violation', () => {
    const practice = payloadVector({ id: 'practice', payloadHex: '03', requirement: REQUIREMENTS.bodyStartsWithCode, expected: invalid(1002) });
    expect(judgeReceive(practice, close(null))).toEqual({ verdict: 'alternative' });
  });

  it('reads the failure codes from the vector', () => {
    const ownCodes = { ...normal, failureCodes: [1011] };
    expect(branchTaken(ownCodes, close(1011).reply)).toBe('invalid');
    expect(branchTaken(ownCodes, close(1002).reply)).toBe('valid');
  });

  describe('for a peer with the WHATWG API', () => {
    const whatwgClause = REQUIREMENTS.closeEvent.source;

    it('conforms when the close event is the expected one', () => {
      expect(judgeReceive(normal, { ...close(1000), closeEvent: { code: 1000, reason: 'ok', wasClean: true } })).toEqual({ verdict: 'conforms' });
    });

    it('finds a close event with another code, reason or wasClean a MUST violation of the WHATWG clause', () => {
      for (const closeEvent of [
        { code: 1006, reason: '', wasClean: false },
        { code: 1000, reason: '', wasClean: true },
        { code: 1000, reason: 'ok', wasClean: false },
      ]) {
        expect(judgeReceive(normal, { ...close(1000), closeEvent })).toEqual({ verdict: 'violates-must', clause: whatwgClause });
      }
    });

    it('finds no close event at all a MUST violation of the WHATWG clause', () => {
      expect(judgeReceive(normal, { ...close(1000), closeEvent: null })).toEqual({ verdict: 'violates-must', clause: whatwgClause });
    });

    it('holds the close event against the branch the peer took', () => {
      expect(judgeReceive(reservedCode, { ...close(1004), closeEvent: { code: 1004, reason: '', wasClean: true } })).toEqual({ verdict: 'alternative' });
      expect(judgeReceive(reservedCode, { ...close(1004), closeEvent: { code: 1006, reason: '', wasClean: false } })).toEqual({
        verdict: 'violates-must',
        clause: whatwgClause,
      });
    });

    it('checks the close event only where the vector names the close-event clause', () => {
      const unchecked = { ...normal, clauses: [] };
      expect(judgeReceive(unchecked, { ...close(1000), closeEvent: { code: 1006, reason: '', wasClean: false } })).toEqual({ verdict: 'conforms' });
    });

    it('ignores a close event where the vector has none (a client-to-server frame)', () => {
      const toServer = frameVector({ id: 'to-server', direction: 'client-to-server', payloadHex: '03e8', requirement: REQUIREMENTS.validCode, expected: valid(1000, '') });
      expect(toServer.closeEvent).toBeNull();
      expect(judgeReceive(toServer, { ...close(1000), closeEvent: null })).toEqual({ verdict: 'conforms' });
    });
  });
});

describe('judgeReceive on what a library reported to its application', () => {
  const reported = (code: number | null, reason: string | null) => ({ reported: { code, reason } });
  /** An empty Close body: the close code is 1005 (RFC 6455 §7.1.5). */
  const empty = payloadVector({ id: 'empty', payloadHex: '', requirement: REQUIREMENTS.emptyBody, expected: valid(1005, '') });
  const reservedOpcode = frameVector({ id: 'opcode-3', direction: 'client-to-server', opcode: 3, payloadHex: '', requirement: REQUIREMENTS.unknownOpcode, expected: invalid(1002) });

  it('expects the received code and reason, 1005 for a body with none, and 1006 for a failed connection', () => {
    expect(expectedReport(normal, close(1000).reply)).toEqual({ code: 1000, reason: 'ok' });
    expect(expectedReport(empty, close(null).reply)).toEqual({ code: 1005, reason: '' });
    expect(expectedReport(badUtf8, close(1007).reply)).toEqual({ code: 1006, reason: '' });
    expect(expectedReport(badUtf8, NONE.reply)).toEqual({ code: 1006, reason: '' });
    expect(expectedReport(reservedOpcode, close(1002).reply)).toEqual({ code: 1006, reason: '' });
    expect(expectedReport(reservedCode, close(1004).reply)).toEqual({ code: 1004, reason: '' });
    expect(expectedReport(normal, NONE.reply)).toEqual({ code: 1006, reason: '' });
    expect(expectedReport(normal, TIMEOUT.reply)).toBeUndefined();
  });

  it('expects nothing of a peer that took a frame no peer may take: the verdict says it all', () => {
    expect(expectedReport(badUtf8, close(1000).reply)).toBeUndefined();
    expect(judgeReceive(badUtf8, { ...close(1000), ...reported(1000, '') })).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §8.1' });
  });

  it('labels the expected report agrees, beside an unchanged verdict', () => {
    expect(judgeReceive(normal, { ...close(1000), ...reported(1000, 'ok') })).toEqual({ verdict: 'conforms', reportedVerdict: 'agrees' });
    expect(judgeReceive(empty, { ...close(null), ...reported(1005, '') })).toEqual({ verdict: 'conforms', reportedVerdict: 'agrees' });
    expect(judgeReceive(badUtf8, { ...close(1002), ...reported(1006, '') })).toEqual({ verdict: 'alternative', reportedVerdict: 'agrees' });
  });

  it('labels another code, another reason or no code differs, and leaves the verdict as the reply makes it', () => {
    expect(judgeReceive(empty, { ...close(null), ...reported(1000, '') })).toEqual({ verdict: 'conforms', reportedVerdict: 'differs' });
    expect(judgeReceive(normal, { ...close(1000), ...reported(1000, '') })).toEqual({ verdict: 'conforms', reportedVerdict: 'differs' });
    expect(judgeReceive(badUtf8, { ...close(1007), ...reported(1007, '') })).toEqual({ verdict: 'conforms', reportedVerdict: 'differs' });
    expect(judgeReceive(badUtf8, { ...close(1007), ...reported(0, null) })).toEqual({ verdict: 'conforms', reportedVerdict: 'differs' });
    expect(judgeReceive(normal, { ...close(1000), ...reported(null, null) })).toEqual({ verdict: 'conforms', reportedVerdict: 'differs' });
    expect(judgeReceive(normal, { ...NONE, ...reported(1000, 'ok') })).toEqual({ verdict: 'violates-must', clause: REQUIREMENTS.validCode.source, reportedVerdict: 'differs' });
  });

  it('judges only the code of a library that gives no reason', () => {
    expect(judgeReceive(normal, { ...close(1000), ...reported(1000, null) })).toEqual({ verdict: 'conforms', reportedVerdict: 'agrees' });
  });

  it('judges the report on an informational vector too, and none on a connection left open', () => {
    expect(judgeReceive(outOfRange, { ...close(1002), ...reported(1002, '') })).toEqual({ verdict: 'informational', reportedVerdict: 'differs' });
    expect(judgeReceive(normal, { ...TIMEOUT, ...reported(1006, '') })).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §5.5.1' });
  });
});

describe('judgeApi', () => {
  const accepted = { outcome: 'accepted', payloadHex: '03e8' } as const;
  const thrown = { outcome: 'InvalidAccessError', payloadHex: null } as const;
  const strict = apiVector('api-strict', REQUIREMENTS.apiCode, thrown);
  const lenient = apiVector('api-lenient', REQUIREMENTS.apiClamp, accepted, [{ expected: thrown, why: 'the standard does not settle it' }]);

  it('finds the preferred outcome conforming', () => {
    expect(judgeApi(strict, thrown)).toEqual({ verdict: 'conforms' });
    expect(judgeApi(lenient, accepted)).toEqual({ verdict: 'conforms' });
  });

  it('finds the listed alternative an alternative', () => {
    expect(judgeApi(lenient, thrown)).toEqual({ verdict: 'alternative' });
  });

  it('finds any other outcome a violation of the step, payload included', () => {
    expect(judgeApi(strict, accepted)).toEqual({ verdict: 'violates-must', clause: 'WHATWG WebSockets close() step 1' });
    expect(judgeApi(lenient, { outcome: 'accepted', payloadHex: '03e9' })).toEqual({ verdict: 'violates-must', clause: REQUIREMENTS.apiClamp.source });
    expect(judgeApi(lenient, { outcome: 'SyntaxError', payloadHex: null })).toEqual({ verdict: 'violates-must', clause: REQUIREMENTS.apiClamp.source });
  });
});

describe('judgeReceive on a frame that is no Close', () => {
  /** An empty frame with the reserved opcode 0xB: the receiver must fail the connection. */
  const reservedOpcode = frameVector({ id: 'opcode-11', direction: 'client-to-server', opcode: 0xb, payloadHex: '', requirement: REQUIREMENTS.unknownOpcode, expected: invalid(1002) });

  it('reads any Close in answer as failing: 1002 conforms, another code or an empty Close is an alternative (the code is preferred, the frame a SHOULD)', () => {
    expect(branchTaken(reservedOpcode, { frame: 'close', code: null })).toBe('invalid');
    expect(judgeReceive(reservedOpcode, close(1002))).toEqual({ verdict: 'conforms' });
    expect(judgeReceive(reservedOpcode, close(1000)).verdict).toBe('violates-should');
    expect(judgeReceive(reservedOpcode, close(null)).verdict).toBe('violates-should');
  });

  it('finds a connection left open a MUST violation of §5.2', () => {
    expect(judgeReceive(reservedOpcode, TIMEOUT)).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §5.2' });
  });
});

describe('judgeHandshake', () => {
  const refuse426 = { accept: false, status: 426, versions: [13] } as const;
  const response = (status: number | null, protocol: string | null = null, version: string | null = null) => ({ response: { status, protocol, version } });
  const badVersion = serverHandshakeVector('version-14', REQUIREMENTS.unsupportedVersion, { version: '14' }, refuse426);
  const choice = serverHandshakeVector('choice', REQUIREMENTS.subprotocolChoice, { version: '13', protocol: 'x-chat, superchat, chat' }, { accept: true, protocol: 'superchat' }, [
    { expected: { accept: true, protocol: null }, why: 'none' },
  ]);
  const duplicate = serverHandshakeVector('dup', REQUIREMENTS.subprotocolUnique, { version: '13', protocol: 'chat, chat' }, { accept: false, status: 400, versions: null }, [
    { expected: { accept: true, protocol: 'chat' }, why: 'goes on' },
  ]);

  it('finds a refused version conforming with 426 and the supported version listed, an alternative with another 4xx', () => {
    expect(judgeHandshake(badVersion, response(426, null, '13'))).toEqual({ verdict: 'conforms' });
    expect(judgeHandshake(badVersion, response(400, null, '13, 8'))).toEqual({ verdict: 'alternative' });
  });

  it('finds a refusal without a Sec-WebSocket-Version listing 13, an accepted version, a 5xx or no answer a MUST violation', () => {
    expect(judgeHandshake(badVersion, response(400))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.2' });
    expect(judgeHandshake(badVersion, response(426, null, '8'))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.2' });
    expect(judgeHandshake(badVersion, response(426, null, '013'))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.2' });
    expect(judgeHandshake(badVersion, response(101))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.2' });
    expect(judgeHandshake(badVersion, response(500, null, '13'))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.2' });
    expect(judgeHandshake(badVersion, response(null))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.2' });
  });

  it('grades the selected subprotocol: the preferred one conforms, a listed one is an alternative, one not offered breaks the MUST whatever the level', () => {
    expect(judgeHandshake(choice, response(101, 'superchat'))).toEqual({ verdict: 'conforms' });
    expect(judgeHandshake(choice, response(101))).toEqual({ verdict: 'alternative' });
    // Offered but not listed: the choice is the server's (a MAY), so no violation.
    expect(judgeHandshake(choice, response(101, 'x-chat'))).toEqual({ verdict: 'alternative' });
    expect(judgeHandshake(choice, response(101, 'Chat'))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.2' });
  });

  it('finds selecting a value that is no token a MUST violation, even when the client offered it', () => {
    const bad = serverHandshakeVector('bad', REQUIREMENTS.subprotocolGrammar, { version: '13', protocol: 'chat, a/b' }, { accept: false, status: 400, versions: null });
    expect(judgeHandshake(bad, response(101, 'a/b'))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.2' });
  });

  it('finds a server that goes on past a value the ABNF refuses a MUST violation of §4.2.1; another 4xx is an alternative', () => {
    const bad = serverHandshakeVector('bad', REQUIREMENTS.subprotocolGrammar, { version: '13', protocol: 'chat, a/b' }, { accept: false, status: 400, versions: null });
    expect(judgeHandshake(bad, response(101))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.1' });
    expect(judgeHandshake(bad, response(101, 'chat'))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.1' });
    expect(judgeHandshake(bad, response(null))).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.2.1' });
    expect(judgeHandshake(bad, response(422))).toEqual({ verdict: 'alternative' });
  });

  it('takes the subprotocol and version clauses from the vector', () => {
    expect(badVersion.clauses.map((c) => c.check)).toEqual(['subprotocol-offered', 'versions-listed']);
    const unchecked = { ...badVersion, clauses: [] };
    expect(judgeHandshake(unchecked, response(426))).toEqual({ verdict: 'conforms' });
  });

  it('finds a server that drops a MAY vector without an answer an alternative, and a MUST vector a violation', () => {
    expect(judgeHandshake(duplicate, response(null))).toEqual({ verdict: 'alternative' });
    expect(judgeHandshake(badVersion, response(null)).verdict).toBe('violates-must');
  });

  it('lets a sender-rule vector go either way: refusing with 400 conforms, going on is an alternative', () => {
    expect(judgeHandshake(duplicate, response(400))).toEqual({ verdict: 'conforms' });
    expect(judgeHandshake(duplicate, response(403))).toEqual({ verdict: 'alternative' });
    expect(judgeHandshake(duplicate, response(101, 'chat'))).toEqual({ verdict: 'alternative' });
  });

  it('judges a client by whether it opened, and with which subprotocol', () => {
    const fails = { accept: false, status: null, versions: null } as const;
    const notOffered = clientHandshakeVector('not-offered', REQUIREMENTS.subprotocolNotOffered, ['chat'], 'superchat', fails);
    const selected = clientHandshakeVector('selected', REQUIREMENTS.subprotocolInUse, ['chat', 'superchat'], 'superchat', { accept: true, protocol: 'superchat' });
    expect(judgeHandshake(notOffered, { opened: false, protocol: null })).toEqual({ verdict: 'conforms' });
    expect(judgeHandshake(notOffered, { opened: true, protocol: 'superchat' })).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.1' });
    expect(judgeHandshake(selected, { opened: true, protocol: 'superchat' })).toEqual({ verdict: 'conforms' });
    expect(judgeHandshake(selected, { opened: true, protocol: null })).toEqual({ verdict: 'violates-must', clause: 'RFC 6455 §4.1' });
  });

  it('refuses an observation of the other side, naming the vector', () => {
    expect(() => judgeHandshake(badVersion, { opened: true, protocol: null })).toThrow(/version-14 tests a server/);
  });
});
