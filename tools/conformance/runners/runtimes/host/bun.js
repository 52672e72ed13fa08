// The Bun host: Bun.serve with `websocket` handlers (the server peer), and the WHATWG client plays
// of common.js. Prints "Listening on" per server, as Deno and workerd do.
import { control, recordClose, selectProtocol } from './common.js';

const SUBPROTOCOLS = JSON.parse(process.argv[2] ?? '[]');

function serve(supported) {
  return Bun.serve({
    hostname: '127.0.0.1',
    port: 0,
    async fetch(request, server) {
      const answer = await control(request, supported);
      if (answer) return answer;
      // Bun's documented pattern: upgrade, or answer 400 when the request is not a valid upgrade.
      const protocol = selectProtocol(request, supported);
      const upgraded = server.upgrade(request, {
        data: { path: new URL(request.url).pathname },
        headers: protocol ? { 'Sec-WebSocket-Protocol': protocol } : {},
      });
      return upgraded ? undefined : new Response('Upgrade failed', { status: 400 });
    },
    websocket: {
      message() {},
      close(ws, code, reason) {
        recordClose(ws.data.path, code, reason);
      },
    },
  });
}

for (const server of [serve([]), serve(SUBPROTOCOLS)]) console.log(`Listening on http://127.0.0.1:${server.port}/`);
