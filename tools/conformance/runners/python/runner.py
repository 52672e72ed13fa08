#!/usr/bin/python3
"""Conformance runner for Python `websockets`: plays the close and handshake vectors of
@wscodes/fixtures against a websockets server and a websockets client over loopback and prints
what each did, as JSON lines (see tools/conformance/PROTOCOL.md).

Run with Debian's interpreter, which has python3-websockets:
    /usr/bin/python3 tools/conformance/runners/python/runner.py --fixtures packages/fixtures
"""
import argparse
import asyncio
import base64
import hashlib
import json
import logging
import os
import sys
from pathlib import Path

import websockets

LIMIT_SECONDS = 10  # every wait, as the protocol says; a limit can only give "timeout"
CONCURRENCY = 12  # vectors in flight at once, across both peers
WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455 §1.3
OPCODE_CLOSE = 0x8


class RunnerError(Exception):
    """The runner itself cannot work: reported as one line on stderr, exit 1."""


# --- pure wire helpers (unit-tested in test_wire.py) ---

def accept_key(key: str) -> str:
    """Sec-WebSocket-Accept for a Sec-WebSocket-Key (RFC 6455 §4.2.2)."""
    return base64.b64encode(hashlib.sha1((key + WS_GUID).encode()).digest()).decode()


def decode_frame(buffer: bytes):
    """First frame in buffer as (opcode, unmasked payload, bytes used), or None if incomplete."""
    if len(buffer) < 2:
        return None
    opcode, masked, length = buffer[0] & 0x0F, buffer[1] & 0x80, buffer[1] & 0x7F
    offset = 2
    if length >= 126:  # 126: 16-bit length follows; 127: 64-bit length follows
        size = 2 if length == 126 else 8
        if len(buffer) < offset + size:
            return None
        length = int.from_bytes(buffer[offset:offset + size], "big")
        offset += size
    mask = b""
    if masked:
        if len(buffer) < offset + 4:
            return None
        mask = buffer[offset:offset + 4]
        offset += 4
    if len(buffer) < offset + length:
        return None
    payload = buffer[offset:offset + length]
    if mask:
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return opcode, payload, offset + length


def close_reply(payload: bytes) -> dict:
    """The `reply` of a Close frame: its code, or null when the body has no full code."""
    code = int.from_bytes(payload[:2], "big") if len(payload) >= 2 else None
    return {"frame": "close", "code": code}


# --- the raw side of a connection ---

async def read_reply(reader: asyncio.StreamReader) -> dict:
    """Reads frames until the first Close frame, the peer's TCP close, or the limit."""
    async def first_close():
        buffer = b""
        while True:
            frame = decode_frame(buffer)
            if frame is None:
                chunk = await reader.read(65536)
                if not chunk:
                    return {"frame": "none"}
                buffer += chunk
                continue
            opcode, payload, used = frame
            buffer = buffer[used:]
            if opcode == OPCODE_CLOSE:
                return close_reply(payload)
            # Anything else (a Pong, a data frame) is skipped, as the protocol says.

    try:
        return await asyncio.wait_for(first_close(), LIMIT_SECONDS)
    except asyncio.TimeoutError:
        return {"frame": "timeout"}
    except ConnectionError:  # a reset is the peer closing the connection without a Close frame
        return {"frame": "none"}


async def read_head(reader: asyncio.StreamReader) -> str:
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), LIMIT_SECONDS)
    return head.decode("latin-1")


async def close_writer(writer: asyncio.StreamWriter) -> None:
    writer.close()
    try:
        await writer.wait_closed()
    except ConnectionError:
        pass  # already reset by the peer: closed all the same


# --- server peer: websockets.serve, played by a raw TCP client ---

async def ignore_messages(websocket, *_path):
    """The server's application: wait for messages and let the library handle closing."""
    try:
        async for _ in websocket:
            pass
    except websockets.ConnectionClosed:
        pass


NOTHING_REPORTED = {"code": None, "reason": None}


