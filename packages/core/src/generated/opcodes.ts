// Generated from registry/opcodes.yaml by tools/generators/src/core/. Do not edit: change the registry or the generator, then run npm run generate.

import type { IanaXref } from "./iana.ts";

const freeze = Object.freeze;

/** The shape of Opcode: one read-only member per name. */
interface OpcodeTable {
    /** Opcode 0 (%x0): Continuation Frame, as IANA lists it. */
    readonly Continuation: 0;
    /** Opcode 1 (%x1): Text Frame, as IANA lists it. */
    readonly Text: 1;
    /** Opcode 2 (%x2): Binary Frame, as IANA lists it. */
    readonly Binary: 2;
    /** Opcode 8 (%x8): Connection Close Frame, as IANA lists it. */
    readonly Close: 8;
    /** Opcode 9 (%x9): Ping Frame, as IANA lists it. */
    readonly Ping: 9;
    /** Opcode 10 (%xA): Pong Frame, as IANA lists it. */
    readonly Pong: 10;
}

/** The registered opcodes (RFC 6455 section 5.2), by constant name: `Opcode.Text`, `Opcode.Close`. The names are curated; the values are IANA's. One IANA withdrew keeps its constant, deprecated, until a major release. */
export const Opcode: OpcodeTable = /* @__PURE__ */ freeze({
    Continuation: 0,
    Text: 1,
    Binary: 2,
    Close: 8,
    Ping: 9,
    Pong: 10
});

/** Any opcode with a constant, as a literal union of numbers. */
export type Opcode = (typeof Opcode)[keyof typeof Opcode];

/** The constant names of Opcode. */
export type OpcodeKey = keyof typeof Opcode;

/** IANA's record of one opcode, verbatim from its registry "opcode" in websocket.xml. */
export interface OpcodeIanaRecord {
    /** IANA's description. Verbatim from IANA's <description>. */
    readonly description: string;
    /** The references beside the fields, in IANA order; a person is named by its id. */
    readonly references: readonly IanaXref[];
    /** When IANA registered it, where the record says. */
    readonly date?: string;
    /** When IANA last changed it, where the record says. */
    readonly updated?: string;
}

/** A registered opcode: its curated constant name and IANA's record. */
export interface OpcodeInfo {
    readonly opcode: Opcode;
    /** Curated: its constant name in Opcode. */
    readonly key: OpcodeKey;
    /** Present while the curated name awaits review (an opcode IANA added since). */
    readonly pending?: true;
    readonly iana: OpcodeIanaRecord;
}

/** Every registered opcode, sorted by value. */
export const OPCODE_INFO: readonly OpcodeInfo[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        opcode: 0,
        key: "Continuation",
        iana: /* @__PURE__ */ freeze({
            description: "Continuation Frame",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        opcode: 1,
        key: "Text",
        iana: /* @__PURE__ */ freeze({
            description: "Text Frame",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        opcode: 2,
        key: "Binary",
        iana: /* @__PURE__ */ freeze({
            description: "Binary Frame",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        opcode: 8,
        key: "Close",
        iana: /* @__PURE__ */ freeze({
            description: "Connection Close Frame",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        opcode: 9,
        key: "Ping",
        iana: /* @__PURE__ */ freeze({
            description: "Ping Frame",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        opcode: 10,
        key: "Pong",
        iana: /* @__PURE__ */ freeze({
            description: "Pong Frame",
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc6455" })]),
        }),
    }),
]);

/** A span of opcodes IANA lists as unassigned, with its record. */
export interface UnassignedOpcodes {
    readonly from: number;
    readonly to: number;
    readonly iana: OpcodeIanaRecord;
}

/** The spans IANA lists as unassigned, in order: 3-7 and 11-15. */
export const UNASSIGNED_OPCODES: readonly UnassignedOpcodes[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        from: 3,
        to: 7,
        iana: /* @__PURE__ */ freeze({ description: "Unassigned", references: /* @__PURE__ */ freeze([]) }),
    }),
    /* @__PURE__ */ freeze({
        from: 11,
        to: 15,
        iana: /* @__PURE__ */ freeze({ description: "Unassigned", references: /* @__PURE__ */ freeze([]) }),
    }),
]);

/** An opcode isReservedOpcode accepts: 3-7 or 11-15. */
export type ReservedOpcode = 3 | 4 | 5 | 6 | 7 | 11 | 12 | 13 | 14 | 15;

/**
 * Is this opcode reserved: one IANA lists as unassigned (3-7 or 11-15)? A receiver that gets a frame
 * with such an opcode, and has negotiated no extension that defines it, MUST fail the connection (RFC 6455 section 5.2).
 * Non-integers and numbers outside 0-15 are not opcodes: false.
 */
export function isReservedOpcode(opcode: number): opcode is ReservedOpcode {
    return typeof opcode === "number" && (opcode | 0) === opcode && ((opcode >= 3 && opcode <= 7) || (opcode >= 11 && opcode <= 15));
}

/** An opcode isControlOpcode accepts: 8-15. */
export type ControlOpcode = 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;

/**
 * Does this opcode make a control frame? Its most significant bit is set (RFC 6455 section 5.5): 8-15, registered: Close, Ping, Pong; the others are reserved.
 * A control frame carries at most 125 bytes of payload and is never fragmented. Non-integers and numbers outside 0-15: false.
 */
export function isControlOpcode(opcode: number): opcode is ControlOpcode {
    return typeof opcode === "number" && (opcode | 0) === opcode && ((opcode >= 8 && opcode <= 15));
}

/** An opcode isDataOpcode accepts: 0-7. */
export type DataOpcode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * Does this opcode make a non-control (data) frame? Its most significant bit is clear (RFC 6455 section 5.2): 0-7, registered: Continuation, Text, Binary; the others are reserved.
 * Non-integers and numbers outside 0-15: false.
 */
export function isDataOpcode(opcode: number): opcode is DataOpcode {
    return typeof opcode === "number" && (opcode | 0) === opcode && ((opcode >= 0 && opcode <= 7));
}
