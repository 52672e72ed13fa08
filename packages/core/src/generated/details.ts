// Generated from registry/close-codes.yaml by tools/generators/src/core/. Do not edit: change the registry or the generator, then run npm run generate.

import type { AdviceSource } from "./registry.ts";

/** The kinds of IANA's references (its xref types). */
export type IanaReferenceType = "rfc" | "uri" | "rfc-errata";

export interface IanaContact {
    readonly name: string;
    /** As IANA writes it: mail addresses use & in place of @. */
    readonly uri: string;
}

export interface IanaReference {
    readonly type: IanaReferenceType;
    readonly data: string;
}

/** IANA's record, verbatim. */
export interface IanaRecord {
    readonly description: string;
    readonly contact: IanaContact | null;
    readonly references: readonly IanaReference[];
    readonly date?: string;
    readonly updated?: string;
}

/** When reconnecting is allowed, such as "only on user action" (1013). */
export interface ReconnectCondition {
    readonly text: string;
    readonly source: AdviceSource;
}

/** The reconnect advice for people: its conditions and one paragraph. */
export interface ReconnectText {
    /** The reconnect advice in one paragraph: says the same as `reconnect` in data. */
    readonly advice: string;
    /** Conditions on reconnecting; empty when there are none. */
    readonly conditions: readonly ReconnectCondition[];
}

/** The long text about a close code: its summary, the reconnect advice for people, the details and IANA's record. */
export interface CloseCodeDetails {
    readonly code: number;
    /** What the code means, in one sentence; null for a code without an entry. */
    readonly summary: string | null;
    /** The reconnect advice in one paragraph: says the same as `reconnect` in data. */
    readonly advice: string;
    /** Conditions on reconnecting; empty when there are none. */
    readonly conditions: readonly ReconnectCondition[];
    /** Who sends the code and when, common causes and what to do, in Markdown-safe paragraphs; null for a code without an entry. */
    readonly details: string | null;
    /** IANA's record for the code, or for the IANA span it falls in. */
    readonly iana: IanaRecord | null;
}

/** An IANA record that covers a span of codes rather than one code, such as an Unassigned span. */
export interface IanaRangeRecord {
    readonly from: number;
    readonly to: number;
    readonly iana: IanaRecord;
}

const freeze = Object.freeze;

/** IANA contact Ada_Young. */
const CONTACT_Ada_Young: IanaContact = /* @__PURE__ */ freeze({ name: "Ada Young", uri: "mailto:nova.io&pm.me" });

/** IANA contact Alexey_Melnikov. */
const CONTACT_Alexey_Melnikov: IanaContact = /* @__PURE__ */ freeze({ name: "Alexey Melnikov", uri: "mailto:alexey.melnikov&isode.com" });

/** IANA contact IESG_HYBI. */
const CONTACT_IESG_HYBI: IanaContact = /* @__PURE__ */ freeze({ name: "IESG HYBI WG", uri: "mailto:hybi&ietf.org" });

/** IANA contact Leo_Tietz. */
const CONTACT_Leo_Tietz: IanaContact = /* @__PURE__ */ freeze({ name: "Leo Tietz", uri: "mailto:leo.tietz&gmail.com" });

/** IANA contact Morgan_Jones. */
const CONTACT_Morgan_Jones: IanaContact = /* @__PURE__ */ freeze({ name: "Morgan Jones", uri: "mailto:morgan.jones&viasat.com" });

