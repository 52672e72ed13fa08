// The runtimes conformance runner (tools/conformance/PROTOCOL.md): plays the vectors against the
// WebSocket server and WHATWG client of Bun, Deno and workerd. Node drives; each runtime runs a small
// host (host/*.js) as a child process, which serves the server peer and plays the client vectors it
// is sent on /control/client. It judges nothing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapLimit, STEP_LIMIT_MS, withinLimit, withTimeout } from '../js/limits.ts';
import { exchangeWithServer, headerLines, RawServer, requestUpgrade, type ObservedReply } from '../js/peers.ts';
import { vectorsFromArgs, type Vectors } from '../js/vectors.ts';

const USAGE = `Usage: npx tsx tools/conformance/runners/runtimes/run.ts --fixtures DIR [--only SUBSTRING]

Plays the WebSocket close and handshake vectors against the servers (Bun.serve, Deno.upgradeWebSocket,
a workerd WebSocketPair) and WHATWG WebSocket clients of Bun, Deno and workerd over loopback, and
prints one JSON line per peer and one per vector a peer played (tools/conformance/PROTOCOL.md).
The runtimes come from this folder's own package: npm ci --ignore-scripts --prefix ${'tools/conformance/runners/runtimes'}

  --fixtures DIR     the folder holding the four vector files (in the repository: packages/fixtures)
  --only SUBSTRING   play only the vectors whose id contains SUBSTRING
  --help             print this text`;

const INSTALL = 'npm ci --ignore-scripts --prefix tools/conformance/runners/runtimes';
/** Vectors played at once, across the three runtimes. */
const CONCURRENCY = 12;
/** A runtime prints where it listens within this (workerd compiles its config first). */
const START_LIMIT_MS = 30_000;

const here = dirname(fileURLToPath(import.meta.url));
const requireHere = createRequire(join(here, 'package.json'));

type RuntimeName = 'bun' | 'deno' | 'workerd';

interface Runtime {
  readonly name: RuntimeName;
  readonly implementation: string;
  /** The per-platform package that holds the binary, and the binary's path inside it. */
  readonly binary: () => { readonly pkg: string; readonly file: string };
  /** `--version`'s output to the version recorded. */
  readonly version: (output: string) => string | undefined;
  /** The host's command line; the subprotocols of the handshake vectors as JSON. */
  readonly host: (subprotocols: string) => { readonly args: string[]; readonly env?: Record<string, string> };
}

const arm = process.arch === 'arm64';

const RUNTIMES: readonly Runtime[] = [
  {
    name: 'bun',
    implementation: 'Bun',
    binary: () => ({ pkg: `@oven/bun-${process.platform}-${arm ? 'aarch64' : 'x64'}`, file: 'bin/bun' }),
    version: (output) => /^(\d+\.\d+\.\d+\S*)/.exec(output.trim())?.[1],
    host: (subprotocols) => ({ args: ['host/bun.js', subprotocols] }),
  },
  {
    name: 'deno',
    implementation: 'Deno',
    binary: () => ({ pkg: `@deno/${process.platform}-${process.arch}${process.platform === 'linux' ? '-glibc' : ''}`, file: 'deno' }),
    version: (output) => /^deno (\S+)/.exec(output)?.[1],
    // No config, lock file or update check: the host needs nothing but the network.
    host: (subprotocols) => ({ args: ['run', '--no-config', '--no-lock', '--allow-net', 'host/deno.js', subprotocols], env: { DENO_NO_UPDATE_CHECK: '1' } }),
  },
  {
    name: 'workerd',
    implementation: 'workerd',
    binary: () => ({ pkg: `@cloudflare/workerd-${process.platform}-${arm ? 'arm64' : '64'}`, file: 'bin/workerd' }),
    version: (output) => /^workerd (\S+)/.exec(output)?.[1],
    host: (subprotocols) => ({ args: ['serve', 'host/workerd.capnp'], env: { SUBPROTOCOLS: subprotocols } }),
  },
];

function binaryOf(runtime: Runtime): string {
  const { pkg, file } = runtime.binary();
  try {
    return join(dirname(requireHere.resolve(`${pkg}/package.json`)), file);
  } catch {
    throw new Error(`${pkg} (${runtime.implementation}'s binary) is not installed; install the runtimes with: ${INSTALL}`);
  }
}

function versionOf(runtime: Runtime, binary: string): string {
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: STEP_LIMIT_MS });
  const version = runtime.version(run.stdout ?? '');
  if (run.status !== 0 || !version) throw new Error(`${binary} --version failed (${run.error?.message ?? run.stderr?.trim() ?? `exit ${run.status}`}); reinstall with: ${INSTALL}`);
  return version;
}

