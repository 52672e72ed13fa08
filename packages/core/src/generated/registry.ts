// Generated from registry/close-codes.yaml by tools/generators/src/core/. Do not edit: change the registry or the generator, then run npm run generate.

/** The highest close code: a code travels as an unsigned 16-bit integer, 0-65535 (RFC 6455 section 5.5.1). */
export const MAX_CODE = 65535;

/** The most bytes a control frame's payload carries (RFC 6455 section 5.5). */
export const MAX_CONTROL_PAYLOAD_BYTES = 125;

/** The bytes of the status code that opens a non-empty Close body (RFC 6455 section 5.5.1). */
export const CLOSE_CODE_BYTES = 2;

/** The longest close reason, in UTF-8 bytes: the control frame limit minus the code. */
export const MAX_REASON_BYTES = 123;

/** The kinds of the five ranges of the 16-bit code space (RFC 6455 section 7.4.2). */
export type RangeKind = "not-used" | "protocol" | "iana" | "private-use" | "out-of-range";

/** What a client should do after a close. */
export type ReconnectPolicy = "backoff" | "do-not-retry" | "not-needed" | "depends";

/** Where a part of the advice comes from: an IANA registration message, RFC 6455 (with its errata), or common practice. */
export type AdviceSource = "registration" | "rfc" | "practice";

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

/** How long to wait before reconnecting, where a source defines it (1012: a randomized 5-30 s). */
export interface ReconnectDelay {
    readonly minSeconds: number;
    readonly maxSeconds: number;
    /** Pick the wait at random between min and max, so that clients do not return together. */
    readonly randomized: boolean;
    readonly source: AdviceSource;
}

/** When reconnecting is allowed, such as "only on user action" (1013). */
export interface ReconnectCondition {
    readonly text: string;
    readonly source: AdviceSource;
}

/** What to do after a close, as data, with the source of each part. */
export interface ReconnectAdvice {
    readonly policy: ReconnectPolicy;
    /** Where the policy comes from. */
    readonly source: AdviceSource;
    /** The delay before reconnecting, or null where no source defines one. */
    readonly delay: ReconnectDelay | null;
    /** Conditions on reconnecting; empty when there are none. */
    readonly conditions: readonly ReconnectCondition[];
    /** The advice in one paragraph, for people. */
    readonly advice: string;
}

/** A code IANA stopped registering. */
export interface Withdrawal {
    /** The date of the IANA revision that no longer registers it. */
    readonly date: string;
    /** IANA's note, or "no longer listed by IANA on DATE". */
    readonly reason: string;
}

/** A registered close code, as listed in the wscodes registry. */
export interface CloseCodeInfo {
    readonly code: number;
    readonly key: string;
    readonly name: string;
    readonly summary: string;
    /** May an endpoint send it in a Close frame? */
    readonly send: boolean;
    /** Should a receiver take it from a Close frame? Rejecting the others is common practice, not an RFC 6455 MUST. */
    readonly receive: boolean;
    /** The kind of the range the code falls in. */
    readonly rangeKind: RangeKind;
    readonly reconnect: ReconnectAdvice;
    /** true while the curated text still awaits review. */
    readonly pending: boolean;
    /**
     * Present when IANA no longer registers the code: when and why. Its verdicts then follow its
     * range, and `iana` holds the last record IANA listed.
     */
    readonly withdrawn?: Withdrawal;
    readonly iana: IanaRecord | null;
}

export interface CloseCodeRange {
    readonly from: number;
    readonly to: number;
    readonly kind: RangeKind;
    readonly name: string;
    /** The name given to a code in this range that has no entry of its own. */
    readonly label: string;
    /** IANA's registration rule, where the range has one. */
    readonly registration: string | null;
}

/** An IANA record that covers a span, such as 1016-2999 Unassigned. */
export interface IanaRangeRecord {
    readonly from: number;
    readonly to: number;
    readonly iana: IanaRecord;
}

const freeze = Object.freeze;

