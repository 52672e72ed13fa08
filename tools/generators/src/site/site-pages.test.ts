// The site's page generator, on the fixture registry and the small catalogue of test/protocol-catalogue.ts:
// expectations come from that registry, never from registry/.
import { describe, expect, it } from 'vitest';
import type { Compat } from '@wscodes-tools/registry';
import { registryWithCatalogue } from '../../test/protocol-catalogue.ts';
import { parseProjectLinks, sitePaths, siteUrl } from '../output/links.ts';
import { MARK } from '../vectors/compat-page.ts';
import { compatTables } from './compat-tables.ts';
import { sitePathOfDoc } from './doc-paths.ts';
import { generateSite, renderDocs, SITE_DATA_FILE, type SiteData } from './index.ts';
import { rewriteLinks } from './links.ts';
import { clip, descriptionOf, splitRanges } from './site-pages.ts';

const links = parseProjectLinks(JSON.stringify({ homepage: 'https://example.org/docs/', repository: 'git+https://github.com/owner/name.git' }));
const registry = registryWithCatalogue();
const docs = await renderDocs(registry);
const files = new Map(generateSite(registry, docs, { links, description: 'Registries as code.' }).map((f) => [f.path, f.contents]));
const page = (path: string) => files.get(`${path}index.md`)!;
const data = JSON.parse(files.get(SITE_DATA_FILE)!) as SiteData;

describe('sitePathOfDoc', () => {
  it('gives each kind of docs page the stable path links.ts promises, and any other page its folder path', () => {
    expect(sitePathOfDoc('README.md')).toBe(sitePaths.home);
    expect(sitePathOfDoc('codes/1006-abnormal-closure.md')).toBe(sitePaths.code(1006));
    expect(sitePathOfDoc('handshake-statuses.md')).toBe(sitePaths.handshakeStatuses);
    expect(sitePathOfDoc('widgets/42-answer.md')).toBe('widgets/42/');
    expect(sitePathOfDoc('protocols/discord-gateway.md')).toBe(sitePaths.protocol('discord-gateway'));
    expect(sitePathOfDoc('protocols/collisions.md')).toBe(sitePaths.collisions);
    expect(sitePathOfDoc('registries/opcodes.md')).toBe(sitePaths.registry('opcodes'));
    expect(sitePathOfDoc('compatibility.md')).toBe(sitePaths.compatibility);
    expect(sitePathOfDoc('troubleshooting.md')).toBe(sitePaths.troubleshooting);
    expect(sitePathOfDoc('protocols/README.md')).toBe('protocols/');
    expect(sitePathOfDoc('registries/extensions/permessage-deflate.md')).toBe('registries/extensions/permessage-deflate/');
    expect(sitePathOfDoc('guides/2-retries.md')).toBe('guides/2/');
  });
});

describe('rewriteLinks', () => {
  const targets = {
    pages: new Map([
      ['README.md', ''],
      ['codes/1006-abnormal-closure.md', 'codes/1006/'],
      ['ranges.md', 'ranges/'],
    ]),
    sections: new Map([
      ['ranges.md#4000-4999-private-use', { page: 'ranges/4000-4999/', isTitle: true }],
      ['ranges.md#reconnect-in-4000-4999', { page: 'ranges/4000-4999/', isTitle: false }],
    ]),
  };
  const rewrite = (body: string, from = 'codes/1006-abnormal-closure.md', at = 'codes/1006/') => rewriteLinks(body, from, at, targets, links);

  it('sends a relative docs link to the page, and a link to a moved section to its page', () => {
    expect(rewrite('[All](../README.md) · [1006](1006-abnormal-closure.md#details)')).toBe('[All](/) · [1006](#details)');
    expect(rewrite('[Private](../ranges.md#4000-4999-private-use)')).toBe('[Private](/ranges/4000-4999/)');
    expect(rewrite('[Reconnect](../ranges.md#reconnect-in-4000-4999)')).toBe('[Reconnect](/ranges/4000-4999/#reconnect-in-4000-4999)');
    expect(rewrite('[Table](#4000-4999-private-use)', 'ranges.md', 'ranges/')).toBe('[Table](/ranges/4000-4999/)');
  });

  it('sends a link out of the docs package to the repository, and leaves addresses alone', () => {
    expect(rewrite('[Fixtures](../../fixtures/README.md)')).toBe('[Fixtures](https://github.com/owner/name/blob/main/packages/fixtures/README.md)');
    expect(rewrite('[RFC](https://www.rfc-editor.org/rfc/rfc6455) [here](/codes/1000/)')).toBe('[RFC](https://www.rfc-editor.org/rfc/rfc6455) [here](/codes/1000/)');
  });
});

