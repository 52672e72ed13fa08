// @wscodes/core/classify: is a close expected or a failure, at what level to log it, which side most
// likely caused it, and one log line. From the registry's curated classification of every code and
// range; an app's own codes come first when given (defineCloseCodes, in @wscodes/core/define).
// Protocol codes: classifyClose of @wscodes/core/protocols, which takes `protocol`.
import { classifyWith, formatClassified, type ClassifiedClose, type ClassifyOptions } from './classification.ts';
import type { CloseLike } from './reconnect.ts';

export type { AppCloseCodeEntry, AppCloseCodeTable, ClassifiedClose, ClassifyOptions, CloseClassification, CloseOutcome, LikelySide, LogLevel } from './classification.ts';
export type { PrivateUseCloseCode } from './generated/classify.ts';
export type { CloseLike } from './reconnect.ts';

/**
 * Whether a close is an expected end or a failure, the level to log it at, the side that most likely
 * caused it, its reason (the close's own, else what most likely happened, in words) and a one-sentence
 * summary. A CloseEvent fits as it is. An expected code with `wasClean: false` is a failure: the
 * closing handshake did not complete (`handshakeIncomplete`). Total: never throws.
 */
export function classifyClose(close: CloseLike, options: ClassifyOptions = {}): ClassifiedClose {
  return classifyWith(close, options);
}

/**
 * One log line for a close, stable in shape:
 * `WebSocket closed: CODE NAME (OUTCOME, SIDE) — REASON`, the close's own reason in double quotes,
 * the registry's words bare; `; wasClean false` after the side when the closing handshake did not complete.
 */
export function formatClose(close: CloseLike, options: ClassifyOptions = {}): string {
  return formatClassified(classifyWith(close, options));
}
