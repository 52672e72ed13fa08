// The Deno host: Deno.serve with Deno.upgradeWebSocket (the server peer), and the WHATWG client
// plays of common.js. Deno.serve prints "Listening on" per server.
import { control, recordClose, selectProtocol } from './common.js';

const SUBPROTOCOLS = JSON.parse(Deno.args[0] ?? '[]');

function serve(supported) {
  Deno.serve({ hostname: '127.0.0.1', port: 0 }, async (request) => {
    const answer = await control(request, supported);
    if (answer) return answer;
    if (request.headers.get('upgrade')?.toLowerCase() !== 'websocket') return new Response('Expected Upgrade: websocket', { status: 426 });
    const protocol = selectProtocol(request, supported);
    let upgrade;
    try {
      upgrade = Deno.upgradeWebSocket(request, protocol ? { protocol } : {});
    } catch {
      // upgradeWebSocket throws on a request it refuses; the application answers 400.
      return new Response('Bad WebSocket upgrade', { status: 400 });
    }
    const path = new URL(request.url).pathname;
    upgrade.socket.addEventListener('close', (event) => recordClose(path, event.code, event.reason));
    return upgrade.response;
  });
}

serve([]);
serve(SUBPROTOCOLS);
