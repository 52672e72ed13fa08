// The committed docs, as they ship: lint-clean, every link resolves, and every code has its page.
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '@wscodes-tools/registry';
import { brokenLinks } from './support/links.ts';
import { DOCS_DIR, markdownlint } from './support/markdownlint.ts';
import { readPages } from './support/pages.ts';

const pages = readPages(DOCS_DIR);
const registry = loadRegistry();

// Rendering every page is slow on a busy machine: a generous limit, not a speed check.
describe('the generated docs', { timeout: 60_000 }, () => {
  it('has the index, the ranges, troubleshooting and one page per registry code', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'ranges.md', 'troubleshooting.md']));
    const codePages = paths.filter((p) => p.startsWith('codes/'));
    expect(codePages.map((p) => Number(p.slice('codes/'.length).split('-')[0]))).toEqual(registry.codes.map((c) => c.code));
  });

  it('starts every page with the do-not-edit banner', () => {
    for (const page of pages) expect(page.contents, page.path).toMatch(/^<!-- Generated from registry\/close-codes\.yaml .*Do not edit/);
  });

  it('resolves every relative link and anchor', () => {
    expect(brokenLinks(pages)).toEqual([]);
    expect(pages.flatMap((p) => p.contents.match(/\]\(/g) ?? []).length).toBeGreaterThan(100);
  });

  it('passes markdownlint-cli2 with the checked-in configuration', () => {
    const result = markdownlint();
    expect(result.output).toMatch(/Linting: \d+ file/);
    expect(result.ok, result.output).toBe(true);
  }, 60_000);

  it('lists every code in the index with a link to its page', () => {
    const index = pages.find((p) => p.path === 'README.md')!.contents;
    for (const { code } of registry.codes) expect(index).toMatch(new RegExp(`^\\| \\[${code}\\]\\(codes/${code}-[a-z0-9-]+\\.md\\) \\|`, 'm'));
  });

  it('has a page per protocol of the catalogue and the collisions, linked from the index', () => {
    const paths = pages.map((p) => p.path);
    const protocols = registry.protocols?.protocols ?? [];
    expect(protocols.length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith('protocols/')).sort()).toEqual(['protocols/README.md', 'protocols/collisions.md', ...protocols.map((p) => `protocols/${p.id}.md`)].sort());
    expect(pages.find((p) => p.path === 'README.md')!.contents).toContain('](protocols/README.md)');
    for (const p of protocols) expect(pages.find((page) => page.path === `protocols/${p.id}.md`)!.contents, p.id).toContain(`retrieved ${p.source.retrieved}`);
  });

  it('covers the five closes of the troubleshooting page', () => {
    const text = pages.find((p) => p.path === 'troubleshooting.md')!.contents;
    for (const code of [1006, 1005, 1009, 1011, 1008]) expect(text).toContain(`## My socket closed with ${code}\n`);
  });
});
