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

/** Every code from 3000 to 4999: TypeScript has no range type. */
type CodesFrom3000To4999 = 3000 | 3001 | 3002 | 3003 | 3004 | 3005 | 3006 | 3007 | 3008 | 3009 | 3010 | 3011 | 3012 | 3013 | 3014 | 3015 | 3016 | 3017 | 3018 | 3019 | 3020 | 3021 | 3022 | 3023 | 3024 | 3025 | 3026 | 3027 | 3028 | 3029 | 3030 | 3031 | 3032 | 3033 | 3034 | 3035 | 3036 | 3037 | 3038 | 3039 | 3040 | 3041 | 3042 | 3043 | 3044 | 3045 | 3046 | 3047 | 3048 | 3049 | 3050 | 3051 | 3052 | 3053 | 3054 | 3055 | 3056 | 3057 | 3058 | 3059 | 3060 | 3061 | 3062 | 3063 | 3064 | 3065 | 3066 | 3067 | 3068 | 3069 | 3070 | 3071 | 3072 | 3073 | 3074 | 3075 | 3076 | 3077 | 3078 | 3079 | 3080 | 3081 | 3082 | 3083 | 3084 | 3085 | 3086 | 3087 | 3088 | 3089 | 3090 | 3091 | 3092 | 3093 | 3094 | 3095 | 3096 | 3097 | 3098 | 3099 | 3100 | 3101 | 3102 | 3103 | 3104 | 3105 | 3106 | 3107 | 3108 | 3109 | 3110 | 3111 | 3112 | 3113 | 3114 | 3115 | 3116 | 3117 | 3118 | 3119 | 3120 | 3121 | 3122 | 3123 | 3124 | 3125 | 3126 | 3127 | 3128 | 3129 | 3130 | 3131 | 3132 | 3133 | 3134 | 3135 | 3136 | 3137 | 3138 | 3139 | 3140 | 3141 | 3142 | 3143 | 3144 | 3145 | 3146 | 3147 | 3148 | 3149 | 3150 | 3151 | 3152 | 3153 | 3154 | 3155 | 3156 | 3157 | 3158 | 3159 | 3160 | 3161 | 3162 | 3163 | 3164 | 3165 | 3166 | 3167 | 3168 | 3169 | 3170 | 3171 | 3172 | 3173 | 3174 | 3175 | 3176 | 3177 | 3178 | 3179 | 3180 | 3181 | 3182 | 3183 | 3184 | 3185 | 3186 | 3187 | 3188 | 3189 | 3190 | 3191 | 3192 | 3193 | 3194 | 3195 | 3196 | 3197 | 3198 | 3199 | 3200 | 3201 | 3202 | 3203 | 3204 | 3205 | 3206 | 3207 | 3208 | 3209 | 3210 | 3211 | 3212 | 3213 | 3214 | 3215 | 3216 | 3217 | 3218 | 3219 | 3220 | 3221 | 3222 | 3223 | 3224 | 3225 | 3226 | 3227 | 3228 | 3229 | 3230 | 3231 | 3232 | 3233 | 3234 | 3235 | 3236 | 3237 | 3238 | 3239 | 3240 | 3241 | 3242 | 3243 | 3244 | 3245 | 3246 | 3247 | 3248 | 3249 | 3250 | 3251 | 3252 | 3253 | 3254 | 3255 | 3256 | 3257 | 3258 | 3259 | 3260 | 3261 | 3262 | 3263 | 3264 | 3265 | 3266 | 3267 | 3268 | 3269 | 3270 | 3271 | 3272 | 3273 | 3274 | 3275 | 3276 | 3277 | 3278 | 3279 | 3280 | 3281 | 3282 | 3283 | 3284 | 3285 | 3286 | 3287 | 3288 | 3289 | 3290 | 3291 | 3292 | 3293 | 3294 | 3295 | 3296 | 3297 | 3298 | 3299 | 3300 | 3301 | 3302 | 3303 | 3304 | 3305 | 3306 | 3307 | 3308 | 3309 | 3310 | 3311 | 3312 | 3313 | 3314 | 3315 | 3316 | 3317 | 3318 | 3319 | 3320 | 3321 | 3322 | 3323 | 3324 | 3325 | 3326 | 3327 | 3328 | 3329 | 3330 | 3331 | 3332 | 3333 | 3334 | 3335 | 3336 | 3337 | 3338 | 3339 | 3340 | 3341 | 3342 | 3343 | 3344 | 3345 | 3346 | 3347 | 3348 | 3349 | 3350 | 3351 | 3352 | 3353 | 3354 | 3355 | 3356 | 3357 | 3358 | 3359 | 3360 | 3361 | 3362 | 3363 | 3364 | 3365 | 3366 | 3367 | 3368 | 3369 | 3370 | 3371 | 3372 | 3373 | 3374 | 3375 | 3376 | 3377 | 3378 | 3379 | 3380 | 3381 | 3382 | 3383 | 3384 | 3385 | 3386 | 3387 | 3388 | 3389 | 3390 | 3391 | 3392 | 3393 | 3394 | 3395 | 3396 | 3397 | 3398 | 3399 | 3400 | 3401 | 3402 | 3403 | 3404 | 3405 | 3406 | 3407 | 3408 | 3409 | 3410 | 3411 | 3412 | 3413 | 3414 | 3415 | 3416 | 3417 | 3418 | 3419 | 3420 | 3421 | 3422 | 3423 | 3424 | 3425 | 3426 | 3427 | 3428 | 3429 | 3430 | 3431 | 3432 | 3433 | 3434 | 3435 | 3436 | 3437 | 3438 | 3439 | 3440 | 3441 | 3442 | 3443 | 3444 | 3445 | 3446 | 3447 | 3448 | 3449 | 3450 | 3451 | 3452 | 3453 | 3454 | 3455 | 3456 | 3457 | 3458 | 3459 | 3460 | 3461 | 3462 | 3463 | 3464 | 3465 | 3466 | 3467 | 3468 | 3469 | 3470 | 3471 | 3472 | 3473 | 3474 | 3475 | 3476 | 3477 | 3478 | 3479 | 3480 | 3481 | 3482 | 3483 | 3484 | 3485 | 3486 | 3487 | 3488 | 3489 | 3490 | 3491 | 3492 | 3493 | 3494 | 3495 | 3496 | 3497 | 3498 | 3499 | 3500 | 3501 | 3502 | 3503 | 3504 | 3505 | 3506 | 3507 | 3508 | 3509 | 3510 | 3511 | 3512 | 3513 | 3514 | 3515 | 3516 | 3517 | 3518 | 3519 | 3520 | 3521 | 3522 | 3523 | 3524 | 3525 | 3526 | 3527 | 3528 | 3529 | 3530 | 3531 | 3532 | 3533 | 3534 | 3535 | 3536 | 3537 | 3538 | 3539 | 3540 | 3541 | 3542 | 3543 | 3544 | 3545 | 3546 | 3547 | 3548 | 3549 | 3550 | 3551 | 3552 | 3553 | 3554 | 3555 | 3556 | 3557 | 3558 | 3559 | 3560 | 3561 | 3562 | 3563 | 3564 | 3565 | 3566 | 3567 | 3568 | 3569 | 3570 | 3571 | 3572 | 3573 | 3574 | 3575 | 3576 | 3577 | 3578 | 3579 | 3580 | 3581 | 3582 | 3583 | 3584 | 3585 | 3586 | 3587 | 3588 | 3589 | 3590 | 3591 | 3592 | 3593 | 3594 | 3595 | 3596 | 3597 | 3598 | 3599 | 3600 | 3601 | 3602 | 3603 | 3604 | 3605 | 3606 | 3607 | 3608 | 3609 | 3610 | 3611 | 3612 | 3613 | 3614 | 3615 | 3616 | 3617 | 3618 | 3619 | 3620 | 3621 | 3622 | 3623 | 3624 | 3625 | 3626 | 3627 | 3628 | 3629 | 3630 | 3631 | 3632 | 3633 | 3634 | 3635 | 3636 | 3637 | 3638 | 3639 | 3640 | 3641 | 3642 | 3643 | 3644 | 3645 | 3646 | 3647 | 3648 | 3649 | 3650 | 3651 | 3652 | 3653 | 3654 | 3655 | 3656 | 3657 | 3658 | 3659 | 3660 | 3661 | 3662 | 3663 | 3664 | 3665 | 3666 | 3667 | 3668 | 3669 | 3670 | 3671 | 3672 | 3673 | 3674 | 3675 | 3676 | 3677 | 3678 | 3679 | 3680 | 3681 | 3682 | 3683 | 3684 | 3685 | 3686 | 3687 | 3688 | 3689 | 3690 | 3691 | 3692 | 3693 | 3694 | 3695 | 3696 | 3697 | 3698 | 3699 | 3700 | 3701 | 3702 | 3703 | 3704 | 3705 | 3706 | 3707 | 3708 | 3709 | 3710 | 3711 | 3712 | 3713 | 3714 | 3715 | 3716 | 3717 | 3718 | 3719 | 3720 | 3721 | 3722 | 3723 | 3724 | 3725 | 3726 | 3727 | 3728 | 3729 | 3730 | 3731 | 3732 | 3733 | 3734 | 3735 | 3736 | 3737 | 3738 | 3739 | 3740 | 3741 | 3742 | 3743 | 3744 | 3745 | 3746 | 3747 | 3748 | 3749 | 3750 | 3751 | 3752 | 3753 | 3754 | 3755 | 3756 | 3757 | 3758 | 3759 | 3760 | 3761 | 3762 | 3763 | 3764 | 3765 | 3766 | 3767 | 3768 | 3769 | 3770 | 3771 | 3772 | 3773 | 3774 | 3775 | 3776 | 3777 | 3778 | 3779 | 3780 | 3781 | 3782 | 3783 | 3784 | 3785 | 3786 | 3787 | 3788 | 3789 | 3790 | 3791 | 3792 | 3793 | 3794 | 3795 | 3796 | 3797 | 3798 | 3799 | 3800 | 3801 | 3802 | 3803 | 3804 | 3805 | 3806 | 3807 | 3808 | 3809 | 3810 | 3811 | 3812 | 3813 | 3814 | 3815 | 3816 | 3817 | 3818 | 3819 | 3820 | 3821 | 3822 | 3823 | 3824 | 3825 | 3826 | 3827 | 3828 | 3829 | 3830 | 3831 | 3832 | 3833 | 3834 | 3835 | 3836 | 3837 | 3838 | 3839 | 3840 | 3841 | 3842 | 3843 | 3844 | 3845 | 3846 | 3847 | 3848 | 3849 | 3850 | 3851 | 3852 | 3853 | 3854 | 3855 | 3856 | 3857 | 3858 | 3859 | 3860 | 3861 | 3862 | 3863 | 3864 | 3865 | 3866 | 3867 | 3868 | 3869 | 3870 | 3871 | 3872 | 3873 | 3874 | 3875 | 3876 | 3877 | 3878 | 3879 | 3880 | 3881 | 3882 | 3883 | 3884 | 3885 | 3886 | 3887 | 3888 | 3889 | 3890 | 3891 | 3892 | 3893 | 3894 | 3895 | 3896 | 3897 | 3898 | 3899 | 3900 | 3901 | 3902 | 3903 | 3904 | 3905 | 3906 | 3907 | 3908 | 3909 | 3910 | 3911 | 3912 | 3913 | 3914 | 3915 | 3916 | 3917 | 3918 | 3919 | 3920 | 3921 | 3922 | 3923 | 3924 | 3925 | 3926 | 3927 | 3928 | 3929 | 3930 | 3931 | 3932 | 3933 | 3934 | 3935 | 3936 | 3937 | 3938 | 3939 | 3940 | 3941 | 3942 | 3943 | 3944 | 3945 | 3946 | 3947 | 3948 | 3949 | 3950 | 3951 | 3952 | 3953 | 3954 | 3955 | 3956 | 3957 | 3958 | 3959 | 3960 | 3961 | 3962 | 3963 | 3964 | 3965 | 3966 | 3967 | 3968 | 3969 | 3970 | 3971 | 3972 | 3973 | 3974 | 3975 | 3976 | 3977 | 3978 | 3979 | 3980 | 3981 | 3982 | 3983 | 3984 | 3985 | 3986 | 3987 | 3988 | 3989 | 3990 | 3991 | 3992 | 3993 | 3994 | 3995 | 3996 | 3997 | 3998 | 3999 | 4000 | 4001 | 4002 | 4003 | 4004 | 4005 | 4006 | 4007 | 4008 | 4009 | 4010 | 4011 | 4012 | 4013 | 4014 | 4015 | 4016 | 4017 | 4018 | 4019 | 4020 | 4021 | 4022 | 4023 | 4024 | 4025 | 4026 | 4027 | 4028 | 4029 | 4030 | 4031 | 4032 | 4033 | 4034 | 4035 | 4036 | 4037 | 4038 | 4039 | 4040 | 4041 | 4042 | 4043 | 4044 | 4045 | 4046 | 4047 | 4048 | 4049 | 4050 | 4051 | 4052 | 4053 | 4054 | 4055 | 4056 | 4057 | 4058 | 4059 | 4060 | 4061 | 4062 | 4063 | 4064 | 4065 | 4066 | 4067 | 4068 | 4069 | 4070 | 4071 | 4072 | 4073 | 4074 | 4075 | 4076 | 4077 | 4078 | 4079 | 4080 | 4081 | 4082 | 4083 | 4084 | 4085 | 4086 | 4087 | 4088 | 4089 | 4090 | 4091 | 4092 | 4093 | 4094 | 4095 | 4096 | 4097 | 4098 | 4099 | 4100 | 4101 | 4102 | 4103 | 4104 | 4105 | 4106 | 4107 | 4108 | 4109 | 4110 | 4111 | 4112 | 4113 | 4114 | 4115 | 4116 | 4117 | 4118 | 4119 | 4120 | 4121 | 4122 | 4123 | 4124 | 4125 | 4126 | 4127 | 4128 | 4129 | 4130 | 4131 | 4132 | 4133 | 4134 | 4135 | 4136 | 4137 | 4138 | 4139 | 4140 | 4141 | 4142 | 4143 | 4144 | 4145 | 4146 | 4147 | 4148 | 4149 | 4150 | 4151 | 4152 | 4153 | 4154 | 4155 | 4156 | 4157 | 4158 | 4159 | 4160 | 4161 | 4162 | 4163 | 4164 | 4165 | 4166 | 4167 | 4168 | 4169 | 4170 | 4171 | 4172 | 4173 | 4174 | 4175 | 4176 | 4177 | 4178 | 4179 | 4180 | 4181 | 4182 | 4183 | 4184 | 4185 | 4186 | 4187 | 4188 | 4189 | 4190 | 4191 | 4192 | 4193 | 4194 | 4195 | 4196 | 4197 | 4198 | 4199 | 4200 | 4201 | 4202 | 4203 | 4204 | 4205 | 4206 | 4207 | 4208 | 4209 | 4210 | 4211 | 4212 | 4213 | 4214 | 4215 | 4216 | 4217 | 4218 | 4219 | 4220 | 4221 | 4222 | 4223 | 4224 | 4225 | 4226 | 4227 | 4228 | 4229 | 4230 | 4231 | 4232 | 4233 | 4234 | 4235 | 4236 | 4237 | 4238 | 4239 | 4240 | 4241 | 4242 | 4243 | 4244 | 4245 | 4246 | 4247 | 4248 | 4249 | 4250 | 4251 | 4252 | 4253 | 4254 | 4255 | 4256 | 4257 | 4258 | 4259 | 4260 | 4261 | 4262 | 4263 | 4264 | 4265 | 4266 | 4267 | 4268 | 4269 | 4270 | 4271 | 4272 | 4273 | 4274 | 4275 | 4276 | 4277 | 4278 | 4279 | 4280 | 4281 | 4282 | 4283 | 4284 | 4285 | 4286 | 4287 | 4288 | 4289 | 4290 | 4291 | 4292 | 4293 | 4294 | 4295 | 4296 | 4297 | 4298 | 4299 | 4300 | 4301 | 4302 | 4303 | 4304 | 4305 | 4306 | 4307 | 4308 | 4309 | 4310 | 4311 | 4312 | 4313 | 4314 | 4315 | 4316 | 4317 | 4318 | 4319 | 4320 | 4321 | 4322 | 4323 | 4324 | 4325 | 4326 | 4327 | 4328 | 4329 | 4330 | 4331 | 4332 | 4333 | 4334 | 4335 | 4336 | 4337 | 4338 | 4339 | 4340 | 4341 | 4342 | 4343 | 4344 | 4345 | 4346 | 4347 | 4348 | 4349 | 4350 | 4351 | 4352 | 4353 | 4354 | 4355 | 4356 | 4357 | 4358 | 4359 | 4360 | 4361 | 4362 | 4363 | 4364 | 4365 | 4366 | 4367 | 4368 | 4369 | 4370 | 4371 | 4372 | 4373 | 4374 | 4375 | 4376 | 4377 | 4378 | 4379 | 4380 | 4381 | 4382 | 4383 | 4384 | 4385 | 4386 | 4387 | 4388 | 4389 | 4390 | 4391 | 4392 | 4393 | 4394 | 4395 | 4396 | 4397 | 4398 | 4399 | 4400 | 4401 | 4402 | 4403 | 4404 | 4405 | 4406 | 4407 | 4408 | 4409 | 4410 | 4411 | 4412 | 4413 | 4414 | 4415 | 4416 | 4417 | 4418 | 4419 | 4420 | 4421 | 4422 | 4423 | 4424 | 4425 | 4426 | 4427 | 4428 | 4429 | 4430 | 4431 | 4432 | 4433 | 4434 | 4435 | 4436 | 4437 | 4438 | 4439 | 4440 | 4441 | 4442 | 4443 | 4444 | 4445 | 4446 | 4447 | 4448 | 4449 | 4450 | 4451 | 4452 | 4453 | 4454 | 4455 | 4456 | 4457 | 4458 | 4459 | 4460 | 4461 | 4462 | 4463 | 4464 | 4465 | 4466 | 4467 | 4468 | 4469 | 4470 | 4471 | 4472 | 4473 | 4474 | 4475 | 4476 | 4477 | 4478 | 4479 | 4480 | 4481 | 4482 | 4483 | 4484 | 4485 | 4486 | 4487 | 4488 | 4489 | 4490 | 4491 | 4492 | 4493 | 4494 | 4495 | 4496 | 4497 | 4498 | 4499 | 4500 | 4501 | 4502 | 4503 | 4504 | 4505 | 4506 | 4507 | 4508 | 4509 | 4510 | 4511 | 4512 | 4513 | 4514 | 4515 | 4516 | 4517 | 4518 | 4519 | 4520 | 4521 | 4522 | 4523 | 4524 | 4525 | 4526 | 4527 | 4528 | 4529 | 4530 | 4531 | 4532 | 4533 | 4534 | 4535 | 4536 | 4537 | 4538 | 4539 | 4540 | 4541 | 4542 | 4543 | 4544 | 4545 | 4546 | 4547 | 4548 | 4549 | 4550 | 4551 | 4552 | 4553 | 4554 | 4555 | 4556 | 4557 | 4558 | 4559 | 4560 | 4561 | 4562 | 4563 | 4564 | 4565 | 4566 | 4567 | 4568 | 4569 | 4570 | 4571 | 4572 | 4573 | 4574 | 4575 | 4576 | 4577 | 4578 | 4579 | 4580 | 4581 | 4582 | 4583 | 4584 | 4585 | 4586 | 4587 | 4588 | 4589 | 4590 | 4591 | 4592 | 4593 | 4594 | 4595 | 4596 | 4597 | 4598 | 4599 | 4600 | 4601 | 4602 | 4603 | 4604 | 4605 | 4606 | 4607 | 4608 | 4609 | 4610 | 4611 | 4612 | 4613 | 4614 | 4615 | 4616 | 4617 | 4618 | 4619 | 4620 | 4621 | 4622 | 4623 | 4624 | 4625 | 4626 | 4627 | 4628 | 4629 | 4630 | 4631 | 4632 | 4633 | 4634 | 4635 | 4636 | 4637 | 4638 | 4639 | 4640 | 4641 | 4642 | 4643 | 4644 | 4645 | 4646 | 4647 | 4648 | 4649 | 4650 | 4651 | 4652 | 4653 | 4654 | 4655 | 4656 | 4657 | 4658 | 4659 | 4660 | 4661 | 4662 | 4663 | 4664 | 4665 | 4666 | 4667 | 4668 | 4669 | 4670 | 4671 | 4672 | 4673 | 4674 | 4675 | 4676 | 4677 | 4678 | 4679 | 4680 | 4681 | 4682 | 4683 | 4684 | 4685 | 4686 | 4687 | 4688 | 4689 | 4690 | 4691 | 4692 | 4693 | 4694 | 4695 | 4696 | 4697 | 4698 | 4699 | 4700 | 4701 | 4702 | 4703 | 4704 | 4705 | 4706 | 4707 | 4708 | 4709 | 4710 | 4711 | 4712 | 4713 | 4714 | 4715 | 4716 | 4717 | 4718 | 4719 | 4720 | 4721 | 4722 | 4723 | 4724 | 4725 | 4726 | 4727 | 4728 | 4729 | 4730 | 4731 | 4732 | 4733 | 4734 | 4735 | 4736 | 4737 | 4738 | 4739 | 4740 | 4741 | 4742 | 4743 | 4744 | 4745 | 4746 | 4747 | 4748 | 4749 | 4750 | 4751 | 4752 | 4753 | 4754 | 4755 | 4756 | 4757 | 4758 | 4759 | 4760 | 4761 | 4762 | 4763 | 4764 | 4765 | 4766 | 4767 | 4768 | 4769 | 4770 | 4771 | 4772 | 4773 | 4774 | 4775 | 4776 | 4777 | 4778 | 4779 | 4780 | 4781 | 4782 | 4783 | 4784 | 4785 | 4786 | 4787 | 4788 | 4789 | 4790 | 4791 | 4792 | 4793 | 4794 | 4795 | 4796 | 4797 | 4798 | 4799 | 4800 | 4801 | 4802 | 4803 | 4804 | 4805 | 4806 | 4807 | 4808 | 4809 | 4810 | 4811 | 4812 | 4813 | 4814 | 4815 | 4816 | 4817 | 4818 | 4819 | 4820 | 4821 | 4822 | 4823 | 4824 | 4825 | 4826 | 4827 | 4828 | 4829 | 4830 | 4831 | 4832 | 4833 | 4834 | 4835 | 4836 | 4837 | 4838 | 4839 | 4840 | 4841 | 4842 | 4843 | 4844 | 4845 | 4846 | 4847 | 4848 | 4849 | 4850 | 4851 | 4852 | 4853 | 4854 | 4855 | 4856 | 4857 | 4858 | 4859 | 4860 | 4861 | 4862 | 4863 | 4864 | 4865 | 4866 | 4867 | 4868 | 4869 | 4870 | 4871 | 4872 | 4873 | 4874 | 4875 | 4876 | 4877 | 4878 | 4879 | 4880 | 4881 | 4882 | 4883 | 4884 | 4885 | 4886 | 4887 | 4888 | 4889 | 4890 | 4891 | 4892 | 4893 | 4894 | 4895 | 4896 | 4897 | 4898 | 4899 | 4900 | 4901 | 4902 | 4903 | 4904 | 4905 | 4906 | 4907 | 4908 | 4909 | 4910 | 4911 | 4912 | 4913 | 4914 | 4915 | 4916 | 4917 | 4918 | 4919 | 4920 | 4921 | 4922 | 4923 | 4924 | 4925 | 4926 | 4927 | 4928 | 4929 | 4930 | 4931 | 4932 | 4933 | 4934 | 4935 | 4936 | 4937 | 4938 | 4939 | 4940 | 4941 | 4942 | 4943 | 4944 | 4945 | 4946 | 4947 | 4948 | 4949 | 4950 | 4951 | 4952 | 4953 | 4954 | 4955 | 4956 | 4957 | 4958 | 4959 | 4960 | 4961 | 4962 | 4963 | 4964 | 4965 | 4966 | 4967 | 4968 | 4969 | 4970 | 4971 | 4972 | 4973 | 4974 | 4975 | 4976 | 4977 | 4978 | 4979 | 4980 | 4981 | 4982 | 4983 | 4984 | 4985 | 4986 | 4987 | 4988 | 4989 | 4990 | 4991 | 4992 | 4993 | 4994 | 4995 | 4996 | 4997 | 4998 | 4999;

