// toForwardableClose against the real libraries' own validation, in process, for every code.
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as UndiciWebSocket } from 'undici';
import { encodeClosePayload, getCloseCodeInfo, isSendableCloseCode, toForwardableClose, type CloseTarget, type ForwardableClose } from '../src/index.ts';

const require = createRequire(import.meta.url);
// Neither ws's Sender nor faye-websocket has types; these are the parts the test calls.
const { Sender } = require('ws') as {
  Sender: new (socket: object) => { close(code: number | undefined, reason: string | undefined, mask: boolean, cb: () => void): void };
};
const FayeWebSocket = require('faye-websocket') as {
  Client: new (url: string) => { readyState: number; on(event: string, listener: () => void): void; close(code?: number, reason?: string): void };
};

/** Every code 0..65535, and the values that are not codes at all. */
const RECEIVED: readonly (number | undefined)[] = [
  ...Array.from({ length: 65536 }, (_, code) => code),
  undefined,
  Number.NaN,
  Infinity,
  -Infinity,
  -1,
  -1000,
  1000.5,
  3000.25,
  4999.999,
  65536,
  2 ** 32 + 1000, // 1000 modulo 2^32: an int32 check alone would pass it
  -0,
];

/** Reasons that push the limits: too long in ASCII, in multibyte text, with a split-prone pair, with lone surrogates. */
const REASONS: readonly (string | undefined)[] = [undefined, '', 'bye', 'x'.repeat(200), '€'.repeat(60), 'a' + '😀'.repeat(40), 'ab\uD83D'.repeat(50), '\uDE00'];
const reasonFor = (i: number) => REASONS[i % REASONS.length];

/** A port on 127.0.0.1 that nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** ws validates code and reason on every Sender.close call; the socket only needs to take the frame. */
const sender = new Sender({ write: () => true, cork: () => {}, uncork: () => {} });
const sendWithWs = (out: ForwardableClose) => sender.close(out.code, out.reason, false, () => {});

/** Does ws's own list of codes take this one? Asked of ws itself, so a ws upgrade needs no edit here. */
const wsKnows = (code: number): boolean => {
  try {
    sender.close(code, '', false, () => {});
    return true;
  } catch {
    return false;
  }
};
/** A code IANA registered that ws's list does not have yet: 'wire' follows the registry, ws its own list. */
const registeredAfterWs = (code: number | undefined): boolean => code !== undefined && !wsKnows(code) && isSendableCloseCode(code) && getCloseCodeInfo(code) !== undefined;

let undici: UndiciWebSocket;
let faye: InstanceType<typeof FayeWebSocket.Client>;

beforeAll(async () => {
  const port = await closedPort();
  // WHATWG's close() validates the code and reason before it looks at the state, so a socket that
  // failed to connect still checks every call.
  undici = new UndiciWebSocket(`ws://127.0.0.1:${port}`);
  undici.addEventListener('error', () => {});
  await new Promise((resolve) => undici.addEventListener('close', resolve));
  faye = new FayeWebSocket.Client(`ws://127.0.0.1:${port}`);
  faye.on('error', () => {});
  await new Promise<void>((resolve) => faye.on('close', () => resolve()));
});

afterAll(() => {
  expect(undici.readyState).toBe(UndiciWebSocket.CLOSED);
  expect(faye.readyState).toBe(3);
});

/** Calls check for every received value (with a reason from REASONS); returns the failures, at most 10. */
function failures(to: CloseTarget, check: (out: ForwardableClose) => void): string[] {
  const failed: string[] = [];
  RECEIVED.forEach((code, i) => {
    const reason = reasonFor(i);
    const out = toForwardableClose(code, reason, { to });
    try {
      check(out);
    } catch (error) {
      if (failed.length < 10) failed.push(`${String(code)} -> ${JSON.stringify(out)}: ${(error as Error).message}`);
    }
  });
  return failed;
}

describe('toForwardableClose: accepted by the real libraries for every code 0-65535 and non-codes', () => {
  it("to: 'wire': ws's Sender.close never throws, but for a registered code ws's own list lacks", () => {
    expect(failures('wire', (out) => registeredAfterWs(out.code) || sendWithWs(out))).toEqual([]);
  });

  it("to: 'wire': ws refuses only codes IANA registered, never a code 'wire' would have replaced", () => {
    const refused = Array.from({ length: 65536 }, (_, code) => code).filter((code) => !wsKnows(code) && isSendableCloseCode(code));
    for (const code of refused) expect(getCloseCodeInfo(code), `ws refuses ${code}`).toBeDefined();
    expect(wsKnows(1006) || wsKnows(5000)).toBe(false);
  });

  it("to: 'wire': encodeClosePayload accepts it too", () => {
    expect(failures('wire', (out) => encodeClosePayload(out.code, out.reason))).toEqual([]);
  });

  it("to: 'api': undici's WebSocket close() never throws", () => {
    expect(failures('api', (out) => undici.close(out.code, out.reason))).toEqual([]);
  });

  it("to: 'api': faye-websocket's close() never throws", () => {
    expect(failures('api', (out) => faye.close(out.code, out.reason))).toEqual([]);
  });

  it("to: 'api' results are accepted on the wire too", () => {
    expect(failures('api', sendWithWs)).toEqual([]);
  });

  it('the checks can fail: the received codes themselves are refused', () => {
    const raw = (code: number | undefined) => ({ code, reason: 'x'.repeat(124) }) as ForwardableClose;
    expect(() => sendWithWs(raw(1006))).toThrow('First argument must be a valid error code number');
    expect(() => sendWithWs(raw(1000))).toThrow('The message must not be greater than 123 bytes');
    expect(() => undici.close(1001)).toThrow('invalid code');
    expect(() => undici.close(1000, 'x'.repeat(124))).toThrow(/Reason must be less than 123 bytes/);
    expect(() => faye.close(1001)).toThrow(/The code must be either 1000, or between 3000 and 4999/);
  });
});

