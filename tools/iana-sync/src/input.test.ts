import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, readFixture } from '../test/fixtures.ts';
import { SyncError } from './errors.ts';
import { isLoopback, isUrl, MAX_INPUT_BYTES, readInput } from './input.ts';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('readInput from a file', () => {
  it('returns the text and the path as the source', async () => {
    const input = await readInput(fixture('small-websocket.xml'));
    expect(input).toEqual({ source: fixture('small-websocket.xml'), text: readFixture('small-websocket.xml') });
  });

  it('names a missing file', async () => {
    await expect(readInput('/nonexistent/websocket.xml')).rejects.toThrow('cannot read /nonexistent/websocket.xml: no such file');
  });

  it('names a folder given as a file', async () => {
    await expect(readInput(fixture(''))).rejects.toThrow(/it is a folder/);
  });
});

// A local server on 127.0.0.1, port 0: no network, and each path answers in its own way.
describe('readInput from a URL', () => {
  let server: Server;
  let base: string;
  const hanging: (() => void)[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/websocket.xml') {
        response.writeHead(200, { 'content-type': 'application/xml' });
        response.end(readFixture('small-websocket.xml'));
      } else if (request.url === '/broken') {
        response.writeHead(500, 'Internal Server Error');
        response.end('oops');
      } else if (request.url === '/slow') {
        hanging.push(() => response.end()); // never answers before the client gives up
      } else {
        response.writeHead(404, 'Not Found');
        response.end('no such page');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const finish of hanging) finish();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches the body', async () => {
    const input = await readInput(`${base}/websocket.xml`);
    expect(input.source).toBe(`${base}/websocket.xml`);
    expect(input.text).toBe(readFixture('small-websocket.xml'));
  });

  it('reports HTTP 404 with its status', async () => {
    const read = readInput(`${base}/gone.xml`);
    await expect(read).rejects.toThrow(SyncError);
    await expect(readInput(`${base}/gone.xml`)).rejects.toThrow(`${base}/gone.xml answered HTTP 404 Not Found; check the URL, or try again later`);
  });

  it('reports HTTP 500 with its status', async () => {
    await expect(readInput(`${base}/broken`)).rejects.toThrow(`${base}/broken answered HTTP 500 Internal Server Error`);
  });

  it('gives up after the timeout', async () => {
    await expect(readInput(`${base}/slow`, { timeoutMs: 200 })).rejects.toThrow(`${base}/slow did not answer within 0.2 s`);
  });

  it('reports a refused connection', async () => {
    // Bind a port, then free it: nothing listens there any more.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    await expect(readInput(`http://127.0.0.1:${port}/websocket.xml`)).rejects.toThrow(`cannot fetch http://127.0.0.1:${port}/websocket.xml: connection refused (ECONNREFUSED); check the network`);
  });
});

describe('isUrl', () => {
  it.each([
    ['https://www.iana.org/assignments/websocket/websocket.xml', true],
    ['HTTP://example.org/x', true],
    ['websocket.xml', false],
    ['/tmp/https/websocket.xml', false],
    ['ftp://example.org/x', false],
  ])('%s -> %s', (from, expected) => expect(isUrl(from)).toBe(expected));
});

// Hostile or mistaken input: a cap on what is read, from a URL or a file, and no plain http
// except on this machine.
describe('readInput refuses what is too big, and stops reading there', () => {
  let server: Server;
  let base: string;
  /** Bytes the endless answer wrote before the client hung up. */
  let written = 0;
  let closed: Promise<void> = Promise.resolve();

  beforeAll(async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    server = createServer((request, response) => {
      if (request.url === '/endless') {
        written = 0;
        closed = new Promise((resolve) => response.on('close', () => resolve()));
        response.writeHead(200, { 'content-type': 'application/xml' });
        // Writes only as fast as the client reads (backpressure), so `written` is what was taken.
        const pump = () => {
          while (!response.destroyed) {
            written += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
        };
        pump();
      } else if (request.url === '/declared') {
        response.writeHead(200, { 'content-length': String(MAX_INPUT_BYTES + 1) });
        response.write('<');
        hanging = () => response.destroy();
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  let hanging = () => {};

  afterAll(async () => {
    hanging();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('stops an endless answer at the cap and hangs up', async () => {
    await expect(readInput(`${base}/endless`)).rejects.toThrow(`${base}/endless is larger than 5 MB, far more than IANA's websocket.xml`);
    await closed;
    // What the server got to send is the cap plus what the socket buffers hold, not the endless rest.
    expect(written).toBeGreaterThan(MAX_INPUT_BYTES);
    expect(written).toBeLessThan(MAX_INPUT_BYTES + 16 * 1024 * 1024);
  });

  it('honours a smaller cap the same way', async () => {
    await expect(readInput(`${base}/endless`, { maxBytes: 100_000 })).rejects.toThrow(/is larger than 0.1 MB/);
    await closed;
    expect(written).toBeLessThan(100_000 + 16 * 1024 * 1024);
  });

  it('refuses an answer whose declared length is over the cap before reading it', async () => {
    await expect(readInput(`${base}/declared`)).rejects.toThrow(`${base}/declared is larger than 5 MB`);
  });

  it('refuses a file over the cap by its size, before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wscodes-input-'));
    try {
      const big = join(dir, 'big.xml');
      const handle = openSync(big, 'w');
      ftruncateSync(handle, MAX_INPUT_BYTES + 1); // sparse: no 5 MB written to the disk
      closeSync(handle);
      await expect(readInput(big)).rejects.toThrow(`${big} is larger than 5 MB`);
      // One byte under the cap is read.
      truncateSync(big, 1000);
      expect((await readInput(big)).text).toHaveLength(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('caps a file that has no size, such as a device, while reading it', async () => {
    await expect(readInput('/dev/zero', { maxBytes: 1_000_000 })).rejects.toThrow('/dev/zero is larger than 0.95 MB');
  });
});

describe('readInput refuses plain http except on loopback', () => {
  it.each(['http://www.iana.org/assignments/websocket/websocket.xml', 'http://10.0.0.1/ws.xml', 'http://127.example.com/ws.xml', 'http://[::2]/ws.xml'])(
    'refuses %s without connecting',
    async (url) => {
      await expect(readInput(url)).rejects.toThrow(/^refusing plain http:\/\/ for .*: anyone on the way could change the answer; use https:\/\//);
    },
  );

  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['::1', true],
    ['10.0.0.1', false],
    ['localhost.example.com', false],
    ['128.0.0.1', false],
  ] as const)('isLoopback(%s) is %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });
});
