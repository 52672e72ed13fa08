// The whole release dry run, on a temporary copy: slow (copy, changeset version, build, pack).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { listPublicPackages, REPO_ROOT } from '../src/workspace.ts';
import { runCli } from './helpers.ts';

const gitStatus = (): string => spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout;

describe('npm run release:dry', () => {
  it('prints every public package at one next version with its files, and leaves the working tree as it was', () => {
    const before = gitStatus();
    const result = runCli('release-dry.ts');
    expect(gitStatus()).toBe(before);
    expect(result.status).toBe(0);

    const headers = [...result.stdout.matchAll(/^(@wscodes\/[\w-]+)@(\d+\.\d+\.\d+)  \d+ files/gm)].map((m) => [m[1], m[2]]);
    expect(headers.map(([name]) => name)).toEqual(listPublicPackages().map((p) => p.manifest.name));
    expect(new Set(headers.map(([, version]) => version)).size).toBe(1);
    expect(result.stdout).toMatch(/^ {4}CHANGELOG\.md /m);
    expect(result.stdout).toMatch(/^ {4}dist\/index\.js /m);
    expect(result.stdout).toMatch(/release:dry ok: \d+ packages would be published at /);
  });

  it('rejects an unknown bump with a clear message', () => {
    const result = runCli('release-dry.ts', ['--bump', 'huge']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--bump must be one of patch, minor, major');
  });
});