describe('toForwardableClose: the mapping', () => {
  const wire = (code: number | undefined, reason?: string) => toForwardableClose(code, reason, { to: 'wire' });
  const api = (code: number | undefined, reason?: string) => toForwardableClose(code, reason, { to: 'api' });

  it('no code and 1005 become an empty Close, with no reason', () => {
    for (const forward of [wire, api]) {
      expect(forward(undefined)).toEqual({});
      expect(forward(1005, '')).toEqual({});
      expect(forward(undefined, 'ignored')).toEqual({});
      expect(Object.keys(forward(1005, 'ignored'))).toEqual([]);
    }
  });

  it('codes the target accepts pass unchanged, with the reason', () => {
    // Which protocol codes may be sent is the registry's: filtered, so that an IANA update needs no edit here.
    for (const code of [1000, 1001, 1002, 1003, 1007, 1008, 1011, 1012, 1013, 1014, 3000, 4000, 4999].filter(isSendableCloseCode)) expect(wire(code, 'why')).toEqual({ code, reason: 'why' });
    for (const code of [1000, 3000, 3999, 4000, 4999]) expect(api(code, 'why')).toEqual({ code, reason: 'why' });
    expect(wire(1000)).toEqual({ code: 1000, reason: '' });
  });

  it("'wire': 1006, 1015, 1004 and anything unsendable become 1011, keeping the reason", () => {
    // Which protocol codes may not be sent is the registry's (1006 and 1015 never are): filtered.
    const unsendable = [1006, 1015, 1004, 1016, 0, 999, 2999, 5000, 65535, -1, 1000.5, Number.NaN].filter((code) => !isSendableCloseCode(code));
    expect(unsendable).toEqual(expect.arrayContaining([1006, 1015, 0, 999, 5000, 65535, -1, 1000.5, Number.NaN]));
    for (const code of unsendable) expect(wire(code, 'lost')).toEqual({ code: 1011, reason: 'lost' });
  });

  it("'api': every code close() rejects becomes an empty Close", () => {
    for (const code of [1001, 1002, 1003, 1006, 1008, 1011, 1012, 1014, 1015, 0, 2999, 5000, 1000.5, Number.NaN]) expect(api(code, 'why')).toEqual({});
  });

  it('truncates the reason to 123 bytes and replaces lone surrogates with U+FFFD', () => {
    expect(wire(1000, 'x'.repeat(200))).toEqual({ code: 1000, reason: 'x'.repeat(123) });
    expect(api(4000, '😀'.repeat(31))).toEqual({ code: 4000, reason: '😀'.repeat(30) });
    expect(wire(1000, 'a\uD83Db\uDE00')).toEqual({ code: 1000, reason: 'a\uFFFDb\uFFFD' });
    expect(wire(1000, 'a😀')).toEqual({ code: 1000, reason: 'a😀' });
  });

  it('map overrides: a code, null for an empty Close, undefined for the default', () => {
    const map = (code: number | undefined) => (code === 1008 ? 4008 : code === 1001 ? null : undefined);
    expect(toForwardableClose(1008, 'token expired', { to: 'api', map })).toEqual({ code: 4008, reason: 'token expired' });
    expect(toForwardableClose(1001, 'bye', { to: 'wire', map })).toEqual({});
    expect(toForwardableClose(1006, '', { to: 'wire', map })).toEqual({ code: 1011, reason: '' });
    expect(toForwardableClose(undefined, undefined, { to: 'api', map: () => 1000 })).toEqual({ code: 1000, reason: '' });
  });

  it('throws, with the fix, when map returns a code the target rejects', () => {
    expect(() => toForwardableClose(1006, '', { to: 'api', map: () => 1011 })).toThrow(
      new RangeError("toForwardableClose: options.map returned 1011, which 'api' rejects: return a code it takes, null for an empty Close, or undefined for the default."),
    );
    expect(() => toForwardableClose(1000, '', { to: 'wire', map: () => 1005 })).toThrow(/returned 1005, which 'wire' rejects/);
  });

  it('rejects a reason that is not a string, and an unknown target', () => {
    expect(() => toForwardableClose(1000, Buffer.from('bye') as never, { to: 'wire' })).toThrow(/the reason must be a string, not object \(for ws's Buffer, reason\.toString\(\)\)/);
    expect(() => toForwardableClose(1000, 'bye', { to: 'browser' as never })).toThrow(/options\.to must be 'wire' .* or 'api' .*, not browser/);
  });
});
