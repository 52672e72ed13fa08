// Speed of @wscodes/core against what an application or library does by hand, as ratios from one run.
import { corePolicy, coreCodeCheck, coreDecode, coreEncode, corePolicyChecksum, coreSubprotocolCheck } from './contenders/core.ts';
import { REGISTERED_SUBPROTOCOLS } from '@wscodes/core/handshake';
import { isUtf8Receipt } from './contenders/node-only.ts';
import { encodeIntoBody, policyBySwitch, setHasFor, switchPolicyChecksum, textDecoderReceipt, type CloseToEncode } from './contenders/portable.ts';
import { wsCodeCheck, wsReceipt, wsStatusCode } from './contenders/ws.ts';
import { fastestRatio, race, ratioToBest, type Contender, type RaceOptions, type Spread } from './measure.ts';

/** What a row's figure is held against: the named baseline, and the most the subject may take (a ratio). */
export interface Target {
  readonly against: string;
  readonly max: number;
}

export interface RatioRow {
  /** What is measured, e.g. the payload. */
  readonly label: string;
  /** ns per call in the subject's fastest round. */
  readonly subjectNs: number;
  /**
   * Each baseline: ns per call in its fastest round, the figure (the subject's fastest round over
   * the baseline's), and the spread of the per-round ratios (min / median / max).
   */
  readonly baselines: readonly { readonly name: string; readonly ns: number; readonly figure: number; readonly ratio: Spread; readonly portable: boolean }[];
  readonly target: Target;
  /** The figure against the target's baseline. */
  readonly figure: number;
  readonly rounds: number;
}

export interface SpeedReport {
  readonly wsCheckSource: string;
  readonly rounds: number;
  readonly decode: readonly RatioRow[];
  readonly encode: readonly RatioRow[];
  readonly codeCheck: RatioRow;
  readonly policy: RatioRow;
  readonly subprotocol: RatioRow;
}

interface Baseline<I> extends Contender<I> {
  readonly portable: boolean;
}

function ratioRow<I>(label: string, subject: Contender<I>, baselines: readonly Baseline<I>[], inputs: readonly I[], options: RaceOptions, target: Target): RatioRow {
  if (!baselines.some((b) => b.name === target.against)) throw new Error(`${label}: the target's baseline "${target.against}" is not among the contenders`);
  const result = race([subject, ...baselines], inputs, options);
  return {
    label,
    subjectNs: result.fastestNs.get(subject.name)!,
    baselines: baselines.map((b) => ({
      name: b.name,
      ns: result.fastestNs.get(b.name)!,
      figure: fastestRatio(result, subject.name, b.name),
      ratio: ratioToBest(result, subject.name, [b.name]),
      portable: b.portable,
    })),
    target,
    figure: fastestRatio(result, subject.name, target.against),
    rounds: result.rounds,
  };
}

/** A Close payload as Node hands it over: a Buffer. */
function payload(code: number, reason: Uint8Array | string): Buffer {
  const reasonBytes = typeof reason === 'string' ? Buffer.from(reason, 'utf8') : reason;
  const body = Buffer.alloc(2 + reasonBytes.length);
  body.writeUInt16BE(code, 0);
  body.set(reasonBytes, 2);
  return body;
}

/** A reason of exactly 123 UTF-8 bytes, mixing 2-, 3- and 4-byte characters, ending in a multibyte one. */
export function multibyteReason(): string {
  let reason = '';
  const pieces = ['é', '€', '😀', 'ß', ' ', 'ü'];
  for (let i = 0; Buffer.byteLength(reason + pieces[i % pieces.length]) <= 120; i++) reason += pieces[i % pieces.length];
  while (Buffer.byteLength(reason) < 120) reason += 'a';
  reason += '€'; // 3 bytes: 123 in all
  if (Buffer.byteLength(reason) !== 123) throw new Error(`multibyte reason is ${Buffer.byteLength(reason)} bytes, wanted 123`);
  return reason;
}

const ASCII_123 = 'Server is restarting for a scheduled deploy; please reconnect in a few seconds and resume your subscription. Thank you!!'.slice(0, 123);

/**
 * 123 invalid bytes as they happen in practice: a reason cut at a byte count that splits its last
 * character (121 ASCII bytes, then the first two bytes of the three of U+20AC).
 */
function cutReason(): Uint8Array {
  const bytes = new Uint8Array(123);
  bytes.set(Buffer.from(ASCII_123.slice(0, 121), 'latin1'));
  bytes.set([0xe2, 0x82], 121);
  return bytes;
}

/** 123 invalid bytes the other way they happen: text sent as Latin-1, an é (E9) mid-text where UTF-8 wants C3 A9. */
function latin1Reason(): Uint8Array {
  const bytes = Buffer.from(ASCII_123, 'latin1');
  bytes[60] = 0xe9;
  return bytes;
}

export const FATAL_TEXT_DECODER = 'fatal TextDecoder';
export const VALIDATE_FIRST = 'validate-first (buffer.isUtf8)';
export const ENCODE_INTO = 'TextEncoder#encodeInto';

/** Valid payloads and a reason cut mid-character: at most 1.1x a fatal TextDecoder doing the same work. */
const NEAR_DECODER: Target = { against: FATAL_TEXT_DECODER, max: 1.1 };

