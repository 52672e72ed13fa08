// The syntax tree of a generated module: ts.factory nodes (the TypeScript that ts-morph bundles),
// printed once by the TypeScript printer. Data becomes literal nodes, laid out one entry a line
// once long, so that a registry change shows as a small diff.
import { ts } from 'ts-morph';
import { isIdentifierName, jsDocText, stringLiteralText } from '../ts-literal.ts';

const f = ts.factory;

export interface LiteralOptions {
  /** Wrap every object and array in `/* @__PURE__ *\/ <freeze>(...)`: immutable, and it tree-shakes. */
  readonly freeze?: string;
  /** Values to emit as a reference to a constant instead of inline (by identity), e.g. shared contacts. */
  readonly references?: ReadonlyMap<unknown, string>;
}

/** Wider than this inline, an object or array goes one entry a line. */
const INLINE_WIDTH = 100;

/** A node, and its width when printed on one line (undefined once it spans lines). */
interface Laid {
  readonly node: ts.Expression;
  readonly width: number | undefined;
}

/** Plain data (JSON values; undefined properties are left out) as an expression node. */
export const literalNode = (value: unknown, options: LiteralOptions = {}): ts.Expression => layOut(value, options).node;

function layOut(value: unknown, options: LiteralOptions): Laid {
  const reference = options.references?.get(value);
  if (reference !== undefined) return { node: f.createIdentifier(reference), width: reference.length };
  if (value === null) return { node: f.createNull(), width: 4 };
  switch (typeof value) {
    case 'string': {
      const text = stringLiteralText(value);
      return { node: stringNode(value, text), width: text.length };
    }
    case 'number':
      return numberNode(value);
    case 'boolean':
      return { node: value ? f.createTrue() : f.createFalse(), width: String(value).length };
    case 'object':
      return Array.isArray(value) ? arrayNode(value, options) : objectNode(value as Record<string, unknown>, options);
    default:
      throw new Error(`cannot render a ${typeof value} as a literal`);
  }
}

function numberNode(value: number): Laid {
  if (!Number.isFinite(value)) throw new Error(`cannot render ${value} as a literal`);
  const text = Object.is(value, -0) ? '-0' : String(value); // String(-0) is "0"
  const magnitude = f.createNumericLiteral(text.replace(/^-/, ''));
  const node = text.startsWith('-') ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, magnitude) : magnitude;
  return { node, width: text.length };
}

function arrayNode(values: readonly unknown[], options: LiteralOptions): Laid {
  const items = values.map((v) => layOut(v, options));
  const inline = inlineWidth(items, 2);
  const multiLine = inline === undefined;
  const node = f.createArrayLiteralExpression(f.createNodeArray(items.map((i) => i.node), multiLine), multiLine);
  return frozen(node, inline, options);
}

function objectNode(value: Record<string, unknown>, options: LiteralOptions): Laid {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const items = entries.map(([key, v]) => {
    const name = propertyNameNode(key);
    const laid = layOut(v, options);
    return { node: f.createPropertyAssignment(name.node, laid.node), width: laid.width === undefined ? undefined : name.width + 2 + laid.width };
  });
  const inline = items.length === 0 ? 2 : inlineWidth(items, 4);
  const multiLine = inline === undefined;
  const node = f.createObjectLiteralExpression(f.createNodeArray(items.map((i) => i.node), multiLine), multiLine);
  return frozen(node, inline, options);
}

/** The width of `[a, b]` or `{ a, b }` on one line (brackets and spaces in `frame`), if it fits. */
function inlineWidth(items: readonly { readonly width: number | undefined }[], frame: number): number | undefined {
  let width = frame + Math.max(0, items.length - 1) * 2;
  for (const item of items) {
    if (item.width === undefined) return undefined;
    width += item.width;
  }
  return width <= INLINE_WIDTH ? width : undefined;
}

function frozen(node: ts.Expression, width: number | undefined, options: LiteralOptions): Laid {
  if (options.freeze === undefined) return { node, width };
  const call = pure(f.createCallExpression(f.createIdentifier(options.freeze), undefined, [node]));
  return { node: call, width: width === undefined ? undefined : width + options.freeze.length + '/* @__PURE__ */ ()'.length };
}

/** Marks a call as free of side effects, so that a bundler drops it when its value is unused. */
export function pure<T extends ts.Node>(node: T): T {
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, ' @__PURE__ ', false);
}

// "__proto__" as a literal key would set the prototype, quoted or not: computed, it is an own property.
function propertyNameNode(key: string): { node: ts.PropertyName; width: number } {
  if (key !== '__proto__' && isIdentifierName(key)) return { node: f.createIdentifier(key), width: key.length };
  const text = stringLiteralText(key);
  const literal = stringNode(key, text);
  return key === '__proto__' ? { node: f.createComputedPropertyName(literal), width: text.length + 2 } : { node: literal, width: text.length };
}

/**
 * A string literal printed as `text`, our own escaping. The printer's own escaping either turns all
 * non-ASCII into \u escapes or writes lone surrogates and bidi controls raw, so the literal takes
 * its text from a parsed copy (the printer prints a literal's source node verbatim).
 */
export function stringNode(value: string, text = stringLiteralText(value)): ts.StringLiteral {
  let literal = parsedLiterals.get(text);
  if (literal === undefined) {
    const parsed = ts.createSourceFile('literal.ts', text, ts.ScriptTarget.Latest, true).statements[0];
    const expression = parsed !== undefined && ts.isExpressionStatement(parsed) ? parsed.expression : undefined;
    if (expression === undefined || !ts.isStringLiteral(expression) || expression.text !== value) {
      throw new Error(`cannot render ${JSON.stringify(value)} as a string literal`);
    }
    parsedLiterals.set(text, (literal = expression));
  }
  return f.createStringLiteralFromNode(literal);
}

// Registry text repeats ("practice", "rfc6455"): each literal is parsed once per process.
const parsedLiterals = new Map<string, ts.StringLiteral>();

/** Attaches a JSDoc block; several lines of text become several lines of comment. */
export function withDocs<T extends ts.Node>(node: T, text: string): T {
  const lines = jsDocText(text).split('\n');
  const body = lines.length === 1 ? `* ${lines[0]} ` : `*\n${lines.map((l) => (l === '' ? ' *' : ` * ${l}`)).join('\n')}\n `;
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, body, true);
}

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const empty = ts.createSourceFile('module.ts', '', ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);

/** Prints a node as source text, exactly as the module would hold it. */
export const printNode = (node: ts.Node): string => printer.printNode(ts.EmitHint.Unspecified, node, empty);

/** The module: each top-level statement printed once, with a blank line between them. */
export const printModule = (statements: readonly ts.Statement[]): string => `${statements.map(printNode).join('\n\n')}\n`;
