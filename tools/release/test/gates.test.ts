// The gates must fail on broken packages: each case packs a small synthetic package that breaks one rule.
import { afterAll, describe, expect, it } from 'vitest';
import { installScratchProject, runConsumerCheck, type ConsumerCheckName, type Probe } from '../src/consumer.ts';
import { ReleaseError } from '../src/exec.ts';
import { checkAttw, checkFiles, checkLinks, checkPublint } from '../src/gates.ts';
import { REPO_ROOT } from '../src/workspace.ts';
import { MIT, removeTemporaryFolders, syntheticPackage, temporaryFolder } from './helpers.ts';

afterAll(removeTemporaryFolders);

const manifest = (extra: Record<string, unknown>): string =>
  JSON.stringify({ name: '@wscodes/core', version: '1.0.0', license: 'MIT', type: 'module', engines: { node: '>=20.19' }, ...extra }, null, 2);

const dualExports = {
  exports: {
    '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' }, require: { types: './dist/index.d.cts', default: './dist/index.cjs' } },
    './package.json': './package.json',
  },
  main: './dist/index.cjs',
  types: './dist/index.d.ts',
  sideEffects: false,
};

/** A correct little dual package; cases below change one thing. */
const goodFiles = (indexJs = 'export const CloseCode = Object.freeze({ NormalClosure: 1000 });\n'): Record<string, string> => ({
  'package.json': manifest({ ...dualExports, files: ['dist'] }),
  'README.md': '# synthetic\n',
  LICENSE: MIT,
  'dist/index.js': indexJs,
  'dist/index.cjs': 'exports.CloseCode = Object.freeze({ NormalClosure: 1000 });\n',
  'dist/index.d.ts': 'export declare const CloseCode: { readonly NormalClosure: 1000 };\n',
  'dist/index.d.cts': 'export declare const CloseCode: { readonly NormalClosure: 1000 };\n',
});

const failureOf = async (body: () => unknown): Promise<string> => {
  try {
    await body();
  } catch (error) {
    if (error instanceof ReleaseError) return error.message;
    throw error;
  }
  throw new Error('expected the gate to fail, and it passed');
};

describe('files gate', () => {
  it('fails on a tarball that ships sources, tests and build state, naming each file', async () => {
    const packed = syntheticPackage({
      ...goodFiles(),
      'package.json': manifest({ ...dualExports }), // no "files": npm packs everything
      'src/index.ts': 'export {};\n',
      'test/index.test.ts': 'export {};\n',
      'tsconfig.tsbuildinfo': '{}',
      'tsconfig.json': '{}',
    });
    const message = await failureOf(() => checkFiles([packed], REPO_ROOT));
    for (const file of ['src/index.ts', 'test/index.test.ts', 'tsconfig.tsbuildinfo', 'tsconfig.json']) expect(message).toContain(file);
  });

  it('fails when package.json points at a file the tarball lacks', async () => {
    const files = goodFiles();
    delete files['dist/index.d.cts'];
    const message = await failureOf(() => checkFiles([syntheticPackage(files)], REPO_ROOT));
    expect(message).toContain('dist/index.d.cts  package.json points at it');
  });
});

describe('links gate', () => {
  it('fails on a peer dependency between public packages', async () => {
    const packed = syntheticPackage({ ...goodFiles(), 'package.json': manifest({ ...dualExports, files: ['dist'], peerDependencies: { '@wscodes/core': '^1.0.0' } }) });
    const message = await failureOf(() => checkLinks([{ ...packed, name: '@wscodes/fixtures', manifest: { ...packed.manifest, name: '@wscodes/fixtures' } }, packed], REPO_ROOT));
    expect(message).toContain('lists @wscodes/core in peerDependencies: move it to "dependencies"');
  });

  it('fails when built code imports a package that is not a dependency', async () => {
    const packed = syntheticPackage(goodFiles('import { z } from "zod";\nexport const CloseCode = z;\n'));
    expect(await failureOf(() => checkLinks([packed], REPO_ROOT))).toContain('dist/index.js imports zod, which is not in "dependencies"');
  });
});

describe('links gate: where the project lives', () => {
  const linked = { homepage: 'https://wscodes.github.io/', repository: { type: 'git', url: 'git+https://github.com/wscodes/wscodes.git', directory: 'packages/synthetic' }, bugs: { url: 'https://github.com/wscodes/wscodes/issues' } };
  const withReadme = (readme: string, extra: Record<string, unknown> = linked) => syntheticPackage({ ...goodFiles(), 'package.json': manifest({ ...dualExports, files: ['dist'], ...extra }), 'README.md': readme });

  it('passes absolute links and same-page anchors, and fails a relative link in the packed README, naming its line', async () => {
    expect(checkLinks([withReadme('# ok\n\n[site](https://wscodes.github.io/codes/1006/), [usage](#usage)\n')], REPO_ROOT)).toContain('no relative link in any README');
    const message = await failureOf(() => checkLinks([withReadme('# synthetic\n\nSee [the page](../docs/compatibility.md).\n')], REPO_ROOT));
    expect(message).toContain('README.md:3 links to "../docs/compatibility.md", which is relative and breaks on npm');
  });

  it('fails a manifest without repository, homepage and bugs, with the JSON to set', async () => {
    const message = await failureOf(() => checkLinks([withReadme('# synthetic\n', {})], REPO_ROOT));
    for (const field of ['homepage', 'repository', 'bugs']) expect(message).toContain(`packages/synthetic/package.json: no "${field}"; set "${field}": `);
    expect(message).toContain('"directory":"packages/synthetic"');
  });
});

