// Text that is safe to put into generated TypeScript: string literals and JSDoc. Pure string
// functions, so that importing them costs nothing; core/syntax.ts builds the syntax tree around them.

// Characters that must not appear raw in generated source: control characters (git then treats
// the file as binary; ESC sequences act on terminals), U+2028/U+2029, a BOM, and the bidi
// controls that can make code read differently from how it runs (Trojan Source, CVE-2021-42574).
// They are written as \uXXXX escapes: the same value in a literal, visible text in a comment.
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const escapeHidden = (text: string) => text.replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The source text of a double-quoted string literal that evaluates to exactly `text`. JSON.stringify
 * escapes quotes, backslashes, newlines, control characters and lone surrogates (a raw lone
 * surrogate would not survive UTF-8); other non-ASCII text stays readable.
 */
export const stringLiteralText = (text: string): string => escapeHidden(JSON.stringify(text));

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Can this key be written bare, as `key: value`? */
export const isIdentifierName = (key: string): boolean => IDENTIFIER.test(key);

/** Text safe inside a JSDoc block: no early "*\/", one line per line, no hidden characters. */
export function jsDocText(text: string): string {
  return escapeHidden(text.replace(/\r\n?/g, '\n')).replace(/\*\//g, '*\\/');
}