/** A code isValidCloseCode accepts: one a receiver should take from a Close frame. */
export type ReceivableCloseCode = 1000 | 1001 | 1002 | 1003 | 1007 | 1008 | 1009 | 1010 | 1011 | 1012 | 1013 | 1014 | CodesFrom3000To4999;

/**
 * Should a receiver take this code from a Close frame? Registered codes that a peer may send, and any code in 3000-4999. Non-integers are never valid.
 * For the other codes, failing with 1002 is common practice (Autobahn|Testsuite 7.9), not an RFC 6455 MUST: the RFC forbids sending them and sets no rule for a receiver, so a peer that accepts them also conforms.
 */
export function isValidCloseCode(code: number): code is ReceivableCloseCode {
    return typeof code === "number" && (code | 0) === code && ((code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999));
}

/** A code isSendableCloseCode accepts: one an endpoint may put in a Close frame it sends. */
export type SendableCloseCode = 1000 | 1001 | 1002 | 1003 | 1007 | 1008 | 1009 | 1010 | 1011 | 1012 | 1013 | 1014 | CodesFrom3000To4999;

/** May an endpoint put this code in a Close frame it sends? 1004-1006 and 1015 never; unassigned protocol codes neither. */
export function isSendableCloseCode(code: number): code is SendableCloseCode {
    return typeof code === "number" && (code | 0) === code && ((code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999));
}

/** A code the WebSocket API's `close(code)` accepts: 1000 or 3000-4999. */
export type ApiCloseCode = 1000 | CodesFrom3000To4999;

/**
 * Does the WebSocket API's `close(code)` accept this code? WHATWG: 1000 or 3000-4999, as an integer;
 * anything else throws an InvalidAccessError.
 *
 * The IDL argument is `[Clamp] unsigned short`, so a browser rounds a fraction such as 1000.4 to 1000
 * before this check. This function answers for the value as given: a non-integer is false.
 */
export function isValidApiCloseCode(code: number): code is ApiCloseCode {
    return typeof code === "number" && (code | 0) === code && (code === 1000 || (code >= 3000 && code <= 4999));
}

/** The codes isValidCloseCode accepts, in words, for error messages. */
export const RECEIVABLE_CODES_TEXT: string = "1000-1003, 1007-1014 or 3000-4999";

/** The codes isSendableCloseCode accepts, in words, for error messages. */
export const SENDABLE_CODES_TEXT: string = "1000-1003, 1007-1014 or 3000-4999";
