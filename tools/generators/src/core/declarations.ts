// The declarations every generated core module is made of: constants, type aliases, frozen tables
// and the integer predicates. Shared by the close-code modules and those of IANA's other registries.
import { ts } from 'ts-morph';
import type { Span } from '@wscodes-tools/registry';
import { pure, stringNode, withDocs } from './syntax.ts';

const f = ts.factory;

/** The local name of Object.freeze in every generated module: short, and the tables call it often. */
export const FREEZE = 'freeze';

/** `const freeze = Object.freeze;`, not exported. */
export const freezeDeclaration = (): ts.VariableStatement =>
  constant({ name: FREEZE, value: f.createPropertyAccessExpression(f.createIdentifier('Object'), 'freeze'), isExported: false });

export const keyword = (kind: ts.KeywordTypeSyntaxKind): ts.KeywordTypeNode => f.createKeywordTypeNode(kind);

export function typeAlias(name: string, type: ts.TypeNode, docs: string): ts.TypeAliasDeclaration {
  return withDocs(f.createTypeAliasDeclaration([f.createModifier(ts.SyntaxKind.ExportKeyword)], name, undefined, type), docs);
}

export interface Constant {
  readonly name: string;
  readonly type?: ts.TypeNode;
  readonly value: ts.Expression;
  readonly docs?: string;
  readonly isExported?: boolean;
}

export function constant({ name, type, value, docs, isExported = true }: Constant): ts.VariableStatement {
  const statement = f.createVariableStatement(
    isExported ? [f.createModifier(ts.SyntaxKind.ExportKeyword)] : undefined,
    f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, type, value)], ts.NodeFlags.Const),
  );
  return docs === undefined ? statement : withDocs(statement, docs);
}

/** `export const NAME: readonly Record[] = value;` */
export const table = (name: string, record: string, value: ts.Expression, docs: string): ts.VariableStatement =>
  constant({ name, type: readonlyArray(f.createTypeReferenceNode(record)), value, docs });

export const readonlyArray = (type: ts.TypeNode): ts.TypeNode => f.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, f.createArrayTypeNode(type));

/** `import type { A, B } from './from.ts';` */
export const typeImport = (names: readonly string[], from: string): ts.ImportDeclaration =>
  f.createImportDeclaration(
    undefined,
    f.createImportClause(true, undefined, f.createNamedImports(names.map((n) => f.createImportSpecifier(false, undefined, f.createIdentifier(n))))),
    stringNode(from),
  );

/** A union of number literals, one per integer of the spans; `never` for none. */
export function integerUnion(spans: readonly Span[]): ts.TypeNode {
  const members = spans.flatMap((s) => Array.from({ length: s.to - s.from + 1 }, (_, i) => f.createLiteralTypeNode(f.createNumericLiteral(s.from + i))));
  return members.length === 0 ? keyword(ts.SyntaxKind.NeverKeyword) : f.createUnionTypeNode(members);
}

/** A union of string literals; `never` for none. */
export function stringUnion(values: readonly string[]): ts.TypeNode {
  return values.length === 0 ? keyword(ts.SyntaxKind.NeverKeyword) : f.createUnionTypeNode(values.map((v) => f.createLiteralTypeNode(stringNode(v))));
}

export interface Predicate {
  readonly name: string;
  /** The parameter's name: `code`, `opcode`. */
  readonly parameter?: string;
  /** The literal union type the predicate narrows to. */
  readonly typeName: string;
  readonly spans: readonly Span[];
  readonly docs: string;
}

/**
 * An integer predicate as a type guard: an integer test, then one comparison per span, e.g.
 * `typeof code === 'number' && (code | 0) === code && (code === A || (code >= B && code <= C))`.
 */
