import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkIanaRegistryText,
  defineIanaRegistry,
  IANA_REGISTRIES,
  loadRegistry,
  type IanaRecord,
  type IanaRegistryData,
  type IanaRegistryModule,
  type Registry,
} from '@wscodes-tools/registry';
import { DOCS_DIR, generateDocs } from './generate-docs.ts';
import { referenceLink } from '../output/markdown.ts';
import { ianaRegistryPages, ianaRegistryUrl, registryPagePath } from './iana-registry-pages.ts';
import { withRelativeReadme } from './npm-links.ts';
import type { TextWithReferences, Xref } from './iana-text.ts';
// The docs package's own checkers: the link resolver, its markdownlint configuration and a renderer.
import { brokenLinks, type Page } from '../../test/docs/support/links.ts';
import { markdownlint, useDocsConfig } from '../../test/docs/support/markdownlint.ts';
import { renderHtml, visibleText } from '../../test/docs/support/render.ts';
import { HOSTILE_LINE, HOSTILE_PARAGRAPHS } from '../../test/docs-hostile-registry.ts';
import { fixtureRegistry } from '../../test/registry.ts';

const registry = loadRegistry();
const modules = IANA_REGISTRIES as readonly IanaRegistryModule[];
const loaded = modules.flatMap((module) => {
  const data = (registry.ianaRegistries as Record<string, IanaRegistryData> | undefined)?.[module.id];
  return data ? [{ module, data }] : [];
});

const pagesOf = (r: Registry): Page[] => withRelativeReadme(generateDocs(r).map((f) => ({ path: f.path.slice(DOCS_DIR.length), contents: f.contents })), r);
const pages = pagesOf(registry);
const page = (all: readonly Page[], path: string) => all.find((p) => p.path === path)!;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The rows of the table that follows a heading, each as the visible text of its cells. */
function rowsAfter(markdown: string, heading: string): string[][] {
  const section = renderHtml(markdown).split(`<h2>${heading}</h2>`)[1]!.split('<h2>')[0]!;
  const table = /<tbody>([\s\S]*?)<\/tbody>/.exec(section)![1]!;
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(([, cell]) => visibleText(cell!).trim()));
}

/** How a reader sees an IANA reference: an RFC as "RFC 6455", a person by name, anything else as IANA wrote it. */
function label(ref: Xref, people: IanaRegistryData['people']): string {
  if (ref.type === 'person') return people.find((p) => p.id === ref.data)!.name;
  if (ref.text?.trim()) return ref.text;
  if (ref.type === 'rfc' || ref.type === 'rfc-errata') return referenceLink({ type: ref.type, data: ref.data! }).text;
  return ref.data!;
}

const fieldText = (record: IanaRecord, element: string, people: IanaRegistryData['people']): string => {
  const value = record[element];
  if (value === undefined) return '—';
  if (typeof value === 'string') return collapse(value) || '—';
  return collapse((value as TextWithReferences).map((part) => ('xref' in part ? label(part.xref, people) : part.text)).join('')) || '—';
};

