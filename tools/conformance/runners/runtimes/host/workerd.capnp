# The workerd host (../run.ts starts it with --socket-addr for both sockets, on free loopback ports).
# "plain" serves the worker with no subprotocol; "handshake" the same worker with the subprotocols of
# the handshake vectors (JSON in the environment variable SUBPROTOCOLS). Outbound requests (the
# WHATWG client plays) go through "internet", which must allow loopback to reach the runner's raw server.
# The compatibility date turns on workerd's own reply to a received Close (with a 2024 date an
# accept()ed socket leaves the Close unanswered until the application calls close()).
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "plain", worker = .plain),
    (name = "handshake", worker = .handshake),
    (name = "internet", network = (allow = ["local", "private"])),
  ],
  sockets = [
    (name = "plain", address = "127.0.0.1:0", http = (), service = "plain"),
    (name = "handshake", address = "127.0.0.1:0", http = (), service = "handshake"),
  ],
);

const plain :Workerd.Worker = (
  modules = [(name = "workerd.js", esModule = embed "workerd.js"), (name = "common.js", esModule = embed "common.js")],
  compatibilityDate = "2026-11-01",
);

const handshake :Workerd.Worker = (
  modules = [(name = "workerd.js", esModule = embed "workerd.js"), (name = "common.js", esModule = embed "common.js")],
  compatibilityDate = "2026-11-01",
  bindings = [(name = "SUBPROTOCOLS", fromEnvironment = "SUBPROTOCOLS")],
);
