// Generated from registry/subprotocols.yaml by tools/generators/src/core/. Do not edit: change the registry or the generator, then run npm run generate.

import type { IanaText, IanaXref } from "./iana.ts";

const freeze = Object.freeze;

/** An RFC 2616 token (section 2.2): one or more US-ASCII characters other than controls and separators. RFC 6455 requires it of every subprotocol name (section 4.1 item 10, section 11.5). */
export const TOKEN_PATTERN: RegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** A subprotocol name IANA registers, as a literal union. Case matters: `MQTT` is not `mqtt`. */
export type RegisteredSubprotocolName = "2016.serverpush.dash.mpeg.org" | "2018.mmt.mpeg.org" | "MBLWS.huawei.com" | "MBWS.huawei.com" | "Redfish" | "TLCP-2.0.0.lightstreamer.com" | "TLCP-2.1.0.lightstreamer.com" | "TLCP-2.2.0.lightstreamer.com" | "TLCP-2.3.0.lightstreamer.com" | "TLCP-2.4.0.lightstreamer.com" | "TLCP-2.5.0.lightstreamer.com" | "WebREPL.binary.v1" | "amqp" | "bfcp" | "bidib" | "binary.ircv3.net" | "camp" | "clue" | "coap" | "cobra.v2.json" | "collection-update" | "dc.bsc.bacnet.org" | "done" | "drp" | "hub.bsc.bacnet.org" | "jmap" | "jsflow" | "json.reliable.webpubsub.azure.v1" | "json.webpubsub.azure.v1" | "mielecloudconnect" | "mles-websocket" | "mqtt" | "msrp" | "notificationchannel-netapi-rest.openmobilealliance.org" | "ocpp1.2" | "ocpp1.5" | "ocpp1.6" | "ocpp2.0" | "ocpp2.0.1" | "ocpp2.1" | "oneM2M.R2.0.cbor" | "oneM2M.R2.0.json" | "oneM2M.R2.0.xml" | "opcua+uacp" | "opcua+uajson" | "protobuf.reliable.webpubsub.azure.v1" | "protobuf.webpubsub.azure.v1" | "rfb" | "rwpcp" | "ship" | "sip" | "sldp.softvelum.com" | "soap" | "sqlnet.oracle.com" | "t140" | "text.ircv3.net" | "transit" | "v1.saltyrtc.org" | "v1.swindon-lattice+json" | "v1.usp" | "v10.pcp.sap.com" | "v10.stomp" | "v11.stomp" | "v12.stomp" | "v3.penguin-stats.live+proto" | "wamp" | "webrtc.softvelum.com" | "wpcp" | "xmpp";

/** Every subprotocol name IANA registers, in code-unit order. */
export const REGISTERED_SUBPROTOCOLS: readonly RegisteredSubprotocolName[] = /* @__PURE__ */ freeze([
    "2016.serverpush.dash.mpeg.org",
    "2018.mmt.mpeg.org",
    "MBLWS.huawei.com",
    "MBWS.huawei.com",
    "Redfish",
    "TLCP-2.0.0.lightstreamer.com",
    "TLCP-2.1.0.lightstreamer.com",
    "TLCP-2.2.0.lightstreamer.com",
    "TLCP-2.3.0.lightstreamer.com",
    "TLCP-2.4.0.lightstreamer.com",
    "TLCP-2.5.0.lightstreamer.com",
    "WebREPL.binary.v1",
    "amqp",
    "bfcp",
    "bidib",
    "binary.ircv3.net",
    "camp",
    "clue",
    "coap",
    "cobra.v2.json",
    "collection-update",
    "dc.bsc.bacnet.org",
    "done",
    "drp",
    "hub.bsc.bacnet.org",
    "jmap",
    "jsflow",
    "json.reliable.webpubsub.azure.v1",
    "json.webpubsub.azure.v1",
    "mielecloudconnect",
    "mles-websocket",
    "mqtt",
    "msrp",
    "notificationchannel-netapi-rest.openmobilealliance.org",
    "ocpp1.2",
    "ocpp1.5",
    "ocpp1.6",
    "ocpp2.0",
    "ocpp2.0.1",
    "ocpp2.1",
    "oneM2M.R2.0.cbor",
    "oneM2M.R2.0.json",
    "oneM2M.R2.0.xml",
    "opcua+uacp",
    "opcua+uajson",
    "protobuf.reliable.webpubsub.azure.v1",
    "protobuf.webpubsub.azure.v1",
    "rfb",
    "rwpcp",
    "ship",
    "sip",
    "sldp.softvelum.com",
    "soap",
    "sqlnet.oracle.com",
    "t140",
    "text.ircv3.net",
    "transit",
    "v1.saltyrtc.org",
    "v1.swindon-lattice+json",
    "v1.usp",
    "v10.pcp.sap.com",
    "v10.stomp",
    "v11.stomp",
    "v12.stomp",
    "v3.penguin-stats.live+proto",
    "wamp",
    "webrtc.softvelum.com",
    "wpcp",
    "xmpp",
]);

