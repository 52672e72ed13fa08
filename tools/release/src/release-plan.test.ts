import parseChangeset from '@changesets/parse';
import { describe, expect, it } from 'vitest';
import { isChangesetFile, placeholderChangeset, staleInternalDependencies, versionMismatch } from './release-plan.ts';

describe('placeholderChangeset', () => {
  it('is a changeset that changesets itself parses, bumping every package', () => {
    const parsed = parseChangeset(placeholderChangeset(['@wscodes/core', '@wscodes/schema'], 'minor'));
    expect(parsed.releases).toEqual([
      { name: '@wscodes/core', type: 'minor' },
      { name: '@wscodes/schema', type: 'minor' },
    ]);
    expect(parsed.summary).toContain('release:dry placeholder');
  });
});

describe('isChangesetFile', () => {
  it('counts Markdown files other than the README', () => {
    expect(['README.md', 'readme.md', 'config.json', 'brave-lions-sing.md'].filter(isChangesetFile)).toEqual(['brave-lions-sing.md']);
  });
});

describe('versionMismatch', () => {
  it('is null when every package has the same version', () => {
    expect(versionMismatch([{ name: 'a', version: '1.2.0' }, { name: 'b', version: '1.2.0' }])).toBeNull();
  });
  it('names every package and its version when they differ', () => {
    const message = versionMismatch([{ name: '@wscodes/core', version: '1.3.0' }, { name: '@wscodes/schema', version: '1.2.0' }]);
    expect(message).toContain('@wscodes/core@1.3.0');
    expect(message).toContain('@wscodes/schema@1.2.0');
    expect(message).toContain('"fixed" group');
  });
});

describe('staleInternalDependencies', () => {
  it('accepts siblings pinned at the group version, and leaves outside dependencies alone', () => {
    expect(staleInternalDependencies([
      { name: '@wscodes/core', version: '1.3.0' },
      { name: 'wscodes', version: '1.3.0', dependencies: { '@wscodes/core': '1.3.0', other: '^2' } },
    ])).toBeNull();
  });

  it('names each sibling range that is not the sibling\'s version', () => {
    const message = staleInternalDependencies([
      { name: '@wscodes/core', version: '1.3.0' },
      { name: 'wscodes', version: '1.3.0', dependencies: { '@wscodes/core': '1.2.0' } },
    ]);
    expect(message).toContain('wscodes depends on @wscodes/core@1.2.0, but @wscodes/core is at 1.3.0');
  });
});
