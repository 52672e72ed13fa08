"""Peers in C and C++: each library's application side is a small program of its own language
(tools/conformance/runners/native/), compiled here at run time; this runner plays the raw side of
each vector against it, as for the Python libraries. The program speaks a line protocol on its
stdin and stdout (native/README.md).
"""
import asyncio
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from libraries import Library, Served, debian_version, reported

NATIVE = Path(__file__).resolve().parent.parent / "native"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "wscodes-native-peers"


class PeerError(Exception):
    """The peer program could not be built or started; the runner reports it and exits 1."""


def build(source: Path, compiler: list, libraries: list) -> Path:
    """Compiles the program once per version of its source, into the cache (like the Go runner)."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    binary = CACHE / f"{source.stem}-{digest}"
    if binary.exists():
        return binary
    CACHE.mkdir(parents=True, exist_ok=True)
    print(f"python runner: compiling {source.name} (once per version of it)", file=sys.stderr)
    partial = binary.with_suffix(".partial")
    result = subprocess.run([*compiler, "-O1", "-o", str(partial), str(source), *libraries],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise PeerError(f"compiling {source} failed: {result.stderr.strip()[-600:]}")
    partial.rename(binary)
    return binary


def decode_reason(field: str):
    """A string field: "-" for none, else "=" and its bytes in hex (invalid UTF-8 shows as U+FFFD)."""
    return None if field == "-" else bytes.fromhex(field[1:]).decode("utf-8", "replace")


def parse_code(field: str):
    return None if field == "-" else int(field)


class NativeLibrary(Library):
    source = ""
    compiler: list = []
    link: list = []
    package = ""

    def __init__(self):
        self.version = debian_version(self.package)
        self.binary = build(NATIVE / self.source, self.compiler, self.link)

    async def spawn(self, *args):
        return await asyncio.create_subprocess_exec(str(self.binary), *args, stdin=asyncio.subprocess.PIPE,
                                                    stdout=asyncio.subprocess.PIPE)

    async def serve(self, subprotocols, reports):
        process = await self.spawn("server", *subprotocols)
        first = (await process.stdout.readline()).decode().split()
        if first[:1] != ["listening"]:
            process.kill()
            raise PeerError(f"the {self.implementation} server did not start (it printed {first!r})")

        async def read_reports():
            async for line in process.stdout:  # closed REMOTEPORT CODE =REASONHEX
                _, port, code, reason = line.decode().split()
                reports.put(int(port), parse_code(code), decode_reason(reason))
        reader = asyncio.ensure_future(read_reports())

        async def close():
            process.stdin.close()  # the program exits when its stdin ends
            await process.wait()
            await reader
        return Served(int(first[1]), close)

    async def connect(self, url, subprotocols):
        process = await self.spawn("client", url, *subprotocols)
        first = (await process.stdout.readline()).decode().split()
        if first[:1] != ["open"]:
            process.stdin.close()
            await process.wait()
            raise ConnectionRefusedError(f"the {self.implementation} client failed the connection")
        return NativeConnection(process, decode_reason(first[1]))


class NativeConnection:
    def __init__(self, process, protocol):
        self.process, self.protocol = process, protocol

    async def drain(self):
        fields = (await self.process.stdout.readline()).decode().split()  # closed CODE =REASONHEX
        if fields[:1] != ["closed"]:
            return reported(None, None)  # the program ended without the library saying so
        return reported(parse_code(fields[1]), decode_reason(fields[2]))

    async def close(self):
        self.process.stdin.write(b"close\n")
        await self.process.stdin.drain()
        await self.drain()

    def abort(self):
        if self.process.returncode is None:
            self.process.kill()  # drops TCP without a Close frame
        asyncio.ensure_future(self.process.wait())


class WebsocketppLibrary(NativeLibrary):
    key = "websocketpp"
    implementation = "websocketpp"
    language = "C++"
    package = "libwebsocketpp-dev"
    source = "websocketpp_peer.cpp"
    compiler = ["g++", "-std=c++17"]
    link = ["-lpthread"]


class LibwebsocketsLibrary(NativeLibrary):
    key = "libwebsockets"
    implementation = "libwebsockets"
    language = "C"
    package = "libwebsockets-dev"
    source = "libwebsockets_peer.c"
    compiler = ["gcc", "-std=c11", "-D_DEFAULT_SOURCE"]
    link = ["-lwebsockets", "-lpthread"]


NATIVE_LIBRARIES = (WebsocketppLibrary, LibwebsocketsLibrary)
