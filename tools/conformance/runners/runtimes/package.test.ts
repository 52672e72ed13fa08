// The runtimes' own package: pinned exactly, locked, and kept out of the root npm ci (its binaries
// weigh ~350 MB and only the conformance step needs them).
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RUNNERS } from '../../src/runners.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../../..');
const folder = relative(root, here).split('\\').join('/');

interface Lock {
  readonly packages: Record<string, { readonly version?: string; readonly dependencies?: Record<string, string> }>;
}
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

const pkg = readJson<{ dependencies: Record<string, string> }>(join(here, 'package.json'));
const lock = readJson<Lock>(join(here, 'package-lock.json'));
const dependencies = Object.entries(pkg.dependencies);

describe('tools/conformance/runners/runtimes', () => {
  it('pins every runtime to an exact version, and its lock file holds those versions', () => {
    expect(dependencies.length).toBeGreaterThan(0);
    for (const [name, range] of dependencies) {
      expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages['']?.dependencies?.[name], name).toBe(range);
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(range);
    }
  });

  it('is not a workspace of the root, so the root npm ci never installs the runtimes', () => {
    const rootLock = readJson<Lock>(join(root, 'package-lock.json'));
    expect(Object.keys(rootLock.packages)).not.toContain(folder);
    for (const [name] of dependencies) expect(Object.keys(rootLock.packages), name).not.toContain(`node_modules/${name}`);
  });

  it('is what the runtimes runner tells a user to install, and what CI installs, without install scripts', () => {
    const runner = RUNNERS.find((r) => r.command.some((part) => part.startsWith(folder)));
    expect(runner?.install).toMatch(new RegExp(`^npm ci --ignore-scripts .*--prefix ${folder}$`));
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toMatch(new RegExp(`^npm ci --ignore-scripts .*--prefix ${folder}$`, 'm'));
  });
});
