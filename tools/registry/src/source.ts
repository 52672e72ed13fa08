import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** Parsed YAML that can answer "where in the file is this path?". */
export interface SourceDocument {
  readonly data: unknown;
  readonly yamlErrors: readonly { line: number; column: number; message: string; code: string; offset: number }[];
  positionOf(path: readonly (string | number)[], part?: 'key' | 'value'): { line: number; column: number };
}

export function parseSource(text: string): SourceDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const yamlErrors = doc.errors.map((e) => ({
    ...toPos(e.pos[0]),
    message: e.message.split('\n')[0] ?? e.message,
    code: e.code,
    offset: e.pos[0],
  }));
  return {
    data: yamlErrors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 }),
    yamlErrors,
    positionOf(path, part = 'value') {
      return toPos(offsetOf(doc, path, part));
    },
  };
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
  return node && typeof node === 'object' && 'value' in node ? (node as { value: unknown }).value : node;
}
