// The README's TypeScript examples must match the real API: each ```ts block is typechecked
// against src/ (as '@wscodes/core' and its entry points, ENTRY_POINTS) with the DOM and Node/ws types a reader would have.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const README = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');

function snippets(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/** Every entry point a README example may import, and its source. */
const ENTRY_POINTS = {
  '@wscodes/core': 'index.ts',
  '@wscodes/core/details': 'details.ts',
  '@wscodes/core/frames': 'frames.ts',
  '@wscodes/core/handshake': 'handshake.ts',
  '@wscodes/core/protocols': 'protocols.ts',
  '@wscodes/core/names': 'names.ts',
  '@wscodes/core/classify': 'classify.ts',
  '@wscodes/core/define': 'define.ts',
  '@wscodes/core/http-status': 'http-status.ts',
  '@wscodes/core/adapters': 'adapters.ts',
} as const;

const snippetFile = (name: string) => join(PACKAGE_ROOT, 'test', '__readme__', `${name}.ts`);

/** Typechecks the snippets as one in-memory program (loading the lib and Node types once); problems per snippet name. */
function typecheck(sources: Readonly<Record<string, string>>): Map<string, string[]> {
  const files = new Map(Object.entries(sources).map(([name, text]) => [snippetFile(name), text]));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    allowImportingTsExtensions: true,
    noUnusedLocals: true,
    paths: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([specifier, file]) => [specifier, [join(PACKAGE_ROOT, 'src', file)]])),
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists(file);
  host.readFile = (file) => files.get(file) ?? readFile(file);
  host.getSourceFile = (file, version, ...rest) =>
    files.has(file) ? ts.createSourceFile(file, files.get(file)!, version) : getSourceFile(file, version, ...rest);
  const program = ts.createProgram([...files.keys()], options, host);
  const problems = new Map(Object.keys(sources).map((name) => [name, [] as string[]]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const name = d.file ? d.file.fileName.slice(PACKAGE_ROOT.length + 1) : '';
    const line = `${name}${where ? `:${where.line + 1}:${where.character + 1}` : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    // A problem outside the snippets (in src/, or global) counts against every example.
    const owner = [...files.keys()].find((file) => file === d.file?.fileName);
    for (const [snippet, list] of problems) if (!owner || owner === snippetFile(snippet)) list.push(line);
  }
  return problems;
}

describe('README examples', () => {
  const examples = snippets(README);

  it('shows handling onclose with planReconnect, a server close with a safe reason, the close() guard, and forwarding', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const all = examples.join('\n');
    expect(all).toContain('socket.onclose');
    expect(all).toContain('planReconnect(event');
    expect(all).toContain('truncateCloseReason(');
    expect(all).toContain('toForwardableClose(');
    expect(all).toContain("ws.close(CloseCode.TryAgainLater, 'overloaded')");
    expect(all).toContain('isValidApiCloseCode(');
    expect(all).toContain('decodeClosePayload(');
    expect(all).toContain('encodeClosePayload(');
  });

  // One program holds every example and a broken one, so the lib and Node types load once.
  const BROKEN = "import { describeCloseCodes } from '@wscodes/core';\ndescribeCloseCodes(1000);\n";
  let checked: Map<string, string[]>;
  const problems = () => (checked ??= typecheck({ ...Object.fromEntries(examples.map((text, i) => [`snippet-${i + 1}`, text])), broken: BROKEN }));

  it('every ts example typechecks against the real API', () => {
    const { broken: _broken, ...rest } = Object.fromEntries(problems());
    expect(Object.values(rest).flat()).toEqual([]);
    expect(Object.keys(rest)).toHaveLength(examples.length);
  }, 60_000);

  it('the typecheck catches a wrong API name (the test can fail)', () => {
    expect(problems().get('broken')!.join('\n')).toMatch(/describeCloseCodes/);
  }, 60_000);

  it('names every export in the API table', async () => {
    const api = await import('../src/index.ts');
    for (const name of Object.keys(api)) expect(README).toContain(`| \`${name}`);
  });

  it('shows /frames, /handshake, /names, /classify, /define and /http-status in an example each, and names every export of theirs in a table', async () => {
    for (const [specifier, module] of [
      ['@wscodes/core/frames', await import('../src/frames.ts')],
      ['@wscodes/core/handshake', await import('../src/handshake.ts')],
      ['@wscodes/core/names', await import('../src/names.ts')],
      ['@wscodes/core/classify', await import('../src/classify.ts')],
      ['@wscodes/core/define', await import('../src/define.ts')],
      ['@wscodes/core/http-status', await import('../src/http-status.ts')],
    ] as const) {
      expect(examples.some((e) => e.includes(`from '${specifier}'`)), specifier).toBe(true);
      for (const name of Object.keys(module)) expect(README, `${specifier} exports ${name}`).toContain(`| \`${name}`);
    }
  });
});