// Rendering pages is slow on a busy machine: a generous limit, not a speed check.
describe("the pages of IANA's other registries", { timeout: 60_000 }, () => {
  it('finds the registries it is about', () => {
    expect(loaded.length).toBeGreaterThan(0);
  });

  it('writes one page per registry, named after its YAML file, and links each from the index in module order', () => {
    const registryPages = pages.filter((p) => /^registries\/[^/]+\.md$/.test(p.path)).map((p) => p.path);
    expect(registryPages.sort()).toEqual(loaded.map(({ module }) => registryPagePath(module)).sort());
    const index = page(pages, 'README.md').contents;
    const linked = [...index.matchAll(/\]\((registries\/[^)]+)\)/g)].map(([, path]) => path);
    expect(linked).toEqual(loaded.map(({ module }) => registryPagePath(module)));
    for (const { module, data } of loaded) {
      expect(page(pages, registryPagePath(module)).contents.startsWith(`<!-- Generated from ${data.source} by tools/generators/src/docs/.`)).toBe(true);
    }
  });

  it('writes no page and no index section for a registry the Registry lacks', () => {
    const small = pagesOf(fixtureRegistry());
    expect(small.filter((p) => p.path.startsWith('registries/'))).toEqual([]);
    expect(page(small, 'README.md').contents).not.toContain('registries/');
  });

  it.each(loaded.map(({ module, data }) => [module.id, module, data] as const))("%s: names IANA's registry, its URL and the date synced", (_id, module, data) => {
    const text = page(pages, registryPagePath(module)).contents;
    expect(text).toContain(`# ${data.header.title}\n`);
    expect(text).toContain(`[${data.header.title}](${ianaRegistryUrl(data.header.registry)})`);
    expect(ianaRegistryUrl(data.header.registry)).toBe(`https://www.iana.org/assignments/websocket/websocket.xhtml#${data.header.registry}`);
    expect(text).toContain(`as of IANA's update of ${data.header.updated}, kept in \`${module.file}\``);
  });

  it.each(loaded.map(({ module, data }) => [module.id, module, data] as const))("%s: gives IANA's registration rules and notes verbatim", (_id, module, data) => {
    const visible = visibleText(renderHtml(page(pages, registryPagePath(module)).contents));
    for (const rule of data.header.registrationRules) expect(visible).toContain(`${rule.range ? `for ${collapse(rule.range)}` : ''}: ${collapse(rule.rule)}`);
    if (data.header.expert) expect(visible).toContain(`Expert: ${collapse(data.header.expert)}`);
    for (const ref of data.header.references) expect(visible).toContain(label(ref, data.people));
    const notes = rowsAfterNotes(page(pages, registryPagePath(module)).contents);
    expect(notes).toEqual(data.header.notes.length > 0 ? data.header.notes.map((n) => collapse(n.map((p) => ('xref' in p ? label(p.xref, data.people) : p.text)).join(''))) : ['IANA gives no notes on this registry.']);
  });

  it.each(loaded.map(({ module, data }) => [module.id, module, data] as const))("%s: lists every entry with IANA's fields verbatim and the curated ones marked", (_id, module, data) => {
    const markdown = page(pages, registryPagePath(module)).contents;
    const curated = Object.keys(module.curated).filter((f) => f !== 'details');
    for (const field of curated) expect(markdown).toContain(`| *Curated by wscodes:* ${field} |`);
    const rows = rowsAfter(markdown, 'Entries');
    expect(rows.map((r) => r[0]!.replace(/ \(.*$/, ''))).toEqual(data.entries.map((e) => String(e.value)));
    const dated = data.entries.some((e) => e.iana.date);
    const updated = data.entries.some((e) => e.iana.updated);
    data.entries.forEach((entry, i) => {
      const row = rows[i]!;
      const iana = [
        ...module.fields.map((f) => fieldText(entry.iana, f.element, data.people)),
        entry.iana.references.map((r) => label(r, data.people)).join(', ') || '—',
        ...(dated ? [entry.iana.date ?? '—'] : []),
        ...(updated ? [entry.iana.updated ?? '—'] : []),
      ];
      expect(row.slice(1, 1 + iana.length), `${entry.value}`).toEqual(iana);
      expect(row).toHaveLength(1 + iana.length + curated.length);
      // A curated identifier (a constant key) is shown as it is written.
      curated.forEach((field, c) => {
        const value = (entry as Record<string, unknown>)[field];
        if (typeof value === 'string') expect(row[1 + iana.length + c]).toBe(value);
        if (value === undefined) expect(row[1 + iana.length + c]).toBe('—');
      });
    });
  });

  it.each(loaded.map(({ module, data }) => [module.id, module, data] as const))('%s: lists the unassigned spans and the people, where IANA has them', (_id, module, data) => {
    const markdown = page(pages, registryPagePath(module)).contents;
    if (data.unassigned.length > 0) {
      expect(rowsAfter(markdown, 'Unassigned').map((r) => r[0])).toEqual(data.unassigned.map((u) => (u.from === u.to ? `${u.from}` : `${u.from}-${u.to}`)));
    } else expect(markdown).not.toContain('## Unassigned');
    if (data.people.length > 0) expect(rowsAfter(markdown, 'People')).toEqual(data.people.map((p) => [p.name, p.uri]));
    else expect(markdown).not.toContain('## People');
  });

  it('lists, for a registry with a curated usage, exactly the entries meant for WebRTC data channels', () => {
    const withUsage = loaded.filter(({ module }) => 'usage' in module.curated);
    expect(withUsage.length).toBeGreaterThan(0);
    for (const { module, data } of withUsage) {
      const html = renderHtml(page(pages, registryPagePath(module)).contents);
      const expected = data.entries.filter((e) => (e as { usage?: { transports: string[] } }).usage?.transports.includes('webrtc-datachannel')).map((e) => String(e.value));
      const [, after] = html.split('<h2>For WebRTC data channels</h2>');
      // A registry whose entries nobody has curated yet (a fresh sync) has no such section.
      if (expected.length === 0) {
        expect(after).toBeUndefined();
        continue;
      }
      const section = after!.split('<h2>')[0]!;
      const listed = [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, item]) => visibleText(item!).split(':')[0]);
      expect(listed).toEqual(expected);
      expect(visibleText(section)).toMatch(/^\s*Curated by wscodes/);
    }
  });

  it('is deterministic', () => {
    expect(ianaRegistryPages(registry)).toEqual(ianaRegistryPages(registry));
  });

  it('is generic: no registry page without a module, and none named twice', () => {
    const paths = ianaRegistryPages(registry).map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(ianaRegistryPages(registry, [])).toEqual([]);
  });
});

