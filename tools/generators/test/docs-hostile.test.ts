// Docs generated from a registry full of hostile text: no raw HTML, no link the generator did not
// make, tables intact, every link resolving, and the text shown as written. (That they pass
// markdownlint is in docs/docs-markdownlint.test.ts, a slow suite.)
import { describe, expect, it } from 'vitest';
import { COMPAT_PAGE_FILE } from '../src/compat-page-links.ts';
import { generateDocs } from '../src/docs/generate-docs.ts';
import { withRelativeReadme } from '../src/docs/npm-links.ts';
import { banner } from '../src/files.ts';
import { compatPage } from '../src/vectors/compat-page.ts';
// The docs checkers: the link resolver and a renderer.
import { brokenLinks, type Page } from './docs/support/links.ts';
import { renderHtml, visibleText } from './docs/support/render.ts';
import { HOSTILE_LINE, HOSTILE_NAME, HOSTILE_PARAGRAPHS, HOSTILE_TEXT, hostileRegistry } from './docs-hostile-registry.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const registry = hostileRegistry();
// The docs package as it ships: the docs target's pages and the compatibility page the vectors target writes beside them.
// (compatPage itself: generateVectors refuses the hostile registry's vectors, whose descriptions hold line breaks.)
const compat = { path: COMPAT_PAGE_FILE, contents: `${banner.markdown(registry, 'vectors')}\n${compatPage(registry)}\n` };
const pages: Page[] = withRelativeReadme([...generateDocs(registry), compat].map((f) => ({ path: f.path.replace(/^packages\/docs\//, ''), contents: f.contents })), registry);
const page = (path: string) => pages.find((p) => p.path === path)!;
/** A page's HTML without the banner comment, the one piece of HTML the generator writes on purpose. */
const html = (p: Page) => {
  const [banner, ...rest] = p.contents.split('\n');
  expect(banner).toMatch(/^<!-- Generated from .* -->$/);
  return renderHtml(rest.join('\n'));
};

const ALLOWED_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'a', 'code', 'pre', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

// Rendering every page is slow on a busy machine: a generous limit, not a speed check.
describe('docs from a hostile registry', { timeout: 60_000 }, () => {
  it('loads: the hostile text is in the registry the generator sees', () => {
    expect(registry.codes[0]!.name).toBe(HOSTILE_NAME);
    expect(registry.codes[0]!.details).toBe(HOSTILE_PARAGRAPHS);
    expect(registry.contacts.find((c) => c.id === 'IESG_HYBI')!.uri).toBe('javascript:alert(1)');
  });

  it('renders no HTML element, attribute or comment of its own', () => {
    for (const p of pages) {
      const rendered = html(p);
      expect(rendered, p.path).not.toContain('<!--');
      for (const [, tag, attributes] of rendered.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
        expect(ALLOWED_TAGS.has(tag!.toLowerCase()), `${p.path}: <${tag}>`).toBe(true);
        expect(attributes, `${p.path}: <${tag}${attributes}>`).toMatch(/^(\s+(href|class)="[^"]*")*\s*\/?$/);
      }
    }
  });

  it('makes links only where the generator means to: no link from registry text', () => {
    expect(brokenLinks(pages)).toEqual([]);
    const hrefs = pages.flatMap((p) => [...html(p).matchAll(/href="([^"]*)"/g)].map((m) => m[1]!));
    // Anchors are slugs of headings and may spell anything; the part before # must be the generator's.
    expect(hrefs.filter((h) => /evil|javascript|script/i.test(h.split('#')[0]!))).toEqual([]);
  });

  it('keeps every table intact: each row has as many cells as the header', () => {
    let tables = 0;
    for (const p of pages) {
      for (const [table] of html(p).matchAll(/<table>[\s\S]*?<\/table>/g)) {
        tables++;
        const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => (r[1]!.match(/<t[hd][ >]/g) ?? []).length);
        expect(new Set(rows).size, `${p.path}: row widths ${rows.join(',')}`).toBe(1);
      }
    }
    expect(tables).toBeGreaterThanOrEqual(6);
    const index = html(page('README.md'));
    const codeRows = [...index.split('<h2>Ranges</h2>')[0]!.matchAll(/<tr>\s*<td><a href="codes\//g)];
    expect(codeRows).toHaveLength(registry.codes.length);
  });

  it('shows the registry text exactly as written (whitespace aside)', () => {
    const codePage = html(page('codes/1000-normal-closure.md'));
    expect(visibleText(/<h1>([\s\S]*?)<\/h1>/.exec(codePage)![1]!)).toBe(`1000 ${collapse(HOSTILE_NAME)}`);
    const paragraphs = [...codePage.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => visibleText(m[1]!));
    expect(paragraphs).toContain(collapse(HOSTILE_LINE)); // the summary, a paragraph of its own
    expect(paragraphs).toContain(collapse(HOSTILE_TEXT)); // the reconnect advice
    expect(visibleText(codePage)).toContain(`Description: ${collapse(HOSTILE_TEXT)}`);
    // Details keep `code spans`, so compare without backticks and whitespace.
    const details = /<h2>Details<\/h2>([\s\S]*?)<h2>/.exec(codePage)![1]!;
    const bare = (text: string) => text.replace(/[\s`]/g, '');
    expect(bare(visibleText(details))).toBe(bare(HOSTILE_PARAGRAPHS));
    expect(visibleText(html(page('troubleshooting.md')))).toContain(collapse(HOSTILE_TEXT));
    expect(visibleText(html(page('ranges.md')))).toContain(`1000-2999 Protocol ${collapse(HOSTILE_TEXT)}`);
    // Range advice is inline text; a troubleshooting guide keeps `code spans`, so compare it bare.
    expect(visibleText(html(page('ranges.md')))).toContain(`without its own entry in 1000-2999\n${collapse(HOSTILE_TEXT)}\n`);
    expect(bare(visibleText(html(page('troubleshooting.md'))))).toContain(bare(HOSTILE_TEXT));
  });

  it('shows an unsafe reference or contact URI as text, not as a link', () => {
    const text = visibleText(html(page('codes/1012-service-restart.md')));
    expect(text).toContain('References: javascript:alert(1)');
    expect(visibleText(html(page('codes/1013-try-again-later.md')))).toContain('https://evil.example/a b)(<script>');
  });

  it('marks a pending entry on its page and in the index', () => {
    expect(page('codes/1001-going-away.md').contents).toContain('> **Pending review.**');
    expect(page('codes/1002-protocol-error.md').contents).not.toContain('Pending review');
    expect(visibleText(html(page('README.md')))).toMatch(/Going Away \(pending review\)/);
  });
});
