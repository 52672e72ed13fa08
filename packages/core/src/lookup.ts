import type { CloseCode } from './generated/registry.ts';
import { CLOSE_CODE_INFO } from './generated/registry.ts';
import type { CloseCodeInfo } from './types.ts';

// A scan by strict equality: a plain-object lookup would answer for '__proto__', 'constructor' or the
// string '1000'. The table is a few dozen entries, and describeCloseCode memoizes its answers.
/**
 * The registry entry for a registered close code, or `undefined`.
 * Answers only for a number that is a registered code: never for strings such as '1000',
 * '__proto__' or 'constructor', nor for fractions or NaN.
 */
export function getCloseCodeInfo(code: CloseCode): CloseCodeInfo;
export function getCloseCodeInfo(code: unknown): CloseCodeInfo | undefined;
export function getCloseCodeInfo(code: unknown): CloseCodeInfo | undefined {
  return CLOSE_CODE_INFO.find((info) => info.code === code);
}