export const DECODE_CASES: readonly (readonly [string, Buffer, Target])[] = [
  ['empty (0 B)', Buffer.alloc(0), NEAR_DECODER],
  ['code only (2 B)', payload(1001, ''), NEAR_DECODER],
  ['20 B ASCII reason', payload(1001, 'server shutting down'), NEAR_DECODER],
  ['123 B ASCII reason', payload(1001, ASCII_123), NEAR_DECODER],
  ['123 B multibyte reason', payload(4000, multibyteReason()), NEAR_DECODER],
  ['123 B reason cut mid-character', payload(1001, cutReason()), NEAR_DECODER],
  ['123 B invalid reason, Latin-1 byte mid-text', payload(1001, latin1Reason()), { against: VALIDATE_FIRST, max: 1.5 }],
];

export const ENCODE_CASES: readonly (readonly [string, CloseToEncode])[] = [
  ['123 B ASCII reason', { code: 1001, reason: ASCII_123 }],
  ['123 B multibyte reason', { code: 4000, reason: multibyteReason() }],
];

/** Codes as a server sees them arrive: mostly common registered ones, some app codes, a few invalid. */
function receivedCodes(count: number): number[] {
  const common = [1000, 1000, 1000, 1001, 1001, 1008, 1011, 1002, 1003, 1009, 1012, 1013, 1014];
  const invalid = [0, 999, 1004, 1005, 1006, 1015, 1016, 2000, 2999, 5000, 65535];
  let seed = 0x2545f491;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const codes: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.6) codes.push(common[Math.floor(random() * common.length)]!);
    else if (r < 0.8) codes.push(4000 + Math.floor(random() * 1000));
    else if (r < 0.9) codes.push(3000 + Math.floor(random() * 1000));
    else codes.push(invalid[Math.floor(random() * invalid.length)]!);
  }
  return codes;
}

/** The switch must give describeCloseCode's policy for every code, or the comparison means nothing. */
function assertSwitchAgrees(): void {
  for (let code = 0; code <= 0xffff; code++) {
    if (policyBySwitch(code) !== corePolicy(code)) {
      throw new Error(`the switch baseline says ${policyBySwitch(code)} for ${code}, describeCloseCode says ${corePolicy(code)}: update bench/contenders/portable.ts`);
    }
  }
}

export function measureSpeed(options: RaceOptions): SpeedReport {
  const decodeSubject: Contender<Buffer> = { name: 'decodeClosePayload', run: coreDecode };
  const decodeBaselines: Baseline<Buffer>[] = [
    { name: FATAL_TEXT_DECODER, run: textDecoderReceipt, portable: true },
    { name: VALIDATE_FIRST, run: isUtf8Receipt, portable: false },
    { name: 'ws receive path', run: wsReceipt, portable: true },
  ];
  // A server sees every kind of payload: warm every contender on all of them first, so that no
  // case is timed on type feedback that only the cases before it have shaped.
  const everyCase = DECODE_CASES.map(([, body]) => body);
  for (const contender of [decodeSubject, ...decodeBaselines]) {
    for (let i = 0; i < 20_000; i++) contender.run(everyCase[i % everyCase.length]!);
  }
  const decode = DECODE_CASES.map(([label, body, target]) =>
    // 16 copies, so the loop indexes a small array rather than folding one constant.
    ratioRow(label, decodeSubject, decodeBaselines, Array.from({ length: 16 }, () => Buffer.from(body)), options, target),
  );

  const encodeSubject: Contender<CloseToEncode> = { name: 'encodeClosePayload', run: coreEncode };
  const encodeBaselines: Baseline<CloseToEncode>[] = [{ name: ENCODE_INTO, run: encodeIntoBody, portable: true }];
  for (const contender of [encodeSubject, ...encodeBaselines]) {
    for (let i = 0; i < 20_000; i++) contender.run(ENCODE_CASES[i % ENCODE_CASES.length]![1]);
  }
  const encode = ENCODE_CASES.map(([label, close]) =>
    ratioRow(label, encodeSubject, encodeBaselines, Array.from({ length: 16 }, () => ({ ...close })), options, { against: ENCODE_INTO, max: 1.2 }),
  );

  const codes = receivedCodes(1024);
  const codeCheck = ratioRow('isValidCloseCode', { name: 'isValidCloseCode', run: coreCodeCheck }, [{ name: 'ws isValidStatusCode', run: wsCodeCheck, portable: true }], codes, options, {
    against: 'ws isValidStatusCode',
    max: 1.0,
  });
  const policy = ratioRow(
    'describeCloseCode(c).reconnect.policy',
    { name: 'describeCloseCode(c).reconnect.policy', run: corePolicyChecksum },
    [{ name: 'switch (code)', run: switchPolicyChecksum, portable: true }],
    codes,
    options,
    { against: 'switch (code)', max: 1.5 },
  );
  // Offered names as a server sees them: half registered, half not (unknown, or a case variant).
  const offered = Array.from({ length: 256 }, (_, i) => {
    const name = REGISTERED_SUBPROTOCOLS[i % REGISTERED_SUBPROTOCOLS.length]!;
    return i % 4 === 0 ? name : i % 4 === 1 ? name.toUpperCase() : i % 4 === 2 ? `x-${name}` : name;
  });
  const subprotocol = ratioRow(
    'isRegisteredSubprotocol',
    { name: 'isRegisteredSubprotocol', run: coreSubprotocolCheck },
    [{ name: 'Set#has', run: setHasFor(REGISTERED_SUBPROTOCOLS), portable: true }],
    offered,
    options,
    { against: 'Set#has', max: 1.5 },
  );
  // After the race, not before: describing all 65,536 codes fills describeCloseCode's memo with
  // objects no application would create, and slowed the timed lookups by half in a trial.
  assertSwitchAgrees();
  return { wsCheckSource: wsStatusCode.source, rounds: options.rounds, decode, encode, codeCheck, policy, subprotocol };
}
