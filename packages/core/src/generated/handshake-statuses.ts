// Generated from registry/handshake-statuses.yaml by tools/generators/src/core/. Do not edit: change the registry or the generator, then run npm run generate.

import type { HandshakeStatusClassRecord, HandshakeStatusRecord } from "../http-status-types.ts";

const freeze = Object.freeze;

/** Every status the table lists, sorted by number: what it means on a refused WebSocket upgrade, and whether to reconnect. */
export const HANDSHAKE_STATUSES: readonly HandshakeStatusRecord[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        status: 400,
        name: "Bad Request",
        meaning: "The server found the handshake malformed, such as a missing or invalid Sec-WebSocket-Key, a bad header, or a Sec-WebSocket-Protocol it cannot read.",
        advice: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "rfc",
            retryAfter: "ignored",
            text: "The same handshake is refused the same way. Fix the request (headers, subprotocol list, URL) before connecting again.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc6455",
                title: "RFC 6455: The WebSocket Protocol",
                url: "https://www.rfc-editor.org/rfc/rfc6455",
                section: "4.2.1",
            }),
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.5.1",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 401,
        name: "Unauthorized",
        meaning: "The server wants credentials the handshake did not carry, or they are wrong or expired (a token in the URL, a cookie, an Authorization header).",
        advice: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "rfc",
            retryAfter: "ignored",
            text: "Reconnecting with the same credentials fails again. Get new credentials (refresh the token, sign in again), then connect.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc6455",
                title: "RFC 6455: The WebSocket Protocol",
                url: "https://www.rfc-editor.org/rfc/rfc6455",
                section: "4.2.2",
            }),
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.5.2",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 403,
        name: "Forbidden",
        meaning: "The server understood the handshake and will not accept it, often because of the Origin header or the account's rights.",
        advice: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "rfc",
            retryAfter: "ignored",
            text: "Retrying does not help; the server refuses this client (check the Origin it allows, and the account's rights).",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc6455",
                title: "RFC 6455: The WebSocket Protocol",
                url: "https://www.rfc-editor.org/rfc/rfc6455",
                section: "4.2.2",
            }),
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.5.4",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 404,
        name: "Not Found",
        meaning: "No WebSocket service at this path (the resource name), or the server hides one it will not give this client.",
        advice: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "rfc",
            retryAfter: "ignored",
            text: "Check the URL's path; the same path is refused the same way.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc6455",
                title: "RFC 6455: The WebSocket Protocol",
                url: "https://www.rfc-editor.org/rfc/rfc6455",
                section: "4.2.2",
            }),
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.5.5",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 407,
        name: "Proxy Authentication Required",
        meaning: "A proxy between the client and the server wants credentials before it forwards the upgrade.",
        advice: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "rfc",
            retryAfter: "ignored",
            text: "Configure the proxy's credentials (Proxy-Authorization), then connect; without them every attempt is refused.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.5.8",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 408,
        name: "Request Timeout",
        meaning: "The server gave up waiting for the complete handshake request.",
        advice: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "rfc",
            retryAfter: "honoured",
            text: "The client may repeat the request; reconnect with backoff, and check for a slow network or a stalled proxy if it repeats.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.5.9",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 410,
        name: "Gone",
        meaning: "The endpoint existed and has been removed for good, such as a retired API version.",
        advice: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "rfc",
            retryAfter: "ignored",
            text: "The removal is likely permanent; move to the endpoint that replaces it.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.5.11",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 426,
        name: "Upgrade Required",
        meaning: "The server does not speak the client's WebSocket version; its Sec-WebSocket-Version header lists the versions it does.",
        advice: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "rfc",
            retryAfter: "ignored",
            text: "Retrying with the same version fails again. Connect with a version the server lists in Sec-WebSocket-Version (13 in practice).",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc6455",
                title: "RFC 6455: The WebSocket Protocol",
                url: "https://www.rfc-editor.org/rfc/rfc6455",
                section: "4.2.2",
            }),
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.5.22",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 429,
        name: "Too Many Requests",
        meaning: "The client connected too often in too short a time, and the server is rate limiting it.",
        advice: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "rfc",
            retryAfter: "honoured",
            text: "Back off, waiting at least what the Retry-After header asks; reconnecting sooner prolongs the limit.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc6585",
                title: "RFC 6585: Additional HTTP Status Codes",
                url: "https://www.rfc-editor.org/rfc/rfc6585",
                section: "4",
            }),
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "10.2.3",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 500,
        name: "Internal Server Error",
        meaning: "The server failed while handling the upgrade, such as an exception in its connection handler.",
        advice: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "practice",
            retryAfter: "honoured",
            text: "It may succeed later; reconnect with backoff. If every attempt fails, the bug is on the server.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.6.1",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 502,
        name: "Bad Gateway",
        meaning: "A gateway or proxy in front of the WebSocket server got an invalid response from it, often because the server is down or restarting.",
        advice: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "practice",
            retryAfter: "honoured",
            text: "Usually passes once the server behind the gateway is back; reconnect with backoff.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.6.3",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 503,
        name: "Service Unavailable",
        meaning: "The server is overloaded or down for maintenance, and expects to recover.",
        advice: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "rfc",
            retryAfter: "honoured",
            text: "A temporary condition; reconnect with backoff, waiting at least what the Retry-After header asks.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.6.4",
            }),
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "10.2.3",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        status: 504,
        name: "Gateway Timeout",
        meaning: "A gateway or proxy in front of the WebSocket server got no timely answer from it.",
        advice: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "practice",
            retryAfter: "honoured",
            text: "Usually passes; reconnect with backoff. If it persists, check the gateway's upstream timeout and the server's health.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.6.5",
            }),
        ]),
    }),
]);