def reported(websocket) -> dict:
    """What websockets tells its application once closed: close_code (the code received, 1005 for
    none, 1006 for no Close frame) and close_reason (PROTOCOL.md, "reported")."""
    return {"code": websocket.close_code, "reason": websocket.close_reason}


class ServerReports:
    """The server's close reports, keyed by the client's port: the raw client knows the port it
    connected from, the server's connection knows its remote port."""

    def __init__(self):
        self.reports = {}  # client port -> future of the report

    def future(self, port: int) -> asyncio.Future:
        return self.reports.setdefault(port, asyncio.get_running_loop().create_future())

    async def application(self, websocket, *_path):
        """The server's application, as ignore_messages, then noting what the library reported."""
        port = websocket.remote_address[1]  # read now: a closed transport has no peer name
        await ignore_messages(websocket)
        future = self.future(port)
        if not future.done():
            future.set_result(reported(websocket))

    async def report_for(self, port: int) -> dict:
        try:
            return await asyncio.wait_for(asyncio.shield(self.future(port)), LIMIT_SECONDS)
        except asyncio.TimeoutError:
            return NOTHING_REPORTED
        finally:
            self.reports.pop(port, None)


async def play_against_server(port: int, frame: bytes, reports: ServerReports) -> dict:
    """The server's reply to the frame, and what the library reported to the server's application."""
    reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), LIMIT_SECONDS)
    client_port = writer.get_extra_info("sockname")[1]
    try:
        key = base64.b64encode(os.urandom(16)).decode()
        writer.write((f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                      f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                      "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        head = await read_head(reader)
        if not head.startswith("HTTP/1.1 101"):
            raise RunnerError(f"the websockets server answered {head.splitlines()[0]!r} instead of 101")
        writer.write(frame)
        await writer.drain()
        reply = await read_reply(reader)
    finally:
        await close_writer(writer)
    # The raw client has closed its end: the library has the limit to report the close.
    return {"reply": reply, "reported": await reports.report_for(client_port)}


def header_lines(headers: list) -> bytes:
    """A handshake vector's header fields as written on the wire: `Name: `, the value's bytes, CRLF."""
    return b"".join(h["name"].encode() + b": " + bytes.fromhex(h["valueHex"]) + b"\r\n" for h in headers)


def field_values(head: str, name: str):
    """Every value of a header field in an HTTP head, joined with ", "; None without one."""
    values = []
    for line in head.split("\r\n")[1:]:
        field, sep, value = line.partition(":")
        if sep and field.strip().lower() == name:
            values.append(value.strip(" \t").encode("latin-1").decode("utf-8", "replace"))
    return ", ".join(values) if values else None


async def request_upgrade(port: int, headers: bytes) -> dict:
    """Sends an upgrade request with the vector's header fields; reports the response (PROTOCOL.md)."""
    reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), LIMIT_SECONDS)
    try:
        key = base64.b64encode(os.urandom(16)).decode()
        writer.write((f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                      f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n").encode() + headers + b"\r\n")
        await writer.drain()
        try:
            head = await read_head(reader)
        except (asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError):
            return {"status": None, "protocol": None, "version": None}
        status = head.split(" ", 2)[1] if head.startswith("HTTP/1.") else ""
        if not status.isdigit():
            return {"status": None, "protocol": None, "version": None}
        return {"status": int(status), "protocol": field_values(head, "sec-websocket-protocol"),
                "version": field_values(head, "sec-websocket-version")}
    finally:
        await close_writer(writer)


# --- client peer: websockets.connect, against a raw TCP server ---

class RawServer:
    """Answers each upgrade, writes the bytes of the vector named by the path, records the reply."""

    def __init__(self, frames: dict, headers: dict):
        self.frames = frames  # vector id -> bytes to write
        self.headers = headers  # handshake vector id -> header lines the 101 carries
        self.replies = {}  # vector id -> future of the observed reply

    def expect(self, vector_id: str) -> asyncio.Future:
        self.replies[vector_id] = asyncio.get_running_loop().create_future()
        return self.replies[vector_id]

    async def handle(self, reader, writer):
        vector_id = None
        try:
            head = await read_head(reader)
            vector_id = head.split(" ", 2)[1].lstrip("/")
            key = next(line.split(":", 1)[1].strip() for line in head.split("\r\n")
                       if line.lower().startswith("sec-websocket-key:"))
            writer.write((f"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                          f"Connection: Upgrade\r\nSec-WebSocket-Accept: {accept_key(key)}\r\n").encode()
                         + self.headers.get(vector_id, b"") + b"\r\n")
            writer.write(self.frames.get(vector_id, b""))
            await writer.drain()
            self.replies[vector_id].set_result(await read_reply(reader))
        except Exception as error:  # the client waiting on this vector reports it
            if vector_id in self.replies and not self.replies[vector_id].done():
                self.replies[vector_id].set_exception(error)
        finally:
            await close_writer(writer)  # the server closes the TCP connection first (RFC 6455 §7.1.1)


async def play_against_client(raw: RawServer, port: int, vector_id: str) -> dict:
    reply = raw.expect(vector_id)
    try:
        websocket = await websockets.connect(f"ws://127.0.0.1:{port}/{vector_id}")
    except Exception as error:
        raise RunnerError(f"websockets.connect failed for {vector_id}: {error}") from None
    report = NOTHING_REPORTED
    try:
        # The library's own signal that the connection is over: the message loop ends.
        await asyncio.wait_for(ignore_messages(websocket), LIMIT_SECONDS)
        report = reported(websocket)
    except asyncio.TimeoutError:
        pass  # the raw server's observation already says what happened
    finally:
        websocket.transport.abort()  # no-op when closed; otherwise nothing may outlive the run
        await websocket.wait_closed()
    return {"reply": await reply, "reported": report}


async def handshake_with_client(raw: RawServer, port: int, vector_id: str, subprotocols: list) -> dict:
    """Connects, offering the vector's subprotocols; reports whether the client opened, and with what."""
    reply = raw.expect(vector_id)
    try:
        websocket = await asyncio.wait_for(
            websockets.connect(f"ws://127.0.0.1:{port}/{vector_id}", subprotocols=subprotocols or None),
            LIMIT_SECONDS)
    except asyncio.TimeoutError:
        raise RunnerError(f"websockets.connect neither opened nor failed for {vector_id}") from None
    except Exception:  # the library refused the server's handshake
        await asyncio.wait_for(reply, LIMIT_SECONDS)
        return {"opened": False, "protocol": None}
    try:
        protocol = websocket.subprotocol
        await asyncio.wait_for(websocket.close(), LIMIT_SECONDS)
    except asyncio.TimeoutError:
        pass
    finally:
        websocket.transport.abort()
        await websocket.wait_closed()
    await asyncio.wait_for(reply, LIMIT_SECONDS)
    return {"opened": True, "protocol": protocol or None}


# --- the run ---

def load_vectors(fixtures: Path):
    """(server vectors, client vectors): each a dict of id -> bytes to send; then the handshake vectors."""
    try:
        payloads = json.loads((fixtures / "close-payloads.json").read_text())["vectors"]
        frames = json.loads((fixtures / "close-frames.json").read_text())["vectors"]
        handshakes = json.loads((fixtures / "handshake.json").read_text())["vectors"]
    except (OSError, ValueError, KeyError) as error:
        raise RunnerError(f"cannot read the vectors in {fixtures} ({error}); "
                          "pass --fixtures packages/fixtures after `npm run generate`") from None
    to_server = {v["id"]: bytes.fromhex(v["framing"]["clientFrameHex"]) for v in payloads}
    to_client = {v["id"]: bytes.fromhex(v["framing"]["serverFrameHex"]) for v in payloads}
    for v in frames:
        side = to_server if v["direction"] == "client-to-server" else to_client
        side[v["id"]] = bytes.fromhex(v["frameHex"])
    return to_server, to_client, handshakes


def emit(line: dict) -> None:
    print(json.dumps(line, separators=(",", ":")), flush=True)


async def run(fixtures: Path, only: str) -> None:
    to_server, to_client, handshakes = load_vectors(fixtures)
    to_server = {k: v for k, v in to_server.items() if only in k}
    to_client = {k: v for k, v in to_client.items() if only in k}
    server_handshakes = [v for v in handshakes if v["peer"] == "server" and only in v["id"]]
    client_handshakes = [v for v in handshakes if v["peer"] == "client" and only in v["id"]]
    common = {"implementation": "websockets", "version": websockets.__version__, "language": "Python"}
    emit({"type": "peer", "peer": "python-websockets-server", **common, "role": "server"})
    emit({"type": "peer", "peer": "python-websockets-client", **common, "role": "client"})

    gate = asyncio.Semaphore(CONCURRENCY)

    async def play(peer, vector_id, match):
        async with gate:
            emit({"type": "result", "peer": peer, "id": vector_id, "observed": await match()})

    async def play_handshake(peer, vector_id, match, wrap):
        async with gate:
            emit({"type": "result", "peer": peer, "id": vector_id, "observed": wrap(await match())})

    # One server per subprotocol list the handshake vectors configure; the close vectors get the defaults.
    configs = {json.dumps(v["server"]["subprotocols"]) for v in server_handshakes}
    try:
        reports = ServerReports()
        ws_server = await websockets.serve(reports.application, "127.0.0.1", 0)
        handshake_servers = {c: await websockets.serve(ignore_messages, "127.0.0.1", 0, subprotocols=json.loads(c) or None)
                             for c in configs}
    except OSError as error:
        raise RunnerError(f"the websockets server does not start: {error}") from None
    raw = RawServer(to_client, {v["id"]: header_lines(v["response"]["headers"]) for v in client_handshakes})
    raw_server = await asyncio.start_server(raw.handle, "127.0.0.1", 0)
    try:
        server_port = ws_server.sockets[0].getsockname()[1]
        raw_port = raw_server.sockets[0].getsockname()[1]
        port_of = {c: s.sockets[0].getsockname()[1] for c, s in handshake_servers.items()}
        # Each match starts only inside play(), so the semaphore bounds the sockets open at once.
        jobs = [play("python-websockets-server", k, lambda v=v: play_against_server(server_port, v, reports))
                for k, v in to_server.items()]
        jobs += [play("python-websockets-client", k, lambda k=k: play_against_client(raw, raw_port, k))
                 for k in to_client]
        jobs += [play_handshake("python-websockets-server", v["id"],
                                lambda v=v: request_upgrade(port_of[json.dumps(v["server"]["subprotocols"])],
                                                            header_lines(v["request"]["headers"])),
                                lambda response: {"response": response})
                 for v in server_handshakes]
        jobs += [play_handshake("python-websockets-client", v["id"],
                                lambda v=v: handshake_with_client(raw, raw_port, v["id"], v["client"]["subprotocols"]),
                                lambda observed: observed)
                 for v in client_handshakes]
        tasks = [asyncio.create_task(job) for job in jobs]
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:  # one runner failure stops the rest cleanly
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        for server in [ws_server, raw_server, *handshake_servers.values()]:
            server.close()
            await server.wait_closed()
    print(f"python runner: {len(to_server) + len(server_handshakes)} vectors against the server, "
          f"{len(to_client) + len(client_handshakes)} against the client", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Play the @wscodes/fixtures close and handshake vectors against Python websockets "
                    "(server and client) over loopback; JSON lines on stdout.")
    parser.add_argument("--fixtures", required=True, type=Path, metavar="DIR",
                        help="folder holding close-payloads.json, close-frames.json and handshake.json "
                             "(in the repository: packages/fixtures)")
    parser.add_argument("--only", default="", metavar="SUBSTRING",
                        help="play only the vectors whose id contains SUBSTRING")
    args = parser.parse_args()
    # The library logs failed handshakes and handlers; the observations say it all already.
    logging.getLogger("websockets").setLevel(logging.CRITICAL)
    try:
        asyncio.run(run(args.fixtures, args.only))
    except RunnerError as error:
        print(f"python runner: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