/** The long text of every registered code, sorted by code (the order of CLOSE_CODE_INFO). */
export const CLOSE_CODE_DETAILS: readonly CloseCodeDetails[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        code: 1000,
        summary: "The connection closed successfully and the purpose for which it was established has been fulfilled.",
        advice: "The other side ended the session on purpose and nothing went wrong. Only open a new connection if your app still has work to do, for example when the user starts a new session.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "1000 is the ordinary way to end a session. Either side sends it once it\nhas finished with the connection: a client that logs out, a server that\nhas delivered everything it was asked for, a page that calls\n`ws.close(1000)`.\n\nIt is the only code below 3000 that the browser `WebSocket.close()`\nmethod accepts. Note that calling `close()` with no arguments sends a\nClose frame with no code at all, so the other side sees 1005, not 1000.\n\nNothing needs fixing when you receive it. Treat it as the end of the\nconversation, clean up, and reconnect only if the application wants a\nnew session.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Normal Closure",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1001,
        summary: "The endpoint is going away, such as a server shutting down or a browser navigating away from the page.",
        advice: "The peer is leaving, most often a server shutting down or being redeployed. Reconnect after a short randomised delay and back off if it keeps failing.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "1001 means the endpoint that sent it is disappearing rather than\nrejecting anything. Servers send it when they shut down or drain\nconnections before a deploy; browsers send it when the user closes the\ntab or navigates to another page.\n\nOn the server, a 1001 from a client usually just means the page went\naway, and there is nothing to do. On the client, a 1001 from the server\nusually means the instance is going down and another one (or the same\none, restarted) will take over shortly.\n\nReconnect with exponential backoff and some random jitter, so that\nthousands of clients dropped by the same deploy do not all come back in\nthe same second.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Going Away",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1002,
        summary: "The endpoint is terminating the connection due to a protocol error.",
        advice: "Do not retry blindly: one side is speaking broken WebSocket, and a new connection will most likely break the same way. Log the close reason and fix the implementation or the proxy in between first.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "An endpoint sends 1002 when the bytes it received do not follow the\nframing rules. Typical triggers are an unmasked frame from a client, a\nmasked frame from a server, an unknown opcode, reserved bits set without\na negotiated extension, a fragmented or oversized control frame, a Close\nframe whose body is a single byte, or a Close frame carrying a code that\nis not valid on the wire.\n\nIn practice the cause is a bug in a hand-written or outdated WebSocket\nimplementation, or a proxy, load balancer or security appliance that\nrewrites the stream. Mismatched compression settings\n(`permessage-deflate`) are another frequent source.\n\nCapture the traffic or enable debug logging in your WebSocket library\nto find which frame was rejected. Reconnecting without a fix will\nusually fail again in the same place.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Protocol error",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1003,
        summary: "The endpoint is terminating the connection because it received data of a type it cannot accept (e.g. a text-only endpoint receiving binary data).",
        advice: "Do not retry blindly: the peer cannot handle the kind of message you sent. Change what you send (text versus binary) before reconnecting.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "1003 says the message type was wrong, not its contents. The classic case\nis an endpoint that only handles text receiving a binary message, or one\nthat only handles binary receiving text.\n\nIn browser code this often comes from sending an `ArrayBuffer` or\n`Blob` where the server expects a JSON string, or the reverse. On the\nserver side it can come from a client library that picks the frame type\nfrom the value's type.\n\nCheck which frame type the peer expects and convert your payload\nbefore sending. Reconnecting and sending the same message will end the\nsame way.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Unsupported Data",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1004,
        summary: "Reserved. The specific meaning might be defined in the future.",
        advice: "This code has no meaning yet, so seeing it points to a bug in the peer. Decide from your own app state whether to reconnect, and report the bug to whoever runs the other side.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "1004 is held back by RFC 6455 for a meaning that might be defined in\nthe future, and none has been. The RFC does not forbid sending it the\nway it forbids 1005, 1006 and 1015, but with no meaning defined there\nis nothing for it to tell the peer. wscodes, like many libraries,\ntherefore never sends it and treats a received 1004 as invalid, failing\nthe connection with 1002.\n\nIf your code ever sees 1004, the other side (or a library in between)\nis using a code that has no defined meaning.\n\nThere is no standard reaction. Log it, report it to the owner of the\npeer, and decide on reconnecting from what your application was doing\nat the time.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Reserved",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1005,
        summary: "A reserved value indicating that no status code was present in a Close frame; it must not be sent in a Close frame by an endpoint.",
        advice: "The peer closed cleanly but gave no reason, which is often deliberate. Decide from your own app state; if the close was unexpected, reconnect with backoff.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "1005 never travels on the wire. It is the value an API reports when the\npeer did send a Close frame, but that frame had an empty body and so\ncarried no code. A browser `onclose` handler sees `event.code === 1005`\nin this case, with an empty `reason`.\n\nA common cause is simply calling `close()` without arguments: the\nbrowser `WebSocket.close()` and many server libraries then send a Close\nframe with no body. The close itself is orderly; only the explanation\nis missing.\n\nBecause the meaning is unknown, react to what your application expected.\nIf you asked for the close, or the session was finished, do nothing. If\nnot, reconnect with backoff and consider asking the peer's owner to send\nan explicit code.\n",
        iana: /* @__PURE__ */ freeze({
            description: "No Status Rcvd",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1006,
        summary: "A reserved value indicating that the connection was closed abnormally (e.g. without a Close frame being sent); it must not be sent in a Close frame by an endpoint.",
        advice: "The connection ended without a Close frame, usually a network or infrastructure problem. Reconnect with exponential backoff and jitter, and cap the number of attempts. If the socket never opened, the server most often refused the handshake (a wrong URL, missing credentials, a refused origin), and retrying will not help until that is fixed.",
        conditions: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                text: "If the socket never opened, find out why the handshake failed before you retry; most often the server refused it.",
                source: "practice",
            }),
        ]),
        details: "1006 is reported locally, never sent. It means the connection ended and\nno Close frame arrived at all: the TCP connection was cut, the network\nwent away, the server process crashed, or the opening handshake never\ncompleted.\n\nFrequent culprits are proxies and load balancers that drop idle\nconnections after a timeout, mobile devices changing networks or going\nto sleep, and servers restarting without closing their sockets. Browsers\nalso report 1006 on purpose for many different failures (DNS errors,\nrefused connections, TLS errors, a server that is not a WebSocket\nserver) so that scripts cannot probe the network; the `reason` is empty\nand the browser console is the place to look for details.\n\nReconnect with exponential backoff and jitter. If drops happen at a\nregular interval, send application-level pings or heartbeats more often\nthan the idle timeout of the infrastructure in between.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Abnormal Closure",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1007,
        summary: "The endpoint is terminating the connection because it received data within a message that was not consistent with the type of the message (e.g. non-UTF-8 data in a text message).",
        advice: "Do not retry blindly: the peer received bytes it could not accept, most often invalid UTF-8 in a text message. Fix the encoding of what you send first.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "Endpoints send 1007 when the content of a message does not match its\ntype. By far the most common case is a text message, or a close reason,\nthat is not valid UTF-8. RFC 6455 section 8.1 requires the receiver to\nfail the connection; 1007 is the code that fits, though 1002 also\nconforms.\n\nTypical causes are raw binary data sent as a text frame, strings built\nin another character encoding, and text cut in the middle of a\nmulti-byte character (for example when truncating a close reason to fit\nthe 123-byte limit). Some applications also use 1007 for payloads they\ncould not parse, such as malformed JSON.\n\nFind the message that was rejected and fix how it is encoded, or send it\nas a binary frame. Reconnecting and sending the same data will fail the\nsame way.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Invalid frame payload data",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1008,
        summary: "The endpoint is terminating the connection because it received a message that violates its policy; a generic code for when no more suitable code (such as 1003 or 1009) fits, or to hide the details of the policy.",
        advice: "Do not retry blindly: the peer refused you on purpose. Read the close reason, fix the cause (credentials, origin, rate, message content) and only then reconnect.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "1008 is the generic code for \"you broke a rule\". Servers use it when no\nmore specific code fits, and sometimes deliberately so that the exact\nrule stays hidden from the client.\n\nCommon causes are a missing or expired authentication token, an origin\nthat is not allowed, a rate or quota limit, a subscription the client is\nnot entitled to, and message content that the application rejects.\n\nLook at the close reason and the server logs to find which rule applied.\nAn immediate reconnect with the same credentials and behaviour will be\nrefused again, and may count against a rate limit.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Policy Violation",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1009,
        summary: "The endpoint is terminating the connection because a received message is too large to process.",
        advice: "Do not retry blindly: the peer's size limit will reject the same message again. Split or shrink the message, or raise the limit on the receiving side first.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "An endpoint sends 1009 when a message, or a single frame, is bigger than\nit is willing to accept. Most libraries have such a limit: `maxPayload`\nin the Node `ws` package, `max_size` in Python `websockets`,\n`SetReadLimit` in gorilla/websocket. Some also apply it to the\ndecompressed size when `permessage-deflate` is in use.\n\nIt usually appears when an application sends a large file, an image or\na big JSON document in one message, or when data grows over time until\nit crosses the limit.\n\nSplit large payloads into smaller messages, compress or paginate them,\nor raise the receiver's limit if you control it. Sending the same\nmessage after reconnecting will hit the same limit.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Message Too Big",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1010,
        summary: "The client is terminating the connection because the server failed to negotiate one or more extensions that the client required.",
        advice: "Do not retry blindly: the server did not agree to an extension this client insists on. Enable the extension on the server, or make it optional on the client, first.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "Only a client sends 1010. It means the opening handshake succeeded, but\nthe server's response did not accept one or more extensions (listed in\n`Sec-WebSocket-Extensions`) that the client cannot work without. The\nclose reason should name the missing extensions. A server has no use\nfor this code: it can simply refuse the handshake.\n\nBrowsers do not send it. It comes from non-browser clients configured\nto require an extension such as `permessage-deflate`, often meeting a\nserver or proxy that strips the extension header.\n\nEnable the extension on the server and on any proxy in between, or\nrelax the client's requirement. Reconnecting against the same server\nwill give the same result.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Mandatory Ext.",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1011,
        summary: "A remote endpoint is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.",
        advice: "The other side, most often a server, hit an unexpected error that is probably not your fault. Reconnect with exponential backoff, and report it if it keeps happening.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "1011 is the WebSocket counterpart of HTTP 500. An endpoint, most often\na server, sends it when something went wrong on its side, such as an\nunhandled exception in a message handler or a failed dependency. RFC\n6455 first said \"a server\"; erratum 3227, which IANA's entry cites next\nto the RFC, changed that to \"a remote endpoint\", so either side may\nsend it.\n\nThe cause lies in the sender's code or infrastructure, so the server\nlogs are the place to look. The close reason may carry a short hint.\n\nReconnect with exponential backoff: the error may be transient. If the\nsame action reliably triggers 1011, report it to the server's owner\nrather than retrying forever.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Internal Error",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" }),
                /* @__PURE__ */ freeze({ type: "rfc-errata", data: "3227" }),
            ]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1012,
        summary: "The service is restarting; a client may reconnect, and if it does, should wait a randomized delay of 5 to 30 seconds first.",
        advice: "The service is restarting and you may come back. As its registration says, wait a random delay between 5 and 30 seconds before you reconnect, so that clients do not all return at once. If that attempt fails, back off further (common practice).",
        conditions: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                text: "If the reconnect after the registered delay fails too, back off further before each new attempt.",
                source: "practice",
            }),
        ]),
        details: "A server sends 1012 when the service is restarting, for example during\na deploy or a configuration reload. The code is not in RFC 6455: it was\nregistered later with IANA, whose record refers to a message on the\nHyBi mailing list that defines it.\n\nNothing is wrong with the client. The registration says a client may\nreconnect, and if it does, should do so after a randomized delay of 5\nto 30 seconds: spreading clients over that window keeps them from all\nhitting a server that is still starting.\n\nWait a random 5 to 30 seconds, then reconnect. If that attempt fails,\nthe usual practice is to back off further, with jitter, rather than\nretry at the same pace.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Service Restart",
            contact: CONTACT_Alexey_Melnikov,
            references: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ type: "uri", data: "https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/" }),
            ]),
            updated: "2025-07-30",
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1013,
        summary: "The service is experiencing overload; a client should only connect to a different IP address of the target, or reconnect to the same one upon user action.",
        advice: "The service is overloaded. As its registration says, connect to a different IP address of the target if its host name has several, and reconnect to the same address only when the user asks. A client that must retry on its own should use a long backoff with jitter (common practice), so that it does not add to the load.",
        conditions: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                text: "Connect to a different IP address of the target, when its host name has several.",
                source: "registration",
            }),
            /* @__PURE__ */ freeze({ text: "Reconnect to the same IP address only when the user asks for it.", source: "registration" }),
            /* @__PURE__ */ freeze({
                text: "An automatic client that must retry the same address on its own waits long, and longer after each failure.",
                source: "practice",
            }),
        ]),
        details: "A server sends 1013 when the service is experiencing overload. Like\n1012, it is not in RFC 6455: it was registered later with IANA, whose\nrecord refers to a message on the HyBi mailing list that defines both.\n\nThe client did nothing wrong, but reconnecting at once adds to the load\nthat caused the close. The registration says a client should only\nconnect to a different IP address, when the target has several, or\nreconnect to the same address upon user action.\n\nIf your client resolves the host name to several addresses, try\nanother one. Otherwise reconnect when the user asks; an automatic\nclient that has to retry should wait long, growing the wait with\nrandom jitter on each failure.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Try Again Later",
            contact: CONTACT_Alexey_Melnikov,
            references: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ type: "uri", data: "https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/" }),
            ]),
            updated: "2025-07-30",
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1014,
        summary: "The server was acting as a gateway or proxy and received an invalid response from the upstream server, similar to HTTP status 502.",
        advice: "A gateway or proxy could not get a good answer from the server behind it. Reconnect with exponential backoff; if it persists, the upstream service is likely down.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "1014 is the WebSocket counterpart of HTTP 502. A gateway or proxy sends\nit when the upstream server it forwards to answers with something\ninvalid. IANA registered it in 2016, after RFC 6455.\n\nImplementations disagree about it. `ws`, undici and Python `websockets`\naccept 1014 in a received Close frame, while gorilla/websocket,\nlibwebsockets, faye-websocket, websocket-driver, Deno and WebKitGTK reject\nit as an invalid code and fail the connection, as the compatibility\nmatrix records (tungstenite does too, by its source). IANA\nregisters it, so wscodes treats it as valid to send and to receive, but\na peer built on one of the stricter libraries may see a protocol error\ninstead.\n\nReconnect with exponential backoff. If 1014 keeps coming back, look at\nthe health of the upstream service and at the gateway's logs.\n",
        iana: /* @__PURE__ */ freeze({
            description: "The server was acting as a gateway or proxy and received an\n        invalid response from the upstream server. This is similar to 502 HTTP\n        Status Code.",
            contact: CONTACT_Alexey_Melnikov,
            references: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ type: "uri", data: "https://mailarchive.ietf.org/arch/msg/hybi/l1lK4ZImO70jmcYorRa1lsLdvzY/" }),
            ]),
            date: "2016-10-10",
            updated: "2025-07-30",
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1015,
        summary: "A reserved value indicating that the connection was closed because a TLS handshake failure occurred; it must not be sent in a Close frame by an endpoint.",
        advice: "Do not retry blindly: the secure connection could not be set up, and retrying will fail the same way. Fix the certificate, hostname or TLS configuration first.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "1015 is reported locally, never sent, because the TLS handshake failed\nbefore any WebSocket frame could be exchanged. Some non-browser\nlibraries report it; browsers do not, and report 1006 instead, so that\nscripts cannot tell a TLS failure from other network errors.\n\nCommon causes are an expired, self-signed or untrusted certificate, a\ncertificate that does not match the host name, a missing intermediate\ncertificate, and client and server with no TLS version or cipher in\ncommon. Intercepting proxies on corporate networks are another source.\n\nCheck the certificate chain and the TLS settings of the server (for\nexample with `openssl s_client`). Retrying without a change will fail\nin the same way.\n",
        iana: /* @__PURE__ */ freeze({
            description: "TLS handshake",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 3000,
        summary: "The endpoint is closing the connection because the peer has not authenticated, in the spirit of HTTP 401.",
        advice: "Do not retry blindly: the server does not know who you are. Obtain or refresh credentials (log in, renew the token) first, then reconnect.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "3000 was registered with IANA on a first-come, first-served basis by a\nthird party; the IANA contact, Leo Tietz, is the person who registered\nit. No specification backs it, so its meaning comes from convention: it\nplays the role of HTTP 401.\n\nServers send it when the client presented no credentials, or presented\ncredentials that are invalid or have expired, for example a session\ntoken that timed out during a long-lived connection. Because it lies in\nthe 3000-4999 range, a browser script may also send it with\n`WebSocket.close()`.\n\nReconnecting with the same credentials will be refused again. Refresh\nthe token or send the user to log in, then open a new connection.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Unauthorized",
            contact: CONTACT_Leo_Tietz,
            references: /* @__PURE__ */ freeze([]),
            date: "2021-09-06",
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 3003,
        summary: "The endpoint is closing the connection because the peer is known but not allowed to do what it asked, in the spirit of HTTP 403.",
        advice: "Do not retry blindly: the server knows who you are and refuses the request anyway. Fix the permissions or change what the client asks for first.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "3003 was registered with IANA on a first-come, first-served basis by a\nthird party; the IANA contact, Ada Young, is the person who registered\nit. No specification backs it, so its meaning comes from convention: it\nplays the role of HTTP 403.\n\nServers send it when an authenticated client asks for something it is\nnot permitted to have: a channel, a room, a resource or an action\noutside its role. Unlike 3000, new credentials for the same user will\nnot help.\n\nCheck the account's permissions or change the request. Reconnecting and\nrepeating the same request will be refused again.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Forbidden",
            contact: CONTACT_Ada_Young,
            references: /* @__PURE__ */ freeze([]),
            date: "2023-02-22",
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 3008,
        summary: "The endpoint is closing the connection because something took too long, such as a missed heartbeat or an idle session.",
        advice: "The connection timed out, often because of inactivity or a missed heartbeat. Reconnect with backoff, and check that your client answers pings or sends keep-alive messages in time.",
        conditions: /* @__PURE__ */ freeze([]),
        details: "3008 was registered with IANA on a first-come, first-served basis by a\nthird party; the IANA contact, Morgan Jones, is the person who\nregistered it. No specification backs it, so its meaning comes from\nconvention: a timeout.\n\nServers send it when a client stayed idle too long, missed a heartbeat,\nor did not finish an expected step (such as an initial authentication\nmessage) in time. A client may send it when the server stops\nresponding.\n\nReconnect with exponential backoff. If timeouts recur, make the client\nsend heartbeats more often than the server's timeout, and check that a\nbusy main thread or a sleeping device is not delaying them.\n",
        iana: /* @__PURE__ */ freeze({
            description: "Timeout",
            contact: CONTACT_Morgan_Jones,
            references: /* @__PURE__ */ freeze([]),
            date: "2024-02-01",
        }),
    }),
]);

