// The generated core module must type-check together with core's hand-written sources, in memory,
// before anything is written. A check for the test suite, not for every `npm run generate`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { loadRegistry, REPO_ROOT } from '@wscodes-tools/registry';
import { CORE_DETAILS_FILE, CORE_REGISTRY_FILE, generateCore } from '../src/core/generate-core.ts';
import { CORE_PROTOCOLS_FILE, generateProtocolCatalogue } from '../src/core/protocol-catalogue.ts';
import { registryWithCatalogue } from './protocol-catalogue.ts';
import { fixtureRegistry } from './registry.ts';

const CORE_SRC = join(REPO_ROOT, 'packages/core/src');

/** Core's hand-written sources, by path relative to the repository root. */
const handWritten = (): Map<string, string> =>
  new Map(
    readdirSync(CORE_SRC)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => [`packages/core/src/${name}`, readFileSync(join(CORE_SRC, name), 'utf8')]),
  );

let project: Project | undefined;

/** An in-memory project holding core's hand-written sources; lib files are parsed once. */
function coreProject(): Project {
  if (project !== undefined) return project;
  project = new Project({
    useInMemoryFileSystem: true,
    // packages/core/tsconfig.json, without Node: the package runs in browsers, Deno and Bun.
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      noEmit: true,
      strict: true,
      noUncheckedIndexedAccess: true,
      isolatedModules: true,
      verbatimModuleSyntax: true,
      types: [],
      // The lib files are TypeScript's own; checking them is most of the cost and tests nothing of ours.
      skipLibCheck: true,
    },
  });
  for (const [path, text] of handWritten()) project.createSourceFile(`/${path}`, text);
  // The fixture holds close codes only; /frames, /handshake and /http-status import the modules of
  // the other registries and of the handshake statuses, generated here from the real ones.
  for (const file of generateCore(withOtherRegistries()).slice(2)) project.createSourceFile(`/${file.path}`, file.contents);
  return project;
}

/** The fixture's close codes with the real registry's other IANA registries and its handshake statuses (for /http-status). */
const withOtherRegistries = () => {
  const real = loadRegistry();
  return { ...fixtureRegistry(), ianaRegistries: real.ianaRegistries, handshakeStatuses: real.handshakeStatuses };
};

/** The errors of core's sources with this text as generated/registry.ts (and details.ts), as "file:line: message". */
function typeCheckCore(generated: string, details = generateCore(fixtureRegistry())[1]!.contents, protocols = generateProtocolCatalogue(fixtureRegistry()).contents): string[] {
  const core = coreProject();
  core.createSourceFile(`/${CORE_REGISTRY_FILE}`, generated, { overwrite: true });
  core.createSourceFile(`/${CORE_DETAILS_FILE}`, details, { overwrite: true });
  core.createSourceFile(`/${CORE_PROTOCOLS_FILE}`, protocols, { overwrite: true });
  return core.getPreEmitDiagnostics().map((d) => {
    const file = d.getSourceFile();
    const where = file ? `${file.getFilePath().slice(1)}:${d.getLineNumber() ?? '?'}` : '(global)';
    return `${where}: ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, '\n')}`;
  });
}

const moduleText = (registry: ReturnType<typeof fixtureRegistry>): string => generateCore(registry)[0]!.contents;

describe('the generated core module type-checks with core, in memory', { timeout: 300_000 }, () => {
  // The real registry's module is type-checked on disk by npm run typecheck; this is the generator's own check.
  it("for the generator tests' registry", () => {
    expect(typeCheckCore(moduleText(fixtureRegistry()))).toEqual([]);
  });

  it('reports a hand-written import the details module no longer provides', () => {
    const details = generateCore(fixtureRegistry())[1]!.contents;
    const broken = details.replace('export const RANGE_DETAILS', 'const RANGE_DETAILS');
    expect(broken).not.toBe(details);
    expect(typeCheckCore(moduleText(fixtureRegistry()), broken)).toContainEqual(expect.stringMatching(/^packages\/core\/src\/details\.ts:\d+: .*RANGE_DETAILS/));
  });

  it('reports a value that does not fit its record type (the check can fail)', () => {
    const text = moduleText(fixtureRegistry());
    const broken = text.replace('rangeKind: "protocol"', 'rangeKind: "nowhere"');
    expect(broken).not.toBe(text);
    const errors = typeCheckCore(broken);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^packages\/core\/src\/generated\/registry\.ts:\d+: [\s\S]*Type '"nowhere"' is not assignable to type 'RangeKind'/);
  });

  it("types the protocol catalogue's data with core's hand-written protocol records, and reports a value that does not fit", () => {
    const text = moduleText(fixtureRegistry());
    const protocols = generateProtocolCatalogue(registryWithCatalogue()).contents;
    expect(protocols).toContain('"alpha.v1"');
    expect(typeCheckCore(text, undefined, protocols)).toEqual([]);
    const broken = protocols.replace('definedBy: "library"', 'definedBy: "folklore"');
    expect(broken).not.toBe(protocols);
    expect(typeCheckCore(text, undefined, broken)).toEqual([expect.stringMatching(/^packages\/core\/src\/generated\/protocols\.ts:\d+: [\s\S]*"folklore"/)]);
  });

  it('reports a hand-written import that a module of another registry no longer provides', () => {
    const files = generateCore(withOtherRegistries());
    const subprotocols = files.find((f) => f.path.endsWith('/generated/subprotocols.ts'))!;
    const broken = subprotocols.contents.replace('export const TOKEN_PATTERN', 'const TOKEN_PATTERN');
    expect(broken).not.toBe(subprotocols.contents);
    const core = coreProject();
    core.createSourceFile(`/${subprotocols.path}`, broken, { overwrite: true });
    try {
      expect(typeCheckCore(moduleText(fixtureRegistry()))).toContainEqual(expect.stringMatching(/^packages\/core\/src\/subprotocols\.ts:\d+: .*TOKEN_PATTERN/));
    } finally {
      core.createSourceFile(`/${subprotocols.path}`, subprotocols.contents, { overwrite: true });
    }
  });

  it('reports a hand-written import the generated module no longer provides', () => {
    const text = moduleText(fixtureRegistry());
    const broken = text.replace('export const MAX_REASON_BYTES', 'const MAX_REASON_BYTES');
    expect(broken).not.toBe(text);
    expect(typeCheckCore(broken)).toContainEqual(expect.stringMatching(/^packages\/core\/src\/encode\.ts:\d+: .*MAX_REASON_BYTES/));
  });
});
