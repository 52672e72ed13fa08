import { describe, expect, it } from 'vitest';
import { checkTarballFiles } from './allow-list.ts';

const BASICS = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
const paths = (name: string, files: string[]) => checkTarballFiles(name, files).map((v) => v.path);

describe('checkTarballFiles', () => {
  it('accepts what each package is meant to ship', () => {
    expect(checkTarballFiles('@wscodes/core', [...BASICS, 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'])).toEqual([]);
    expect(checkTarballFiles('@wscodes/schema', [...BASICS, 'generated/registry.json', 'close-code.schema.json'])).toEqual([]);
    expect(checkTarballFiles('@wscodes/docs', [...BASICS, 'codes/1000-normal-closure.md', 'ranges.md'])).toEqual([]);
    expect(checkTarballFiles('@wscodes/fixtures', [...BASICS, 'dist/index.js', 'dist/index.d.ts', 'close-payloads.json'])).toEqual([]);
  });

  it('CHANGELOG.md is optional before the first release', () => {
    expect(checkTarballFiles('@wscodes/core', ['package.json', 'README.md', 'LICENSE', 'dist/index.js'])).toEqual([]);
  });

  it.each([
    ['src/index.ts', 'sources'],
    ['src/generated/registry.ts', 'sources'],
    ['dist/src/index.js', 'sources'],
    ['test/decode.test.ts', 'tests'],
    ['dist/index.test.js', 'tests'],
    ['index.ts', 'TypeScript sources'],
    ['tsconfig.json', 'build configuration'],
    ['tsconfig.build.json', 'build configuration'],
    ['tsconfig.tsbuildinfo', 'build state'],
    ['dist/.tsbuildinfo', 'build state'],
    ['tsup.config.ts', 'TypeScript sources'],
    ['vitest.config.mjs', 'build configuration'],
    ['.npmignore', 'dotfiles'],
    ['dist/index.js.map', 'source maps'],
    ['wscodes-core-1.0.0.tgz', 'tarball'],
  ])('rejects %s in every package (%s)', (file, reason) => {
    for (const name of ['@wscodes/core', '@wscodes/schema', '@wscodes/docs', '@wscodes/fixtures']) {
      const violations = checkTarballFiles(name, [...BASICS, file]);
      expect(violations).toHaveLength(1);
      expect(violations[0]?.path).toBe(file);
      expect(violations[0]?.problem).toContain(reason);
    }
  });

  it('keeps each package to its own kind of content', () => {
    expect(paths('@wscodes/core', [...BASICS, 'dist/index.js', 'registry.json'])).toEqual(['registry.json']);
    expect(paths('@wscodes/docs', [...BASICS, 'dist/index.js', 'README.md'])).toEqual(['dist/index.js']);
    expect(paths('@wscodes/schema', [...BASICS, 'codes/1000.md', 'dist/index.cjs'])).toEqual(['codes/1000.md', 'dist/index.cjs']);
  });

  it('reports missing README and LICENSE', () => {
    const violations = checkTarballFiles('@wscodes/core', ['package.json', 'dist/index.js']);
    expect(violations.map((v) => [v.path, v.problem.split(':')[0]])).toEqual([
      ['README.md', 'missing'],
      ['LICENSE', 'missing'],
    ]);
  });

  it('a package without an allow-list may ship only the common files, and is told where to add one', () => {
    expect(checkTarballFiles('@wscodes/new', BASICS)).toEqual([]);
    const [violation] = checkTarballFiles('@wscodes/new', [...BASICS, 'dist/index.js']);
    expect(violation?.problem).toContain('has no allow-list');
    expect(violation?.problem).toContain('tools/release/src/allow-list.ts');
  });
});
