import { Document, isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { SyncError } from './errors.ts';

// Edits a YAML file as text: only the source ranges of the nodes being replaced change, so every
// other byte (curated text in any style, comments, blank lines, quoting) stays exactly as written.
// New values are printed by the yaml library and indented to where they go.

/** How new values are printed: one line per scalar (no folding), as the registry files write them. */
const PRINT = { lineWidth: 0 } as const;

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly order: number;
}

export class YamlSplicer {
  readonly doc: ReturnType<typeof parseDocument>;
  private readonly edits: Edit[] = [];

  constructor(
    readonly text: string,
    source: string,
  ) {
    this.doc = parseDocument(text);
    if (this.doc.errors.length) throw new SyncError(`${source}: YAML syntax: ${this.doc.errors[0]!.message.split('\n')[0]}; run npm run validate`);
  }

  /** The text with every edit applied; edits at one place come out in the order they were made. */
  result(): string {
    const edits = [...this.edits].sort((a, b) => b.start - a.start || b.order - a.order);
    for (const [i, e] of edits.entries()) {
      const next = edits[i - 1];
      if (next && e.end > next.start) throw new SyncError('internal error: overlapping YAML edits; please report this sync:iana bug');
    }
    return edits.reduce((text, e) => text.slice(0, e.start) + e.text + text.slice(e.end), this.text);
  }

  /** Sets `key` in a block mapping: its value's text replaced, or a new pair after the last one. */
  set(map: YAMLMap, key: string, value: unknown): void {
    const pair = this.pair(map, key);
    if (pair) {
      const keyNode = pair.key as Node;
      const keyEnd = keyNode.range![1];
      const colon = this.text.indexOf(':', keyEnd);
      const end = pair.value ? this.contentEnd(pair.value as Node) : colon + 1;
      this.edit(keyEnd, end, `:${renderValue(value, this.column(keyNode.range![0]))}`);
      return;
    }
    const last = map.items.at(-1);
    if (!last) throw new SyncError('internal error: cannot add a key to an empty mapping; please report this sync:iana bug');
    const column = this.column((last.key as Node).range![0]);
    this.edit(this.pairEnd(last), this.pairEnd(last), `\n${' '.repeat(column)}${key}:${renderValue(value, column)}`);
  }

  /** Removes `key` and its value, whole lines. */
  delete(map: YAMLMap, key: string): void {
    const pair = this.pair(map, key);
    if (!pair) return;
    const start = this.lineStart((pair.key as Node).range![0]);
    const end = this.pairEnd(pair);
    this.edit(start, this.text[end] === '\n' ? end + 1 : end, '');
  }

  /** Inserts a new pair before `before` (at its column), or after the last pair when it is absent. */
  insertBefore(map: YAMLMap, before: string, key: string, value: unknown): void {
    const pair = this.pair(map, before);
    if (!pair) return this.set(map, key, value);
    const start = (pair.key as Node).range![0];
    const column = this.column(start);
    this.edit(this.lineStart(start), this.lineStart(start), `${' '.repeat(column)}${key}:${renderValue(value, column)}\n`);
  }

  /** Inserts an item into a block sequence at `index`, at the column of its dashes. */
  insertItem(seq: YAMLSeq, index: number, value: unknown): void {
    const first = seq.items[0] as Node;
    const dash = this.lineStart(first.range![0]);
    const column = this.text.slice(dash).search(/\S/);
    const block = indent(print([value]), column);
    if (index > 0) {
      const at = this.contentEnd(seq.items[index - 1] as Node);
      this.edit(at, at, `\n${block}`);
    } else {
      this.edit(dash, dash, `${block}\n`);
    }
  }

  pair(map: YAMLMap, key: string): Pair | undefined {
    return map.items.find((p) => isScalar(p.key) && p.key.value === key);
  }

  private edit(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, order: this.edits.length });
  }

  private lineStart(pos: number): number {
    return this.text.lastIndexOf('\n', pos - 1) + 1;
  }

  private column(pos: number): number {
    return pos - this.lineStart(pos);
  }

  private pairEnd(pair: Pair): number {
    return pair.value ? this.contentEnd(pair.value as Node) : this.text.indexOf(':', (pair.key as Node).range![1]) + 1;
  }

  /**
   * Where a node's own text ends: a block collection's ranges run on over trailing comments and
   * blank lines (which belong to what follows), so it ends where its last item ends.
   */
  contentEnd(node: Node): number {
    if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length) {
      const last = node.items.at(-1)!;
      return isPair(last) ? this.pairEnd(last) : this.contentEnd(last as Node);
    }
    let end = node.range![1];
    while (end > node.range![0] && /\s/.test(this.text[end - 1]!)) end--;
    return end;
  }
}

function print(value: unknown): string {
  return new Document(value).toString(PRINT).replace(/\n$/, '');
}

const indent = (text: string, column: number): string =>
  text
    .split('\n')
    .map((line) => (line ? ' '.repeat(column) + line : line))
    .join('\n');

/** A value as it follows `key:` at `column`: on the same line when it is one, else as an indented block. */
function renderValue(value: unknown, column: number): string {
  const isBlock = (Array.isArray(value) && value.length > 0) || (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0);
  if (isBlock) return `\n${indent(print(value), column + 2)}`;
  // Printed as a mapping's value, so that a block scalar's lines (`|-` text) are indented under its key.
  const [first, ...rest] = print({ v: value }).split('\n');
  return [first!.slice('v:'.length), ...rest.map((line) => (line ? ' '.repeat(column) + line : line))].join('\n');
}
