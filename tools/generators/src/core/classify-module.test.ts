// The classification module of @wscodes/core/classify, generated from the generator tests' own
// registry: each table follows the registry's `classify` blocks, in the order core indexes them by.
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../../test/registry.ts';
import { classifyStatements } from './classify-module.ts';
import { printModule } from './syntax.ts';

const registry = fixtureRegistry();

/** The generated module run as JavaScript: its exported values. */
function evaluate(source: string): Record<string, unknown> {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const exports: Record<string, unknown> = {};
  new Function('exports', js)(exports);
  return exports;
}

describe('classifyStatements', () => {
  const source = printModule(classifyStatements(registry));
  const module = evaluate(source);

  it("holds each code's classification in the order of the codes, each range's in the order of the ranges, and the non-code's", () => {
    expect(module.CODE_CLASSIFICATION).toEqual(registry.codes.map((c) => c.classify));
    expect(module.RANGE_CLASSIFICATION).toEqual(registry.ranges.map((r) => r.classify));
    expect(module.NOT_A_CLOSE_CODE_CLASSIFICATION).toEqual(registry.notACloseCode.classify);
    expect(Object.isFrozen(module.CODE_CLASSIFICATION)).toBe(true);
  });

  it('lists the log levels lowest first and the sides, from the registry schema', () => {
    expect(module.LOG_LEVELS).toEqual(['debug', 'info', 'warn', 'error']);
    expect(module.LIKELY_SIDES).toEqual(['client', 'server', 'network', 'unknown']);
  });

  it('types PrivateUseCloseCode as every code of the private-use range, and no other', () => {
    const privateUse = registry.ranges.find((r) => r.kind === 'private-use')!;
    const alias = /export type PrivateUseCloseCode = ([^;]+);/.exec(source)![1]!;
    const members = alias.split('|').map((m) => Number(m.trim()));
    expect(members).toEqual(Array.from({ length: privateUse.to - privateUse.from + 1 }, (_, i) => privateUse.from + i));
  });
});
