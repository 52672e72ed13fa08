#!/usr/bin/python3
"""Conformance runner for Python's WebSocket libraries: plays the close and handshake vectors of
@wscodes/fixtures against the server and the client of websockets, aiohttp and tornado over
loopback and prints what each did, as JSON lines (see tools/conformance/PROTOCOL.md).

Run with Debian's interpreter, which has python3-websockets, python3-aiohttp and python3-tornado:
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
import time
from pathlib import Path

try:
    from libraries import PYTHON_LIBRARIES, reported
    from native import NATIVE_LIBRARIES, PeerError
except ImportError as missing:
    sys.exit(f"python runner: {missing}; install it with: apt-get install python3-websockets python3-aiohttp "
             "python3-tornado, and run Debian's /usr/bin/python3")
LIMIT_SECONDS = 10  # every wait, as the protocol says; a limit can only give "timeout"
# How long the application may take to hear of a close once the TCP connection is over (PROTOCOL.md,
# `reported`): an event loop learns of it at once, so a longer wait only adds tornado's silences.
REPORT_LIMIT_SECONDS = 2
CONCURRENCY = 16  # vectors in flight at once per peer; the peers of a run play in parallel
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


# --- server peers, played by a raw TCP client ---

class Reports:
    """What each server application was told about a close, by the raw client's port."""

    def __init__(self):
        self.futures = {}

    def expect(self, port: int) -> asyncio.Future:
        """Called before the upgrade request is sent, so no report can come first (ports are reused)."""
        self.futures[port] = asyncio.get_running_loop().create_future()
        return self.futures[port]

    def put(self, port: int, code, reason) -> None:
        future = self.futures.pop(port, None)  # None for a connection no vector waits on (a handshake)
        if future is not None and not future.done():
            future.set_result(reported(code, reason))


async def await_report(future: asyncio.Future, limit: float = REPORT_LIMIT_SECONDS) -> dict:
    """The server application's report; null when the library told it nothing within the limit."""
    try:
        return await asyncio.wait_for(future, limit)
    except asyncio.TimeoutError:
        return reported(None, None)