/** Where a subprotocol identifier is used: over WebSocket, or in a WebRTC data channel (RFC 8864). */
export type SubprotocolTransport = "websocket" | "webrtc-datachannel";

/** Curated, not IANA's: where an identifier is meant to be used, with the reference that says so. */
export interface SubprotocolUsage {
    readonly transports: readonly SubprotocolTransport[];
    /** The reference that says so (such as rfc8865), one IANA lists for the entry. */
    readonly source: string;
}

/** Curated transports: webrtc-datachannel. */
const TRANSPORTS_WEBRTC_DATACHANNEL: readonly SubprotocolTransport[] = /* @__PURE__ */ freeze(["webrtc-datachannel"]);

/** Curated transports: websocket, webrtc-datachannel. */
const TRANSPORTS_WEBSOCKET_WEBRTC_DATACHANNEL: readonly SubprotocolTransport[] = /* @__PURE__ */ freeze(["websocket", "webrtc-datachannel"]);

/** IANA's record of one subprotocol, verbatim from its registry "subprotocol-name" in websocket.xml. */
export interface SubprotocolIanaRecord {
    /** Common name. Verbatim from IANA's <common>. */
    readonly common: string;
    /** Where it is defined. Verbatim from IANA's <definition>. */
    readonly definition: IanaText;
    /** Change controller. Verbatim from IANA's <controller>. */
    readonly controller?: IanaText;
    /** The references beside the fields, in IANA order; a person is named by its id. */
    readonly references: readonly IanaXref[];
    /** When IANA registered it, where the record says. */
    readonly date?: string;
    /** When IANA last changed it, where the record says. */
    readonly updated?: string;
}

/** A registered subprotocol: IANA's record, and the curated usage. */
export interface SubprotocolInfo {
    /** The identifier, case-sensitive, as registered. */
    readonly name: RegisteredSubprotocolName;
    /** Curated: set where the identifier is meant for WebRTC data channels (IANA's table holds those too, RFC 8864); null for one meant for WebSocket. */
    readonly usage: SubprotocolUsage | null;
    /** Present while its curated fields await review (an entry IANA added since). */
    readonly pending?: true;
    /** IANA's record: the common name, the definition and the references that tell WebRTC identifiers from WebSocket ones. */
    readonly iana: SubprotocolIanaRecord;
}

