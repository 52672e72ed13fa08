"""The Python libraries the runner plays, each behind one small interface (see `Library` below):
websockets, aiohttp and tornado, all from Debian. Each server's application does nothing but read
messages and let the library close; each reports what the library told it about the close.
"""
import asyncio
import logging
import socket
import subprocess

import aiohttp
import tornado.httpserver
import tornado.netutil
import tornado.web
import tornado.websocket
import websockets
from aiohttp import WSMsgType, web


def debian_version(package: str) -> str:
    """The installed version of a Debian package, as PROTOCOL.md asks for peer lines."""
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], check=True,
                          capture_output=True, text=True).stdout


def reported(code, reason) -> dict:
    """What the library told its application about the close, raw (PROTOCOL.md, `reported`)."""
    return {"code": code, "reason": reason}


class Library:
    """One library, played as a server peer and a client peer.

    serve(subprotocols, reports) starts its server on 127.0.0.1, port 0, and returns an object with
    `port` and `async close()`; when the application learns that a connection closed, it calls
    `reports.put(remote_port, code, reason)`.
    connect(url, subprotocols) opens a client connection, raising when the library fails the
    handshake; the connection has `protocol`, `async drain()` (reads until the library says the
    connection is over, then returns `reported(...)`), `async close()` (a normal close) and `abort()`.
    """
    key = ""
    implementation = ""
    language = "Python"
    version = ""


# --- websockets ---

class WebsocketsLibrary(Library):
    key = "python-websockets"
    implementation = "websockets"

    def __init__(self):
        self.version = websockets.__version__

    async def serve(self, subprotocols, reports):
        async def application(websocket, *_path):
            port = websocket.remote_address[1]
            await drain_websockets(websocket)
            reports.put(port, websocket.close_code, websocket.close_reason)

        server = await websockets.serve(application, "127.0.0.1", 0, subprotocols=subprotocols or None)
        server.port = server.sockets[0].getsockname()[1]
        server.close_server = server.close

        async def close():
            server.close_server()
            await server.wait_closed()
        server.close = close
        return server

    async def connect(self, url, subprotocols):
        return WebsocketsConnection(await websockets.connect(url, subprotocols=subprotocols or None))


async def drain_websockets(websocket):
    try:
        async for _ in websocket:
            pass
    except websockets.ConnectionClosed:
        pass


class WebsocketsConnection:
    def __init__(self, websocket):
        self.websocket = websocket
        self.protocol = websocket.subprotocol

    async def drain(self):
        await drain_websockets(self.websocket)
        return reported(self.websocket.close_code, self.websocket.close_reason)

    async def close(self):
        await self.websocket.close()

    def abort(self):
        self.websocket.transport.abort()  # a no-op once closed


# --- aiohttp ---

class AiohttpLibrary(Library):
    key = "aiohttp"
    implementation = "aiohttp"

    def __init__(self):
        self.version = debian_version("python3-aiohttp")

    async def serve(self, subprotocols, reports):
        async def application(request):
            port = request.transport.get_extra_info("peername")[1]
            ws = web.WebSocketResponse(protocols=subprotocols)
            await ws.prepare(request)
            reason = await drain_aiohttp(ws)
            reports.put(port, ws.close_code, reason)
            return ws

        app = web.Application()
        app.router.add_get("/{path:.*}", application)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        sock = socket.create_server(("127.0.0.1", 0))
        await web.SockSite(runner, sock, shutdown_timeout=0).start()
        return Served(sock.getsockname()[1], runner.cleanup)

    async def connect(self, url, subprotocols):
        session = aiohttp.ClientSession()
        try:
            ws = await session.ws_connect(url, protocols=subprotocols)
        except BaseException:
            await session.close()
            raise
        return AiohttpConnection(session, ws)


async def drain_aiohttp(ws):
    """Reads until aiohttp says the connection is over; returns the reason of a Close it reported."""
    reason = None
    while True:
        msg = await ws.receive()
        if msg.type == WSMsgType.CLOSE:
            reason = msg.extra
        if msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
            return reason


class AiohttpConnection:
    def __init__(self, session, ws):
        self.session, self.ws = session, ws
        self.protocol = ws.protocol

    async def drain(self):
        reason = await drain_aiohttp(self.ws)
        return reported(self.ws.close_code, reason)

    async def close(self):
        await self.ws.close()
        await self.session.close()

    def abort(self):
        asyncio.ensure_future(self.session.close())  # closes the connector's sockets


# --- tornado ---

class TornadoLibrary(Library):
    key = "tornado"
    implementation = "tornado"

    def __init__(self):
        self.version = debian_version("python3-tornado")
        # Tornado logs every refused handshake and protocol error; the observations say it all.
        for name in ("tornado.access", "tornado.application", "tornado.general"):
            logging.getLogger(name).setLevel(logging.CRITICAL)

    async def serve(self, subprotocols, reports):
        class Application(tornado.websocket.WebSocketHandler):
            def prepare(self):
                self.remote_port = self.request.connection.stream.socket.getpeername()[1]

            def select_subprotocol(self, offered):
                return next((p for p in offered if p in subprotocols), None)

            def on_message(self, message):
                pass

            def on_close(self):
                reports.put(self.remote_port, self.close_code, self.close_reason)

        server = tornado.httpserver.HTTPServer(tornado.web.Application([(r"/.*", Application)]))
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        server.add_sockets(sockets)

        async def close():
            server.stop()
            await server.close_all_connections()
        return Served(sockets[0].getsockname()[1], close)

    async def connect(self, url, subprotocols):
        return TornadoConnection(await tornado.websocket.websocket_connect(url, subprotocols=subprotocols or None))


class TornadoConnection:
    def __init__(self, connection):
        self.connection = connection
        self.protocol = connection.selected_subprotocol

    async def drain(self):
        while await self.connection.read_message() is not None:
            pass
        return reported(self.connection.close_code, self.connection.close_reason)

    async def close(self):
        self.connection.close()
        while await self.connection.read_message() is not None:
            pass

    def abort(self):
        if self.connection.protocol is not None:  # None once tornado has closed the connection
            self.connection.protocol.stream.close()  # drops TCP without a Close frame


class Served:
    def __init__(self, port, close):
        self.port, self.close = port, close


PYTHON_LIBRARIES = (WebsocketsLibrary, AiohttpLibrary, TornadoLibrary)
