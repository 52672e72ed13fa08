// What every runtime's host does alike (runs in Bun, Deno and workerd, so plain JavaScript with web
// APIs only): the WHATWG WebSocket client plays, the record of what the server's close handler was
// told, and the control requests the Node runner (../run.ts) sends. Each entry file adds its
// runtime's own server.

/** Every wait on the runtime side: the Node runner's own limit (PROTOCOL.md, "Limits"). */
const LIMIT_MS = 10_000;

/** Server side: what each connection's close handler was told, by request path (the vector id). */
const closes = new Map();

export function recordClose(path, code, reason) {
  closes.set(path, { code: typeof code === 'number' ? code : null, reason: typeof reason === 'string' ? reason : null });
}

/** The first subprotocol the client offers that the server supports, as an application picks it. */
export function selectProtocol(request, supported) {
  const offered = (request.headers.get('sec-websocket-protocol') ?? '').split(',').map((name) => name.trim());
  return offered.find((name) => name !== '' && supported.includes(name));
}

const within = (promise, value) => {
  let timer;
  const limit = new Promise((resolve) => (timer = setTimeout(() => resolve(value), LIMIT_MS)));
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
};

function connect(url, protocols) {
  const ws = protocols.length > 0 ? new WebSocket(url, protocols) : new WebSocket(url);
  ws.addEventListener('error', () => {});
  const closed = new Promise((resolve) =>
    ws.addEventListener('close', (event) => resolve({ code: event.code, reason: event.reason, wasClean: event.wasClean })),
  );
  const opened = new Promise((resolve) => ws.addEventListener('open', () => resolve(ws.protocol)));
  const first = Promise.race([opened.then((protocol) => ({ protocol })), closed.then(() => 'closed')]);
  return { ws, closed, first };
}

/** A close() call as the vector says: an absent member is not passed; a reason without a code passes undefined. */
function callClose(ws, call) {
  if (call.reason !== undefined) ws.close(call.code, call.reason);
  else if (call.code !== undefined) ws.close(call.code);
  else ws.close();
}

/** Plays one client vector (`play.kind`); the Node runner's raw server plays the other side. */
async function playClient(play) {
  const { ws, closed, first } = connect(play.url, play.protocols ?? []);
  if (play.kind === 'receive') return { closeEvent: (await within(closed, null)) };
  const opening = await within(first, 'timeout');
  if (opening === 'timeout') return { error: `neither open nor close within ${LIMIT_MS} ms` };
  if (play.kind === 'handshake') {
    if (opening === 'closed') return { opened: false, protocol: null };
    ws.close();
    await within(closed, null);
    return { opened: true, protocol: opening.protocol === '' ? null : opening.protocol };
  }
  if (opening === 'closed') return { error: 'closed before it opened' };
  let outcome = 'accepted';
  try {
    callClose(ws, play.call);
  } catch (error) {
    outcome = error?.name ?? String(error);
    ws.close();
  }
  const event = await within(closed, null);
  return event === null ? { error: `no close event within ${LIMIT_MS} ms` } : { outcome };
}

/**
 * Answers the Node runner's control requests (paths under /control/); undefined for any other path.
 * `supported` is the subprotocol list of the server that was asked: /control/ready tells the runner
 * which listening port is which.
 */
export async function control(request, supported) {
  const url = new URL(request.url);
  switch (url.pathname) {
    case '/control/ready':
      return Response.json({ supported });
    case '/control/closed':
      return Response.json(closes.get(url.searchParams.get('path')) ?? null);
    case '/control/client':
      return Response.json(await playClient(await request.json()));
    default:
      return undefined;
  }
}
