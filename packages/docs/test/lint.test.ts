// The lint gate can fail: the checked-in configuration rejects raw HTML and broken tables.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownlint, useDocsConfig } from './support/markdownlint.ts';

const dir = mkdtempSync(join(tmpdir(), 'wscodes-docs-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('markdownlint-cli2 with the docs configuration', () => {
  it('fails on raw HTML and on a table row with a cell too many', () => {
    useDocsConfig(dir);
    mkdirSync(join(dir, 'codes'), { recursive: true });
    writeFileSync(join(dir, 'README.md'), '# Codes\n\n| Code | Name |\n| --- | --- |\n| 1000 | a | b |\n');
    writeFileSync(join(dir, 'codes', 'x.md'), '# X\n\nHello <script>alert(1)</script>\n');
    const result = markdownlint(dir);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/README\.md:5.*MD056/);
    expect(result.output).toMatch(/codes\/x\.md:3.*MD033/);
  }, 60_000);
});
