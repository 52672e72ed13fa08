import { describe, expect, it } from 'vitest';
import { json, wscodes } from './helpers.ts';

describe('wscodes decode HEX', () => {
  it('03e8: valid 1000, reply by echoing 1000', () => {
    const run = wscodes(['decode', '03e8']);
    expect(run).toEqual({
      status: 0,
      err: '',
      out: 'payload   03e8 (2 bytes)\nverdict   valid: 1000 Normal Closure, no reason.\nreply     echo 1000 Normal Closure: send a Close frame with payload 03e8.\n',
    });
  });

  it('shows the reason, and accepts spaces, colons and 0x', () => {
    for (const words of [['03e8627965'], ['03', 'e8', '62', '79', '65'], ['03:e8:62:79:65'], ['0x03E8627965'], ['03e8 6279 65']]) {
      const run = wscodes(['decode', ...words]);
      expect(run.status).toBe(0);
      expect(run.out).toContain('verdict   valid: 1000 Normal Closure, reason "bye"');
    }
  });

  it('an empty payload: 1005 is reported, reply with an empty Close', () => {
    const run = wscodes(['decode', '']);
    expect(run.status).toBe(0);
    expect(run.out).toContain('payload   (empty) (0 bytes)');
    expect(run.out).toContain('no code: the receiver reports 1005 No Status Received');
    expect(run.out).toContain('reply     send an empty Close frame');
  });

  it('a code no peer may send (1005): invalid, fail with 1002, exit 1', () => {
    const run = wscodes(['decode', '03ed']);
    expect(run.status).toBe(1);
    expect(run.out).toContain('verdict   invalid: Close code 1005 may not be sent');
    expect(run.out).toContain('reply     fail the connection with 1002 Protocol Error: send a Close frame with payload 03ea; then a server closes the TCP connection, and a client waits for the server to close it (RFC 6455 7.1.1).');
  });

  it('a reason that is not UTF-8: fail with 1007', () => {
    const run = wscodes(['decode', '03e8ff']);
    expect(run.status).toBe(1);
    expect(run.out).toContain('fail the connection with 1007 Invalid Frame Payload Data');
  });

  it('a 1-byte payload is malformed: fail with 1002', () => {
    expect(wscodes(['decode', '03'])).toMatchObject({ status: 1 });
  });

  it('every verdict and reply is a complete sentence, for valid and invalid payloads alike', () => {
    // Payloads of each kind decodeClosePayload tells apart, valid and not, with a reason and without.
    const payloads = ['', '03', '03e8', '03e8627965', '03e8ff', '03ed', '03ee', '0000', 'ffff', '0bb8', '0fa0', '03e8c3'];
    for (const hex of payloads) {
      const run = wscodes(['decode', hex]);
      expect([0, 1], hex).toContain(run.status);
      const messages = run.out.split('\n').filter((line) => /^(verdict|reply) /.test(line));
      expect(messages, hex).toHaveLength(2);
      for (const line of messages) {
        expect(line, hex).toMatch(/[.!?]$/);
        expect(line, hex).not.toMatch(/\b(to|the|a|an|and|or|with|of)\.$/);
      }
    }
  });

  it('--json prints the documented shape, valid and invalid', () => {
    const valid = json(wscodes(['decode', '--json', '03e8627965']));
    expect(valid).toEqual({
      command: 'decode', payload: '03e8627965', bytes: 5, valid: true, code: 1000, name: 'Normal Closure', reason: 'bye', error: null,
      reply: { action: 'echo', code: 1000, name: 'Normal Closure', payload: '03e8' },
    });
    const empty = json(wscodes(['decode', '--json', '']));
    expect(empty).toMatchObject({ valid: true, code: 1005, reply: { action: 'empty-close', code: null, name: null, payload: '' } });
    const run = wscodes(['decode', '--json', '03ee']);
    expect(run.status).toBe(1);
    expect(json(run)).toMatchObject({ valid: false, code: null, reason: null, error: expect.stringContaining('1006'), reply: { action: 'fail', code: 1002, name: 'Protocol Error', payload: '03ea' } });
  });
});
