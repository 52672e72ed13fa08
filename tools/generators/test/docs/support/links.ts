// Resolves every link in a set of Markdown pages: relative links must reach a page of the set,
// #anchors must reach a heading (by GitHub's slug rules), and absolute links must be http(s).
// Headings and links come from micromark's HTML (render.ts) and slugs from github-slugger, the
// reference implementation of GitHub's anchors, so the generator's own slug.ts is checked against it.
// The resolution itself stays here: remark-validate-links reads files from disk through a unified
// pipeline, and the hostile-registry suite checks pages it builds in memory and never writes.
import GithubSlugger from 'github-slugger';
import { posix } from 'node:path';
import { decodeEntities, renderHtml, visibleText } from './render.ts';

export interface Page {
  /** Relative to the docs root, with forward slashes: codes/1000-normal-closure.md. */
  readonly path: string;
  readonly contents: string;
}

function anchorsIn(html: string): Set<string> {
  const slugger = new GithubSlugger();
  return new Set([...html.matchAll(/<h([1-6])>([\s\S]*?)<\/h\1>/g)].map(([, , inner]) => slugger.slug(visibleText(inner!).trim())));
}

const linksIn = (html: string): string[] => [...html.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => decodeEntities(href!));

/** Every anchor of a page, with GitHub's -1, -2 suffixes for repeated headings. */
export const anchorsOf = (markdown: string): Set<string> => anchorsIn(renderHtml(markdown));

/** The href of every link a page renders, including links GFM would make from bare URLs. */
export const linksOf = (markdown: string): string[] => linksIn(renderHtml(markdown));

/** One message per broken link; empty when every link resolves. Each page is rendered once. */
export function brokenLinks(pages: readonly Page[]): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const html = new Map(pages.map((p) => [p.path, renderHtml(p.contents)]));
  const anchors = new Map<string, Set<string>>();
  const anchorsFor = (page: Page) => anchors.get(page.path) ?? anchors.set(page.path, anchorsIn(html.get(page.path)!)).get(page.path)!;
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of linksIn(html.get(page.path)!)) {
      const report = (why: string) => broken.push(`${page.path}: link ${href}: ${why}`);
      if (/^https?:\/\/[^/]/i.test(href)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
        report('only relative links and http(s) URLs are allowed');
        continue;
      }
      const [file = '', fragment] = href.split('#', 2) as [string, string | undefined];
      const targetPath = file === '' ? page.path : posix.normalize(posix.join(posix.dirname(page.path), decodeURIComponent(file)));
      const target = byPath.get(targetPath);
      if (!target) {
        report(`no page ${targetPath}`);
        continue;
      }
      if (fragment === undefined) continue;
      if (!anchorsFor(target).has(decodeURIComponent(fragment))) report(`no heading #${fragment} in ${targetPath}`);
    }
  }
  return broken;
}
