// Generated from tools/registry/src/iana-registries/record-shape.ts by tools/generators/src/core/. Do not edit: change the registry or the generator, then run npm run generate.

/** The kinds of IANA's references (its xref types). */
export type IanaXrefType = "rfc" | "rfc-errata" | "draft" | "uri" | "person" | "text";

/** A reference exactly as IANA lists it. */
export interface IanaXref {
    readonly type: IanaXrefType;
    /** As IANA writes it: rfc6455, a URL, a draft name, or the id of a person. */
    readonly data?: string;
    /** The text inside the reference, where IANA wrote one. */
    readonly text?: string;
}

/** A run of text, or a reference, in IANA order. */
export type IanaTextPart = {
    readonly text: string;
} | {
    readonly xref: IanaXref;
};

/** IANA's text with references, verbatim: runs of text and references in IANA order. */
export type IanaText = readonly IanaTextPart[];
