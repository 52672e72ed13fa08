import { describe, expect, it } from 'vitest';
import { parseProjectLinks } from '@wscodes-tools/generators/output';
import { expectedManifestLinks, manifestLinkProblems } from './project-links.ts';

const fork = parseProjectLinks(JSON.stringify({ homepage: 'https://fork.example/', repository: { type: 'git', url: 'git+https://github.com/someone/fork.git' } }));

describe('manifest links', () => {
  it('derives repository (with the folder), homepage and bugs from the root links', () => {
    expect(expectedManifestLinks(fork, 'packages/cli')).toEqual({
      homepage: 'https://fork.example/',
      repository: { type: 'git', url: 'git+https://github.com/someone/fork.git', directory: 'packages/cli' },
      bugs: { url: 'https://github.com/someone/fork/issues' },
    });
  });

  it('names each missing or stale field with the JSON to set', () => {
    const manifest = { name: 'x', homepage: 'https://old.example/', bugs: { url: 'https://github.com/someone/fork/issues' } };
    expect(manifestLinkProblems(manifest, 'packages/x', fork)).toEqual([
      'packages/x/package.json: a different "homepage"; set "homepage": "https://fork.example/" (derived from the root package.json\'s "homepage" and "repository")',
      'packages/x/package.json: no "repository"; set "repository": {"type":"git","url":"git+https://github.com/someone/fork.git","directory":"packages/x"} (derived from the root package.json\'s "homepage" and "repository")',
    ]);
    expect(manifestLinkProblems({ ...manifest, ...expectedManifestLinks(fork, 'packages/x') }, 'packages/x', fork)).toEqual([]);
  });
});
