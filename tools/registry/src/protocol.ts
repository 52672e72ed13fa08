import type { Span } from './span.ts';

// The protocol facts every tool and generator relies on, each stated once. They come from RFC 6455
// and the WHATWG WebSockets standard, not from the registry, so they are constants, not YAML.

/** The highest close code: a code travels as an unsigned 16-bit integer (RFC 6455 section 5.5.1). */
export const MAX_CODE = 0xffff;

/** A control frame's payload is at most 125 bytes (RFC 6455 section 5.5). */
export const MAX_CONTROL_PAYLOAD_BYTES = 125;

/** The 2-byte status code that opens a non-empty Close body (RFC 6455 section 5.5.1). */
export const CLOSE_CODE_BYTES = 2;

/** The longest close reason, in UTF-8 bytes: the control frame limit minus the code. */
export const MAX_REASON_BYTES = MAX_CONTROL_PAYLOAD_BYTES - CLOSE_CODE_BYTES;

// The close codes RFC 6455 itself gives a fixed role, named once; the registry's YAML holds their
// names and text, the rules below check it against these.

/** 1000, Normal Closure: the purpose of the connection is fulfilled (section 7.4.1). */
export const NORMAL_CLOSURE = 1000;

/** 1004 is reserved with no meaning defined (section 7.4.1). */
export const RESERVED_CODE = 1004;

/** An empty Close body reports 1005, no status received (section 7.1.5). */
export const NO_STATUS_RECEIVED = 1005;

/** A connection closed without any Close frame reports 1006 (section 7.1.5). */
export const ABNORMAL_CLOSURE = 1006;

/** A failed TLS handshake reports 1015 (section 7.4.1). */
export const TLS_HANDSHAKE = 1015;

/** The codes an endpoint only reports locally and MUST NOT send in a Close frame (section 7.4.1). */
export const LOCAL_ONLY_CODES: readonly number[] = Object.freeze([NO_STATUS_RECEIVED, ABNORMAL_CLOSURE, TLS_HANDSHAKE]);

/**
 * The close() rule: the codes the WebSocket API's close(code) accepts, 1000 or 3000-4999. Anything
 * else throws an InvalidAccessError (WHATWG WebSockets, close() steps).
 */
export const API_CLOSE_SPANS: readonly Span[] = Object.freeze([
  Object.freeze({ from: NORMAL_CLOSURE, to: NORMAL_CLOSURE }),
  Object.freeze({ from: 3000, to: 4999 }),
]);

/** Does the WebSocket API's close(code) accept this integer? */
export const isApiCloseCode = (code: number): boolean => API_CLOSE_SPANS.some((s) => code >= s.from && code <= s.to);

/** Spans as a reader says them: "1000-1003, 1007-1014 or 3000-4999"; "none" for no spans. */
export function spansInWords(spans: readonly Span[], joiner = 'or'): string {
  const parts = spans.map((s) => (s.from === s.to ? `${s.from}` : `${s.from}-${s.to}`));
  if (parts.length <= 1) return parts[0] ?? 'none';
  return `${parts.slice(0, -1).join(', ')} ${joiner} ${parts.at(-1)}`;
}

/** The close() rule in words, for prose and messages: "1000 or 3000-4999". */
export const API_CLOSE_CODES_TEXT = spansInWords(API_CLOSE_SPANS);

/** The 16-bit code space in words: "0-65535". */
export const CODE_SPACE_TEXT = `0-${MAX_CODE}`;

// The other IANA registries: facts about their value spaces, from RFC 6455.

/** An opcode is 4 bits (section 5.2). */
export const OPCODE_SPACE: Span = Object.freeze({ from: 0x0, to: 0xf });

/** The opcode of a Close frame (section 5.2), the frame the close-code fixtures vary. */
export const CLOSE_OPCODE = 0x8;

/** Opcodes whose most significant bit is set are control frames (section 5.5); the others carry data. */
export const isControlOpcodeValue = (opcode: number): boolean => (opcode & 0x8) !== 0;

/** The bits of a frame's first byte (section 5.2): FIN, then RSV1-3, which the header-bits registry assigns. */
export const HEADER_BIT_MASKS = Object.freeze({ FIN: 0x80, RSV1: 0x40, RSV2: 0x20, RSV3: 0x10 } as const);

/** The bits IANA's framing-header-bits registry assigns (section 11.8). */
export const REGISTRABLE_HEADER_BITS = ['RSV1', 'RSV2', 'RSV3'] as const;

/** Sec-WebSocket-Version is 0-255, written without leading zeros (section 4.1 ABNF). */
export const VERSION_SPACE: Span = Object.freeze({ from: 0, to: 255 });

/** The version a client MUST send (section 4.1 item 9), and the one this library speaks. */
export const SUPPORTED_VERSION = 13;

/** RFC 2616 section 2.2 token: any US-ASCII character except controls and separators. */
export const TOKEN_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
