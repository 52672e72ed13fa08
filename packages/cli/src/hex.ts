// Hex on the command line: a Close payload as people copy it from a capture ("03e8", "03 e8",
// "03:e8", "0x03e8"). Spaces and colons between bytes are accepted; anything else that is not a hex
// digit, or an odd number of digits, is refused with a message that says where.
import { quote, UsageError } from './io.ts';

/** Parses the words given after `decode` as one payload. `[]` is a missing argument; `['']` is the empty payload. */
export function parseHex(words: readonly string[], usage: string): Uint8Array {
  if (words.length === 0) throw new UsageError('give the Close payload in hex, such as 03e8 (code 1000), or "" for an empty payload', usage);
  const digits = words.join('').replace(/[\s:]/g, '').replace(/^0x/i, '');
  const bad = digits.search(/[^0-9a-f]/i);
  if (bad >= 0) throw new UsageError(`${JSON.stringify(digits[bad])} is not a hex digit (at ${bad + 1} in ${quote(digits)}): write the payload as hex bytes, such as 03e8`, usage);
  if (digits.length % 2 === 1) throw new UsageError(`${digits.length} hex digits is not a whole number of bytes: each byte is two digits (write 03e8, not 3e8)`, usage);
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(digits.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