async def play_against_server(port: int, frame: bytes, reports: Reports, name: str) -> dict:
    reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), LIMIT_SECONDS)
    report = reports.expect(writer.get_extra_info("sockname")[1])
    try:
        key = base64.b64encode(os.urandom(16)).decode()
        writer.write((f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                      f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                      "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        head = await read_head(reader)
        if not head.startswith("HTTP/1.1 101"):
            raise RunnerError(f"the {name} server answered {head.splitlines()[0]!r} instead of 101")
        writer.write(frame)
        await writer.drain()
        reply = await read_reply(reader)
    finally:
        await close_writer(writer)
    # Closing the TCP connection ends it for the application too, if the library had not already.
    return {"reply": reply, "reported": await await_report(report)}


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


# --- client peers, against a raw TCP server ---

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


async def play_against_client(raw: RawServer, port: int, vector_id: str, library) -> dict:
    reply = raw.expect(vector_id)
    try:
        connection = await asyncio.wait_for(library.connect(f"ws://127.0.0.1:{port}/{vector_id}", []), LIMIT_SECONDS)
    except Exception as error:
        raise RunnerError(f"the {library.implementation} client did not open for {vector_id}: {error!r}") from None
    # The library reads (and answers) frames only while the application reads.
    drained = asyncio.ensure_future(connection.drain())
    try:
        observed = {"reply": await reply}  # the raw server has its own limit, then closes the connection
        try:
            # The library's own signal that the connection is over; the raw server has closed it by now.
            observed["reported"] = await asyncio.wait_for(asyncio.shield(drained), REPORT_LIMIT_SECONDS)
        except asyncio.TimeoutError:
            observed["reported"] = reported(None, None)
        except Exception:  # the library raised instead of reporting a close: it told nothing
            observed["reported"] = reported(None, None)
        return observed
    finally:
        drained.cancel()
        connection.abort()  # no-op when closed; otherwise nothing may outlive the run


async def handshake_with_client(raw: RawServer, port: int, vector_id: str, subprotocols: list, library) -> dict:
    """Connects, offering the vector's subprotocols; reports whether the client opened, and with what."""
    reply = raw.expect(vector_id)
    try:
        connection = await asyncio.wait_for(
            library.connect(f"ws://127.0.0.1:{port}/{vector_id}", subprotocols), LIMIT_SECONDS)
    except asyncio.TimeoutError:
        raise RunnerError(f"the {library.implementation} client neither opened nor failed for {vector_id}") from None
    except Exception:  # the library refused the server's handshake
        await asyncio.wait_for(reply, LIMIT_SECONDS)
        return {"opened": False, "protocol": None}
    try:
        protocol = connection.protocol
        await asyncio.wait_for(connection.close(), LIMIT_SECONDS)
    except (asyncio.TimeoutError, ConnectionError):
        pass
    finally:
        connection.abort()
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


async def play_library(library, vectors) -> int:
    """Plays every vector against the library's server and client; returns how many were played.
    Each peer has its own servers and ports, so the peers of a run play in parallel."""
    to_server, to_client, server_handshakes, client_handshakes = vectors
    server_peer, client_peer = f"{library.key}-server", f"{library.key}-client"
    common = {"implementation": library.implementation, "version": library.version, "language": library.language}
    emit({"type": "peer", "peer": server_peer, **common, "role": "server"})
    emit({"type": "peer", "peer": client_peer, **common, "role": "client"})
    gate = asyncio.Semaphore(CONCURRENCY)

    async def play(peer, vector_id, match):
        async with gate:
            emit({"type": "result", "peer": peer, "id": vector_id, "observed": await match()})

    reports = Reports()
    # One server per subprotocol list the handshake vectors configure; the close vectors get the defaults.
    configs = {json.dumps(v["server"]["subprotocols"]) for v in server_handshakes}
    try:
        server = await library.serve([], reports)
        handshake_servers = {c: await library.serve(json.loads(c), reports) for c in configs}
    except OSError as error:
        raise RunnerError(f"the {library.implementation} server does not start: {error}") from None
    raw = RawServer(to_client, {v["id"]: header_lines(v["response"]["headers"]) for v in client_handshakes})
    raw_server = await asyncio.start_server(raw.handle, "127.0.0.1", 0)
    try:
        raw_port = raw_server.sockets[0].getsockname()[1]
        port_of = {c: s.port for c, s in handshake_servers.items()}
        # Each match starts only inside play(), so the semaphore bounds the sockets open at once.
        jobs = [play(server_peer, k, lambda v=v: play_against_server(server.port, v, reports, library.implementation))
                for k, v in to_server.items()]
        jobs += [play(client_peer, k, lambda k=k: play_against_client(raw, raw_port, k, library)) for k in to_client]
        jobs += [play(server_peer, v["id"],
                      lambda v=v: wrap_response(request_upgrade(port_of[json.dumps(v["server"]["subprotocols"])],
                                                                header_lines(v["request"]["headers"]))))
                 for v in server_handshakes]
        jobs += [play(client_peer, v["id"],
                      lambda v=v: handshake_with_client(raw, raw_port, v["id"], v["client"]["subprotocols"], library))
                 for v in client_handshakes]
        await gather_or_cancel(jobs)
    finally:
        raw_server.close()
        await raw_server.wait_closed()
        for s in [server, *handshake_servers.values()]:
            await s.close()
    return len(jobs)


async def wrap_response(response) -> dict:
    return {"response": await response}


async def gather_or_cancel(jobs) -> None:
    tasks = [asyncio.ensure_future(job) for job in jobs]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:  # one runner failure stops the rest cleanly
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def run(fixtures: Path, only: str, libraries) -> None:
    to_server, to_client, handshakes = load_vectors(fixtures)
    vectors = ({k: v for k, v in to_server.items() if only in k},
               {k: v for k, v in to_client.items() if only in k},
               [v for v in handshakes if v["peer"] == "server" and only in v["id"]],
               [v for v in handshakes if v["peer"] == "client" and only in v["id"]])
    counts = {}

    async def one(library):
        started = time.monotonic()
        counts[library.key] = await play_library(library, vectors)
        print(f"python runner: {library.key} took {time.monotonic() - started:.1f} s", file=sys.stderr)
    await gather_or_cancel([one(library) for library in libraries])
    print(f"python runner: played {', '.join(f'{n} vectors against {k}' for k, n in counts.items())}",
          file=sys.stderr)


LIBRARIES = {library.implementation: library for library in (*PYTHON_LIBRARIES, *NATIVE_LIBRARIES)}
PYTHON_DEFAULT = [library.implementation for library in PYTHON_LIBRARIES]


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Play the @wscodes/fixtures close and handshake vectors against Python websockets, "
                    "aiohttp and tornado (server and client each) over loopback; JSON lines on stdout.")
    parser.add_argument("--fixtures", required=True, type=Path, metavar="DIR",
                        help="folder holding close-payloads.json, close-frames.json and handshake.json "
                             "(in the repository: packages/fixtures)")
    parser.add_argument("--only", default="", metavar="SUBSTRING",
                        help="play only the vectors whose id contains SUBSTRING")
    parser.add_argument("--libraries", default=",".join(PYTHON_DEFAULT), metavar="KEYS",
                        help=f"comma-separated, among {', '.join(LIBRARIES)} (default: the Python ones; the "
                             "C and C++ ones are compiled at run time, see runners/native/README.md)")
    args = parser.parse_args()
    unknown = [k for k in args.libraries.split(",") if k not in LIBRARIES]
    if unknown:
        parser.error(f"unknown library {', '.join(unknown)}; the libraries are {', '.join(LIBRARIES)}")
    # The libraries log failed handshakes and handlers; the observations say it all already.
    logging.getLogger("websockets").setLevel(logging.CRITICAL)
    logging.getLogger("aiohttp").setLevel(logging.CRITICAL)
    try:
        libraries = [LIBRARIES[k]() for k in args.libraries.split(",")]
        asyncio.run(run(args.fixtures, args.only, libraries))
    except (RunnerError, PeerError) as error:
        print(f"python runner: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