/** The paragraphs of the notes section. */
function rowsAfterNotes(markdown: string): string[] {
  const section = renderHtml(markdown).split("<h2>IANA's notes</h2>")[1]!.split('<h2>')[0]!;
  return [...section.matchAll(/<p>([\s\S]*?)<\/p>/g)].map(([, p]) => collapse(visibleText(p!)));
}

// A registry of the test's own, declared as a new module would be, with hostile text in every field
// the pages show, one entry with curated details (a page of its own) and one without.
const colours = defineIanaRegistry({
  id: 'colours',
  file: 'registry/colours.yaml',
  ianaId: 'colour',
  title: 'Colours',
  noun: 'colour',
  value: { element: 'id', schema: z.string().min(1), parse: (text) => text || undefined, words: 'a colour name' },
  fields: [
    { element: 'description', kind: 'text', label: 'Colour Description', description: 'What it looks like.' },
    { element: 'definition', kind: 'text-with-references', label: 'Colour Definition', description: 'Where it is defined.' },
  ],
  curated: { shade: z.string().optional(), details: z.string().min(1).optional() },
  placeholder: () => ({}),
});
const y = (text: string) => JSON.stringify(text);
const COLOURS_YAML = `iana:
  registry: colour
  title: ${y(`Colour ${HOSTILE_LINE}`)}
  updated: 2026-01-01
  registrationRules:
    - range: ${y(HOSTILE_LINE)}
      rule: ${y(HOSTILE_LINE)}
  references:
    - type: uri
      data: "javascript:alert(1)"
  notes:
    - - text: ${y(`see! ${HOSTILE_LINE}!`)}
      - xref: { type: person, data: Eve }
people:
  - id: Eve
    name: ${y(HOSTILE_LINE)}
    uri: "javascript:alert(1)"
entries:
  - value: "<b>red</b>"
    shade: Red
    details: ${y(HOSTILE_PARAGRAPHS)}
    iana:
      description: ${y(HOSTILE_LINE)}
      definition:
        - text: ${y(`${HOSTILE_LINE}!`)}
        - xref: { type: uri, data: "https://example.com/red", text: ${y(HOSTILE_LINE)} }
        - xref: { type: draft, data: "draft-colour-red-00" }
      references:
        - type: person
          data: Eve
        - type: text
          text: ${y(HOSTILE_LINE)}
  - value: "..blue"
    details: "Blue has a page of its own."
    pending: true
    iana:
      description: Blue
      definition: []
      references: []
  - value: green
    iana:
      description: Green
      definition: []
      references: []
`;

