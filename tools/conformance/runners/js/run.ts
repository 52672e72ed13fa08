// The JS conformance runner (tools/conformance/PROTOCOL.md): plays the vectors against ws, undici
// and faye-websocket over loopback and prints what each peer did as JSON lines. It judges nothing.
import { createRequire } from 'node:module';
import { mapLimit } from './limits.ts';
import {
  callClose,
  deliverToClient,
  handshakeWithClient,
  startFayeServer,
  startWsServer,
  type ClientPeerKey,
  type ServerPeer,
} from './libraries.ts';
import { exchangeWithServer, headerLines, RawServer, requestUpgrade } from './peers.ts';
import { vectorsFromArgs, type Vectors } from './vectors.ts';

const USAGE = `Usage: npx tsx tools/conformance/runners/js/run.ts --fixtures DIR [--only SUBSTRING]

Plays the WebSocket close and handshake vectors against real JavaScript peers over loopback (ws
server and client, undici's WebSocket, faye-websocket server and client) and prints, on stdout, one
JSON line per peer and one per vector a peer played (tools/conformance/PROTOCOL.md). Progress goes
to stderr.

  --fixtures DIR     the folder holding close-payloads.json, close-frames.json,
                     api-close-calls.json and handshake.json (in the repository: packages/fixtures)
  --only SUBSTRING   play only the vectors whose id contains SUBSTRING
  --help             print this text`;

/** Vectors played at once, across all peers: enough for a run of seconds, few enough for 2 busy cores. */
const CONCURRENCY = 12;

type Role = 'server' | 'client';
type PeerKey = 'ws-server' | 'faye-websocket-server' | ClientPeerKey;

interface PeerInfo {
  readonly peer: PeerKey;
  readonly implementation: string;
  readonly role: Role;
}

// A data table: `duplicates` pairs it with the UTF-8 reason tables of the vectors generator
// (close-payloads.ts), which have the same shape by chance and share nothing.
const PEERS: readonly PeerInfo[] = [
  { peer: 'ws-server', implementation: 'ws', role: 'server' },
  { peer: 'ws-client', implementation: 'ws', role: 'client' },
  { peer: 'undici-client', implementation: 'undici', role: 'client' },
  { peer: 'faye-websocket-server', implementation: 'faye-websocket', role: 'server' },
  { peer: 'faye-websocket-client', implementation: 'faye-websocket', role: 'client' },
];

const requireHere = createRequire(import.meta.url);
const installedVersion = (name: string): string => (requireHere(`${name}/package.json`) as { version: string }).version;

/** One vector played by one peer: what the runner prints as a result line. */
interface Play {
  readonly peer: PeerKey;
  readonly id: string;
  readonly observe: () => Promise<object>;
}

interface Running {
  readonly servers: Map<PeerKey, ServerPeer>;
  /** For the handshake vectors: one server per peer and subprotocol list it is configured with. */
  readonly handshakeServers: Map<string, ServerPeer>;
  /** One raw server per client peer, so that each vector's path (its id) is asked for once. */
  readonly rawServers: Map<PeerKey, RawServer>;
}

const bytes = (hex: string) => Buffer.from(hex, 'hex');
const serverKey = (peer: PeerKey, subprotocols: readonly string[]) => `${peer} ${JSON.stringify(subprotocols)}`;

