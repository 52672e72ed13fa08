import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document, type Node } from 'yaml';

export interface YamlProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly code: string;
  readonly offset: number;
}

/** Parsed YAML that can answer "where in the file is this path?". */
export interface SourceDocument {
  /** The document as data; parts broken by a syntax error are left out (see `broken`). */
  readonly data: unknown;
  /** Every independent YAML problem, in file order: syntax errors, duplicate keys, anchors/aliases/tags. */
  readonly yamlErrors: readonly YamlProblem[];
  /**
   * Parts of `data` that a syntax error made unreadable: a top-level key (['codes']) or one list
   * item (['codes', 3]). Their value in `data` is null; checks skip them rather than report echoes.
   */
  readonly broken: readonly (readonly (string | number)[])[];
  positionOf(path: readonly (string | number)[], part?: 'key' | 'value'): { line: number; column: number };
}

// After a syntax error yaml cannot resync, and the errors that follow it in the same entry (and
// often the next) are echoes: one stray tab gave 14. So each real error is found by blanking the
// block it is in (one list item or one top-level key), keeping every offset, and parsing again.
const MAX_SYNTAX_ERRORS = 50;

export function parseSource(text: string): SourceDocument {
  const lineCounter = new LineCounter();
  const parse = (source: string, counter?: LineCounter) =>
    parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const original = parse(text, lineCounter);
  const toPos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (offset: number, code: string, message: string): YamlProblem => ({
    ...toPos(offset),
    message: message.split('\n')[0] ?? message,
    code,
    offset,
  });

  const problems = new Map<number, YamlProblem>();
  const blocks = textBlocks(text);
  const blanked = new Set<Block>();
  let doc: Document = original;
  let current = text;
  for (let round = 0; round < MAX_SYNTAX_ERRORS; round++) {
    for (const e of doc.errors.filter((e) => e.code === 'DUPLICATE_KEY')) problems.set(e.pos[0], problem(e.pos[0], e.code, e.message));
    const syntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    if (!syntax) break;
    const at = syntaxOffset(doc, current, syntax);
    problems.set(at, problem(at, syntax.code, syntax.message));
    const found = blocks.find((b) => b.start <= at && at < b.end) ?? blocks.at(-1);
    // A second document: everything from its `---` on is outside the registry.
    const block = found && syntax.code === 'MULTIPLE_DOCS' ? restOf(current, found) : found;
    if (!block || blanked.has(block)) {
      // No progress: the rest of the file cannot be read; report what was found, check nothing.
      return { data: undefined, yamlErrors: sorted(problems), broken: [], positionOf: (path, part = 'value') => toPos(offsetOf(original, path, part)) };
    }
    blanked.add(block);
    current = current.slice(0, block.start) + block.placeholder + current.slice(block.end);
    doc = parse(current);
  }
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) {
    return { data: undefined, yamlErrors: sorted(problems), broken: [], positionOf: (path, part = 'value') => toPos(offsetOf(original, path, part)) };
  }

  // The registry needs no anchors, aliases or custom tags; an alias can also expand a small file into
  // gigabytes (a "billion laughs"). Each is refused at its place, and aliases are cut out before the
  // document becomes data, so nothing is ever expanded.
  // One report of each kind per line is enough: a line of a bomb can hold dozens of aliases.
  const reported = new Set<string>();
  for (const found of refusedFeatures(doc, current)) {
    const p = problem(found.offset, found.code, found.message);
    if (reported.has(`${p.code}:${p.line}`)) continue;
    reported.add(`${p.code}:${p.line}`);
    problems.set(found.offset, p);
  }

  const broken = [...blanked].map((b) => b.path).filter((p): p is (string | number)[] => p !== undefined);
  // A duplicate key makes its mapping ambiguous: whichever value yaml kept, skip the entry.
  // So do an anchor, alias or tag, which were cut out or would change what the value means.
  for (const p of problems.values()) {
    if (p.code === 'DUPLICATE_KEY' || p.code.startsWith('REFUSED_')) broken.push(entryPathAt(doc, p.offset));
  }

  return {
    data: doc.toJS({ maxAliasCount: 0 }),
    yamlErrors: sorted(problems),
    broken,
    // The blanked text keeps every offset, so the re-parsed document answers positions truly.
    positionOf: (path, part = 'value') => toPos(offsetOf(doc, path, part)),
  };
}

const sorted = (problems: Map<number, YamlProblem>) => [...problems.values()].sort((a, b) => a.offset - b.offset);

function restOf(text: string, from: Block): Block {
  return { start: from.start, end: text.length, placeholder: text.slice(from.start).replace(/[^\n]/g, ' ') };
}

interface Block {
  readonly start: number;
  readonly end: number;
  /** Same length as the block, so offsets after it do not move. */
  readonly placeholder: string;
  /** What the placeholder stands for in the data, when that can be told. */
  readonly path?: (string | number)[];
}

/**
 * Cuts the text into the registry's natural blocks: each top-level key, and each item of a top-level
 * list. A blanked list item becomes `- ~` (null, so later indexes keep their numbers); a blanked key
 * keeps its name with a null value.
 */
