// @wscodes/core/frames against the opcode and header-bit registries and RFC 6455's own rules.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADER_BIT_MASKS, isControlOpcodeValue, OPCODE_SPACE } from '@wscodes-tools/registry';
import { HEADER_BIT_INFO, HeaderBit, isControlOpcode, isDataOpcode, isReservedOpcode, Opcode, OPCODE_INFO, UNASSIGNED_OPCODES } from '../src/frames.ts';
import { ianaRegistry, listedEntries } from './registry.ts';

const opcodes = ianaRegistry('opcodes');
const headerBits = ianaRegistry('headerBits');
const everyOpcode = Array.from({ length: OPCODE_SPACE.to - OPCODE_SPACE.from + 1 }, (_, i) => OPCODE_SPACE.from + i);
/** RFC 6455 section 5.5 read plainly: a 4-bit opcode whose most significant bit is 1 is a control frame. */
const controlByRfc = (opcode: number) => opcode >= 0b1000 && opcode <= 0b1111;
const inUnassigned = (opcode: number) => opcodes.unassigned.some((s) => opcode >= s.from && opcode <= s.to);
/** Reserved (RFC 6455 5.2): any opcode IANA does not register today, in an unassigned span or withdrawn. */
const notRegistered = (opcode: number) => !listedEntries(opcodes).some((e) => e.value === opcode);

describe('Opcode', () => {
  it('holds every opcode of the registry, under its curated key, and nothing else (a withdrawn one stays, deprecated)', () => {
    expect(Object.entries(Opcode)).toEqual(opcodes.entries.map((e) => [e.key, e.value]));
    expect(Object.isFrozen(Opcode)).toBe(true);
  });

  it("OPCODE_INFO carries IANA's record of each, verbatim, sorted by value", () => {
    expect(OPCODE_INFO.map((i) => i.opcode)).toEqual(listedEntries(opcodes).map((e) => e.value));
    for (const info of OPCODE_INFO) {
      const entry = opcodes.entries.find((e) => e.value === info.opcode)!;
      expect(info.key).toBe(entry.key);
      expect(info.iana).toEqual(entry.iana);
      expect('pending' in info).toBe(entry.pending);
    }
    expect(Object.isFrozen(OPCODE_INFO) && OPCODE_INFO.every((i) => Object.isFrozen(i) && Object.isFrozen(i.iana))).toBe(true);
  });

  it("UNASSIGNED_OPCODES are IANA's unassigned spans with their records", () => {
    expect(UNASSIGNED_OPCODES).toEqual(opcodes.unassigned.map((u) => ({ from: u.from, to: u.to, iana: u.iana })));
  });
});

describe('the opcode predicates', () => {
  it('isReservedOpcode is true exactly for the opcodes IANA does not register: its unassigned spans and any it withdrew', () => {
    for (const opcode of everyOpcode) expect(isReservedOpcode(opcode), `opcode ${opcode}`).toBe(notRegistered(opcode));
    for (const opcode of everyOpcode.filter(inUnassigned)) expect(isReservedOpcode(opcode), `opcode ${opcode}`).toBe(true);
  });

  it('every opcode is registered or reserved, never both', () => {
    const registered = new Set(OPCODE_INFO.map((i) => i.opcode as number));
    for (const opcode of everyOpcode) expect([registered.has(opcode), isReservedOpcode(opcode)].filter(Boolean), `opcode ${opcode}`).toHaveLength(1);
  });

  it('isControlOpcode and isDataOpcode split 0-15 by the most significant bit, as RFC 6455 and protocol.ts say', () => {
    for (const opcode of everyOpcode) {
      expect(isControlOpcode(opcode), `opcode ${opcode}`).toBe(controlByRfc(opcode));
      expect(isControlOpcode(opcode), `opcode ${opcode}`).toBe(isControlOpcodeValue(opcode));
      expect(isDataOpcode(opcode), `opcode ${opcode}`).toBe(!controlByRfc(opcode));
    }
  });

  it('classes reserved opcodes too: 3-7 are for further data frames, 0xB-0xF for further control frames (section 5.2)', () => {
    for (const opcode of everyOpcode.filter(notRegistered)) expect(isControlOpcode(opcode)).toBe(controlByRfc(opcode));
    expect(isControlOpcode(Opcode.Close) && isControlOpcode(Opcode.Ping) && isControlOpcode(Opcode.Pong)).toBe(true);
    expect(isDataOpcode(Opcode.Text) && isDataOpcode(Opcode.Binary) && isDataOpcode(Opcode.Continuation)).toBe(true);
  });

  it('are false for anything that is not a 4-bit opcode, and never throw', () => {
    const notAnOpcode = fc.oneof(
      fc.integer().filter((n) => n < OPCODE_SPACE.from || n > OPCODE_SPACE.to),
      fc.double().filter((n) => !Number.isInteger(n)),
      fc.anything().filter((v) => typeof v !== 'number'),
    );
    fc.assert(
      fc.property(notAnOpcode, (value) => {
        for (const test of [isReservedOpcode, isControlOpcode, isDataOpcode]) if ((test as (v: unknown) => boolean)(value)) return false;
        return true;
      }),
    );
    const hostile = [Symbol('x'), { valueOf: () => { throw new Error('valueOf was called'); } }, '8', 8n, Number.NaN, Infinity];
    for (const value of hostile) expect((isControlOpcode as (v: unknown) => boolean)(value)).toBe(false);
  });
});

describe('HeaderBit', () => {
  /** RFC 6455 section 5.2's figure: FIN is the first byte's highest bit, then RSV1, RSV2, RSV3. */
  const maskByFigure = (bit: string) => 0x80 >> ['FIN', 'RSV1', 'RSV2', 'RSV3'].indexOf(bit);

  it("holds each bit of the registry under its curated key, as its mask in a frame's first byte (a withdrawn one stays, deprecated)", () => {
    expect(Object.entries(HeaderBit)).toEqual(headerBits.entries.map((e) => [e.key, maskByFigure(e.value)]));
    for (const e of headerBits.entries) expect(HeaderBit[e.key as keyof typeof HeaderBit]).toBe(HEADER_BIT_MASKS[e.value]);
    expect(Object.isFrozen(HeaderBit)).toBe(true);
  });

  it("HEADER_BIT_INFO carries the bit, its mask and IANA's record, verbatim", () => {
    expect(HEADER_BIT_INFO.map((i) => [i.bit, i.key, i.mask])).toEqual(listedEntries(headerBits).map((e) => [e.value, e.key, maskByFigure(e.value)]));
    for (const info of HEADER_BIT_INFO) expect(info.iana).toEqual(headerBits.entries.find((e) => e.value === info.bit)!.iana);
  });
});
