import type { Diagnostic } from './diagnostics.ts';

// Limits checked before a registry file is parsed, so that hostile input costs little: the largest
// real file is a few hundred kB and nests about ten levels, far below both.

/** The largest registry file read, in bytes (1 MiB). */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * The largest compat.json read, in bytes (8 MiB). It is recorded by `npm run conformance`, not typed
 * by hand, and grows with every peer (30 peers with their reported codes make about 0.85 MiB); still
 * far below a hostile 50 MB file.
 */
export const COMPAT_MAX_BYTES = 8 * 1024 * 1024;

/** The size limit of a registry file, by its name. */
export const maxBytesFor = (fileName: string): number => (fileName === 'compat.json' ? COMPAT_MAX_BYTES : MAX_FILE_BYTES);

/** The deepest nesting of mappings and lists a registry file may have. */
export const MAX_DEPTH = 64;

export type SourceFormat = 'yaml' | 'json';

/** 1-based line and column of an offset, as an editor shows them. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of the first character past `maxBytes` of UTF-8, or undefined when the text fits. */
export function offsetPastBytes(text: string, maxBytes: number): number | undefined {
  // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4): short texts fit at once.
  if (text.length * 3 <= maxBytes) return undefined;
  let bytes = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdbff ? 4 : unit >= 0xdc00 && unit <= 0xdfff ? 0 : 3;
    if (bytes > maxBytes) return at;
  }
  return undefined;
}

/** The problems that stop a file before it is parsed: too large, or nested too deep. At most one. */
export function limitProblem(text: string, format: SourceFormat, limits: { maxBytes?: number; maxDepth?: number } = {}): Diagnostic | undefined {
  const maxBytes = limits.maxBytes ?? MAX_FILE_BYTES;
  const past = offsetPastBytes(text, maxBytes);
  if (past !== undefined) {
    return {
      severity: 'error',
      ...lineColumnAt(text, past),
      path: [],
      message: `the file is larger than ${sizeInWords(maxBytes)}, the limit for a registry file; it crosses the limit here`,
      fix: `a registry file is far smaller: check that this is the right file, and remove what does not belong in it`,
    };
  }
  const maxDepth = limits.maxDepth ?? MAX_DEPTH;
  const deep = (format === 'json' ? jsonDepthPast : yamlDepthPast)(text, maxDepth);
  if (deep !== undefined) {
    return {
      severity: 'error',
      ...lineColumnAt(text, deep),
      path: [],
      message: `the file nests more than ${maxDepth} levels deep here, the limit for a registry file`,
      fix: 'a registry file nests a few levels: look for unclosed brackets, or lists and mappings that do not belong here',
    };
  }
  return undefined;
}

const sizeInWords = (bytes: number) => (bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`);

/** Where a JSON text first nests deeper than `max` (brackets outside strings), or undefined. */
export function jsonDepthPast(text: string, max: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (inString) {
      if (c === 0x5c) at++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return at;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}

/**
 * Where a YAML text first nests deeper than `max`, or undefined: one pass over the text, no
 * recursion. Depth is the number of nodes on a path, the text at its end included: block nesting
 * is read from the columns where nodes start (`key:` and each `- ` of a line), flow nesting from
 * brackets outside quotes; block scalars and comments are skipped. It may count a level too many
 * for a continued plain text, never a level too few for real nesting, so that yaml's recursive
 * stages never see a deep document.
 */
export function yamlDepthPast(text: string, max: number): number | undefined {
  const columns: number[] = []; // the columns of the open block nodes, ascending
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let blockScalarAbove: number | undefined; // lines indented deeper than this belong to a block scalar
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let at = lineStart;
    while (at < lineEnd && text[at] === ' ') at++;
    const indent = at - lineStart;
    const blank = at >= lineEnd || text[at] === '\r' || text[at] === '#';
    if (blockScalarAbove !== undefined) {
      if (blank || indent > blockScalarAbove) {
        lineStart = lineEnd + 1;
        continue;
      }
      blockScalarAbove = undefined;
    }
    let valueStart = true;
    if (flow === 0 && quote === undefined && !blank) {
      while (columns.length > 0 && columns.at(-1)! >= indent) columns.pop();
      // Each `- ` (and `? `) opens a node one level deeper, on the same line.
      while (at < lineEnd && (text[at] === '-' || text[at] === '?') && (at + 1 >= lineEnd || text[at + 1] === ' ' || text[at + 1] === '\r')) {
        columns.push(at - lineStart);
        if (columns.length + flow > max) return at;
        at++;
        while (at < lineEnd && text[at] === ' ') at++;
      }
      if (at < lineEnd && text[at] !== '#' && text[at] !== '\r') {
        columns.push(at - lineStart);
        if (columns.length > max) return at;
      }
    }
    for (; at < lineEnd; at++) {
      const c = text[at]!;
      if (quote === '"') {
        if (c === '\\') at++;
        else if (c === '"') quote = undefined;
        continue;
      }
      if (quote === "'") {
        if (c === "'" && text[at + 1] === "'") at++;
        else if (c === "'") quote = undefined;
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\r') continue;
      if (c === '#' && (at === lineStart || text[at - 1] === ' ' || text[at - 1] === '\t')) break;
      if (valueStart && (c === '"' || c === "'")) {
        quote = c;
        valueStart = false;
        continue;
      }
      if ((c === '[' || c === '{') && (valueStart || flow > 0)) {
        flow++;
        if (columns.length + flow > max) return at;
        valueStart = true;
        continue;
      }
      if ((c === ']' || c === '}') && flow > 0) {
        flow--;
        valueStart = false;
        continue;
      }
      if (c === ',' && flow > 0) {
        valueStart = true;
        continue;
      }
      if (c === ':' && (at + 1 >= lineEnd || text[at + 1] === ' ' || text[at + 1] === '\r' || (flow > 0 && /[,\]}]/.test(text[at + 1] ?? '')))) {
        valueStart = true;
        continue;
      }
      if (c === '-' && valueStart && flow === 0 && (at + 1 >= lineEnd || text[at + 1] === ' ')) continue; // a `- ` after `key:` on the same line is refused by yaml anyway
      if ((c === '|' || c === '>') && valueStart && flow === 0) {
        // The block scalar's lines are those indented deeper than the node that holds it.
        const column = at - lineStart;
        blockScalarAbove = [...columns].reverse().find((col) => col < column) ?? indent;
        break;
      }
      valueStart = false;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
