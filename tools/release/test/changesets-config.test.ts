// .changeset/config.json, read and validated by changesets itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { read } from '@changesets/config';
import { describe, expect, it } from 'vitest';
import { listPackages, listPublicPackages, REPO_ROOT } from '../src/workspace.ts';

const config = await read(REPO_ROOT);
const publicNames = listPublicPackages().map((p) => p.manifest.name).sort();
// The tools, and the docs site's package (site/, a workspace of its own beside them).
const toolPackages = [...listPackages(REPO_ROOT, 'tools'), { manifest: JSON.parse(readFileSync(join(REPO_ROOT, 'site/package.json'), 'utf8')) as { name: string; private?: boolean } }];
const toolNames = toolPackages.map((p) => p.manifest.name).sort();

describe('.changeset/config.json', () => {
  it('puts every public package, and only those, into one fixed group', () => {
    expect(config.fixed).toHaveLength(1);
    expect([...(config.fixed[0] ?? [])].sort()).toEqual(publicNames);
    expect(config.linked).toEqual([]);
  });

  it('ignores every tool package, and they are private and never versioned or tagged', () => {
    expect([...config.ignore].sort()).toEqual(toolNames);
    for (const pkg of toolPackages) expect(pkg.manifest.private, pkg.manifest.name).toBe(true);
    expect(config.privatePackages).toEqual({ version: false, tag: false });
  });

  it('publishes publicly from main, with the offline changelog, and patches internal dependency ranges', () => {
    expect(config.access).toBe('public');
    expect(config.baseBranch).toBe('main');
    expect(config.changelog).toEqual(['@changesets/cli/changelog', null]);
    expect(config.updateInternalDependencies).toBe('patch');
    expect(config.commit).toBe(false);
  });
});