export function predicate({ name, parameter = 'code', typeName, spans, docs }: Predicate): ts.FunctionDeclaration {
  const value = () => f.createIdentifier(parameter);
  const num = (n: number) => f.createNumericLiteral(n);
  const and = (a: ts.Expression, b: ts.Expression) => f.createLogicalAnd(a, b);
  const tests = spans.map((s) =>
    s.from === s.to
      ? f.createStrictEquality(value(), num(s.from))
      : f.createParenthesizedExpression(and(f.createGreaterThanEquals(value(), num(s.from)), f.createLessThanEquals(value(), num(s.to)))),
  );
  // typeof first: `code | 0` would call valueOf on an object and throw on a Symbol.
  const body =
    tests.length === 0
      ? f.createFalse()
      : and(
          and(f.createStrictEquality(f.createTypeOfExpression(value()), stringNode('number')), f.createStrictEquality(f.createBitwiseOr(value(), num(0)), value())),
          f.createParenthesizedExpression(tests.reduce((a, b) => f.createLogicalOr(a, b))),
        );
  return withDocs(
    f.createFunctionDeclaration(
      [f.createModifier(ts.SyntaxKind.ExportKeyword)],
      undefined,
      name,
      undefined,
      [f.createParameterDeclaration(undefined, undefined, parameter, undefined, keyword(ts.SyntaxKind.NumberKeyword))],
      f.createTypePredicateNode(undefined, parameter, f.createTypeReferenceNode(typeName)),
      f.createBlock([f.createReturnStatement(body)], true),
    ),
    docs,
  );
}

export interface Member {
  readonly name: string;
  readonly type: ts.TypeNode;
  readonly optional?: boolean;
  readonly docs?: string;
}

/** `export interface Name { readonly a: A; readonly b?: B }`, each member with its JSDoc. */
export function interfaceDeclaration(name: string, members: readonly Member[], docs: string, isExported = true): ts.InterfaceDeclaration {
  const nodes = members.map((m) => {
    const node = f.createPropertySignature(
      [f.createModifier(ts.SyntaxKind.ReadonlyKeyword)],
      m.name,
      m.optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
      m.type,
    );
    return m.docs === undefined ? node : withDocs(node, m.docs);
  });
  return withDocs(f.createInterfaceDeclaration(isExported ? [f.createModifier(ts.SyntaxKind.ExportKeyword)] : undefined, name, undefined, undefined, nodes), docs);
}

/**
 * A constant object of named values with an interface of its own (so that each member's JSDoc
 * survives into the published .d.ts), its value union type and its key type:
 * `Opcode.Close`, `type Opcode = 0 | 1 | ...`, `type OpcodeKey = 'Continuation' | ...`.
 */
export function namedConstants(
  name: string,
  members: readonly { readonly key: string; readonly value: ts.LiteralExpression; readonly docs: string }[],
  docs: { readonly constant: string; readonly type: string; readonly keys: string },
): ts.Statement[] {
  const tableName = `${name}Table`;
  const typeOfConstant = () => f.createTypeQueryNode(f.createIdentifier(name));
  const keys = () => f.createTypeOperatorNode(ts.SyntaxKind.KeyOfKeyword, typeOfConstant());
  const literalType = (value: ts.LiteralExpression) =>
    f.createLiteralTypeNode(ts.isStringLiteral(value) ? f.createStringLiteral(value.text) : f.createNumericLiteral((value as ts.NumericLiteral).text));
  return [
    interfaceDeclaration(
      tableName,
      members.map((m) => ({ name: m.key, type: literalType(m.value), docs: m.docs })),
      `The shape of ${name}: one read-only member per name.`,
      false,
    ),
    constant({
      name,
      type: f.createTypeReferenceNode(tableName),
      value: pureFreeze(f.createObjectLiteralExpression(members.map((m) => f.createPropertyAssignment(m.key, m.value)), true)),
      docs: docs.constant,
    }),
    typeAlias(name, f.createIndexedAccessTypeNode(f.createParenthesizedType(typeOfConstant()), keys()), docs.type),
    typeAlias(`${name}Key`, keys(), docs.keys),
  ];
}

/** `/* @__PURE__ *\/ freeze(value)`: immutable, and dropped by a bundler when unused. */
export const pureFreeze = (value: ts.Expression): ts.Expression => pure(f.createCallExpression(f.createIdentifier(FREEZE), undefined, [value]));
