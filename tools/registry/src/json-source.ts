import { lineColumnAt } from './limits.ts';
import type { SourceDocument, YamlProblem } from './source.ts';

// compat.json read with positions: JSON.parse gives neither line:col nor duplicate keys (the last
// one silently wins). A small parser of our own does both, in one linear pass, and reads on past a
// missing or trailing comma so that the rest of the file is still checked. Nesting is bounded before
// it runs (limits.ts), so its recursion is shallow.

interface PositionNode {
  readonly start: number;
  keyStart?: number;
  children?: Map<string, PositionNode> | PositionNode[];
}

class Stop extends Error {}

const LITERAL = /true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

export function parseJsonSource(text: string): SourceDocument {
  const problems: YamlProblem[] = [];
  const broken: (string | number)[][] = [];
  const problem = (offset: number, code: string, message: string) => problems.push({ ...lineColumnAt(text, offset), offset, code, message });
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const space = () => {
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) at++;
      else break;
    }
  };
  const fail = (message: string, offset = at): never => {
    problem(offset, 'JSON_SYNTAX', at >= text.length ? `${message}, but the file ends here` : message);
    throw new Stop();
  };
  const found = () => (at >= text.length ? 'the end of the file' : JSON.stringify(text[at]));

  const string = (): string => {
    const start = at;
    at++;
    let escaped = false;
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x5c) at++, (escaped = true);
      else if (c === 0x22) break;
      else if (c === 0x0a) fail('a text in quotes runs to the end of the line', start);
    }
    if (at >= text.length) fail('a text in quotes is never closed', start);
    at++;
    const raw = text.slice(start + 1, at - 1);
    if (!escaped && !/[\u0000-\u001f]/.test(raw)) return raw;
    try {
      return JSON.parse(text.slice(start, at)) as string;
    } catch {
      return fail('a text in quotes holds an invalid escape or a control character', start);
    }
  };

  const value = (path: (string | number)[]): { data: unknown; node: PositionNode } => {
    space();
    const start = at;
    const c = text[at];
    if (c === '{') return object(path);
    if (c === '[') return array(path);
    if (c === '"') return { data: string(), node: { start } };
    LITERAL.lastIndex = at;
    const match = LITERAL.exec(text);
    if (!match) return fail(`expected a value (a text in double quotes, a number, true, false, null, an object or a list), found ${found()}`);
    at += match[0].length;
    return { data: JSON.parse(match[0]) as unknown, node: { start } };
  };

  const object = (path: (string | number)[]): { data: unknown; node: PositionNode } => {
    const node: PositionNode = { start: at, children: new Map() };
    const data: Record<string, unknown> = {};
    at++;
    space();
    if (text[at] === '}') return at++, { data, node };
    for (;;) {
      space();
      if (text[at] !== '"') fail(`expected a key in double quotes, found ${found()}`);
      const keyStart = at;
      const key = string();
      space();
      if (text[at] !== ':') fail(`expected \`:\` after the key "${key}", found ${found()}`);
      at++;
      // Only the first two steps are kept: they name the entry a duplicate key makes ambiguous.
      const member = value(path.length < 2 ? [...path, key] : path);
      member.node.keyStart = keyStart;
      const children = node.children as Map<string, PositionNode>;
      if (children.has(key)) {
        problem(keyStart, 'DUPLICATE_KEY', `the key "${key}" appears twice in the same object`);
        // Whichever value were kept, the entry is ambiguous: its own checks are skipped.
        broken.push(path.length === 0 ? [key] : path.slice(0, 2));
      } else {
        children.set(key, member.node);
        if (key === '__proto__') Object.defineProperty(data, key, { value: member.data, enumerable: true, writable: true, configurable: true });
        else data[key] = member.data;
      }
      space();
      if (text[at] === ',') {
        const comma = at;
        at++;
        space();
        if (text[at] === '}') {
          problem(comma, 'JSON_TRAILING_COMMA', 'a comma after the last member of an object');
          return at++, { data, node };
        }
        continue;
      }
      if (text[at] === '}') return at++, { data, node };
      if (text[at] === '"') {
        problem(at, 'JSON_MISSING_COMMA', 'a comma is missing before this key');
        continue;
      }
      fail(`expected \`,\` or \`}\` after the value of "${key}", found ${found()}`);
    }
  };

  const array = (path: (string | number)[]): { data: unknown; node: PositionNode } => {
    const children: PositionNode[] = [];
    const node: PositionNode = { start: at, children };
    const data: unknown[] = [];
    at++;
    space();
    if (text[at] === ']') return at++, { data, node };
    for (;;) {
      const item = value(path.length < 2 ? [...path, data.length] : path);
      data.push(item.data);
      children.push(item.node);
      space();
      if (text[at] === ',') {
        const comma = at;
        at++;
        space();
        if (text[at] === ']') {
          problem(comma, 'JSON_TRAILING_COMMA', 'a comma after the last item of a list');
          return at++, { data, node };
        }
        continue;
      }
      if (text[at] === ']') return at++, { data, node };
      fail(`expected \`,\` or \`]\` after a list item, found ${found()}`);
    }
  };

  let root: PositionNode = { start: at };
  let data: unknown;
  try {
    space();
    if (at >= text.length) {
      data = null; // an empty file: the engine says so
    } else {
      const whole = value([]);
      root = whole.node;
      data = whole.data;
      space();
      if (at < text.length) fail(`expected the end of the file after the top-level value, found ${found()}`);
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    data = undefined;
  }
  const positionOf = (path: readonly (string | number)[], part: 'key' | 'value' = 'value') => lineColumnAt(text, offsetOf(root, path, part));
  problems.sort((a, b) => a.offset - b.offset);
  return data === undefined ? { data, yamlErrors: problems, broken: [], positionOf } : { data, yamlErrors: problems, broken, positionOf };
}

// Walks as deep as the path exists; a missing key points at its parent.
function offsetOf(root: PositionNode, path: readonly (string | number)[], part: 'key' | 'value'): number {
  let node = root;
  for (const [i, step] of path.entries()) {
    const children = node.children;
    const next = children instanceof Map ? children.get(String(step)) : Array.isArray(children) && typeof step === 'number' ? children[step] : undefined;
    if (!next) return node.start;
    if (i === path.length - 1 && part === 'key') return next.keyStart ?? next.start;
    node = next;
  }
  return node.start;
}