interface Host {
  readonly runtime: Runtime;
  readonly version: string;
  /** The server with no subprotocol (close vectors, control requests). */
  readonly plainPort: number;
  /** The server willing to use the handshake vectors' subprotocols. */
  readonly handshakePort: number;
  readonly child: ChildProcess;
  /** A raw server for this runtime's client, so that each vector id is asked for once per server. */
  readonly raw: RawServer;
}

const controlUrl = (port: number, path: string) => `http://127.0.0.1:${port}/control/${path}`;

/** Starts the runtime's host; resolves once both its servers answer /control/ready. */
async function startHost(runtime: Runtime, subprotocols: readonly string[]): Promise<Host> {
  const binary = binaryOf(runtime);
  const version = versionOf(runtime, binary);
  const { args, env } = runtime.host(JSON.stringify(subprotocols));
  const child = spawn(binary, args, { cwd: here, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ports: number[] = [];
  const listening = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      ports.splice(0, ports.length, ...[...output.matchAll(/Listening on http:\/\/127\.0\.0\.1:(\d+)/g)].map((m) => Number(m[1])));
      if (ports.length >= 2) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`exited (${code}) before listening: ${output.trim().split('\n').slice(-3).join(' | ')}`)));
  });
  try {
    await withTimeout(listening, START_LIMIT_MS, `${runtime.implementation} to listen`);
    const supported = await Promise.all(
      ports.map(async (port) => ((await (await fetch(controlUrl(port, 'ready'))).json()) as { supported: string[] }).supported),
    );
    const plainPort = ports[supported.findIndex((list) => list.length === 0)];
    const handshakePort = ports[supported.findIndex((list) => list.length > 0 || subprotocols.length === 0)];
    if (plainPort === undefined || handshakePort === undefined) throw new Error(`its servers support ${JSON.stringify(supported)}, not [] and ${JSON.stringify(subprotocols)}`);
    const raw = new RawServer();
    await raw.start();
    return { runtime, version, plainPort, handshakePort, child, raw };
  } catch (error) {
    child.kill();
    throw new Error(`${runtime.implementation} (${binary}) did not start: ${(error as Error).message}`);
  }
}

/** SIGTERM, then SIGKILL for a host that is still draining connections after this. */
const STOP_LIMIT_MS = 5_000;

async function stopHost(host: Host): Promise<void> {
  await host.raw.close();
  if (host.child.exitCode === null && host.child.signalCode === null) {
    const exited = once(host.child, 'exit');
    host.child.kill();
    if ((await withinLimit(exited, STOP_LIMIT_MS, 'running' as const)) === 'running') {
      host.child.kill('SIGKILL');
      await exited;
    }
  }
}

