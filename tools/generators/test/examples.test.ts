// Every example the generators write, run against the library it names: ws over loopback, undici's
// WebSocket standing in for the browser's, websocket-driver, the fixtures with a decoder, Python.
// The list comes from the generated files on disk (every Markdown file with the do-not-edit banner),
// so a new example is covered, or fails here until the runner learns its library.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { connect, createServer } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '@wscodes-tools/registry';
import { codePage } from '../src/docs/code-page.ts';
import { exampleStatus } from '../src/docs/handshake-statuses-page.ts';
import { wsSendsCode } from '../src/docs/libraries.ts';
import { decodeClosePayload, describeCloseCode } from '@wscodes/core';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PYTHON = process.env.WSCODES_PYTHON ?? '/usr/bin/python3';

interface Example {
  /** Where it comes from: a file and the block's number in it. */
  readonly where: string;
  readonly lang: string;
  readonly text: string;
  /** The close code of a code page, from its file name. */
  readonly code?: number;
}

/** The generated Markdown files of every package: those that start with the do-not-edit banner. */
function generatedMarkdown(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' || d.name === 'dist' || d.name.startsWith('.') ? [] : generatedMarkdown(path);
    return d.name.endsWith('.md') && readFileSync(path, 'utf8').startsWith('<!-- Generated from') ? [path] : [];
  });
}

function examplesOf(file: string, text: string): Example[] {
  const code = /\/codes\/(\d+)-[^/]+\.md$/.exec(file)?.[1];
  return [...text.matchAll(/^```([a-z]+)\n([\s\S]*?)^```$/gm)]
    .filter(([, lang]) => lang !== 'sh' && lang !== 'json' && lang !== 'text')
    .map(([, lang, body], i) => ({ where: `${relative(REPO_ROOT, file)} example ${i + 1}`, lang: lang!, text: body!, ...(code ? { code: Number(code) } : {}) }));
}

const EXAMPLES: readonly Example[] = generatedMarkdown(join(REPO_ROOT, 'packages')).flatMap((file) => examplesOf(file, readFileSync(file, 'utf8')));

