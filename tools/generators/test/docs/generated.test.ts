// The committed docs of @wscodes/docs, as they ship: every link resolves, and every code has its page.
// (That they pass markdownlint is in docs-markdownlint.test.ts, a slow suite.)
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadRegistry, type IanaRegistryData } from '@wscodes-tools/registry';
import { brokenLinks } from './support/links.ts';
import { DOCS_DIR } from './support/markdownlint.ts';
import { readPages } from './support/pages.ts';
import { withRelativeReadme } from '../../src/docs/npm-links.ts';
import { renderHtml, visibleText } from './support/render.ts';

const registry = loadRegistry();
// The README's links are absolute (it is the npm page); resolved here as paths inside the package.
const pages = withRelativeReadme(readPages(DOCS_DIR), registry);
const ianaRegistries = Object.values(registry.ianaRegistries ?? {}) as IanaRegistryData[];

// Rendering every page is slow on a busy machine: a generous limit, not a speed check.
describe('the generated docs', { timeout: 60_000 }, () => {
  it('has the index, the ranges, troubleshooting and one page per registry code', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'ranges.md', 'troubleshooting.md']));
    const codePages = paths.filter((p) => p.startsWith('codes/'));
    expect(codePages.map((p) => Number(p.slice('codes/'.length).split('-')[0]))).toEqual(registry.codes.map((c) => c.code));
  });

  it('starts every page with the do-not-edit banner, naming the registry file it comes from', () => {
    for (const page of pages) {
      const own = ianaRegistries.find((r) => page.path.startsWith(`registries/${basename(r.source, '.yaml')}`))?.source ?? (page.path === 'handshake-statuses.md' ? registry.handshakeStatuses?.source : undefined);
      expect(page.contents.startsWith(`<!-- Generated from ${own ?? 'registry/close-codes.yaml'} by tools/generators/src/`), page.path).toBe(true);
      expect(page.contents.split('\n')[0], page.path).toMatch(/Do not edit/);
    }
  });

  it('resolves every relative link and anchor', () => {
    expect(brokenLinks(pages)).toEqual([]);
    expect(pages.flatMap((p) => p.contents.match(/\]\(/g) ?? []).length).toBeGreaterThan(100);
  });

  it('lists every code in the index with a link to its page', () => {
    const index = pages.find((p) => p.path === 'README.md')!.contents;
    for (const { code } of registry.codes) expect(index).toMatch(new RegExp(`^\\| \\[${code}\\]\\(codes/${code}-[a-z0-9-]+\\.md\\) \\|`, 'm'));
  });

  it("has a page per IANA registry, linked from the index, listing every entry with IANA's title, link and sync date", () => {
    expect(ianaRegistries.length).toBeGreaterThan(0);
    const index = pages.find((p) => p.path === 'README.md')!.contents;
    for (const r of ianaRegistries) {
      const path = `registries/${basename(r.source, '.yaml')}.md`;
      const page = pages.find((p) => p.path === path);
      expect(page, path).toBeDefined();
      expect(index).toContain(`](${path})`);
      const text = page!.contents;
      expect(text).toContain(`(https://www.iana.org/assignments/websocket/websocket.xhtml#${r.header.registry})`);
      expect(text).toContain(`as of IANA's update of ${r.header.updated}`);
      // One table row per entry, in the registry's order, each starting with its value.
      const rows = text.split('\n## ').find((s) => s.startsWith('Entries\n'))!.split('\n').filter((l) => /^\| (?!---)/.test(l)).slice(1);
      expect(rows.map((row) => visibleText(renderHtml(row.split(' | ')[0]!.slice(2))).trim().replace(/ \*?\(.*$/, ''))).toEqual(r.entries.map((e) => String(e.value)));
      for (const rule of r.header.registrationRules) expect(visibleText(renderHtml(text))).toContain(rule.rule);
    }
  });

  it('gives an entry a page of its own only where it has curated details', () => {
    const entryPages = pages.filter((p) => /^registries\/[^/]+\//.test(p.path)).map((p) => p.path);
    const withDetails = ianaRegistries.flatMap((r) => r.entries.filter((e) => typeof (e as { details?: unknown }).details === 'string').map((e) => `${basename(r.source, '.yaml')}/${e.value}`));
    expect(entryPages.map((p) => p.slice('registries/'.length, -'.md'.length)).sort()).toEqual(withDetails.sort());
  });

  it("ships every page: package.json's files cover each one, the per-entry folders too", () => {
    const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: DOCS_DIR, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [{ files }] = JSON.parse(run.stdout) as [{ files: { path: string }[] }];
    const shipped = new Set(files.map((f) => f.path));
    expect(pages.map((p) => p.path).filter((path) => !shipped.has(path))).toEqual([]);
    const { files: patterns } = JSON.parse(readFileSync(join(DOCS_DIR, 'package.json'), 'utf8')) as { files: string[] };
    // A registry's entry pages sit one folder down; the pattern must be there before the first page is.
    expect(patterns).toContain('registries/*/*.md');
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
