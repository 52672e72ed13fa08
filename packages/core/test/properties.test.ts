import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeClosePayload, encodeClosePayload, isSendableCloseCode, isValidCloseCode, type DecodedClosePayload } from '../src/index.ts';
import { registry } from './registry.ts';
import { scalarValue } from './text.ts';

const encoder = new TextEncoder();
const utf8Length = (text: string) => encoder.encode(text).length;

const sendableCodes: number[] = [];
for (let code = 0; code <= 65535; code++) if (isSendableCloseCode(code)) sendableCodes.push(code);

/** A sendable code: any of them, with the registered ones and the range ends made likely. */
const sendableCode = fc.oneof(
  fc.constantFrom(...registry.codes.filter((c) => c.send).map((c) => c.code), 3000, 3999, 4000, 4999),
  fc.nat(sendableCodes.length - 1).map((i) => sendableCodes[i]!),
);

/** A reason of at most 123 UTF-8 bytes: ASCII, any code point (astral included), or text near the limit. */
const reason = fc
  .oneof(
    fc.string({ unit: 'grapheme-ascii', maxLength: 123 }),
    fc.string({ unit: scalarValue, maxLength: 61 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.tuple(fc.nat(123), fc.constantFrom('é', '€', '😀', '\uFEFF')).map(([n, tail]) => 'a'.repeat(n) + tail),
  )
  .filter((text) => utf8Length(text) <= 123);

/** The rules of RFC 6455 written out plainly, with the platform's fatal TextDecoder for UTF-8. */
function oracle(bytes: Uint8Array): DecodedClosePayload['ok'] | 1002 | 1007 {
  if (bytes.length === 0) return true;
  if (bytes.length === 1 || bytes.length > 125) return 1002;
  if (!isValidCloseCode(bytes[0]! * 256 + bytes[1]!)) return 1002;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(2));
    return true;
  } catch {
    return 1007;
  }
}

/** Checks the shape of every result, so that a malformed answer fails as loudly as a throw. */
function assertShape(result: DecodedClosePayload, bytes: Uint8Array): void {
  const want = oracle(bytes);
  if (result.ok) {
    if (want !== true) throw new Error(`ok for bytes the oracle rejects with ${want}`);
    if (Object.keys(result).join() !== 'ok,code,reason') throw new Error(`unexpected keys ${Object.keys(result).join()}`);
    if (typeof result.reason !== 'string') throw new Error('reason is not a string');
    const code = bytes.length === 0 ? 1005 : bytes[0]! * 256 + bytes[1]!;
    if (result.code !== code) throw new Error(`code ${result.code}, want ${code}`);
    if (bytes.length > 2 && result.reason !== new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(2))) {
      throw new Error('reason differs from the platform decoder');
    }
  } else {
    if (result.closeWith !== want) throw new Error(`closeWith ${result.closeWith}, want ${String(want)}`);
    if (Object.keys(result).join() !== 'ok,closeWith,error') throw new Error(`unexpected keys ${Object.keys(result).join()}`);
    if (typeof result.error !== 'string' || result.error.length < 20) throw new Error('error is not a message');
  }
}

describe('properties', () => {
  it('encode then decode returns the code and reason, for any sendable code and any reason of <= 123 UTF-8 bytes', () => {
    fc.assert(
      fc.property(sendableCode, reason, (code, text) => {
        const body = encodeClosePayload(code, text);
        expect(body.length).toBe(2 + utf8Length(text));
        expect(decodeClosePayload(body)).toEqual({ ok: true, code, reason: text });
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);

  it('decode never throws on 100,000 random byte arrays, and every answer follows RFC 6455', () => {
    let ok = 0;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 130 }), (bytes) => {
        const result = decodeClosePayload(bytes);
        assertShape(result, bytes);
        if (result.ok) ok++;
      }),
      { numRuns: 100_000 },
    );
    // Random bytes mostly fail; the check above must still have seen both kinds of answer.
    expect(ok).toBeGreaterThan(0);
  }, 120_000);

  it('decode agrees with the oracle on near-valid payloads: valid codes, UTF-8 text, one byte changed', () => {
    const nearValid = fc
      .tuple(fc.constantFrom(...sendableCodes.slice(0, 50), 1005, 999, 5000), fc.string({ unit: scalarValue, maxLength: 40 }), fc.nat(), fc.nat(255), fc.boolean())
      .map(([code, text, at, value, mutate]) => {
        const body = new Uint8Array([code >> 8, code & 0xff, ...encoder.encode(text)]);
        if (mutate && body.length > 2) body[2 + (at % (body.length - 2))] = value;
        return body.subarray(0, Math.min(body.length, 130));
      });
    fc.assert(
      fc.property(nearValid, (bytes) => assertShape(decodeClosePayload(bytes), bytes)),
      { numRuns: 20_000 },
    );
  }, 60_000);
});
