import { describe, expect, it } from 'vitest';
import { CJS_CONDITIONS, ESM_CONDITIONS, entryKind, listEntryPoints, referencedFiles, resolveTarget, subpathMap } from './exports.ts';
import type { Manifest } from './workspace.ts';

const dual = {
  import: { types: './dist/index.d.ts', default: './dist/index.js' },
  require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
};

describe('subpathMap', () => {
  it('treats a string or a condition object as the root entry', () => {
    expect(subpathMap({ name: 'a', version: '1.0.0', exports: './x.js' })).toEqual({ '.': './x.js' });
    expect(subpathMap({ name: 'a', version: '1.0.0', exports: dual })).toEqual({ '.': dual });
    expect(subpathMap({ name: 'a', version: '1.0.0', exports: { '.': dual, './r.json': './r.json' } })).toEqual({ '.': dual, './r.json': './r.json' });
  });
  it('falls back to main, and to nothing', () => {
    expect(subpathMap({ name: 'a', version: '1.0.0', main: 'index.js' })).toEqual({ '.': './index.js' });
    expect(subpathMap({ name: 'a', version: '1.0.0' })).toEqual({});
  });
});

describe('resolveTarget', () => {
  it('takes the first matching condition in object order, as Node does', () => {
    expect(resolveTarget(dual, ESM_CONDITIONS)).toBe('./dist/index.js');
    expect(resolveTarget(dual, CJS_CONDITIONS)).toBe('./dist/index.cjs');
    expect(resolveTarget({ default: './a.js', import: './b.js' }, ESM_CONDITIONS)).toBe('./a.js');
    expect(resolveTarget({ browser: './b.js' }, ESM_CONDITIONS)).toBeNull();
  });
  it('falls through a condition whose nested object matches nothing, as Node does', () => {
    expect(resolveTarget({ import: { types: './a.d.ts' }, default: './a.js' }, ESM_CONDITIONS)).toBe('./a.js');
  });
});

describe('listEntryPoints', () => {
  const manifest: Manifest = {
    name: '@x/p',
    version: '1.0.0',
    exports: { '.': dual, './registry.json': './generated/registry.json', './codes/*': './codes/*', './package.json': './package.json' },
  };
  const files = ['package.json', 'dist/index.js', 'generated/registry.json', 'codes/1000-normal.md'];

  it('lists every subpath with its targets, expands a pattern to one shipped file, skips ./package.json', () => {
    const entries = listEntryPoints(manifest, files);
    expect(entries.map((e) => [e.specifier, e.esm, e.cjs, e.types])).toEqual([
      ['@x/p', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts'],
      ['@x/p/registry.json', 'generated/registry.json', 'generated/registry.json', null],
      ['@x/p/codes/1000-normal.md', 'codes/1000-normal.md', 'codes/1000-normal.md', null],
    ]);
    expect(entries.map((e) => entryKind(e.esm))).toEqual(['js', 'json', 'other']);
  });

  it('the files of bin, as a map or a string', () => {
    expect(referencedFiles({ name: 'wscodes', version: '1.0.0', bin: { wscodes: 'dist/wscodes.js' } })).toEqual(['dist/wscodes.js']);
    expect(referencedFiles({ name: 'wscodes', version: '1.0.0', bin: './dist/wscodes.js' })).toEqual(['dist/wscodes.js']);
  });

  it('every file the manifest points at, under any condition', () => {
    expect(referencedFiles({ ...manifest, main: './dist/index.cjs', types: './dist/index.d.ts' })).toEqual([
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'generated/registry.json',
      'package.json',
    ]);
  });
});