/** Every registered subprotocol with its record, in code-unit order of the names (the order of REGISTERED_SUBPROTOCOLS). */
export const SUBPROTOCOL_INFO: readonly SubprotocolInfo[] = /* @__PURE__ */ freeze([
    /* @__PURE__ */ freeze({
        name: "2016.serverpush.dash.mpeg.org",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "MPEG-DASH-ServerPush-23009-6-2017",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.iso.org/standard/71072.html" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Imed_Bouazizi" })]),
            date: "2019-04-10",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "2018.mmt.mpeg.org",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "MPEG-MMT-23008-1-2018",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.iso.org/standard/76386.html" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Imed_Bouazizi" })]),
            date: "2019-04-10",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "MBLWS.huawei.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "MBLWS",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "http://www.ietf.org/id/draft-hapner-hybi-messagebroker-subprotocol-01.txt" }),
                }),
                /* @__PURE__ */ freeze({ text: "(page 9)" }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Mark_Hapner" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "MBWS.huawei.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "MBWS",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "http://www.ietf.org/id/draft-hapner-hybi-messagebroker-subprotocol-01.txt" }),
                }),
                /* @__PURE__ */ freeze({ text: "(page 9)" }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Mark_Hapner" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "Redfish",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Redfish Specification DSP0266",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.dmtf.org/dsp/DSP0266" }) }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "DMTF_Administration" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "DMTF_Administration" })]),
            date: "2023-08-08",
            updated: "2023-08-14",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "TLCP-2.0.0.lightstreamer.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "TLCP (Text Lightstreamer Client Protocol)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "http://www.lightstreamer.com/tlcp-2.0.0" }) }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Lightstreamer_Srl" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Alessandro_Alinone" })]),
            date: "2017-02-03",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "TLCP-2.1.0.lightstreamer.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "TLCP (Text Lightstreamer Client Protocol)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "http://www.lightstreamer.com/tlcp-2.1.0" }) }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Lightstreamer_Srl" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Dario_Crivelli" })]),
            date: "2018-02-05",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "TLCP-2.2.0.lightstreamer.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "TLCP (Text Lightstreamer Client Protocol)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.lightstreamer.com/tlcp-2.2.0" }) }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Lightstreamer_Srl" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Dario_Crivelli" })]),
            date: "2020-05-28",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "TLCP-2.3.0.lightstreamer.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "TLCP (Text Lightstreamer Client Protocol)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://lightstreamer.com/tlcp-2.3.0" }) }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Lightstreamer_Srl" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Dario_Crivelli" })]),
            date: "2021-07-19",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "TLCP-2.4.0.lightstreamer.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "TLCP (Text Lightstreamer Client Protocol)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.lightstreamer.com/tlcp-2.4.0" }) }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Lightstreamer_Srl" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Dario_Crivelli" })]),
            date: "2022-09-23",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "TLCP-2.5.0.lightstreamer.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "TLCP (Text Lightstreamer Client Protocol)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.lightstreamer.com/tlcp-2.5.0" }) }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Lightstreamer_Srl" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Dario_Crivelli" })]),
            date: "2023-07-07",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "WebREPL.binary.v1",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "WebREPL Binary Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://jetpax.github.io/webrepl/webrepl_binary_protocol_rfc.md" }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Jonathan_E_Peace" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Jonathan_E_Peace" })]),
            date: "2025-12-13",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "amqp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Advanced Message Queuing Protocol (AMQP) 1.0+",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "http://docs.oasis-open.org/amqp-bindmap/amqp-wsb/v1.0/csprd02/amqp-wsb-v1.0-csprd02.pdf",
                    }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Robin_Cover" })]),
            date: "2014-05-02",
            updated: "2016-05-31",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "bfcp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "WebSocket Transport for BFCP (Binary Floor Control Protocol)",
            definition: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "rfc", data: "rfc8857" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc8857" })]),
            date: "2017-02-16",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "bidib",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "webBiDiB",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://bidib.org/transport/bidib_net_e.html" }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "BiDiB_and_Tools_e.V." }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "BiDiB_and_Tools_e.V." })]),
            date: "2023-08-08",
            updated: "2024-05-17",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "binary.ircv3.net",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Binary IRC Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://ircv3.net/specs/extensions/websocket" }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "IRCv3_Working_Group" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Daniel_Oakley" })]),
            date: "2021-10-05",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "camp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Cryo Application Messaging Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://github.com/Ranchonyx/CAMP-Protocol/releases/tag/v1.0.0" }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Felix_Janetzki" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Felix_Janetzki" })]),
            date: "2026-06-10",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "clue",
        usage: /* @__PURE__ */ freeze({ transports: TRANSPORTS_WEBRTC_DATACHANNEL, source: "rfc8850" }),
        iana: /* @__PURE__ */ freeze({
            common: "clue",
            definition: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "rfc", data: "rfc8850" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc8850" })]),
            date: "2019-04-23",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "coap",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Constrained Application Protocol (CoAP)",
            definition: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "rfc", data: "rfc8323" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc8323" })]),
            date: "2017-12-22",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "cobra.v2.json",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Cobra Real Time Messaging Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://machinezone.github.io/cobra/api/" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Benjamin_Sergeant" })]),
            date: "2019-11-13",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "collection-update",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "The Collection Update Websocket Subprotocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://github.com/jonlachlan/collection-update-websocket-protocol" }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Jon_Lachlan" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Jon_Lachlan" })]),
            date: "2020-08-11",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "dc.bsc.bacnet.org",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "BACnet Secure Connect Direct Connection",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "https://www.ashrae.org/File%20Library/Technical%20Resources/Standards%20and%20Guidelines/Standards%20Addenda/135_2016_bj_20191118.pdf",
                        text: "Addendum BJ to ANSI/ASHRAE Standard 135-2016",
                    }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "ASHRAE" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Bernhard_Isler" })]),
            date: "2019-12-19",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "done",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "done.best IoT Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ text: "\"done\" is a general purpose IoT Protocol, used by done.best based solutions" }),
            ]),
            controller: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Helmut_Hartl" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "done.best" })]),
            date: "2020-04-27",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "drp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Declarative Resource Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://github.com/adhdtech/DRP" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Pete_Brown" })]),
            date: "2019-12-03",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "hub.bsc.bacnet.org",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "BACnet Secure Connect Hub Connection",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "https://www.ashrae.org/File%20Library/Technical%20Resources/Standards%20and%20Guidelines/Standards%20Addenda/135_2016_bj_20191118.pdf",
                        text: "Addendum BJ to ANSI/ASHRAE Standard 135-2016",
                    }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "ASHRAE" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Bernhard_Isler" })]),
            date: "2019-12-19",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "jmap",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "WebSocket Transport for JMAP (JSON Meta Application Protocol)",
            definition: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "rfc", data: "rfc8887" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc8887" })]),
            date: "2020-03-19",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "jsflow",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "jsFlow pubsub/queue protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "http://www.jsflow.com/definition" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Magnus_Lundstedt" })]),
            date: "2014-09-30",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "json.reliable.webpubsub.azure.v1",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Azure Web PubSub subprotocol reliable JSON",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "https://learn.microsoft.com/en-us/azure/azure-web-pubsub/reference-json-reliable-webpubsub-subprotocol",
                    }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Kevin_Guo" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Kevin_Guo" })]),
            date: "2025-07-17",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "json.webpubsub.azure.v1",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Azure Web PubSub subprotocol JSON",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "https://learn.microsoft.com/azure/azure-web-pubsub/reference-json-webpubsub-subprotocol",
                    }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Kevin_Guo" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Kevin_Guo" })]),
            date: "2025-07-17",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "mielecloudconnect",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Miele Cloud Connect Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    text: "This protocol is used to securely connect household or \n        professional appliances to an internet service portal via a public \n        communication network in order to enable remote services. The \n        specification is not published yet.",
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Nils_Langhammer" })]),
            date: "2015-02-01",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "mles-websocket",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "mles-websocket",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://github.com/jq-rs/mles-rs/blob/master/README.md" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Juhamatti_Kuusisaari" })]),
            date: "2017-11-02",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "mqtt",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "mqtt",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "http://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html",
                        text: "MQTT Version 5.0",
                    }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Chet_Ensign" })]),
            date: "2014-05-09",
            updated: "2019-03-26",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "msrp",
        usage: /* @__PURE__ */ freeze({ transports: TRANSPORTS_WEBSOCKET_WEBRTC_DATACHANNEL, source: "rfc8873" }),
        iana: /* @__PURE__ */ freeze({
            common: "WebSocket Transport for MSRP (Message Session Relay Protocol)",
            definition: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "rfc", data: "rfc7977" }) })]),
            references: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ type: "rfc", data: "rfc7977" }),
                /* @__PURE__ */ freeze({ type: "rfc", data: "rfc8873" }),
            ]),
            date: "2016-08-17",
            updated: "2020-08-17",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "notificationchannel-netapi-rest.openmobilealliance.org",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "OMA RESTful Network API for Notification Channel",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "http://www.openmobilealliance.org",
                        text: "OMA RESTful Network API for Notification Channel V 1.0, Open Mobile Alliance, OMA-TS-REST_NetAPI_NotificationChannel-V1_0",
                    }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ type: "person", data: "OMNA_-_Open_Mobile_Naming_Authority" }),
                /* @__PURE__ */ freeze({ type: "person", data: "Uwe_Rauschenbach" }),
            ]),
            date: "2014-01-07",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "ocpp1.2",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "OCPP 1.2",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "http://www.gir.fr/ocppjs/ocpp_srpc_spec.shtml" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Open_Charge_Alliance" })]),
            date: "2013-05-17",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "ocpp1.5",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "OCPP 1.5",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.openchargealliance.org/downloads/" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Open_Charge_Alliance" })]),
            date: "2013-05-17",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "ocpp1.6",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "OCPP 1.6",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.openchargealliance.org/downloads/" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Open_Charge_Alliance" })]),
            date: "2015-01-20",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "ocpp2.0",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "OCPP 2.0",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.openchargealliance.org/downloads/" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Open_Charge_Alliance" })]),
            date: "2013-05-17",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "ocpp2.0.1",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "OCPP 2.0.1",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.openchargealliance.org/downloads/" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Open_Charge_Alliance" })]),
            date: "2019-01-23",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "ocpp2.1",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "OCPP 2.1",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://www.openchargealliance.org/downloads/" }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Open_Charge_Alliance" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Open_Charge_Alliance" })]),
            date: "2023-07-14",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "oneM2M.R2.0.cbor",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "oneM2M R2.0 CBOR",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "http://ftp.onem2m.org/Work%20Programme/WI-0040/TS-0020-WebSocket_Protocol_Binding-V2_2_0.ZIP",
                    }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Miguel_Angel_Reina_Ortega" })]),
            date: "2018-09-20",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "oneM2M.R2.0.json",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "oneM2M R2.0 JSON",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "http://ftp.onem2m.org/Work%20Programme/WI-0040/TS-0020-WebSocket_Protocol_Binding-V2_2_0.ZIP",
                    }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Miguel_Angel_Reina_Ortega" })]),
            date: "2018-09-20",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "oneM2M.R2.0.xml",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "oneM2M R2.0 XML",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "http://ftp.onem2m.org/Work%20Programme/WI-0040/TS-0020-WebSocket_Protocol_Binding-V2_2_0.ZIP",
                    }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Miguel_Angel_Reina_Ortega" })]),
            date: "2018-09-20",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "opcua+uacp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "OPC UA Connection Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "https://opcfoundation.org/developer-tools/specifications-unified-architecture/part-6-mappings/",
                    }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "OPC_Foundation" })]),
            date: "2017-05-19",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "opcua+uajson",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "OPC UA JSON Encoding",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "https://opcfoundation.org/developer-tools/specifications-unified-architecture/part-6-mappings/",
                    }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "OPC_Foundation" })]),
            date: "2017-05-19",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "protobuf.reliable.webpubsub.azure.v1",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Azure Web PubSub subprotocol reliable protobuf",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "https://learn.microsoft.com/azure/azure-web-pubsub/reference-protobuf-reliable-webpubsub-subprotocol",
                    }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Kevin_Guo" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Kevin_Guo" })]),
            date: "2025-07-17",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "protobuf.webpubsub.azure.v1",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Azure Web PubSub subprotocol protobuf",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "https://learn.microsoft.com/azure/azure-web-pubsub/reference-protobuf-webpubsub-subprotocol",
                    }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Kevin_Guo" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Kevin_Guo" })]),
            date: "2025-07-17",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "rfb",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "RFB",
            definition: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "rfc", data: "rfc6143" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Tristan_Richardson" })]),
            date: "2013-07-29",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "rwpcp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Reverse Web Process Control Protocol (RWPCP)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "http://wpcp.net/spec/" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Patrick_Gansterer" })]),
            date: "2014-10-16",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "ship",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "SHIP - Smart Home IP",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    text: "SHIP (Smart Home IP) is a an IP based approach to plug and \n        play home automation and smart energy / energy efficiency, which can \n        easily be extended to additional domains such as Ambient Assisted \n        Living (AAL). SHIP can be used solely on the customer premises or can \n        be integrated into a cloud based solution.",
                }),
            ]),
            references: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ type: "text", text: "EEBus Initiative" }),
                /* @__PURE__ */ freeze({ type: "person", data: "Andreas_Westermann" }),
            ]),
            date: "2014-11-06",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "sip",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "WebSocket Transport for SIP (Session Intiation Protocol)",
            definition: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "rfc", data: "rfc7118" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc7118" })]),
            date: "2013-12-19",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "sldp.softvelum.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Softvelum Low Delay Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    text: "SLDP is a low latency live streaming protocol for delivering media from\n        servers to MSE-based browsers and WebSocket-enabled applications.",
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Yury_Udovichenko" })]),
            date: "2017-04-07",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "soap",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "soap",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "http://go.microsoft.com/fwlink/?LinkID=231897&clcid=0x409" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Paul_Batum" })]),
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "sqlnet.oracle.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "sqlnet",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    text: "This protocol is used for communication between Oracle \n        database client and database server, and its usage as subprotocol \n        of websocket is primarly geared towards cloud deployments. sqlnet \n        supports bi-directional data transfer and is full duplex in nature.",
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Feroz_Alam_Khan" })]),
            date: "2018-08-02",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "t140",
        usage: /* @__PURE__ */ freeze({ transports: TRANSPORTS_WEBRTC_DATACHANNEL, source: "rfc8865" }),
        iana: /* @__PURE__ */ freeze({
            common: "ITU-T T.140 Real-Time Text",
            definition: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "rfc", data: "rfc8865" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc8865" })]),
            date: "2020-04-14",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "text.ircv3.net",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Text IRC Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://ircv3.net/specs/extensions/websocket" }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "IRCv3_Working_Group" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Daniel_Oakley" })]),
            date: "2021-10-05",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "transit",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Transit",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://github.com/Randy-Buchholz/Transit" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Randy_Buchholz" })]),
            date: "2018-11-29",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "v1.saltyrtc.org",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "SaltyRTC 1.0",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://github.com/saltyrtc/saltyrtc-meta/blob/master/Protocol.md" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Lennart_Grahl" })]),
            date: "2016-09-06",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "v1.swindon-lattice+json",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Swindon Web Server Protocol (JSON encoding)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://swindon-rs.github.io/swindon/swindon-lattice/" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Paul_Colomiets" })]),
            date: "2017-07-05",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "v1.usp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "USP (Broadband Forum User Services Platform)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://usp.technology/specification/mtp/websocket" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Broadband_Forum" })]),
            date: "2017-09-28",
            updated: "2019-12-13",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "v10.pcp.sap.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Push Channel Protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "https://scn.sap.com/community/abap/connectivity/blog/2015/07/27/specification-of-the-push-channel-protocol-pcp",
                    }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Masoud_Aghadavoodi_Jolfaei" })]),
            date: "2015-07-30",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "v10.stomp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Name: STOMP 1.0 specification",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://stomp.github.io/stomp-specification-1.0.html" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Jeff_Mesnil" })]),
            date: "2012-11-06",
            updated: "2022-08-10",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "v11.stomp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Name: STOMP 1.1 specification",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://stomp.github.io/stomp-specification-1.1.html" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Jeff_Mesnil" })]),
            date: "2012-11-13",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "v12.stomp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Name: STOMP 1.2 specification",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://stomp.github.io/stomp-specification-1.2.html" }),
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Jeff_Mesnil" })]),
            date: "2012-11-13",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "v3.penguin-stats.live+proto",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Penguin statistics Live Protocol v3 (Protobuf encoding)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    xref: /* @__PURE__ */ freeze({
                        type: "uri",
                        data: "https://github.com/penguin-statistics/backend-next/blob/main/internal/models/protos/messages.proto",
                    }),
                }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ text: "\n        " }),
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Galvin_Gao" }) }),
                /* @__PURE__ */ freeze({ text: "\n        " }),
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Alviss_Reimu" }) }),
                /* @__PURE__ */ freeze({ text: "\n      " }),
            ]),
            references: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ type: "person", data: "Galvin_Gao" }),
                /* @__PURE__ */ freeze({ type: "person", data: "Alviss_Reimu" }),
            ]),
            date: "2021-12-17",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "wamp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "WAMP (\"The WebSocket Application Messaging Protocol\")",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "https://wamp-proto.org/spec.html" }) }),
            ]),
            controller: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "person", data: "Tobias_Oberstein" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "WAMP" })]),
            date: "2012-07-10",
            updated: "2026-01-12",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "webrtc.softvelum.com",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Softvelum WebSocket signaling protocol",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({
                    text: "WebRTC live streaming requires WebSocket-based signaling protocol for \n        every specific implementation. Softvelum products will use this subprotocol for \n        signaling.",
                }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Yury_Udovichenko" })]),
            date: "2019-05-09",
            updated: "2019-05-13",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "wpcp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "Web Process Control Protocol (WPCP)",
            definition: /* @__PURE__ */ freeze([
                /* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "uri", data: "http://wpcp.net/spec/" }) }),
            ]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "person", data: "Patrick_Gansterer" })]),
            date: "2014-03-05",
        }),
    }),
    /* @__PURE__ */ freeze({
        name: "xmpp",
        usage: null,
        iana: /* @__PURE__ */ freeze({
            common: "WebSocket Transport for the Extensible Messaging and Presence Protocol (XMPP)",
            definition: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ xref: /* @__PURE__ */ freeze({ type: "rfc", data: "rfc7395" }) })]),
            references: /* @__PURE__ */ freeze([/* @__PURE__ */ freeze({ type: "rfc", data: "rfc7395" })]),
            date: "2014-10-22",
        }),
    }),
]);
