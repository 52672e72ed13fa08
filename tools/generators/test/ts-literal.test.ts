import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalNode, printNode, withDocs } from '../src/core/syntax.ts';
import { jsDocText } from '../src/ts-literal.ts';
import { ts } from 'ts-morph';

/**
 * Any code point, lone surrogates included. Not fast-check's unit 'binary', which leaves the
 * surrogates out and builds a table of every code point on first use (about 2 s per test worker).
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((n) => String.fromCodePoint(n));

/** Prints data as the core module would hold it (the TypeScript printer, our layout and escaping). */
const tsLiteral = (value: unknown, options?: Parameters<typeof literalNode>[1]): string => printNode(literalNode(value, options));

/** Evaluates printed source as JavaScript (a literal without type annotations is plain JS). */
const evaluate = (source: string, freeze: (v: unknown) => unknown = (v) => v): unknown => new Function('freeze', 'ref', `return (${source});`)(freeze, { shared: true });

describe('literalNode, printed', { timeout: 60_000 }, () => {
  it('renders any string, lone surrogates included, as a literal that evaluates to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint }), (text) => {
        expect(evaluate(tsLiteral(text))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('renders any JSON value as a literal that evaluates to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(evaluate(tsLiteral(value))).toStrictEqual(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the hard cases exact', () => {
    const hard = ['*/', '/*', '`${x}`', "'", '"', '\\', 'trailing\\', '\\u0000', '\u0000', '\r\n', '\u2028\u2029', '\u202Eevil', 'é中文🎉', '</script>'];
    for (const text of hard) expect(evaluate(tsLiteral(text)), JSON.stringify(text)).toBe(text);
    expect(Object.is(evaluate(tsLiteral(-0)), -0)).toBe(true);
    expect(evaluate(tsLiteral([0, 1.5, -2, 1e21, 65535, true, false, null]))).toEqual([0, 1.5, -2, 1e21, 65535, true, false, null]);
  });

  it('writes a "__proto__" key as an own property, never as the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "c", "toString": 1}') as Record<string, unknown>;
    expect(Object.hasOwn(input, '__proto__')).toBe(true);
    const output = evaluate(tsLiteral(input)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.hasOwn(output, '__proto__')).toBe(true);
    expect(Object.keys(output)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(output.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(output.constructor).toBe('c');
  });

  it('leaves out undefined properties and keeps key order', () => {
    expect(tsLiteral({ b: 1, a: undefined, c: 'x' })).toBe('{ b: 1, c: "x" }');
    expect(tsLiteral({ 'a-b': 1, é: 2 })).toBe('{ "a-b": 1, "é": 2 }');
    expect(tsLiteral({})).toBe('{}');
    expect(tsLiteral([])).toBe('[]');
  });

  it('wraps every object and array in a pure freeze call when asked', () => {
    const source = tsLiteral({ list: [{ a: 1 }], inner: { b: [] } }, { freeze: 'freeze' });
    expect(source.match(/\/\* @__PURE__ \*\/ freeze\(/g)).toHaveLength(5);
    const value = evaluate(source, Object.freeze) as { list: { a: number }[]; inner: { b: unknown[] } };
    expect(value).toEqual({ list: [{ a: 1 }], inner: { b: [] } });
    for (const part of [value, value.list, value.list[0], value.inner, value.inner.b]) expect(Object.isFrozen(part)).toBe(true);
  });

  it('emits a reference for values in the references map, by identity', () => {
    const shared = { name: 'x' };
    const lookalike = { name: 'x' };
    const source = tsLiteral([shared, lookalike, shared], { references: new Map([[shared, 'ref']]) });
    expect(source).toBe('[ref, { name: "x" }, ref]');
    const value = evaluate(source) as unknown[];
    expect(value[0]).toBe(value[2]);
    expect(value[1]).not.toBe(value[0]);
  });

  it('breaks long values over lines, one entry a line, and still evaluates the same', () => {
    const value = { summary: 'x'.repeat(120), nested: [{ a: 'y'.repeat(90), b: 2 }] };
    const source = tsLiteral(value);
    // Each object or array longer than 100 characters inline goes one entry a line.
    expect(source.split('\n')).toEqual([
      '{',
      `    summary: "${'x'.repeat(120)}",`,
      '    nested: [',
      '        {',
      `            a: "${'y'.repeat(90)}",`,
      '            b: 2,',
      '        },',
      '    ],',
      '}',
    ]);
    expect(tsLiteral({ short: [{ a: 1 }] })).toBe('{ short: [{ a: 1 }] }');
    expect(evaluate(source)).toEqual(value);
  });

  it('refuses what it cannot render exactly', () => {
    for (const bad of [NaN, Infinity, -Infinity]) expect(() => tsLiteral(bad)).toThrow(/cannot render/);
    for (const bad of [undefined, () => 1, Symbol('s'), 1n]) expect(() => tsLiteral(bad)).toThrow(/cannot render a/);
  });

  it('writes hidden characters as escapes and keeps other non-ASCII text readable', () => {
    const source = tsLiteral({ text: 'café 中文 🎉 \u202Eevil\uFEFF\u2028\u0007 \uD800' });
    expect(source).toBe('{ text: "café 中文 🎉 \\u202eevil\\ufeff\\u2028\\u0007 \\ud800" }');
  });
});

describe('property names, printed', { timeout: 60_000 }, () => {
  it.each([
    ['plain', 'plain'],
    ['$dollar_1', '$dollar_1'],
    ['constructor', 'constructor'],
    ['a-b', '"a-b"'],
    ['1abc', '"1abc"'],
    ['', '""'],
    ['with space', '"with space"'],
    ['quote"', '"quote\\""'],
    ['é', '"é"'],
    ['line\u2028sep', '"line\\u2028sep"'],
    ['__proto__', '["__proto__"]'],
  ])('%j -> %s', (key, rendered) => {
    expect(tsLiteral({ [key]: 1 })).toBe(`{ ${rendered}: 1 }`);
  });

  it('every key becomes an own property with exactly that name', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint }), (key) => {
        const object = evaluate(tsLiteral(JSON.parse(`{${JSON.stringify(key)}: 1}`))) as object;
        expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
        expect(Object.keys(object)).toEqual([key]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('jsDocText', { timeout: 60_000 }, () => {
  it('escapes a comment end, unifies line endings and shows hidden characters', () => {
    expect(jsDocText('a */ b')).toBe('a *\\/ b');
    expect(jsDocText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(jsDocText('bell\u0007 nul\u0000 rlo\u202E ls\u2028')).toBe('bell\\u0007 nul\\u0000 rlo\\u202e ls\\u2028');
    expect(jsDocText('tab\tstays, é 中文 🎉 👩‍👩‍👧 stays')).toBe('tab\tstays, é 中文 🎉 👩‍👩‍👧 stays');
  });

  it('never ends the comment early, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint }), (text) => {
        expect(new Function(`/** ${jsDocText(text)} */ return 42;`)()).toBe(42);
      }),
      { numRuns: 1000 },
    );
    for (const text of ['*/', '**/', '*/*/', 'x*', '/', '*\u2028/']) expect(new Function(`/** ${jsDocText(text)} */ return 42;`)()).toBe(42);
  });

  it('withDocs prints one line as one line, and several as a block the comment never leaves', () => {
    const statement = (text: string) => printNode(withDocs(ts.factory.createExpressionStatement(ts.factory.createNumericLiteral(42)), text));
    expect(statement('one */ line')).toBe('/** one *\\/ line */\n42;');
    expect(statement('first\n\nsecond')).toBe('/**\n * first\n *\n * second\n */\n42;');
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint }), (text) => {
        expect(new Function(`${statement(text)}\nreturn 7;`)()).toBe(7);
      }),
      { numRuns: 500 },
    );
  });
});
