// Generated from registry/header-bits.yaml by tools/generators/src/core/. Do not edit: change the registry or the generator, then run npm run generate.

import type { IanaXref } from "./iana.ts";

const freeze = Object.freeze;

/** The shape of HeaderBit: one read-only member per name. */
interface HeaderBitTable {
    /** RSV1, mask 0x40 of a frame's first byte. IANA: The "Per-Message Compressed" bit, which indicates whether or not the message is compressed. RSV1 is set for compressed messages and unset for uncompressed messages. */
    readonly Rsv1: 0x40;
}

/** The registered framing header bits, by constant name, each as its mask in a frame's first byte (RFC 6455 section 5.2): `(firstByte & HeaderBit.Rsv1) !== 0`. The names are curated; the bits are IANA's. One IANA withdrew keeps its constant, deprecated, until a major release. */
export const HeaderBit: HeaderBitTable = /* @__PURE__ */ freeze({
    Rsv1: 0x40
});

/** The mask of any header bit with a constant, as a literal union of numbers. */
export type HeaderBit = (typeof HeaderBit)[keyof typeof HeaderBit];

/** The constant names of HeaderBit. */
export type HeaderBitKey = keyof typeof HeaderBit;

/** The bits IANA's registry assigns, as RFC 6455 section 5.2 names them. */
export type HeaderBitName = "RSV1" | "RSV2" | "RSV3";

/** IANA's record of one header bit, verbatim from its registry "framing-header-bits" in websocket.xml. */
export interface HeaderBitIanaRecord {
    /** IANA's description of what the bit means. Verbatim from IANA's <description>. */
    readonly description: string;
    /** The references beside the fields, in IANA order; a person is named by its id. */
    readonly references: readonly IanaXref[];
    /** When IANA registered it, where the record says. */
    readonly date?: string;
    /** When IANA last changed it, where the record says. */
    readonly updated?: string;
}

/** A registered header bit: its mask, its curated constant name and IANA's record. */
export interface HeaderBitInfo {
    readonly bit: HeaderBitName;
    /** Its mask in a frame's first byte. */
    readonly mask: HeaderBit;
    /** Curated: its constant name in HeaderBit. */
    readonly key: HeaderBitKey;
    /** Present while the curated name awaits review. */
    readonly pending?: true;
    readonly iana: HeaderBitIanaRecord;
}

/** Every registered header bit, in the order of the bits. */
export const HEADER_BIT_INFO: readonly HeaderBitInfo[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        bit: "RSV1",
        mask: 64,
        key: "Rsv1",
        iana: /* @__PURE__ */ freeze({
            description: "The \"Per-Message Compressed\" bit, which indicates whether or not the message\n        is compressed. RSV1 is set for compressed messages and unset for\n        uncompressed messages.",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc7692" })]),
            date: "2015-09-02",
        }),
    }),
]);
