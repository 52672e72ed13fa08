// What the JS runner reports as `reported` (PROTOCOL.md): the server's report reaches the raw client
// that played the vector, by the port it connected from, in the shape compat.json takes.
import { observedReported } from '@wscodes-tools/registry';
import { describe, expect, it } from 'vitest';
import { startFayeServer, startWsServer } from './libraries.ts';
import { exchangeWithServer } from './peers.ts';
import { ServerReports } from './reported.ts';

/** A masked Close frame (mask key 0) with this body. */
const maskedClose = (bodyHex: string) => Buffer.from(`88${(0x80 | (bodyHex.length / 2)).toString(16)}00000000${bodyHex}`, 'hex');

describe('ServerReports', () => {
  it('hands a report to the ask for its port, whichever comes first', async () => {
    const reports = new ServerReports();
    reports.record(5000, { code: 1000, reason: 'early' });
    const late = reports.reportFor(5001);
    reports.record(5001, { code: 1006, reason: '' });
    expect(await reports.reportFor(5000)).toEqual({ code: 1000, reason: 'early' });
    expect(await late).toEqual({ code: 1006, reason: '' });
  });

  it('ignores a connection whose port is unknown', async () => {
    const reports = new ServerReports();
    reports.record(undefined, { code: 1000, reason: '' });
    expect((reports as unknown as { waiting: Map<number, unknown> }).waiting.size).toBe(0);
  });
});

describe.each([
  ['ws', startWsServer],
  ['faye-websocket', startFayeServer],
])('the %s server over loopback', (_name, start) => {
  it('reports the code and reason of the Close it received, for the connection that sent it', async () => {
    const server = await start();
    try {
      const [a, b] = await Promise.all([
        exchangeWithServer(server.port, maskedClose('03e9627965'), 'a'),
        exchangeWithServer(server.port, maskedClose('0fa0'), 'b'),
      ]);
      const [reportA, reportB] = await Promise.all([server.reports.reportFor(a.from), server.reports.reportFor(b.from)]);
      expect(reportA).toEqual({ code: 1001, reason: 'bye' });
      expect(reportB).toEqual({ code: 4000, reason: '' });
      expect(observedReported.safeParse(reportA).success).toBe(true);
    } finally {
      await server.close();
    }
  });
});
