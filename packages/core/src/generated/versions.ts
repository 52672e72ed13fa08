// Generated from registry/versions.yaml by tools/generators/src/core/. Do not edit: change the registry or the generator, then run npm run generate.

import type { IanaText, IanaXref } from "./iana.ts";

const freeze = Object.freeze;

/** The Sec-WebSocket-Version a client MUST send (RFC 6455 section 4.1 item 9): 13. A server that does not speak the version a client asks for answers with an error status and a Sec-WebSocket-Version header listing the versions it speaks (section 4.2.2). */
export const SUPPORTED_VERSION: 13 = 13;

/** A version number IANA registers, as a literal union: drafts (Interim), reserved numbers, and the standard one. */
export type RegisteredVersion = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;

/** Every version number IANA registers, ascending. Registered is not supported: only SUPPORTED_VERSION is the protocol RFC 6455 defines. */
export const REGISTERED_VERSIONS: readonly RegisteredVersion[] = /* @__PURE__ */ freeze([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);

/** IANA's record of one version, verbatim from its registry "version-number" in websocket.xml. */
export interface VersionIanaRecord {
    /** Standard, Interim, or empty for a reserved number. Verbatim from IANA's <status>. */
    readonly status: string;
    /** Change controller. Verbatim from IANA's <controller>. */
    readonly controller?: IanaText;
    /** The references beside the fields, in IANA order; a person is named by its id. */
    readonly references: readonly IanaXref[];
    /** When IANA registered it, where the record says. */
    readonly date?: string;
    /** When IANA last changed it, where the record says. */
    readonly updated?: string;
}

/** A registered version number and IANA's record of it. */
export interface VersionInfo {
    readonly version: RegisteredVersion;
    /** Present while its curated fields await review (an entry IANA added since). */
    readonly pending?: true;
    /** IANA's record: `status` is "Standard", "Interim", or empty for a number reserved and never used. */
    readonly iana: VersionIanaRecord;
}

/** Every registered version number with its record, ascending. */
export const VERSION_INFO: readonly VersionInfo[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        version: 0,
        iana: /* @__PURE__ */ freeze({
            status: "Interim",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "draft", data: "draft-ietf-hybi-thewebsocketprotocol-00" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 1,
        iana: /* @__PURE__ */ freeze({
            status: "Interim",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "draft", data: "draft-ietf-hybi-thewebsocketprotocol-01" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 2,
        iana: /* @__PURE__ */ freeze({
            status: "Interim",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "draft", data: "draft-ietf-hybi-thewebsocketprotocol-02" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 3,
        iana: /* @__PURE__ */ freeze({
            status: "Interim",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "draft", data: "draft-ietf-hybi-thewebsocketprotocol-03" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 4,
        iana: /* @__PURE__ */ freeze({
            status: "Interim",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "draft", data: "draft-ietf-hybi-thewebsocketprotocol-04" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 5,
        iana: /* @__PURE__ */ freeze({
            status: "Interim",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "draft", data: "draft-ietf-hybi-thewebsocketprotocol-05" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 6,
        iana: /* @__PURE__ */ freeze({
            status: "Interim",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "draft", data: "draft-ietf-hybi-thewebsocketprotocol-06" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 7,
        iana: /* @__PURE__ */ freeze({
            status: "Interim",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "draft", data: "draft-ietf-hybi-thewebsocketprotocol-07" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 8,
        iana: /* @__PURE__ */ freeze({
            status: "Interim",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "draft", data: "draft-ietf-hybi-thewebsocketprotocol-08" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 9,
        iana: /* @__PURE__ */ freeze({
            status: "",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "text", text: "Reserved" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 10,
        iana: /* @__PURE__ */ freeze({
            status: "",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "text", text: "Reserved" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 11,
        iana: /* @__PURE__ */ freeze({
            status: "",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "text", text: "Reserved" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 12,
        iana: /* @__PURE__ */ freeze({
            status: "",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "text", text: "Reserved" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        version: 13,
        iana: /* @__PURE__ */ freeze({
            status: "Standard",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
]);