/** The answer for a status the table does not list, by class (RFC 9110 section 15: read as the x00 of its class). */
export const HANDSHAKE_STATUS_CLASSES: readonly HandshakeStatusClassRecord[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        class: 2,
        name: "Success, but not an upgrade",
        meaning: "The server answered the upgrade request as a plain HTTP request, so nothing at this address speaks WebSocket; usually a wrong path or a proxy that dropped the Upgrade header.",
        advice: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "rfc",
            retryAfter: "ignored",
            text: "A client must fail the connection on any status other than 101. Retrying reaches the same server; check the URL and the proxies on the way first.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc6455",
                title: "RFC 6455: The WebSocket Protocol",
                url: "https://www.rfc-editor.org/rfc/rfc6455",
                section: "4.1",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        class: 3,
        name: "Redirection",
        meaning: "The server sends the client elsewhere (the Location header). WebSocket clients need not follow redirects, and most do not by default.",
        advice: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "rfc",
            retryAfter: "ignored",
            text: "Retrying the same address gets the same redirect. Follow the Location header yourself if you trust it (ws has followRedirects), or update the URL.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc6455",
                title: "RFC 6455: The WebSocket Protocol",
                url: "https://www.rfc-editor.org/rfc/rfc6455",
                section: "4.1",
            }),
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.4",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        class: 4,
        name: "Client error",
        meaning: "The server refused the request as the client made it. An unlisted 4xx is treated as 400 Bad Request.",
        advice: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "rfc",
            retryAfter: "ignored",
            text: "The same request is refused the same way; fix it (the URL, the headers, the credentials) before connecting again.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15",
            }),
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.5",
            }),
        ]),
    }),
    /* @__PURE__ */ freeze({
        class: 5,
        name: "Server error",
        meaning: "The server, or a gateway in front of it, failed to handle the upgrade. An unlisted 5xx is treated as 500 Internal Server Error.",
        advice: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "rfc",
            retryAfter: "honoured",
            text: "The request may succeed later; reconnect with backoff, waiting at least what a Retry-After header asks.",
        }),
        sources: /* @__PURE__ */ freeze([
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15",
            }),
            /* @__PURE__ */ freeze({
                ref: "rfc9110",
                title: "RFC 9110: HTTP Semantics",
                url: "https://www.rfc-editor.org/rfc/rfc9110",
                section: "15.6",
            }),
        ]),
    }),
]);
