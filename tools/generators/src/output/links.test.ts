import { describe, expect, it } from 'vitest';
import { parseProjectLinks, readProjectLinks, repositoryFileUrl, sitePaths, siteUrl } from './links.ts';

const manifest = (fields: object): string => JSON.stringify({ name: 'x', ...fields });

describe('project links', () => {
  it('derives the repository and issue addresses from the root manifest', () => {
    const links = parseProjectLinks(manifest({ homepage: 'https://fork.example/docs/', repository: { type: 'git', url: 'git+https://github.com/someone/fork.git' } }));
    expect(links).toEqual({ site: 'https://fork.example/docs/', repository: 'https://github.com/someone/fork', issues: 'https://github.com/someone/fork/issues' });
    expect(siteUrl(links, sitePaths.code(1006))).toBe('https://fork.example/docs/codes/1006/');
    expect(repositoryFileUrl(links, 'packages/core/README.md')).toBe('https://github.com/someone/fork/blob/main/packages/core/README.md');
  });

  it('accepts a repository given as a plain string', () => {
    expect(parseProjectLinks(manifest({ homepage: 'https://a.example/', repository: 'https://github.com/a/b' })).repository).toBe('https://github.com/a/b');
  });

  it('says how to fix a missing homepage or repository', () => {
    expect(() => parseProjectLinks(manifest({ repository: 'https://github.com/a/b' }))).toThrow(/set "homepage"/);
    expect(() => parseProjectLinks(manifest({ homepage: 'https://a.example' }))).toThrow(/ending in "\/"/);
    expect(() => parseProjectLinks(manifest({ homepage: 'https://a.example/', repository: 'svn://x' }))).toThrow(/set "repository"/);
  });

  it('reads the workspace root manifest', () => {
    const links = readProjectLinks();
    expect(links.site).toMatch(/^https:\/\/\S+\/$/);
    expect(links.repository).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+$/);
  });
});