describe('publint gate', () => {
  it('passes the good package and reports an exports target missing from the tarball', async () => {
    expect(await checkPublint([syntheticPackage(goodFiles())])).toContain('reports nothing');
    const files = goodFiles();
    delete files['dist/index.cjs'];
    expect(await failureOf(() => checkPublint([syntheticPackage(files)]))).toMatch(/dist\/index\.cjs/);
  });
});

describe('attw gate', () => {
  it('passes the good dual package and fails one whose require() types are ESM declarations', async () => {
    expect(checkAttw([syntheticPackage(goodFiles())], REPO_ROOT)).toContain('attw reports nothing for 1 package');
    const masquerading = {
      ...goodFiles(),
      'package.json': manifest({
        exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js', require: './dist/index.cjs' } },
        main: './dist/index.cjs',
        types: './dist/index.d.ts',
        files: ['dist'],
      }),
    };
    const message = await failureOf(() => checkAttw([syntheticPackage(masquerading)], REPO_ROOT));
    expect(message).toMatch(/Masquerading as ESM/i);
  });
});

describe('attw gate: JSON subpaths', () => {
  // A JSON-only package, like @wscodes/schema: attw finds no types in it, so the gate resolves its JSON itself.
  const jsonOnly = (target: string, file: string): Record<string, string> => ({
    'package.json': manifest({ name: '@wscodes/schema', exports: { './registry.json': target, './package.json': './package.json' }, files: [file.split('/')[0]!] }),
    'README.md': '# synthetic\n',
    LICENSE: MIT,
    [file]: '{"codes":[]}\n',
  });

  it('fails a JSON subpath that does not resolve under node10, and passes it at the package root', async () => {
    const message = await failureOf(() => checkAttw([syntheticPackage(jsonOnly('./generated/registry.json', 'generated/registry.json'))], REPO_ROOT));
    expect(message).toContain('@wscodes/schema/registry.json under node10: Resolution failed');
    expect(message).not.toContain('under node16');
    expect(message).not.toContain('under bundler');
    expect(checkAttw([syntheticPackage(jsonOnly('./registry.json', 'registry.json'))], REPO_ROOT)).toContain('4 resolutions of JSON subpaths');
  });

  it('fails the JSON subpath of a package with JavaScript too', async () => {
    const files = {
      ...goodFiles(),
      'package.json': manifest({ ...dualExports, exports: { ...dualExports.exports, './data.json': './generated/data.json' }, files: ['dist', 'generated'] }),
      'generated/data.json': '{}\n',
    };
    expect(await failureOf(() => checkAttw([syntheticPackage(files)], REPO_ROOT))).toContain('@wscodes/core/data.json under node10: Resolution failed');
  });
});

describe('consumer gate', () => {
  // The real @wscodes/core probes ask for more than this small package has; these ask what it does have.
  const probes: Record<string, Probe> = {
    '@wscodes/core': {
      js: ['m.CloseCode.NormalClosure === 1000'],
      ts: ['const normal: 1000 = m.CloseCode.NormalClosure;', '// @ts-expect-error the literal type is 1000', 'const wrong: 1001 = m.CloseCode.NormalClosure;', 'void normal; void wrong;'],
    },
  };
  const consume = async (files: Record<string, string>, check: ConsumerCheckName) => {
    const packed = syntheticPackage(files);
    const dir = temporaryFolder('wscodes-consumer-test-');
    installScratchProject(dir, [packed]);
    return runConsumerCheck(check, { dir, packages: [packed], repoRoot: REPO_ROOT, probes });
  };

  it('accepts the good package in Node ESM, Node CJS, TypeScript and a browser bundle', async () => {
    expect(await consume(goodFiles(), 'node-esm')).toContain('imported 1 entry points');
    expect(await consume(goodFiles(), 'node-cjs')).toContain('required 1 entry points');
    expect(await consume(goodFiles(), 'ts-bundler')).toContain('tsc --noEmit passed');
    expect(await consume(goodFiles(), 'esbuild-browser')).toContain('platform=browser');
  });

  it('fails the browser bundle when the package pulls in a Node built-in', async () => {
    const message = await failureOf(() => consume(goodFiles('import { readFileSync } from "node:fs";\nexport const CloseCode = { NormalClosure: 1000, readFileSync };\n'), 'esbuild-browser'));
    expect(message).toContain('esbuild browser bundle failed');
    expect(message).toContain('node:fs');
  });

  it('fails Node ESM when a probe of meaning does not hold', async () => {
    const message = await failureOf(() => consume(goodFiles('export const CloseCode = Object.freeze({ NormalClosure: 1001 });\n'), 'node-esm'));
    expect(message).toContain('consumer check failed: @wscodes/core: m.CloseCode.NormalClosure === 1000');
  });

  it('fails TypeScript when the declarations lose the literal type', async () => {
    const files = { ...goodFiles(), 'dist/index.d.ts': 'export declare const CloseCode: { readonly NormalClosure: number };\n' };
    const message = await failureOf(() => consume(files, 'ts-bundler'));
    expect(message).toContain('tsc --noEmit -p tsconfig.bundler.json failed');
    expect(message).toContain("error TS2322: Type 'number' is not assignable to type '1000'");
  });

  it('fails TypeScript when the declarations are any', async () => {
    const files = { ...goodFiles(), 'dist/index.d.ts': 'export declare const CloseCode: any;\n' };
    expect(await failureOf(() => consume(files, 'ts-bundler'))).toContain("error TS2578: Unused '@ts-expect-error' directive");
  });
});
