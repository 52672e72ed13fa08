import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, readFixture } from '../test/fixtures.ts';
import { SyncError } from './errors.ts';
import { isUrl, readInput } from './input.ts';

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
