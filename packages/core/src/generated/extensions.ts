// Generated from registry/extensions.yaml by tools/generators/src/core/. Do not edit: change the registry or the generator, then run npm run generate.

import type { IanaText, IanaXref } from "./iana.ts";

const freeze = Object.freeze;

/** An extension name IANA registers (the token in Sec-WebSocket-Extensions), as a literal union. */
export type RegisteredExtensionName = "bbf-usp-protocol" | "permessage-deflate";

/** Every extension name IANA registers, in code-unit order. */
export const REGISTERED_EXTENSIONS: readonly RegisteredExtensionName[] = /* @__PURE__ */ freeze(["bbf-usp-protocol", "permessage-deflate"]);

/** IANA's record of one extension, verbatim from its registry "extension-name" in websocket.xml. */
export interface ExtensionIanaRecord {
    /** Common name. Verbatim from IANA's <common>. */
    readonly common: string;
    /** Where it is defined. Verbatim from IANA's <definition>. */
    readonly definition: IanaText;
    /** Extensions it cannot be combined with. Verbatim from IANA's <incompatible>. */
    readonly incompatible: string;
    /** Change controller. Verbatim from IANA's <controller>. */
    readonly controller?: IanaText;
    /** The references beside the fields, in IANA order; a person is named by its id. */
    readonly references: readonly IanaXref[];
    /** When IANA registered it, where the record says. */
    readonly date?: string;
    /** When IANA last changed it, where the record says. */
    readonly updated?: string;
}

/** A registered extension name and IANA's record of it. */
export interface ExtensionInfo {
    readonly name: RegisteredExtensionName;
    /** Present while its curated fields await review (an entry IANA added since). */
    readonly pending?: true;
    readonly iana: ExtensionIanaRecord;
}

/** Every registered extension with its record, in code-unit order of the names. */
export const EXTENSION_INFO: readonly ExtensionInfo[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        name: "bbf-usp-protocol",
        iana: /* @__PURE__ */ freeze({
            common: "BBF USP Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://usp.technology" }) }),
            ]),
            incompatible: "None",
            controller: /* @__PURE__ */ freeze([]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Broadband_Forum" })]),
            date: "2019-05-21",
            updated: "2019-12-13",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "permessage-deflate",
        iana: /* @__PURE__ */ freeze({
            common: "WebSocket Per-Message Deflate",
            definition: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "rfc", data: "rfc7692" }) })]),
            incompatible: "None",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc7692" })]),
            date: "2015-09-02",
        }),
    }),
]);
