import type { CloseCode } from './generated/registry.ts';
import { CLOSE_CODE_INFO } from './generated/registry.ts';
import type { CloseCodeInfo } from './types.ts';

// A Map keyed by number, built on first use: a plain-object lookup would answer for
// '__proto__', 'constructor' or the string '1000'. Lazy, so that importing the module costs nothing.
let byCode: Map<number, CloseCodeInfo> | undefined;

/**
 * The registry entry for a registered close code, or `undefined`.
 * Answers only for a number that is a registered code: never for strings such as '1000',
 * '__proto__' or 'constructor', nor for fractions or NaN.
 */
export function getCloseCodeInfo(code: CloseCode): CloseCodeInfo;
export function getCloseCodeInfo(code: unknown): CloseCodeInfo | undefined;
export function getCloseCodeInfo(code: unknown): CloseCodeInfo | undefined {
  if (typeof code !== 'number') return undefined;
  if (byCode === undefined) byCode = new Map(CLOSE_CODE_INFO.map((info) => [info.code, info]));
  return byCode.get(code);
}
