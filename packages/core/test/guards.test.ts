import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isSendableCloseCode, isValidApiCloseCode, isValidCloseCode } from '../src/index.ts';

/** The errors of a file compiled with core's settings (packages/core/tsconfig.json: no Node types). */
function typeErrors(file: string): string[] {
  const program = ts.createProgram([fileURLToPath(new URL(file, import.meta.url))], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').slice(0, 300));
}

describe('the predicates are type guards', () => {
  it('narrow to ApiCloseCode, SendableCloseCode and ReceivableCloseCode (guards.check.ts compiles)', () => {
    expect(typeErrors('guards.check.ts')).toEqual([]);
  }, 60_000);

  it('defineCloseCodes: literal constants, and a compile error for a code outside the private-use range, a duplicate code or a bad key (define.check.ts compiles)', () => {
    expect(typeErrors('define.check.ts')).toEqual([]);
  }, 60_000);

  it('still answer at run time as before', () => {
    expect([isValidApiCloseCode(1000), isValidApiCloseCode(1001), isValidApiCloseCode(3000.5)]).toEqual([true, false, false]);
    expect([isSendableCloseCode(3000), isSendableCloseCode(1015), isValidCloseCode(4999), isValidCloseCode(5000)]).toEqual([true, false, true, false]);
  });
});