/** The shape of CloseCode: one read-only member per registered code. */
interface CloseCodeTable {
    /** 1000 Normal Closure: The connection closed successfully and the purpose for which it was established has been fulfilled. */
    readonly NormalClosure: 1000;
    /** 1001 Going Away: The endpoint is going away, such as a server shutting down or a browser navigating away from the page. */
    readonly GoingAway: 1001;
    /** 1002 Protocol Error: The endpoint is terminating the connection due to a protocol error. */
    readonly ProtocolError: 1002;
    /** 1003 Unsupported Data: The endpoint is terminating the connection because it received data of a type it cannot accept (e.g. a text-only endpoint receiving binary data). */
    readonly UnsupportedData: 1003;
    /** 1004 Reserved: Reserved. The specific meaning might be defined in the future. */
    readonly Reserved: 1004;
    /** 1005 No Status Received: A reserved value indicating that no status code was present in a Close frame; it must not be sent in a Close frame by an endpoint. */
    readonly NoStatusReceived: 1005;
    /** 1006 Abnormal Closure: A reserved value indicating that the connection was closed abnormally (e.g. without a Close frame being sent); it must not be sent in a Close frame by an endpoint. */
    readonly AbnormalClosure: 1006;
    /** 1007 Invalid Frame Payload Data: The endpoint is terminating the connection because it received data within a message that was not consistent with the type of the message (e.g. non-UTF-8 data in a text message). */
    readonly InvalidFramePayloadData: 1007;
    /** 1008 Policy Violation: The endpoint is terminating the connection because it received a message that violates its policy; a generic code for when no more suitable code (such as 1003 or 1009) fits, or to hide the details of the policy. */
    readonly PolicyViolation: 1008;
    /** 1009 Message Too Big: The endpoint is terminating the connection because a received message is too large to process. */
    readonly MessageTooBig: 1009;
    /** 1010 Mandatory Extension: The client is terminating the connection because the server failed to negotiate one or more extensions that the client required. */
    readonly MandatoryExtension: 1010;
    /** 1011 Internal Error: A remote endpoint is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request. */
    readonly InternalError: 1011;
    /** 1012 Service Restart: The service is restarting; a client may reconnect, and if it does, should wait a randomized delay of 5 to 30 seconds first. */
    readonly ServiceRestart: 1012;
    /** 1013 Try Again Later: The service is experiencing overload; a client should only connect to a different IP address of the target, or reconnect to the same one upon user action. */
    readonly TryAgainLater: 1013;
    /** 1014 Bad Gateway: The server was acting as a gateway or proxy and received an invalid response from the upstream server, similar to HTTP status 502. */
    readonly BadGateway: 1014;
    /** 1015 TLS Handshake: A reserved value indicating that the connection was closed because a TLS handshake failure occurred; it must not be sent in a Close frame by an endpoint. */
    readonly TlsHandshake: 1015;
    /** 3000 Unauthorized: The endpoint is closing the connection because the peer has not authenticated, in the spirit of HTTP 401. */
    readonly Unauthorized: 3000;
    /** 3003 Forbidden: The endpoint is closing the connection because the peer is known but not allowed to do what it asked, in the spirit of HTTP 403. */
    readonly Forbidden: 3003;
    /** 3008 Timeout: The endpoint is closing the connection because something took too long, such as a missed heartbeat or an idle session. */
    readonly Timeout: 3008;
}

/** The registered WebSocket close codes, by constant name. Use as `ws.close(CloseCode.NormalClosure)`. */
export const CloseCode: CloseCodeTable = /* @__PURE__ */ freeze({
    NormalClosure: 1000,
    GoingAway: 1001,
    ProtocolError: 1002,
    UnsupportedData: 1003,
    Reserved: 1004,
    NoStatusReceived: 1005,
    AbnormalClosure: 1006,
    InvalidFramePayloadData: 1007,
    PolicyViolation: 1008,
    MessageTooBig: 1009,
    MandatoryExtension: 1010,
    InternalError: 1011,
    ServiceRestart: 1012,
    TryAgainLater: 1013,
    BadGateway: 1014,
    TlsHandshake: 1015,
    Unauthorized: 3000,
    Forbidden: 3003,
    Timeout: 3008,
});

/** Any registered close code, as a literal union of numbers. */
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** The constant names of CloseCode. */
export type CloseCodeKey = keyof typeof CloseCode;

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