describe('the pages of a registry of its own, full of hostile text', { timeout: 60_000 }, () => {
  const checked = checkIanaRegistryText(colours, COLOURS_YAML);
  const own = { ...fixtureRegistry(), ianaRegistries: { colours: checked.registry } } as unknown as Registry;
  const ownPages: Page[] = ianaRegistryPages(own, [colours]).map((p) => ({ path: p.path, contents: p.body }));

  it('loads', () => {
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives a page of its own only to an entry with curated details, and links it from the registry page', () => {
    expect(ownPages.map((p) => p.path).sort()).toEqual(['registries/colours.md', 'registries/colours/-.blue.md', 'registries/colours/-b-red--b-.md']);
    const registryPage = page(ownPages, 'registries/colours.md').contents;
    expect(registryPage).toContain('](colours/-b-red--b-.md)');
    expect(registryPage).toContain('](colours/-.blue.md) *(pending review)*');
    expect(registryPage).toContain('| green |');
    const blue = page(ownPages, 'registries/colours/-.blue.md').contents;
    expect(blue).toContain('> **Pending review.**');
    expect(blue).toContain('## Curated by wscodes\n\nBlue has a page of its own.\n\n## IANA registration');
  });

  it('shows the details as curated and the IANA record as IANA wrote it', () => {
    const red = renderHtml(page(ownPages, 'registries/colours/-b-red--b-.md').contents);
    const curated = visibleText(red.split('<h2>Curated by wscodes</h2>')[1]!.split('<h2>')[0]!);
    const bare = (text: string) => text.replace(/[\s`]/g, '');
    expect(bare(curated)).toBe(bare(HOSTILE_PARAGRAPHS) + bare('shade: Red'));
    const iana = visibleText(red.split('<h2>IANA registration</h2>')[1]!);
    expect(iana).toContain(`Description: ${collapse(HOSTILE_LINE)}`);
    expect(iana).toContain(`Definition: ${collapse(`${HOSTILE_LINE}!${HOSTILE_LINE}draft-colour-red-00`)}`);
    expect(iana).toContain(`References: ${collapse(HOSTILE_LINE)}, ${collapse(HOSTILE_LINE)}`);
    expect(red).toContain('href="https://datatracker.ietf.org/doc/html/draft-colour-red-00"');
    expect(red).toContain('href="https://example.com/red"');
  });

  it('makes links only where the generator means to, and every one resolves', () => {
    // The index is not part of this set: links to it are checked with the real pages.
    const withIndex = [...ownPages, { path: 'README.md', contents: "# Index\n\n## IANA's other WebSocket registries\n" }];
    expect(brokenLinks(withIndex)).toEqual([]);
    const hrefs = ownPages.flatMap((p) => [...renderHtml(p.contents).matchAll(/href="([^"]*)"/g)].map((m) => m[1]!));
    expect(hrefs.filter((h) => /evil|javascript|script|\.png/i.test(h.split('#')[0]!))).toEqual([]);
    for (const p of ownPages) expect(renderHtml(p.contents), p.path).not.toMatch(/<(script|img|b|i)\b/);
  });

  describe('markdownlint-cli2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wscodes-iana-docs-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('passes with the checked-in configuration', () => {
      useDocsConfig(dir);
      for (const p of ownPages) {
        mkdirSync(dirname(join(dir, p.path)), { recursive: true });
        writeFileSync(join(dir, p.path), `${p.contents}\n`);
      }
      const result = markdownlint(dir);
      expect(result.output).toMatch(new RegExp(`Linting: ${ownPages.length} file`));
      expect(result.ok, result.output).toBe(true);
    }, 60_000);
  });
});