function textBlocks(text: string): Block[] {
  const starts: { at: number; key?: string; item?: { indent: string; section: string; index: number } }[] = [];
  let section: string | undefined;
  let itemIndent: string | undefined;
  let index = 0;
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next + 1;
    const line = text.slice(at, end);
    const key = /^([A-Za-z_$][\w$-]*)\s*:/.exec(line);
    const dash = /^( {0,4})-(?:\s|$)/.exec(line);
    if (key) {
      starts.push({ at, key: key[1] });
      section = key[1];
      itemIndent = undefined;
      index = 0;
    } else if (dash && section !== undefined && (itemIndent === undefined || dash[1]!.length <= itemIndent.length + 2)) {
      // A dash a little off the list's column is still an item of it (and likely the mistake).
      itemIndent ??= dash[1]!;
      starts.push({ at, item: { indent: itemIndent, section, index: index++ } });
    } else if (/^\S/.test(line) && !line.startsWith('#')) {
      starts.push({ at });
      section = undefined;
    }
    at = end;
  }
  if (starts[0]?.at !== 0) starts.unshift({ at: 0 });
  return starts.map((s, i) => {
    const end = starts[i + 1]?.at ?? text.length;
    const body = text.slice(s.at, end);
    const head = s.key !== undefined ? `${s.key}: ~` : s.item ? `${s.item.indent}- ~` : '';
    // Keep the line breaks, blank everything else.
    const blank = body.replace(/[^\n]/g, ' ');
    const firstBreak = blank.indexOf('\n');
    const placeholder = head.length <= (firstBreak < 0 ? blank.length : firstBreak) ? head + blank.slice(head.length) : blank;
    const path = s.key !== undefined && placeholder.startsWith(head) ? [s.key] : s.item && placeholder.startsWith(head) ? [s.item.section, s.item.index] : undefined;
    return { start: s.at, end, placeholder, path };
  });
}

// An unclosed quote is reported where yaml gives up, often the end of the file; the quote that
// started it is where the fix goes.
// A line indented too far reads as the continuation of the text above it, and yaml reports the
// start of that text; the line with the `field:` is where the fix goes.
function syntaxOffset(doc: Document, text: string, e: Document['errors'][number]): number {
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    const rest = text.slice(e.pos[0]);
    const colon = rest.search(/:(\s|$)/);
    const lineStart = colon > 0 ? rest.lastIndexOf('\n', colon) + 1 : 0;
    return lineStart > 0 ? e.pos[0] + lineStart + /^[ \t]*/.exec(rest.slice(lineStart))![0].length : e.pos[0];
  }
  if (e.code !== 'MISSING_CHAR' || !/quote/i.test(e.message)) return e.pos[0];
  let start = e.pos[0];
  visit(doc, {
    Scalar(_, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[0] < start && node.range[1] >= e.pos[0]) {
        start = node.range[0];
      }
    },
  });
  return start;
}

/** Anchors, aliases and explicit tags, each with the offset to report. Cuts aliases out of the document. */
function refusedFeatures(doc: Document, text: string): { offset: number; code: string; message: string }[] {
  const found: { offset: number; code: string; message: string }[] = [];
  visit(doc, {
    Alias(_, node) {
      found.push({ offset: node.range?.[0] ?? 0, code: 'REFUSED_ALIAS', message: `alias *${node.source}` });
      return new Scalar(null);
    },
    Node(_, node) {
      const at = node.range?.[0] ?? 0;
      if (node.anchor) found.push({ offset: written(text, at, `&${node.anchor}`), code: 'REFUSED_ANCHOR', message: `anchor &${node.anchor}` });
      if (hasExplicitTag(node)) found.push({ offset: written(text, at, '!'), code: 'REFUSED_TAG', message: `tag ${node.tag}` });
    },
  });
  return found;
}

// A node's range starts after its anchor and tag; report the `&name` or `!tag` as written before it.
function written(text: string, nodeStart: number, marker: string): number {
  const at = text.lastIndexOf(marker, nodeStart);
  return at >= 0 && !text.slice(at, nodeStart).includes(':') ? at : nodeStart;
}

// yaml fills in `tag` only for a tag written in the source (for scalars, resolution happens later).
function hasExplicitTag(node: Node): boolean {
  return typeof node.tag === 'string' && node.tag.length > 0;
}

/** The list item (or top-level key) that holds an offset: the part a problem there makes unreliable. */
function entryPathAt(doc: Document, offset: number): (string | number)[] {
  const top = doc.contents;
  if (!isMap(top)) return [];
  for (const pair of top.items) {
    const key = scalarValue(pair.key);
    const value = pair.value;
    const keyStart = rangeStart(pair.key) ?? -1;
    const end = (isNode(value) ? value.range?.[2] : undefined) ?? keyStart;
    if (offset < keyStart || offset > end) continue;
    if (isSeq(value)) {
      const index = value.items.findIndex((item) => isNode(item) && item.range && item.range[0] <= offset && offset <= item.range[2]);
      if (index >= 0) return [String(key), index];
    }
    return [String(key)];
  }
  return [];
}

// Walks as deep as the path exists; a missing key points at its parent.
function offsetOf(doc: Document, path: readonly (string | number)[], part: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => scalarValue(p.key) === step);
      if (!pair) return offset;
      if (last && part === 'key') return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
      if (node === undefined) return offset;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null)?.range;
  return range ? range[0] : undefined;
}

function scalarValue(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isAlias(node)) return undefined;
  return node && typeof node === 'object' && 'value' in node ? (node as { value: unknown }).value : node;
}