/** Every registered code, sorted by code. */
export const CLOSE_CODE_INFO: readonly CloseCodeInfo[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        code: 1000,
        key: "NormalClosure",
        name: "Normal Closure",
        summary: "The connection closed successfully and the purpose for which it was established has been fulfilled.",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "not-needed",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "The other side ended the session on purpose and nothing went wrong. Only open a new connection if your app still has work to do, for example when the user starts a new session.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Normal Closure",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1001,
        key: "GoingAway",
        name: "Going Away",
        summary: "The endpoint is going away, such as a server shutting down or a browser navigating away from the page.",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "The peer is leaving, most often a server shutting down or being redeployed. Reconnect after a short randomised delay and back off if it keeps failing.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Going Away",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1002,
        key: "ProtocolError",
        name: "Protocol Error",
        summary: "The endpoint is terminating the connection due to a protocol error.",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "Do not retry blindly: one side is speaking broken WebSocket, and a new connection will most likely break the same way. Log the close reason and fix the implementation or the proxy in between first.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Protocol error",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1003,
        key: "UnsupportedData",
        name: "Unsupported Data",
        summary: "The endpoint is terminating the connection because it received data of a type it cannot accept (e.g. a text-only endpoint receiving binary data).",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "Do not retry blindly: the peer cannot handle the kind of message you sent. Change what you send (text versus binary) before reconnecting.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Unsupported Data",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1004,
        key: "Reserved",
        name: "Reserved",
        summary: "Reserved. The specific meaning might be defined in the future.",
        send: false,
        receive: false,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "depends",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "This code has no meaning yet, so seeing it points to a bug in the peer. Decide from your own app state whether to reconnect, and report the bug to whoever runs the other side.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Reserved",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1005,
        key: "NoStatusReceived",
        name: "No Status Received",
        summary: "A reserved value indicating that no status code was present in a Close frame; it must not be sent in a Close frame by an endpoint.",
        send: false,
        receive: false,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "depends",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "The peer closed cleanly but gave no reason, which is often deliberate. Decide from your own app state; if the close was unexpected, reconnect with backoff.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "No Status Rcvd",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1006,
        key: "AbnormalClosure",
        name: "Abnormal Closure",
        summary: "A reserved value indicating that the connection was closed abnormally (e.g. without a Close frame being sent); it must not be sent in a Close frame by an endpoint.",
        send: false,
        receive: false,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    text: "If the socket never opened, find out why the handshake failed before you retry; most often the server refused it.",
                    source: "practice",
                }),
            ]),
            advice: "The connection ended without a Close frame, usually a network or infrastructure problem. Reconnect with exponential backoff and jitter, and cap the number of attempts. If the socket never opened, the server most often refused the handshake (a wrong URL, missing credentials, a refused origin), and retrying will not help until that is fixed.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Abnormal Closure",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1007,
        key: "InvalidFramePayloadData",
        name: "Invalid Frame Payload Data",
        summary: "The endpoint is terminating the connection because it received data within a message that was not consistent with the type of the message (e.g. non-UTF-8 data in a text message).",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "Do not retry blindly: the peer received bytes it could not accept, most often invalid UTF-8 in a text message. Fix the encoding of what you send first.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Invalid frame payload data",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1008,
        key: "PolicyViolation",
        name: "Policy Violation",
        summary: "The endpoint is terminating the connection because it received a message that violates its policy; a generic code for when no more suitable code (such as 1003 or 1009) fits, or to hide the details of the policy.",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "Do not retry blindly: the peer refused you on purpose. Read the close reason, fix the cause (credentials, origin, rate, message content) and only then reconnect.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Policy Violation",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1009,
        key: "MessageTooBig",
        name: "Message Too Big",
        summary: "The endpoint is terminating the connection because a received message is too large to process.",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "Do not retry blindly: the peer's size limit will reject the same message again. Split or shrink the message, or raise the limit on the receiving side first.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Message Too Big",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1010,
        key: "MandatoryExtension",
        name: "Mandatory Extension",
        summary: "The client is terminating the connection because the server failed to negotiate one or more extensions that the client required.",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "Do not retry blindly: the server did not agree to an extension this client insists on. Enable the extension on the server, or make it optional on the client, first.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Mandatory Ext.",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 1011,
        key: "InternalError",
        name: "Internal Error",
        summary: "A remote endpoint is terminating the connection because it encountered an unexpected condition that prevented it from fulfilling the request.",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "The other side, most often a server, hit an unexpected error that is probably not your fault. Reconnect with exponential backoff, and report it if it keeps happening.",
        }),
        pending: false,
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
        key: "ServiceRestart",
        name: "Service Restart",
        summary: "The service is restarting; a client may reconnect, and if it does, should wait a randomized delay of 5 to 30 seconds first.",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "registration",
            delay: /* @__PURE__ */ freeze({ minSeconds: 5, maxSeconds: 30, randomized: true, source: "registration" }),
            conditions: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    text: "If the reconnect after the registered delay fails too, back off further before each new attempt.",
                    source: "practice",
                }),
            ]),
            advice: "The service is restarting and you may come back. As its registration says, wait a random delay between 5 and 30 seconds before you reconnect, so that clients do not all return at once. If that attempt fails, back off further (common practice).",
        }),
        pending: false,
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
        key: "TryAgainLater",
        name: "Try Again Later",
        summary: "The service is experiencing overload; a client should only connect to a different IP address of the target, or reconnect to the same one upon user action.",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "practice",
            delay: null,
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
            advice: "The service is overloaded. As its registration says, connect to a different IP address of the target if its host name has several, and reconnect to the same address only when the user asks. A client that must retry on its own should use a long backoff with jitter (common practice), so that it does not add to the load.",
        }),
        pending: false,
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
        key: "BadGateway",
        name: "Bad Gateway",
        summary: "The server was acting as a gateway or proxy and received an invalid response from the upstream server, similar to HTTP status 502.",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "A gateway or proxy could not get a good answer from the server behind it. Reconnect with exponential backoff; if it persists, the upstream service is likely down.",
        }),
        pending: false,
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
        key: "TlsHandshake",
        name: "TLS Handshake",
        summary: "A reserved value indicating that the connection was closed because a TLS handshake failure occurred; it must not be sent in a Close frame by an endpoint.",
        send: false,
        receive: false,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "Do not retry blindly: the secure connection could not be set up, and retrying will fail the same way. Fix the certificate, hostname or TLS configuration first.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "TLS handshake",
            contact: CONTACT_IESG_HYBI,
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 3000,
        key: "Unauthorized",
        name: "Unauthorized",
        summary: "The endpoint is closing the connection because the peer has not authenticated, in the spirit of HTTP 401.",
        send: true,
        receive: true,
        rangeKind: "iana",
        reconnect: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "Do not retry blindly: the server does not know who you are. Obtain or refresh credentials (log in, renew the token) first, then reconnect.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Unauthorized",
            contact: CONTACT_Leo_Tietz,
            references: /* @__PURE__ */ freeze([]),
            date: "2021-09-06",
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 3003,
        key: "Forbidden",
        name: "Forbidden",
        summary: "The endpoint is closing the connection because the peer is known but not allowed to do what it asked, in the spirit of HTTP 403.",
        send: true,
        receive: true,
        rangeKind: "iana",
        reconnect: /* @__PURE__ */ freeze({
            policy: "do-not-retry",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "Do not retry blindly: the server knows who you are and refuses the request anyway. Fix the permissions or change what the client asks for first.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Forbidden",
            contact: CONTACT_Ada_Young,
            references: /* @__PURE__ */ freeze([]),
            date: "2023-02-22",
        }),
    }),
    /* @__PURE__ */ freeze({
        code: 3008,
        key: "Timeout",
        name: "Timeout",
        summary: "The endpoint is closing the connection because something took too long, such as a missed heartbeat or an idle session.",
        send: true,
        receive: true,
        rangeKind: "iana",
        reconnect: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "practice",
            delay: null,
            conditions: /* @__PURE__ */ freeze([]),
            advice: "The connection timed out, often because of inactivity or a missed heartbeat. Reconnect with backoff, and check that your client answers pings or sends keep-alive messages in time.",
        }),
        pending: false,
        iana: /* @__PURE__ */ freeze({
            description: "Timeout",
            contact: CONTACT_Morgan_Jones,
            references: /* @__PURE__ */ freeze([]),
            date: "2024-02-01",
        }),
    }),
]);

