// The JSON resolution check on small fake packages installed in a temporary node_modules: it must
// fail where attw says "Resolution failed" under node10, and pass the layout the packages use.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFailures, RESOLUTION_MODES, resolveJsonSubpaths, resolvesAsExported } from './json-resolution.ts';
import type { Manifest } from './workspace.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Installs `files` as node_modules/@fake/data of a new project folder; returns the folder. */
function install(manifest: Manifest, files: readonly string[]): string {
  const project = mkdtempSync(join(tmpdir(), 'wscodes-json-resolution-test-'));
  folders.push(project);
  const root = join(project, 'node_modules', manifest.name);
  for (const [path, text] of [['package.json', JSON.stringify(manifest)], ...files.map((f) => [f, `{"file":"${f}"}`])] as const) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return project;
}

const check = (exportsField: Record<string, unknown>, files: readonly string[]) => {
  const manifest: Manifest = { name: '@fake/data', version: '1.0.0', exports: { ...exportsField, './package.json': './package.json' } };
  return resolveJsonSubpaths(install(manifest, files), manifest, ['package.json', ...files]);
};

describe('resolveJsonSubpaths', () => {
  it('fails a JSON subpath whose file is not where its name says, under node10 only', () => {
    const results = check({ './data.json': './generated/data.json' }, ['generated/data.json']);
    expect(results.map((r) => [r.mode, resolvesAsExported(r)])).toEqual([
      ['node10', false],
      ['node16 (from CJS)', true],
      ['node16 (from ESM)', true],
      ['bundler', true],
    ]);
    expect(describeFailures(results)).toEqual([
      '@fake/data/data.json under node10: Resolution failed (node10 ignores "exports" and looks for data.json at the package root: write the file there and point exports["./data.json"] at it)',
    ]);
  });

  it('passes JSON at the package root, generated or hand-written, in every mode', () => {
    const results = check({ './data.json': './data.json', './compat.json': './compat.json' }, ['data.json', 'compat.json']);
    expect(results).toHaveLength(2 * RESOLUTION_MODES.length);
    expect(describeFailures(results)).toEqual([]);
  });

  it('fails node10 when it finds another file than the one exports names', () => {
    // A stale copy at the root: node10 reads it while every other mode reads generated/.
    const failures = describeFailures(check({ './data.json': './generated/data.json' }, ['generated/data.json', 'data.json']));
    expect(failures).toEqual([expect.stringContaining('@fake/data/data.json under node10: resolved to data.json, not generated/data.json')]);
  });

  it('fails every mode when the exported file is missing', () => {
    const failures = describeFailures(check({ './data.json': './data.json' }, []));
    expect(failures).toHaveLength(RESOLUTION_MODES.length);
    for (const line of failures) expect(line).toContain('Resolution failed');
  });

  it('lists JSON subpaths from the export map, pattern subpaths included', () => {
    const results = check({ './codes/*': './codes/*' }, ['codes/1000.json']);
    expect(new Set(results.map((r) => r.specifier))).toEqual(new Set(['@fake/data/codes/1000.json']));
    expect(describeFailures(results)).toEqual([]);
  });
});
