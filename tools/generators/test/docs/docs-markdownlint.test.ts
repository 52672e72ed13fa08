// markdownlint-cli2 with the docs package's checked-in configuration: it can fail (raw HTML, a broken
// table), and it passes on the committed docs and on docs generated from a hostile registry. A slow
// suite (SLOW_SUITES in vitest.suites.ts): each run is a process of a second or two. The build runs
// the same lint over the committed docs (the docs package's nx build target).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDocs } from '../../src/docs/generate-docs.ts';
import { hostileRegistry } from '../docs-hostile-registry.ts';
import { markdownlint, useDocsConfig } from './support/markdownlint.ts';

const dir = mkdtempSync(join(tmpdir(), 'wscodes-docs-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `files` into a fresh folder under `dir` that holds the docs configuration; returns it. */
function folderWith(name: string, files: readonly { readonly path: string; readonly contents: string }[]): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  useDocsConfig(folder);
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.contents);
  }
  return folder;
}

describe('markdownlint-cli2 with the docs configuration', { timeout: 60_000 }, () => {
  it('fails on raw HTML and on a table row with a cell too many', () => {
    const folder = folderWith('broken', [
      { path: 'README.md', contents: '# Codes\n\n| Code | Name |\n| --- | --- |\n| 1000 | a | b |\n' },
      { path: 'codes/x.md', contents: '# X\n\nHello <script>alert(1)</script>\n' },
    ]);
    const result = markdownlint(folder);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/README\.md:5.*MD056/);
    expect(result.output).toMatch(/codes\/x\.md:3.*MD033/);
  });

  it('passes on the committed docs', () => {
    const result = markdownlint();
    expect(result.output).toMatch(/Linting: \d+ file/);
    expect(result.ok, result.output).toBe(true);
  });

  it('passes on the docs of a hostile registry (no inline HTML, consistent tables)', () => {
    const pages = generateDocs(hostileRegistry()).map((f) => ({ path: f.path.replace(/^packages\/docs\//, ''), contents: f.contents }));
    const result = markdownlint(folderWith('hostile', pages));
    expect(result.output).toMatch(new RegExp(`Linting: ${pages.length} file`));
    expect(result.ok, result.output).toBe(true);
  });
});