/** The 5 ranges of the 16-bit code space, in order; together they cover 0-65535. */
export const CLOSE_CODE_RANGES: readonly CloseCodeRange[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({ from: 0, to: 999, kind: "not-used", name: "Not used", label: "Not used", registration: null }),
    /* @__PURE__ */ freeze({
        from: 1000,
        to: 2999,
        kind: "protocol",
        name: "Protocol",
        label: "Unassigned protocol code",
        registration: "Standards Action, Specification Required or IESG Review",
    }),
    /* @__PURE__ */ freeze({
        from: 3000,
        to: 3999,
        kind: "iana",
        name: "Registered with IANA",
        label: "Unregistered code",
        registration: "First Come First Served",
    }),
    /* @__PURE__ */ freeze({
        from: 4000,
        to: 4999,
        kind: "private-use",
        name: "Private use",
        label: "Private use",
        registration: null,
    }),
    /* @__PURE__ */ freeze({
        from: 5000,
        to: 65535,
        kind: "out-of-range",
        name: "Outside the protocol",
        label: "Outside the protocol",
        registration: null,
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

/** Reconnect advice for a code without an entry, one per range of CLOSE_CODE_RANGES, in the same order. */
export const RANGE_RECONNECT: readonly ReconnectAdvice[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        policy: "do-not-retry",
        source: "practice",
        delay: null,
        conditions: /* @__PURE__ */ freeze([]),
        advice: "Codes 0-999 are never used, so this value did not come from a valid Close frame. Do not retry blindly: find out where it came from.",
    }),
    /* @__PURE__ */ freeze({
        policy: "depends",
        source: "practice",
        delay: null,
        conditions: /* @__PURE__ */ freeze([]),
        advice: "No meaning is assigned to this code, and a peer must not send it. Decide from your own app state whether to reconnect, and report the bug to whoever runs the other side.",
    }),
    /* @__PURE__ */ freeze({
        policy: "depends",
        source: "practice",
        delay: null,
        conditions: /* @__PURE__ */ freeze([]),
        advice: "This code is not registered with IANA, so the library or app that sent it defines its meaning. Check its documentation before you reconnect.",
    }),
    /* @__PURE__ */ freeze({
        policy: "depends",
        source: "practice",
        delay: null,
        conditions: /* @__PURE__ */ freeze([]),
        advice: "App-defined: ask the server's documentation. It says what the code means and whether to reconnect.",
    }),
    /* @__PURE__ */ freeze({
        policy: "do-not-retry",
        source: "practice",
        delay: null,
        conditions: /* @__PURE__ */ freeze([]),
        advice: "Codes from 5000 up are outside the WebSocket protocol, so this value did not come from a valid Close frame. Do not retry blindly: find out where it came from.",
    }),
]);