/** A control request to the host; the host bounds its own waits, this bounds the request. */
async function ask<T>(host: Host, path: string, body?: object): Promise<T> {
  const response = await fetch(controlUrl(host.plainPort, path), {
    method: body ? 'POST' : 'GET',
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(3 * STEP_LIMIT_MS),
  });
  if (!response.ok) throw new Error(`${host.runtime.implementation} answered ${response.status} to /control/${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

interface Reported {
  readonly code: number | null;
  readonly reason: string | null;
}
const NOTHING_REPORTED: Reported = { code: null, reason: null };

/** What the server's close handler was told on `path`: polled, since it runs after the reply. */
async function reportedByServer(host: Host, path: string): Promise<Reported> {
  const until = Date.now() + STEP_LIMIT_MS;
  for (;;) {
    const closed = await ask<Reported | null>(host, `closed?path=${encodeURIComponent(path)}`);
    if (closed) return closed;
    if (Date.now() > until) return NOTHING_REPORTED;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface CloseEvent {
  readonly code: number;
  readonly reason: string;
  readonly wasClean: boolean;
}

interface Play {
  readonly peer: string;
  readonly id: string;
  readonly observe: () => Promise<object>;
}

const bytes = (hex: string) => Buffer.from(hex, 'hex');

/** Throws when the host could not play a client vector (it names why). */
function played<T extends object>(host: Host, id: string, answer: T | { error: string }): T {
  if ('error' in answer) throw new Error(`${host.runtime.name}-client did not play ${id}: ${answer.error}`);
  return answer;
}

function serverPlays(host: Host, vectors: Vectors): Play[] {
  const peer = `${host.runtime.name}-server`;
  const send = (id: string, hex: string): Play => ({
    peer,
    id,
    observe: async () => {
      const path = `/${id}`;
      const { reply } = await exchangeWithServer(host.plainPort, bytes(hex), `${peer} ${id}`, path);
      return { reply, reported: await reportedByServer(host, path) };
    },
  });
  return [
    ...vectors.payloads.map((v) => send(v.id, v.framing.clientFrameHex)),
    ...vectors.frames.filter((v) => v.direction === 'client-to-server').map((v) => send(v.id, v.frameHex)),
    ...vectors.handshakes.flatMap((v): Play[] =>
      v.peer === 'server'
        ? [{ peer, id: v.id, observe: async () => ({ response: await requestUpgrade(host.handshakePort, headerLines(v.request.headers), `${peer} ${v.id}`) }) }]
        : [],
    ),
  ];
}

function clientPlays(host: Host, vectors: Vectors): Play[] {
  const peer = `${host.runtime.name}-client`;
  const url = (path: string) => `ws://127.0.0.1:${host.raw.port}${path}`;
  const receive = (id: string, hex: string): Play => ({
    peer,
    id,
    observe: async () => {
      const { path, result } = host.raw.plan(bytes(hex), false, id);
      const [answer, sent] = await Promise.all([ask<{ closeEvent: CloseEvent | null } | { error: string }>(host, 'client', { kind: 'receive', url: url(path) }), result]);
      const { closeEvent } = played(host, id, answer);
      const reply: ObservedReply = sent.reply;
      // A WHATWG client tells its application through the close event, judged by the close-event
      // clause as for undici and the browsers; `reported` is for libraries without that API (PROTOCOL.md).
      return { reply, closeEvent };
    },
  });
  return [
    ...vectors.payloads.map((v) => receive(v.id, v.framing.serverFrameHex)),
    ...vectors.frames.filter((v) => v.direction === 'server-to-client').map((v) => receive(v.id, v.frameHex)),
    // The WHATWG API: the close() calls, as for undici and the browsers.
    ...vectors.apiCalls.map(
      (v): Play => ({
        peer,
        id: v.id,
        observe: async () => {
          const { path, result } = host.raw.plan(undefined, true, v.id);
          const [answer, sent] = await Promise.all([ask<{ outcome: string } | { error: string }>(host, 'client', { kind: 'api', url: url(path), call: v.call }), result]);
          const { outcome } = played(host, v.id, answer);
          return { outcome, payloadHex: outcome === 'accepted' ? sent.payloadHex : null };
        },
      }),
    ),
    ...vectors.handshakes.flatMap((v): Play[] => {
      if (v.peer !== 'client') return [];
      return [
        {
          peer,
          id: v.id,
          observe: async () => {
            const { path, result } = host.raw.plan(undefined, false, v.id, headerLines(v.response.headers));
            void result.catch(() => {}); // a client that refuses the response may close before the raw server reads a frame
            const answer = await ask<{ opened: boolean; protocol: string | null } | { error: string }>(host, 'client', {
              kind: 'handshake',
              url: url(path),
              protocols: v.client.subprotocols,
            });
            await result.catch(() => {});
            return played(host, v.id, answer);
          },
        },
      ];
    }),
  ];
}

/** Takes one play from each list in turn, so that the three runtimes share the concurrency. */
const interleave = <T>(lists: readonly (readonly T[])[]): T[] =>
  Array.from({ length: Math.max(0, ...lists.map((list) => list.length)) }, (_, i) => lists.flatMap((list) => (i < list.length ? [list[i]!] : []))).flat();

/** The one subprotocol list the handshake vectors configure servers with (the hosts serve one). */
function handshakeSubprotocols(vectors: Vectors): readonly string[] {
  const lists = new Set(vectors.handshakes.flatMap((v) => (v.peer === 'server' ? [JSON.stringify(v.server.subprotocols)] : [])));
  if (lists.size > 1) throw new Error(`the handshake vectors name ${lists.size} server subprotocol lists (${[...lists].join(' ')}); the hosts serve one: give them a server per list`);
  return lists.size === 1 ? (JSON.parse([...lists][0]!) as string[]) : [];
}

const printLine = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function main(): Promise<void> {
  const vectors = vectorsFromArgs(USAGE);
  if (!vectors) return;

  const started = Date.now();
  const subprotocols = handshakeSubprotocols(vectors);
  const starting = await Promise.allSettled(RUNTIMES.map((runtime) => startHost(runtime, subprotocols)));
  const hosts = starting.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    const failed = starting.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason as Error;
    for (const { runtime, version } of hosts) {
      for (const role of ['server', 'client'] as const) printLine({ type: 'peer', peer: `${runtime.name}-${role}`, implementation: runtime.implementation, version, language: 'JavaScript', role });
    }
    const plays = interleave(hosts.flatMap((host) => [serverPlays(host, vectors), clientPlays(host, vectors)]));
    process.stderr.write(`runtimes runner: playing ${plays.length} vectors on ${hosts.length * 2} peers, ${CONCURRENCY} at a time\n`);
    await mapLimit(plays, CONCURRENCY, async ({ peer, id, observe }) => printLine({ type: 'result', peer, id, observed: await observe() }));
    process.stderr.write(`runtimes runner: played ${plays.length} vectors in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await Promise.all(hosts.map(stopHost));
  }
}

main().catch((error: Error) => {
  process.stderr.write(`runtimes runner: ${error.message.split('\n')[0]}\n`);
  process.exit(1);
});