/** A folder inside the repository, so that the examples resolve ws, undici and @wscodes/* as a reader's project would. */
const scratch = mkdtempSync(join(REPO_ROOT, 'tools/generators/test/.examples-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Loaded before an example: undici's WebSocket as the global one (Node 20 has none), ending the
 * process once a socket closed; and, for a browser example, a ws server on the example's port that
 * echoes a close (ws's default), sends an empty Close, or drops the connection.
 */
const SETUP = `
import { WebSocket } from 'undici';
import { WebSocketServer } from 'ws';
class ExampleWebSocket extends WebSocket {
  constructor(url, protocols) {
    super(url, protocols);
    this.addEventListener('error', () => {});
    this.addEventListener('close', () => setTimeout(() => process.exit(0), 100));
  }
}
globalThis.WebSocket = ExampleWebSocket;
const mode = process.env.EXAMPLE_SERVER;
if (mode) {
  const server = new WebSocketServer({ port: Number(process.env.EXAMPLE_PORT) });
  server.on('connection', (client) => {
    client.on('error', () => {});
    if (mode === 'empty-close') client.close();
    if (mode === 'drop') client.terminate();
  });
}
`;

/** For the fixtures' decoder loop: core's decoder in the shape the example reads, and node:assert. */
const DECODER = `
import assert from 'node:assert/strict';
import { decodeClosePayload } from '@wscodes/core';
globalThis.assert = assert;
globalThis.myDecoder = (bytes) => {
  const r = decodeClosePayload(bytes);
  return r.ok ? { code: r.code, reason: r.reason } : { failWith: r.closeWith };
};
`;

let written = 0;
function write(text: string, extension: string): string {
  const file = join(scratch, `example-${++written}.${extension}`);
  writeFileSync(file, text);
  return file;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

interface Run {
  readonly status: number | null;
  readonly out: string;
  readonly err: string;
}

/** Only a hung example is stopped: a generous limit, not a speed check, for a machine under load. */
const TIMEOUT_MS = 180_000;

/** Runs a program to its end, or until `until` says the run has shown enough (then it is stopped). */
async function run(command: string, args: readonly string[], env: Record<string, string> = {}, until?: (out: string) => Promise<boolean>): Promise<Run> {
  const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  try {
    if (until !== undefined) {
      const done = await until(out).catch((error: Error) => {
        err += `\n${error.message}`;
        return false;
      });
      child.kill('SIGKILL');
      const [code] = (await once(child, 'exit')) as [number | null];
      return { status: done ? 0 : (code ?? 1), out, err };
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    return { status: code, out, err };
  } finally {
    clearTimeout(timer);
  }
}

/** A TypeScript example, its types stripped by esbuild (as a reader's build would), run by Node after an optional preamble. */
const tsx = (source: string, preamble: string | undefined, env?: Record<string, string>, until?: (out: string) => Promise<boolean>) =>
  run(process.execPath, [...(preamble ? ['--import', write(preamble, 'mjs')] : []), write(transformSync(source, { loader: 'ts', format: 'esm' }).code, 'mjs')], env, until);

/** The line every close-code example logs when the code arrives, from @wscodes/core. */
const explained = (code: number) => {
  const { name, reconnect } = describeCloseCode(code);
  return `${code} ${name}: ${reconnect.policy}`;
};

/** A raw client: the opening handshake, then the first frame the server sends. Returns its first byte and payload. */
async function firstServerFrame(port: number): Promise<{ head: number; payload: Uint8Array }> {
  for (let attempt = 0; ; attempt++) {
    try {
      const socket = connect(port, '127.0.0.1');
      await once(socket, 'connect');
      socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n');
      let data = Buffer.alloc(0);
      for await (const chunk of socket) {
        data = Buffer.concat([data, chunk as Buffer]);
        const end = data.indexOf('\r\n\r\n');
        if (end < 0 || data.length < end + 6) continue;
        const frame = data.subarray(end + 4);
        const length = frame[1]! & 0x7f;
        if (frame.length < 2 + length) continue;
        socket.destroy();
        return { head: frame[0]!, payload: new Uint8Array(frame.subarray(2, 2 + length)) };
      }
      throw new Error('the server closed the connection before it sent a frame');
    } catch (error) {
      if (attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Runs one example against the library it names; returns what went wrong, or [] when it did what it says. */
async function check(example: Example): Promise<string[]> {
  const { text, code } = example;
  if (example.lang === 'python') {
    if (!existsSync(PYTHON)) return process.env.WSCODES_REQUIRE_ALL === '1' ? [`${PYTHON} is missing`] : [];
    if (text.includes('websockets.connect(')) return checkRefusedHandshake(text);
    const result = await run(PYTHON, [write(text, 'py')]);
    return result.status === 0 ? [] : [`python exited ${result.status}: ${result.out}${result.err}`];
  }
  if (example.lang !== 'ts') return [`a ${example.lang} example: teach examples.test.ts to run it`];
  if (text.includes("from '@wscodes/fixtures'")) {
    // The decoder loop of @wscodes/fixtures' README, with @wscodes/core's decoder as the one under test.
    const result = await tsx(text, DECODER);
    return result.status === 0 ? [] : [`exited ${result.status}: ${result.err}`];
  }
  if (code === undefined) return ['an example that names no close code and no runner: teach examples.test.ts to run it'];
  const port = await freePort();
  const endpoints = (source: string) => source.replaceAll("'wss://example.com/live'", `'ws://localhost:${port}'`).replaceAll('8080', String(port));
  if (!text.includes("'wss://example.com/live'") && !text.includes('8080')) return ['an example with an endpoint examples.test.ts does not know'];
  const program = endpoints(text);
  const expected = explained(code);

  if (text.includes("from 'websocket-driver'")) {
    // websocket-driver's server sends the code; a raw client reads the Close frame, since ws and undici may not take it.
    let frame: { head: number; payload: Uint8Array } | undefined;
    const result = await tsx(program, undefined, {}, async () => {
      frame = await firstServerFrame(port);
      return true;
    });
    if (frame === undefined) return [`no Close frame arrived: ${result.err}`];
    const decoded = decodeClosePayload(frame.payload);
    const problems = [];
    if (frame.head !== 0x88) problems.push(`the first frame is 0x${frame.head.toString(16)}, not a Close frame`);
    if (!decoded.ok || decoded.code !== code) problems.push(`the Close frame carries ${JSON.stringify(decoded)}, not ${code}`);
    if (!result.out.includes(expected)) problems.push(`it did not log "${expected}": ${result.out}${result.err}`);
    return problems;
  }
  if (text.includes("from 'ws'")) {
    // The example's ws server closes with the code; its client (undici) explains it.
    const result = await tsx(program, SETUP);
    return result.status === 0 && result.out.includes(expected) ? [] : [`expected "${expected}", got (exit ${result.status}): ${result.out}${result.err}`];
  }
  if (text.includes('new WebSocket(')) {
    // A browser example: the client closes with the code (the server echoes it), or only listens.
    // A code that may never be sent is seen only as what a receiver reports itself: 1005 for an
    // empty Close, 1006 for a dropped connection (RFC 6455 7.1.5, 7.1.6); the others never arrive.
    const closes = text.includes('socket.close(');
    const mode = closes ? 'echo' : code === 1005 ? 'empty-close' : 'drop';
    const arrives = closes || code === 1005 || code === 1006;
    const result = await tsx(program, SETUP, { EXAMPLE_SERVER: mode, EXAMPLE_PORT: String(port) });
    if (result.status !== 0) return [`exited ${result.status}: ${result.err}`];
    return result.out.includes(expected) === arrives ? [] : [`expected ${arrives ? '' : 'no '}"${expected}", got: ${result.out}`];
  }
  return ['an example that names no library examples.test.ts knows: teach it to run it'];
}

/**
 * The Python websockets example of handshake-statuses.md: a local server refuses every upgrade with
 * the page's example status and `Retry-After: 120`; the example must map the exception (InvalidStatusCode
 * in Debian's websockets 10.4) to that status and print the table's advice for it.
 */
async function checkRefusedHandshake(text: string): Promise<string[]> {
  const table = loadRegistry().handshakeStatuses!;
  const status = exampleStatus(table)!;
  const server = createHttpServer((_request, response) => response.writeHead(status.status).end());
  server.on('upgrade', (_request, socket) => socket.end(`HTTP/1.1 ${status.status} ${status.name}\r\nRetry-After: 120\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as { port: number };
    if (!text.includes('127.0.0.1:8080')) return ['the example connects to an address examples.test.ts does not know'];
    const result = await run(PYTHON, [write(text.replaceAll('127.0.0.1:8080', `127.0.0.1:${port}`), 'py')]);
    const expected = `HTTP ${status.status} ${status.name}: ${status.advice.policy}, Retry-After 120`;
    return result.status === 0 && result.out.includes(expected) ? [] : [`expected "${expected}", got (exit ${result.status}): ${result.out}${result.err}`];
  } finally {
    server.close();
  }
}

/** Runs every example, a few at a time (each is a Node process), and keeps what went wrong with each. */
async function checkAll(examples: readonly Example[], parallel = 3): Promise<Map<Example, string[]>> {
  const results = new Map<Example, string[]>();
  const queue = [...examples];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      // A loaded machine can hand the port freePort found to another process's socket before the
      // example binds it (EADDRINUSE): a failure is tried once more on a new port, and said aloud.
      // A real fault fails both times, and both attempts are reported.
      const first = await check(next);
      if (first.length === 0) {
        results.set(next, first);
        continue;
      }
      console.warn(`examples.test.ts: ${next.where} failed once, trying again on a new port: ${first.join('; ').slice(0, 500)}`);
      const second = await check(next);
      results.set(next, second.length === 0 ? [] : [...first.map((p) => `first attempt: ${p}`), ...second.map((p) => `second attempt: ${p}`)]);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

let results: Map<Example, string[]> | undefined;
beforeAll(async () => {
  results = await checkAll(EXAMPLES);
}, 30 * 60_000);

describe('every generated example runs against the library it names', () => {
  it('finds the examples in the generated files: one per code page at least', () => {
    const registry = loadRegistry();
    for (const entry of registry.codes) expect(EXAMPLES.some((e) => e.code === entry.code), `${entry.code}`).toBe(true);
  });

  it.each(EXAMPLES.map((e) => [e.where, e] as const))('%s', (_where, example) => {
    expect(results!.get(example)).toEqual([]);
  });
});

describe("the libraries' rules the examples follow", () => {
  it("wsSendsCode is ws's own list: its Sender takes exactly those codes", async () => {
    const { Sender } = (await import('ws')) as unknown as {
      Sender: new (socket: object) => { close(code: number, reason: string, mask: boolean, cb: () => void): void };
    };
    const sender = new Sender({ write: () => true, cork: () => {}, uncork: () => {} });
    const takes = (code: number) => {
      try {
        sender.close(code, '', false, () => {});
        return true;
      } catch {
        return false;
      }
    };
    const differ = Array.from({ length: 65536 }, (_, code) => code).filter((code) => takes(code) !== wsSendsCode(code));
    expect(differ).toEqual([]);
  });

  it('a code ws does not know is sent through websocket-driver, and that example runs', async () => {
    // Today every sendable protocol code is on ws's list, so the route is tried with a list that lacks one.
    const registry = loadRegistry();
    const index = registry.codes.findIndex((c) => c.send && !c.withdrawn && c.code !== 1000 && c.code < 3000);
    const entry = registry.codes[index]!;
    const page = codePage(registry, index, { wsSends: (code) => code !== entry.code });
    const [example] = examplesOf(`packages/docs/codes/${entry.code}-page.md`, page);
    expect(example!.text).toContain("from 'websocket-driver'");
    expect(example!.text).not.toContain("from 'ws'");
    expect(await check(example!)).toEqual([]);
  }, 10 * 60_000);

  it('the refused-handshake runner can fail: a Python example that prints other advice than the table\'s', async () => {
    const example = EXAMPLES.find((e) => e.lang === 'python' && e.text.includes('websockets.connect('))!;
    expect(example).toBeDefined();
    const broken = { ...example, text: example.text.replace("entry['advice']['policy']", "'stop'") };
    expect(broken.text).not.toBe(example.text);
    expect((await check(broken)).join('\n')).toMatch(/expected "HTTP \d+ /);
  }, 10 * 60_000);

  it('the runner can fail: an example that closes with a code other than the one it explains', async () => {
    const registry = loadRegistry();
    const index = registry.codes.findIndex((c) => c.send && !c.withdrawn && c.code !== 1000 && c.code < 3000 && wsSendsCode(c.code));
    const [example] = examplesOf(`packages/docs/codes/${registry.codes[index]!.code}-page.md`, codePage(registry, index));
    const other = registry.codes.find((c) => c.send && !c.withdrawn && c.code !== registry.codes[index]!.code && wsSendsCode(c.code))!;
    const broken = { ...example!, text: example!.text.replace(/client\.close\([^)]*\)/, `client.close(${other.code})`) };
    expect(broken.text).not.toBe(example!.text);
    expect((await check(broken)).join('\n')).toMatch(/expected/);
  }, 10 * 60_000);
});

// Checked once up front, so a missing interpreter reads as a skip, not as a failure of every example.
if (!existsSync(PYTHON)) console.warn(`examples.test.ts: ${PYTHON} is missing, so the Python examples are skipped (WSCODES_REQUIRE_ALL=1 fails instead)`);