/** The name given to a value that is not a close code. */
export const NOT_A_CLOSE_CODE_NAME: string = "Not a close code";

/** Reconnect advice for a value that is not a close code. */
export const NOT_A_CLOSE_CODE_RECONNECT: ReconnectAdvice = /* @__PURE__ */ freeze({
    policy: "do-not-retry",
    source: "practice",
    delay: null,
    conditions: /* @__PURE__ */ freeze([]),
    advice: "Not a close code: close codes are integers from 0 to 65535. Do not retry blindly: find out where the value came from.",
});

/** The date of the IANA registry this data was synced with. */
export const IANA_REGISTRY_UPDATED: string = "2026-06-10";

/**
 * Should a receiver take this code from a Close frame? Registered codes that a peer may send, and any code in 3000-4999. Non-integers are never valid.
 * For the other codes, failing with 1002 is common practice (Autobahn|Testsuite 7.9), not an RFC 6455 MUST: the RFC forbids sending them and sets no rule for a receiver, so a peer that accepts them also conforms.
 */
export function isValidCloseCode(code: number): boolean {
    return typeof code === "number" && (code | 0) === code && ((code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999));
}

/** May an endpoint put this code in a Close frame it sends? 1004-1006 and 1015 never; unassigned protocol codes neither. */
export function isSendableCloseCode(code: number): boolean {
    return typeof code === "number" && (code | 0) === code && ((code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999));
}

/**
 * Does the WebSocket API's `close(code)` accept this code? WHATWG: 1000 or 3000-4999, as an integer;
 * anything else throws an InvalidAccessError.
 *
 * The IDL argument is `[Clamp] unsigned short`, so a browser rounds a fraction such as 1000.4 to 1000
 * before this check. This function answers for the value as given: a non-integer is false.
 */
export function isValidApiCloseCode(code: number): boolean {
    return typeof code === "number" && (code | 0) === code && (code === 1000 || (code >= 3000 && code <= 4999));
}

/** The codes isValidCloseCode accepts, in words, for error messages. */
export const RECEIVABLE_CODES_TEXT: string = "1000-1003, 1007-1014 or 3000-4999";

/** The codes isSendableCloseCode accepts, in words, for error messages. */
export const SENDABLE_CODES_TEXT: string = "1000-1003, 1007-1014 or 3000-4999";
