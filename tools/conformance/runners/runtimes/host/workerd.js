// The workerd worker: a WebSocketPair (the server peer) and the WHATWG client plays of common.js.
// workerd.capnp runs it twice: the "plain" socket with no subprotocol, the "handshake" socket with
// the SUBPROTOCOLS binding.
import { control, recordClose, selectProtocol } from './common.js';

export default {
  async fetch(request, env) {
    const supported = JSON.parse(env.SUBPROTOCOLS ?? '[]');
    const answer = await control(request, supported);
    if (answer) return answer;
    // Cloudflare's documented pattern: 426 for a request that is not an upgrade.
    if (request.headers.get('upgrade') !== 'websocket') return new Response('Expected Upgrade: websocket', { status: 426 });
    const [client, server] = Object.values(new WebSocketPair());
    server.accept();
    const path = new URL(request.url).pathname;
    server.addEventListener('close', (event) => recordClose(path, event.code, event.reason));
    const protocol = selectProtocol(request, supported);
    return new Response(null, { status: 101, webSocket: client, headers: protocol ? { 'Sec-WebSocket-Protocol': protocol } : {} });
  },
};