describe('compatTables', () => {
  const compat = {
    peers: {
      'a-client': { implementation: 'A', version: '1', language: 'JavaScript', role: 'client' },
      'b-server': { implementation: 'B', version: '1', language: 'Go', role: 'server' },
    },
    results: {},
  } as unknown as Compat;
  const markdown = ['### A rule', '', '| vector | `a-client` | `b-server` |', '| --- | --- | --- |', `| \`v-1\` | ${MARK.conforms} | ${MARK['violates-must']} 1002, reports 1006 |`, `| \`v-2\` | ${MARK.alternative} 1002, reports 1006 | · |`, '', 'after'].join('\n');
  const html = compatTables(markdown, compat, MARK);

  it('splits a rule into one table per side, a cell per peer and vector with its verdict', () => {
    expect(html).not.toContain('| vector |');
    expect(html.match(/<table class="compat">/g)).toHaveLength(2);
    expect(html).toContain('<caption>Clients and browsers</caption>');
    expect(html).toContain('<td data-peer="b-server" data-vector="v-1" data-verdict="violates-must">');
    expect(html).toContain('<td data-peer="b-server" data-vector="v-2" data-verdict="not-played">');
    expect(html).toMatch(/### A rule\n\n<div class="compat-wrap">[^]*\nafter$/);
  });

  it('puts what a peer did in one numbered note per distinct text, under the rule', () => {
    expect(html.match(/<li id="compat-1-\d+">/g)).toEqual(['<li id="compat-1-1">']);
    expect(html.match(/href="#compat-1-1"/g)).toHaveLength(2);
  });
});

describe('generateSite', () => {
  const numbers = [...new Set([...registry.codes.map((c) => c.code), ...registry.protocols!.protocols.flatMap((p) => p.codes.map((c) => c.code))])];

  it('writes a page per number IANA or a catalogued protocol names, with the CLI line and the core snippet', () => {
    for (const code of numbers) {
      const text = page(sitePaths.code(code));
      expect(text, `${code}`).toContain(`npx wscodes ${code}\n`);
      expect(text, `${code}`).toContain(`describeCloseCode(${code});`);
      for (const p of registry.protocols!.protocols.filter((p) => p.codes.some((c) => c.code === code))) {
        expect(text).toContain(`npx wscodes ${code} --protocol ${p.id}`);
        expect(text).toContain(`](/${sitePaths.protocol(p.id)})`);
      }
    }
    const protocolOnly = numbers.filter((n) => !registry.codes.some((c) => c.code === n));
    expect(protocolOnly.length).toBeGreaterThan(0);
    for (const code of protocolOnly) expect(page(sitePaths.code(code))).toContain(`IANA has no entry for ${code}`);
  });

  it('titles an IANA code "N Name: WebSocket close code", with its description and canonical URL', () => {
    for (const entry of registry.codes) {
      const text = page(sitePaths.code(entry.code));
      expect(text).toContain(`title: ${JSON.stringify(`${entry.code} ${entry.name}: WebSocket close code`)}`);
      expect(text).toContain(`"rel":"canonical","href":${JSON.stringify(siteUrl(links, sitePaths.code(entry.code)))}`);
      expect(text).toMatch(/^description: ".+"$/m);
    }
  });

  it('publishes every docs page, with no link left to a Markdown file', () => {
    for (const doc of docs) expect(data.pages.map((p) => p.path), doc.path).toContain(sitePathOfDoc(doc.path) === 'ranges.md' ? 'ranges/' : sitePathOfDoc(doc.path));
    for (const [path, text] of files) if (path.endsWith('.md')) expect(text, path).not.toMatch(/\]\((?!https?:)[^)]*\.md[)#]/);
  });

  it('splits the ranges into a page each, listing the protocol codes inside', () => {
    for (const range of registry.ranges) expect(files.has(`${sitePaths.range(range.from, range.to)}index.md`), `${range.from}`).toBe(true);
    const code = registry.protocols!.protocols[0]!.codes.find((c) => c.code >= 4000)!;
    const range = registry.ranges.find((r) => code.code >= r.from && code.code <= r.to)!;
    expect(page(sitePaths.range(range.from, range.to))).toContain(`[${code.code}](/${sitePaths.code(code.code)})`);
  });

  it('names the sitemap in robots.txt and the site address on the home page, from links.ts', () => {
    expect(files.get('public/robots.txt')).toContain(`Sitemap: ${siteUrl(links, 'sitemap.xml')}`);
    expect(page('')).toContain(`[https\\://example.org/docs/](https://example.org/docs/)`);
    expect(data.base).toBe('/docs/');
  });
});

describe('descriptions', () => {
  it('take the first paragraph of prose, without the links under the title', () => {
    expect(descriptionOf('# T\n\n[All](/) · [Ranges](/ranges/)\n\nThe **first** `para`.\n\nSecond.')).toBe('The first para.');
    expect(clip('word '.repeat(50))).toMatch(/^(word ){30,}word…$/);
    expect(clip('short')).toBe('short');
  });

  it('splitRanges keeps the preamble as the index and gives each span its page and anchors', () => {
    const { index, sections } = splitRanges('# R\n\nIntro.\n\n## 0-9 Low\n\nText.\n\n### Reconnect in 0-9\n\nMore.');
    expect(index).toBe('# R\n\nIntro.');
    expect(sections.map((s) => [s.path, s.anchors])).toEqual([[sitePaths.range(0, 9), ['0-9-low', 'reconnect-in-0-9']]]);
    expect(sections[0]!.body).toMatch(/^# 0-9 Low\n\nText\.\n\n## Reconnect in 0-9/);
  });
});

describe("the root README's first screen", () => {
  it("names the site's address as the root package.json gives it", async () => {
    const { readFileSync } = await import('node:fs');
    const { readProjectLinks } = await import('../output/links.ts');
    const firstScreen = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8').split('\n').slice(0, 12).join('\n');
    expect(firstScreen).toContain(readProjectLinks().site);
  });
});
