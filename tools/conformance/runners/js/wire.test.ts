// The runner's own RFC 6455 helpers, against the RFC's examples, and against the vectors' bytes: the
// runner sends those bytes as they are, so its independent encoder and parser must agree with them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { acceptFor, closeFrame, parseFrame } from './wire.ts';

const hex = (text: string) => Buffer.from(text, 'hex');
// The files as the runner reads them, found through the package's exports.
const vectorsOf = <V>(file: string): V[] => JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`@wscodes/fixtures/${file}`), 'utf8')).vectors;

describe('acceptFor', () => {
  it('answers the key of RFC 6455 §1.3 with the accept value given there', () => {
    expect(acceptFor('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });
});

describe('parseFrame', () => {
  it('reads the unmasked and the masked "Hello" of RFC 6455 §5.7', () => {
    const unmasked = parseFrame(hex('810548656c6c6f'))!;
    expect(unmasked.frame).toEqual({ fin: true, rsv: 0, opcode: 1, masked: false, payload: Buffer.from('Hello') });
    const masked = parseFrame(hex('818537fa213d7f9f4d5158'))!;
    expect(masked.frame).toEqual({ fin: true, rsv: 0, opcode: 1, masked: true, payload: Buffer.from('Hello') });
  });

  it('reads the 16-bit and 64-bit lengths of RFC 6455 §5.7 (256 and 65536 bytes)', () => {
    const body256 = Buffer.alloc(256, 7);
    expect(parseFrame(Buffer.concat([hex('827e0100'), body256]))!.frame.payload.equals(body256)).toBe(true);
    const body65536 = Buffer.alloc(65536, 9);
    expect(parseFrame(Buffer.concat([hex('827f0000000000010000'), body65536]))!.frame.payload.equals(body65536)).toBe(true);
  });

  it('reads the flags and the opcode', () => {
    expect(parseFrame(hex('0a00'))!.frame).toMatchObject({ fin: false, rsv: 0, opcode: 0xa });
    expect(parseFrame(hex('f800'))!.frame).toMatchObject({ fin: true, rsv: 7, opcode: 0x8 });
  });

  it('waits for more bytes on every cut of a frame, and hands back what follows a whole one', () => {
    const frame = hex('88fe00056c67c0176f8fa26e09');
    for (let cut = 0; cut < frame.length; cut++) expect(parseFrame(frame.subarray(0, cut)), `cut at ${cut}`).toBeUndefined();
    const parsed = parseFrame(Buffer.concat([frame, hex('8a00')]))!;
    expect(parsed.frame.payload.toString('hex')).toBe('03e8627965');
    expect(parsed.rest.toString('hex')).toBe('8a00');
  });
});

describe('closeFrame', () => {
  it('builds an unmasked Close frame, as a server sends it', () => {
    expect(closeFrame(hex('03e8')).toString('hex')).toBe('880203e8');
    expect(closeFrame(hex('')).toString('hex')).toBe('8800');
  });

  it('masks with the given key, and parseFrame unmasks it back', () => {
    const frame = closeFrame(hex('03e8627965'), hex('37fa213d'));
    expect(frame.subarray(0, 6).toString('hex')).toBe('888537fa213d');
    expect(parseFrame(frame)!.frame).toEqual({ fin: true, rsv: 0, opcode: 8, masked: true, payload: hex('03e8627965') });
  });

  it('uses the 16-bit length from 126 bytes on, and refuses what needs a 64-bit one', () => {
    expect(closeFrame(Buffer.alloc(125)).subarray(0, 2).toString('hex')).toBe('887d');
    expect(closeFrame(Buffer.alloc(126)).subarray(0, 4).toString('hex')).toBe('887e007e');
    expect(() => closeFrame(Buffer.alloc(65536))).toThrow(/64-bit length/);
  });
});

describe("the vectors' bytes", () => {
  interface PayloadVector {
    id: string;
    payloadHex: string;
    framing: { maskKeyHex: string; clientFrameHex: string; serverFrameHex: string };
  }
  interface FrameVector {
    id: string;
    frameHex: string;
    payloadHex: string;
    maskKeyHex: string | null;
  }

  it('every payload vector frames its payload as closeFrame does (masked for a server, bare for a client)', () => {
    const vectors = vectorsOf<PayloadVector>('close-payloads.json');
    expect(vectors.length).toBeGreaterThan(0);
    const framed = (v: PayloadVector) => ({
      client: closeFrame(hex(v.payloadHex), hex(v.framing.maskKeyHex)).toString('hex'),
      server: closeFrame(hex(v.payloadHex)).toString('hex'),
    });
    expect(Object.fromEntries(vectors.map((v) => [v.id, framed(v)]))).toEqual(
      Object.fromEntries(vectors.map((v) => [v.id, { client: v.framing.clientFrameHex, server: v.framing.serverFrameHex }])),
    );
  });

  it('every frame vector parses to its payload, masked exactly when it has a mask key', () => {
    const vectors = vectorsOf<FrameVector>('close-frames.json');
    expect(vectors.length).toBeGreaterThan(0);
    const parsed = (v: FrameVector) => {
      const result = parseFrame(hex(v.frameHex));
      return result && { payloadHex: result.frame.payload.toString('hex'), masked: result.frame.masked, rest: result.rest.length };
    };
    expect(Object.fromEntries(vectors.map((v) => [v.id, parsed(v)]))).toEqual(
      Object.fromEntries(vectors.map((v) => [v.id, { payloadHex: v.payloadHex, masked: v.maskKeyHex !== null, rest: 0 }])),
    );
  });
});