/** IANA's records that cover a span, such as 1016-2999 Unassigned. */
export const IANA_RANGE_RECORDS: readonly IanaRangeRecord[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        from: 1016,
        to: 2999,
        iana: /* @__PURE__ */ freeze({ description: "Unassigned", contact: null, references: /* @__PURE__ */ freeze([]) }),
    }),
    /* @__PURE__ */ freeze({
        from: 3001,
        to: 3002,
        iana: /* @__PURE__ */ freeze({ description: "Unassigned", contact: null, references: /* @__PURE__ */ freeze([]) }),
    }),
    /* @__PURE__ */ freeze({
        from: 3004,
        to: 3007,
        iana: /* @__PURE__ */ freeze({ description: "Unassigned", contact: null, references: /* @__PURE__ */ freeze([]) }),
    }),
    /* @__PURE__ */ freeze({
        from: 3009,
        to: 3999,
        iana: /* @__PURE__ */ freeze({ description: "Unassigned", contact: null, references: /* @__PURE__ */ freeze([]) }),
    }),
    /* @__PURE__ */ freeze({
        from: 4000,
        to: 4999,
        iana: /* @__PURE__ */ freeze({
            description: "Reserved for Private Use",
            contact: null,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
]);

/** The details of a code without an entry of its own, less code and iana: the reconnect text of its range, and null for the curated fields. */
export type DetailsWithoutEntry = Omit<CloseCodeDetails, "code" | "iana">;

/** The details of a code without an entry, one per range of CLOSE_CODE_RANGES, in the same order. */
export const RANGE_DETAILS: readonly DetailsWithoutEntry[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        summary: null,
        advice: "Codes 0-999 are never used, so this value did not come from a valid Close frame. Do not retry blindly: find out where it came from.",
        conditions: /* @__PURE__ */ freeze([]),
        details: null,
    }),
    /* @__PURE__ */ freeze({
        summary: null,
        advice: "No meaning is assigned to this code, and a peer must not send it. Decide from your own app state whether to reconnect, and report the bug to whoever runs the other side.",
        conditions: /* @__PURE__ */ freeze([]),
        details: null,
    }),
    /* @__PURE__ */ freeze({
        summary: null,
        advice: "This code is not registered with IANA, so the library or app that sent it defines its meaning. Check its documentation before you reconnect.",
        conditions: /* @__PURE__ */ freeze([]),
        details: null,
    }),
    /* @__PURE__ */ freeze({
        summary: null,
        advice: "App-defined: ask the server's documentation. It says what the code means and whether to reconnect.",
        conditions: /* @__PURE__ */ freeze([]),
        details: null,
    }),
    /* @__PURE__ */ freeze({
        summary: null,
        advice: "Codes from 5000 up are outside the WebSocket protocol, so this value did not come from a valid Close frame. Do not retry blindly: find out where it came from.",
        conditions: /* @__PURE__ */ freeze([]),
        details: null,
    }),
]);

/** The details of a value that is not a close code. */
export const NOT_A_CLOSE_CODE_DETAILS: DetailsWithoutEntry = /* @__PURE__ */ freeze({
    summary: null,
    advice: "Not a close code: close codes are integers from 0 to 65535. Do not retry blindly: find out where the value came from.",
    conditions: /* @__PURE__ */ freeze([]),
    details: null,
});
