// Reading a close code from the command line, and the spans of codes a rule accepts, in words.
import { quote, UsageError } from './io.ts';

/** The 16-bit space of a Close frame's code: 0-65535. */
export const MAX_CODE = 0xffff;

/** A close code given on the command line: a whole decimal number from 0 to 65535. */
export function parseCode(text: string | undefined, usage: string): number {
  if (text === undefined) throw new UsageError('give a close code, such as 1006', usage);
  if (!/^\d+$/.test(text)) throw new UsageError(`${quote(text)} is not a close code: give a whole decimal number from 0 to ${MAX_CODE}, such as 1006`, usage);
  const code = Number(text);
  if (code > MAX_CODE) throw new UsageError(`${text.length > 12 ? quote(text) : text} is outside the close-code space: a code is two bytes, a whole number from 0 to ${MAX_CODE}`, usage);
  return code;
}

/** Every run of codes `accepts` says yes to, as "1000, 3000-4999". Derived from the predicate, never listed by hand. */
export function acceptedSpans(accepts: (code: number) => boolean): string {
  const spans: string[] = [];
  let start = -1;
  for (let code = 0; code <= MAX_CODE + 1; code++) {
    const inside = code <= MAX_CODE && accepts(code);
    if (inside && start < 0) start = code;
    if (!inside && start >= 0) {
      spans.push(start === code - 1 ? `${start}` : `${start}-${code - 1}`);
      start = -1;
    }
  }
  return spans.join(', ');
}