function playsFor(info: PeerInfo, vectors: Vectors, running: Running): Play[] {
  const { peer } = info;
  if (info.role === 'server') {
    const server = running.servers.get(peer)!;
    const send = (id: string, hex: string): Play => ({
      peer,
      id,
      observe: async () => {
        const { reply, from } = await exchangeWithServer(server.port, bytes(hex), `${peer} ${id}`);
        // The raw client has closed its end: the library has the step limit to report the close.
        return { reply, reported: await server.reports.reportFor(from) };
      },
    });
    const upgrades = vectors.handshakes.flatMap((v): Play[] => {
      if (v.peer !== 'server') return [];
      const handshakePort = running.handshakeServers.get(serverKey(peer, v.server.subprotocols))!.port;
      return [{ peer, id: v.id, observe: async () => ({ response: await requestUpgrade(handshakePort, headerLines(v.request.headers), `${peer} ${v.id}`) }) }];
    });
    return [
      ...vectors.payloads.map((v) => send(v.id, v.framing.clientFrameHex)),
      ...vectors.frames.filter((v) => v.direction === 'client-to-server').map((v) => send(v.id, v.frameHex)),
      ...upgrades,
    ];
  }
  const raw = running.rawServers.get(peer)!;
  const client = peer as ClientPeerKey;
  const deliver = (id: string, hex: string): Play => ({ peer, id, observe: () => deliverToClient(raw, client, id, bytes(hex)) });
  const plays = [
    ...vectors.payloads.map((v) => deliver(v.id, v.framing.serverFrameHex)),
    ...vectors.frames.filter((v) => v.direction === 'server-to-client').map((v) => deliver(v.id, v.frameHex)),
  ];
  // undici's WebSocket has the WHATWG API: it plays the close() calls too.
  if (peer === 'undici-client') plays.push(...vectors.apiCalls.map((v) => ({ peer, id: v.id, observe: () => callClose(raw, v.id, v.call) })));
  for (const v of vectors.handshakes) {
    if (v.peer === 'client') plays.push({ peer, id: v.id, observe: () => handshakeWithClient(raw, client, v.id, v.client.subprotocols, headerLines(v.response.headers)) });
  }
  return plays;
}

const SERVER_STARTERS: Partial<Record<PeerKey, (subprotocols?: readonly string[]) => Promise<ServerPeer>>> = {
  'ws-server': startWsServer,
  'faye-websocket-server': startFayeServer,
};

async function start(vectors: Vectors): Promise<Running> {
  const running: Running = { servers: new Map(), handshakeServers: new Map(), rawServers: new Map() };
  for (const { peer, role } of PEERS) {
    try {
      const startServer = SERVER_STARTERS[peer];
      if (startServer) {
        running.servers.set(peer, await startServer());
        for (const v of vectors.handshakes) {
          const key = v.peer === 'server' ? serverKey(peer, v.server.subprotocols) : undefined;
          if (key && v.peer === 'server' && !running.handshakeServers.has(key)) running.handshakeServers.set(key, await startServer(v.server.subprotocols));
        }
      } else if (role === 'client') {
        const raw = new RawServer();
        running.rawServers.set(peer, raw);
        await raw.start();
      }
    } catch (error) {
      throw new Error(`${peer} did not start on 127.0.0.1: ${(error as Error).message}`);
    }
  }
  return running;
}

async function stop(running: Running): Promise<void> {
  await Promise.all([...running.servers.values(), ...running.handshakeServers.values(), ...running.rawServers.values()].map((server) => server.close()));
}

const printLine = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function main(): Promise<void> {
  const vectors = vectorsFromArgs(USAGE);
  if (!vectors) return;

  const started = Date.now();
  const running = await start(vectors);
  try {
    for (const { peer, implementation, role } of PEERS) {
      printLine({ type: 'peer', peer, implementation, version: installedVersion(implementation), language: 'JavaScript', role });
    }
    const plays = PEERS.flatMap((info) => playsFor(info, vectors, running));
    process.stderr.write(`js runner: playing ${plays.length} vectors on ${PEERS.length} peers, ${CONCURRENCY} at a time\n`);
    await mapLimit(plays, CONCURRENCY, async ({ peer, id, observe }) => {
      printLine({ type: 'result', peer, id, observed: await observe() });
    });
    process.stderr.write(`js runner: played ${plays.length} vectors in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await stop(running);
  }
}

main().catch((error: Error) => {
  // One line: the runner could not play every vector, and why.
  process.stderr.write(`js runner: ${error.message.split('\n')[0]}\n`);
  process.exit(1);
});
