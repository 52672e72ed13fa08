import { posix } from 'node:path';
import { repositoryFileUrl, type ProjectLinks } from '../output/links.ts';

// The docs link page to page with relative Markdown paths, which work on GitHub and npm. On the
// site each becomes the page's root-relative address; a link out of the docs package (another
// package's README) becomes its address in the repository.

const DOCS_ROOT = 'packages/docs/';

/** A section of a docs page published as a page of its own; `isTitle` when the anchor is its heading, which became the page's title. */
export interface MovedSection {
  readonly page: string;
  readonly isTitle: boolean;
}

/** Where the rewriter sends a link. */
export interface LinkTargets {
  /** The site path of each docs page, keyed by its path relative to packages/docs/. */
  readonly pages: ReadonlyMap<string, string>;
  /** Sections moved to a page of their own, keyed `doc#anchor`. */
  readonly sections: ReadonlyMap<string, MovedSection>;
}

/** `[text](target)` with a target of no spaces or parentheses: every link the docs generator writes. */
const LINK = /\]\(([^()\s]+)\)/g;

/**
 * The body with every relative link rewritten. `from` is the docs page the body comes from and
 * `at` the site path it is published at: a link to a section of the same page stays an anchor.
 */
export function rewriteLinks(body: string, from: string, at: string, targets: LinkTargets, links: ProjectLinks): string {
  return body.replace(LINK, (whole, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) return whole; // https:, mailto:, or a site path already
    const [file = '', anchor = ''] = target.split('#', 2);
    const doc = file === '' ? from : posix.normalize(posix.join(posix.dirname(from), file));
    const hashOf = (keep: boolean) => (anchor && keep ? `#${anchor}` : '');
    const moved = anchor ? targets.sections.get(`${doc}#${anchor}`) : undefined;
    const page = moved?.page ?? targets.pages.get(doc);
    // Out of the docs package, or a file the docs do not publish: its page in the repository.
    if (doc.startsWith('../') || page === undefined) return `](${repositoryFileUrl(links, posix.normalize(DOCS_ROOT + doc))}${hashOf(true)})`;
    const hash = hashOf(!moved?.isTitle);
    return page === at && hash ? `](${hash})` : `](/${page}${hash})`;
  });
}
