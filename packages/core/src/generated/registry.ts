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

/** How long to wait before reconnecting, where a source defines it (1012: a randomized 5-30 s). */
export interface ReconnectDelay {
    readonly minSeconds: number;
    readonly maxSeconds: number;
    /** Pick the wait at random between min and max, so that clients do not return together. */
    readonly randomized: boolean;
    readonly source: AdviceSource;
}

/**
 * What to do after a close, as data, with the source of each part.
 * The conditions and the advice paragraph, for people, are in @wscodes/core/details.
 */
export interface ReconnectAdvice {
    readonly policy: ReconnectPolicy;
    /** Where the policy comes from. */
    readonly source: AdviceSource;
    /** The delay before reconnecting, or null where no source defines one. */
    readonly delay: ReconnectDelay | null;
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
     * range, and @wscodes/core/details holds the last record IANA listed.
     */
    readonly withdrawn?: Withdrawal;
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

/** Every registered code, sorted by code. */
export const CLOSE_CODE_INFO: readonly CloseCodeInfo[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        code: 1000,
        key: "NormalClosure",
        name: "Normal Closure",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "not-needed", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1001,
        key: "GoingAway",
        name: "Going Away",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "backoff", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1002,
        key: "ProtocolError",
        name: "Protocol Error",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1003,
        key: "UnsupportedData",
        name: "Unsupported Data",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1004,
        key: "Reserved",
        name: "Reserved",
        send: false,
        receive: false,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "depends", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1005,
        key: "NoStatusReceived",
        name: "No Status Received",
        send: false,
        receive: false,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "depends", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1006,
        key: "AbnormalClosure",
        name: "Abnormal Closure",
        send: false,
        receive: false,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "backoff", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1007,
        key: "InvalidFramePayloadData",
        name: "Invalid Frame Payload Data",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1008,
        key: "PolicyViolation",
        name: "Policy Violation",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1009,
        key: "MessageTooBig",
        name: "Message Too Big",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1010,
        key: "MandatoryExtension",
        name: "Mandatory Extension",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1011,
        key: "InternalError",
        name: "Internal Error",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "backoff", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1012,
        key: "ServiceRestart",
        name: "Service Restart",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({
            policy: "backoff",
            source: "registration",
            delay: /* @__PURE__ */ freeze({ minSeconds: 5, maxSeconds: 30, randomized: true, source: "registration" }),
        }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1013,
        key: "TryAgainLater",
        name: "Try Again Later",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "backoff", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1014,
        key: "BadGateway",
        name: "Bad Gateway",
        send: true,
        receive: true,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "backoff", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 1015,
        key: "TlsHandshake",
        name: "TLS Handshake",
        send: false,
        receive: false,
        rangeKind: "protocol",
        reconnect: /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 3000,
        key: "Unauthorized",
        name: "Unauthorized",
        send: true,
        receive: true,
        rangeKind: "iana",
        reconnect: /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 3003,
        key: "Forbidden",
        name: "Forbidden",
        send: true,
        receive: true,
        rangeKind: "iana",
        reconnect: /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
        pending: false,
    }),
    /* @__PURE__ */ freeze({
        code: 3008,
        key: "Timeout",
        name: "Timeout",
        send: true,
        receive: true,
        rangeKind: "iana",
        reconnect: /* @__PURE__ */ freeze({ policy: "backoff", source: "practice", delay: null }),
        pending: false,
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

/** Reconnect advice for a code without an entry, one per range of CLOSE_CODE_RANGES, in the same order. */
export const RANGE_RECONNECT: readonly ReconnectAdvice[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
    /* @__PURE__ */ freeze({ policy: "depends", source: "practice", delay: null }),
    /* @__PURE__ */ freeze({ policy: "depends", source: "practice", delay: null }),
    /* @__PURE__ */ freeze({ policy: "depends", source: "practice", delay: null }),
    /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null }),
]);

/** The name given to a value that is not a close code. */
export const NOT_A_CLOSE_CODE_NAME: string = "Not a close code";

/** Reconnect advice for a value that is not a close code. */
export const NOT_A_CLOSE_CODE_RECONNECT: ReconnectAdvice = /* @__PURE__ */ freeze({ policy: "do-not-retry", source: "practice", delay: null });

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
