/**
 * Renders plain data as TypeScript source. Strings go through JSON.stringify, which escapes
 * quotes, backslashes, newlines, control characters and lone surrogates; the result is a
 * literal that evaluates to exactly the input, whatever text the registry holds.
 */
export interface LiteralOptions {
  /** Wrap every object and array in `/* @__PURE__ *\/ <freeze>(...)` so it is immutable and tree-shakes. */
  readonly freeze?: string;
  /** Values to emit as a reference to a variable instead of inline, e.g. shared contacts. */
  readonly references?: ReadonlyMap<unknown, string>;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

// Characters that must not appear raw in generated source: control characters (git then treats
// the file as binary; ESC sequences act on terminals), U+2028/U+2029, a BOM, and the bidi
// controls that can make code read differently from how it runs (Trojan Source, CVE-2021-42574).
// They are written as \uXXXX escapes: the same value in a literal, visible text in a comment.
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const escapeHidden = (text: string) => text.replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function tsLiteral(value: unknown, options: LiteralOptions = {}, depth = 0): string {
  const reference = options.references?.get(value);
  if (reference !== undefined) return reference;
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return escapeHidden(JSON.stringify(value));
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`cannot render ${value} as a literal`);
      return Object.is(value, -0) ? '-0' : String(value); // String(-0) is "0"
    case 'boolean':
      return String(value);
    case 'object': {
      const items = Array.isArray(value)
        ? value.map((v) => tsLiteral(v, options, depth + 1))
        : Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => `${propertyName(k)}: ${tsLiteral(v, options, depth + 1)}`);
      const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
      const inline = items.length === 0 ? (Array.isArray(value) ? '[]' : '{}') : `${open}${items.join(', ')}${close}`;
      // One entry a line once it gets long, so that a registry change shows as a small diff.
      const inner =
        inline.length <= 100 && !inline.includes('\n')
          ? inline
          : `${open.trim()}\n${items.map((i) => `${'  '.repeat(depth + 1)}${i},\n`).join('')}${'  '.repeat(depth)}${close.trim()}`;
      return options.freeze ? `/* @__PURE__ */ ${options.freeze}(${inner})` : inner;
    }
    default:
      throw new Error(`cannot render a ${typeof value} as a literal`);
  }
}

// "__proto__" as a literal key would set the prototype; quoted or not, so compute it.
export function propertyName(key: string): string {
  if (key === '__proto__') return '["__proto__"]';
  return IDENTIFIER.test(key) ? key : escapeHidden(JSON.stringify(key));
}

/** Text safe inside a JSDoc block: no early "*\/", one line per line, no hidden characters. */
export function jsDocText(text: string): string {
  return escapeHidden(text.replace(/\r\n?/g, '\n')).replace(/\*\//g, '*\\/');
}
