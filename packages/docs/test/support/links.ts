// Resolves every link in a set of Markdown pages: relative links must reach a page of the set,
// #anchors must reach a heading (by GitHub's slug rules), and absolute links must be http(s).
import { posix } from 'node:path';
import { decodeEntities, renderHtml, visibleText } from './render.ts';

export interface Page {
  /** Relative to the docs root, with forward slashes: codes/1000-normal-closure.md. */
  readonly path: string;
  readonly contents: string;
}

/**
 * GitHub's heading anchor (as github-slugger computes it): lower case, drop every character
 * that is not a letter, mark, number, connector, hyphen or space, then spaces become hyphens.
 * Written here independently of the generator, so that the two can catch each other out.
 */
export const anchorOf = (headingText: string): string =>
  headingText
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');

/** Every anchor of a page, with GitHub's -1, -2 suffixes for repeated headings. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, , inner] of renderHtml(markdown).matchAll(/<h([1-6])>([\s\S]*?)<\/h\1>/g)) {
    const base = anchorOf(visibleText(inner!));
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** The href of every link a page renders, including links GFM would make from bare URLs. */
export const linksOf = (markdown: string): string[] =>
  [...renderHtml(markdown).matchAll(/<a href="([^"]*)"/g)].map(([, href]) => decodeEntities(href!));

/** One message per broken link; empty when every link resolves. */
export function brokenLinks(pages: readonly Page[]): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const anchors = new Map<string, Set<string>>();
  const anchorsFor = (page: Page) => anchors.get(page.path) ?? anchors.set(page.path, anchorsOf(page.contents)).get(page.path)!;
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of linksOf(page.contents)) {
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
