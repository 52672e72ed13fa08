import { describe, expect, it } from 'vitest';
import {
  CLOSE_CODE_INFO,
  CLOSE_CODE_RANGES,
  CloseCode,
  describeCloseCode,
  getCloseCodeInfo,
  isSendableCloseCode,
  isValidApiCloseCode,
  isValidCloseCode,
} from '../src/index.ts';
import { getCloseCodeDetails } from '../src/details.ts';
import { entryOf, inForce, registry } from './registry.ts';

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('every registered code', { timeout: 30_000 }, () => {
  it("core carries exactly the registry's codes, in order, each with its key, name and wire flags", () => {
    expect(registry.codes.length).toBeGreaterThan(0);
    expect(CLOSE_CODE_INFO.map(({ code, key, name, send, receive }) => ({ code, key, name, send, receive }))).toEqual(
      registry.codes.map(({ code, key, name, send, receive }) => ({ code, key, name, send, receive })),
    );
  });

  it('every registry entry has a constant equal to its code', () => {
    const table: Readonly<Record<string, number>> = { ...CloseCode };
    for (const entry of registry.codes) expect(table[entry.key], entry.key).toBe(entry.code);
  });

  it('CloseCode has exactly one constant per entry, in registry order (a withdrawn code may have lost its own)', () => {
    expect(Object.entries(CloseCode)).toEqual(CLOSE_CODE_INFO.filter((info) => Object.hasOwn(CloseCode, info.key)).map((info) => [info.key, info.code]));
    for (const info of CLOSE_CODE_INFO) if (!info.withdrawn) expect(CloseCode).toHaveProperty(info.key, info.code);
    expect(Object.isFrozen(CloseCode)).toBe(true);
  });

  for (const info of CLOSE_CODE_INFO) {
    describe(`${info.code} ${info.name}`, () => {
      it('is found by getCloseCodeInfo, as the same frozen object', () => {
        expect(getCloseCodeInfo(info.code)).toBe(info);
        expect(Object.isFrozen(info)).toBe(true);
        expect(Object.isFrozen(info.reconnect)).toBe(true);
      });

      it('is described from its entry', () => {
        const description = describeCloseCode(info.code);
        expect(description).toMatchObject({
          code: info.code,
          name: info.name,
          status: info.withdrawn ? 'unassigned' : 'registered',
          receivable: info.receive,
          acceptedByClose: info.code === 1000 || (info.code >= 3000 && info.code <= 4999),
        });
        expect(description.info).toBe(info);
        expect(description.reconnect).toBe(info.reconnect);
        expect(description.range?.kind).toBe(info.rangeKind);
        // A range's label names a code without an entry; a code in force is not one, whatever IANA listed there before.
        const range = CLOSE_CODE_RANGES.find((r) => info.code >= r.from && info.code <= r.to)!;
        expect(description.range).toMatchObject({ from: range.from, to: range.to, kind: range.kind, name: range.name });
        expect(description.range?.label).toBe(info.withdrawn ? range.label : range.name);
      });

      it('the wire predicates agree with its send and receive flags', () => {
        expect(isValidCloseCode(info.code)).toBe(info.receive);
        expect(isSendableCloseCode(info.code)).toBe(info.send);
        expect(isValidApiCloseCode(info.code)).toBe(describeCloseCode(info.code).acceptedByClose);
      });

      it('has curated text and an IANA record, in @wscodes/core/details', () => {
        const details = getCloseCodeDetails(info.code);
        expect(details.summary?.length).toBeGreaterThan(20);
        expect(details.advice.length).toBeGreaterThan(20);
        expect(details.details?.length).toBeGreaterThan(20);
        expect(details.iana?.description).toBeTruthy();
      });
    });
  }

  it('RFC 6455 7.4: every registered code in 1000-2999 but 1004, 1005, 1006 and 1015 is valid on receipt and may be sent', () => {
    const protocol = inForce.filter((c) => c.code >= 1000 && c.code <= 2999 && ![1004, 1005, 1006, 1015].includes(c.code));
    expect(protocol.length).toBeGreaterThan(0);
    for (const { code } of protocol) {
      expect(isValidCloseCode(code), String(code)).toBe(true);
      expect(isSendableCloseCode(code), String(code)).toBe(true);
    }
  });

  it('RFC 6455 7.4.2: every registered code in 3000-3999 is valid on receipt, may be sent, and close() takes it', () => {
    for (const { code } of inForce.filter((c) => c.code >= 3000 && c.code <= 3999)) {
      expect(isValidCloseCode(code), String(code)).toBe(true);
      expect(isSendableCloseCode(code), String(code)).toBe(true);
      expect(isValidApiCloseCode(code), String(code)).toBe(true);
    }
  });

  it('RFC 6455 7.4.1: 1004, 1005, 1006 and 1015 may be neither sent nor received', () => {
    for (const code of [1004, 1005, 1006, 1015]) {
      expect(getCloseCodeInfo(code)).toMatchObject({ send: false, receive: false });
    }
  });

  it('the curated reconnect advice the design asks for', () => {
    const policy = (code: number) => getCloseCodeInfo(code)?.reconnect.policy;
    for (const code of [1006, 1012, 1013]) expect(policy(code)).toBe('backoff');
    for (const code of [1003, 1008]) expect(policy(code)).toBe('do-not-retry');
    // 3000 and 3003 are first-come registrations that IANA may add or withdraw: checked while they
    // are registered and their curated text is written (a fresh sync leaves it pending review).
    for (const code of [3000, 3003].filter((c) => entryOf(c) && !entryOf(c)!.pending && !entryOf(c)!.withdrawn)) expect(policy(code)).toBe('do-not-retry');
  });

  it("1012 and 1013 follow their registration: a randomized 5-30 s delay; a different IP or the user's action", () => {
    expect(getCloseCodeInfo(1012)?.reconnect.delay).toEqual({ minSeconds: 5, maxSeconds: 30, randomized: true, source: 'registration' });
    const conditions = getCloseCodeDetails(1013).conditions.filter((c) => c.source === 'registration').map((c) => c.text) ?? [];
    expect(conditions.some((t) => /different IP/.test(t))).toBe(true);
    expect(conditions.some((t) => /user/.test(t))).toBe(true);
  });
});
