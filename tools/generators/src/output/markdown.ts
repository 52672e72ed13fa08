import type { IanaReference } from '@wscodes-tools/registry';

// Markdown from untrusted text. Registry text goes through here and nowhere else, so that no
// string in the registry can inject HTML, open a link, or break a table or a block.
//
// The approach is to escape, not to filter: every character Markdown could read as syntax is
// backslash-escaped (or written as an entity), so the text renders exactly as written.

/** Controls other than tab, line feed and carriage return render as U+FFFD, as CommonMark does with NUL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Characters that are Markdown or GFM syntax anywhere in a line. `$` is GitHub's math delimiter. */
const INLINE_SYNTAX = /[\\`*_[\]|~$]/g;

/**
 * A `:` directly before text ends a URL scheme GFM would link (`https:`), and starts a directive
 * for parsers that read them (markdownlint does, so `a:b` in a heading gives it an anchor that
 * GitHub does not). A `:` before a space, as in prose, is neither.
 */
const COLON_BEFORE_TEXT = /:(?=\S)/g;
const HTML_CHARS: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Whitespace runs, including line breaks and U+2028/U+2029, become one space. */
const collapse = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * One piece of inline text. `<`, `>` and `&` become entities (no tag, comment or entity survives);
 * the other syntax characters are backslash-escaped. The bare-URL and e-mail forms GFM would turn
 * into links (`https:`, `www.`, `a@b`) are broken up, so only the generator makes links.
 */
function escapeRun(text: string): string {
  return text
    .replace(CONTROL, '\uFFFD')
    .replace(INLINE_SYNTAX, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML_CHARS[c]!)
    .replace(COLON_BEFORE_TEXT, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
}

/** Escapes what a line may not start with: headings, list markers, quotes, thematic breaks, numbered lists. */
function escapeLineStart(text: string): string {
  return text.replace(/^([#+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text for a paragraph, a heading, a list item or link text: one line, nothing interpreted. */
export const inline = (text: string): string => escapeLineStart(escapeRun(collapse(text).trim()));

/** Text for a table cell: as inline; `|` is already escaped and line breaks are gone. */
export const cell = (text: string): string => inline(text) || ' ';

/**
 * Longer text such as an entry's details: paragraphs separated by blank lines, and `code spans`
 * kept as code. Everything else is escaped as inline text. Code span content is literal in
 * Markdown (no HTML, no links), and the span cannot be closed early: it holds no backtick.
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => richLine(collapse(paragraph).trim()))
    .filter((line) => line.length > 0);
}

/** One line of registry text with `code spans` kept as code, such as a troubleshooting check. */
export const richInline = (text: string): string => richLine(collapse(text).trim());

function richLine(line: string): string {
  const parts = line.split('`');
  // An odd number of backticks leaves the last one unpaired: it is text, not a code span.
  const pairs = parts.length % 2 === 1 ? parts : [...parts.slice(0, -2), `${parts.at(-2)}\`${parts.at(-1)}`];
  const rendered = pairs.map((part, i) => {
    if (i % 2 === 0) return escapeRun(part);
    const code = part.trim().replace(CONTROL, '\uFFFD');
    return code.length > 0 ? `\`${code}\`` : '\\`\\`';
  });
  return escapeLineStart(rendered.join(''));
}

/** URL characters that need no escaping inside a Markdown link destination `( )`. */
const URL_SAFE = /^[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+$/;

/** An http(s) URL fit to be a link as it is, or null: then it is shown as text instead. */
export function safeUrl(text: string): string | null {
  if (!/^https?:\/\//i.test(text) || !URL_SAFE.test(text)) return null;
  try {
    new URL(text);
    return text;
  } catch {
    return null;
  }
}

/** A link whose target the generator chose (a relative page, an anchor, or a safeUrl result). */
export const link = (text: string, target: string): string => `[${inline(text)}](${target})`;

/** A table cell the generator built itself (a link, a code span): used as it is. */
export interface Markdown {
  readonly markdown: string;
}

export const md = (markdown: string): Markdown => ({ markdown });

/**
 * A table: the header (the generator's own Markdown), a delimiter row, and one row per item.
 * Plain strings in rows are registry text and are escaped here; Markdown values are not.
 */
export function table(header: readonly string[], rows: readonly (readonly (string | Markdown)[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const render = (row: readonly (string | Markdown)[]) => {
    if (row.length !== header.length) throw new Error(`a table row has ${row.length} cells for ${header.length} columns`);
    return line(row.map((c) => (typeof c === 'string' ? cell(c) : c.markdown)));
  };
  return [line(header), line(header.map(() => '---')), ...rows.map(render)].join('\n');
}

export interface ReferenceLink {
  readonly text: string;
  /** null when the reference cannot be a safe link: it is then shown as text. */
  readonly url: string | null;
}

/** An IANA xref as a link: rfc6455 to the RFC Editor, an erratum to its page, a URI as it is. */
export function referenceLink(reference: IanaReference): ReferenceLink {
  const rfc = /^rfc(\d+)$/i.exec(reference.data);
  if (reference.type === 'rfc' && rfc) return { text: `RFC ${rfc[1]}`, url: `https://www.rfc-editor.org/rfc/rfc${rfc[1]}` };
  if (reference.type === 'rfc-errata' && /^\d+$/.test(reference.data)) {
    return { text: `RFC Errata ID ${reference.data}`, url: `https://www.rfc-editor.org/errata/eid${reference.data}` };
  }
  return { text: reference.data, url: reference.type === 'uri' ? safeUrl(reference.data) : null };
}

/**
 * The anchor GitHub gives a heading: lower case, every character that is not a letter, mark,
 * number, `_`, `-` or space removed, then each space turned into `-`. (npm's renderer agrees.)
 * A repeated heading would get -1, -2...; the pages are built so that headings do not repeat.
 */
export const githubSlug = (headingText: string): string =>
  headingText
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
