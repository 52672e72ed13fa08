import type { Span } from './types.ts';

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

/**
 * The close() rule: the codes the WebSocket API's close(code) accepts, 1000 or 3000-4999. Anything
 * else throws an InvalidAccessError (WHATWG WebSockets, close() steps).
 */
export const API_CLOSE_SPANS: readonly Span[] = Object.freeze([
  Object.freeze({ from: 1000, to: 1000 }),
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
