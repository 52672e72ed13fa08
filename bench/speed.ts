// Speed of @wscodes/core against what a WebSocket library does by hand, as ratios from one run.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { decodeClosePayload, describeCloseCode, isValidCloseCode } from '@wscodes/core';
import { compare, type Comparison, type Subject } from './measure.ts';

export interface SpeedReport {
  readonly wsCheckSource: string;
  readonly codeChecks: readonly Comparison[];
  readonly decode: readonly (Comparison & { readonly payload: string })[];
}

/**
 * ws's own received-code check. ws's exports map hides lib/validation.js, so it is loaded by file
 * path; only if that fails is the same rule re-implemented here (and the report says so).
 */
function loadWsCheck(): { check: (code: number) => boolean; source: string } {
  const require = createRequire(import.meta.url);
  try {
    const file = join(dirname(require.resolve('ws/package.json')), 'lib', 'validation.js');
    const { isValidStatusCode } = require(file) as { isValidStatusCode?: (code: number) => boolean };
    if (typeof isValidStatusCode === 'function') return { check: isValidStatusCode, source: `ws ${require('ws/package.json').version} lib/validation.js isValidStatusCode (loaded by path; not in ws's exports map)` };
  } catch {
    // fall through to the re-implementation
  }
  const check = (code: number) =>
    (code >= 1000 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006) || (code >= 3000 && code <= 4999);
  return { check, source: "re-implementation of ws's isValidStatusCode (ws/lib/validation.js could not be loaded)" };
}

/** Codes as a server sees them arrive: mostly common registered ones, some app codes, a few invalid. */
function receivedCodes(count: number): number[] {
  const common = [1000, 1000, 1000, 1001, 1001, 1008, 1011, 1002, 1003, 1009, 1012, 1013, 1014];
  const invalid = [0, 999, 1004, 1005, 1006, 1015, 1016, 2000, 2999, 5000, 65535];
  let seed = 0x2545f491;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
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

function payload(code: number, reason: string): Buffer {
  const body = Buffer.alloc(2 + Buffer.byteLength(reason));
  body.writeUInt16BE(code, 0);
  body.write(reason, 2, 'utf8');
  return body;
}

/** A reason of exactly 123 UTF-8 bytes whose last character is multibyte. */
export function multibyteReason(): string {
  let reason = '';
  const pieces = ['é', '€', '😀', 'ß', ' ', 'ü'];
  for (let i = 0; Buffer.byteLength(reason + pieces[i % pieces.length]) <= 120; i++) reason += pieces[i % pieces.length];
  while (Buffer.byteLength(reason) < 120) reason += 'a';
  reason += '€'; // 3 bytes: 123 in all
  if (Buffer.byteLength(reason) !== 123) throw new Error(`multibyte reason is ${Buffer.byteLength(reason)} bytes, wanted 123`);
  return reason;
}

export function measureSpeed(): SpeedReport {
  const ws = loadWsCheck();
  const codes = receivedCodes(1024);
  const wsCheck: Subject<number> = { name: 'ws isValidStatusCode', run: ws.check };
  const codeChecks = [
    compare({ name: 'isValidCloseCode', run: isValidCloseCode }, wsCheck, codes, { sameAnswer: true }),
    compare({ name: 'describeCloseCode(c).receivable', run: (c) => describeCloseCode(c).receivable }, wsCheck, codes, { sameAnswer: true }),
  ];

  const baseline: Subject<Buffer> = {
    name: 'readUInt16BE + isUtf8',
    run: (buf) => (isUtf8(buf.subarray(2)) ? buf.readUInt16BE(0) : -1),
  };
  const decode: Subject<Buffer> = {
    name: 'decodeClosePayload',
    run: (buf) => {
      const result = decodeClosePayload(buf);
      if (!result.ok) return -1;
      // Read the reason's last character: a string built in pieces is flattened only when read, and
      // a caller does read it, so that cost belongs in the figure.
      const { reason } = result;
      return reason.length === 0 ? result.code : result.code ^ reason.charCodeAt(reason.length - 1);
    },
  };
  const payloads: [string, number, string][] = [
    ['code only (2 B)', 1001, ''],
    ['short ASCII reason (22 B)', 1001, 'server shutting down'],
    ['123-byte multibyte reason (125 B)', 4000, multibyteReason()],
  ];
  return {
    wsCheckSource: ws.source,
    codeChecks,
    decode: payloads.map(([name, code, reason]) => {
      const body = payload(code, reason);
      // The two must agree before their speed means anything (the checksums differ by design).
      const decoded = decodeClosePayload(body);
      if (!decoded.ok || decoded.code !== code || decoded.reason !== reason || baseline.run(body) !== code) {
        throw new Error(`decodeClosePayload and the baseline disagree on the payload "${name}"`);
      }
      // 16 copies, so the loop indexes a small array rather than folding one constant.
      return { payload: name, ...compare(decode, baseline, Array.from({ length: 16 }, () => Buffer.from(body))) };
    }),
  };
}
