// The docs package's README is its page on npm, where a relative link leads nowhere. Its links are
// written as the pages' paths inside @wscodes/docs, like every other page's, then made absolute
// here: a page the docs site has goes to the site (sitePaths), any other to the file in the
// repository. Both addresses come from the root package.json (output/links.ts).
import { posix } from 'node:path';
import { IANA_REGISTRIES, type IanaRegistryModule, type Registry } from '@wscodes-tools/registry';
import { COMPAT_PAGE_FILE } from '../compat-page-links.ts';
import { readProjectLinks, repositoryFileUrl, sitePaths, siteUrl, type ProjectLinks } from '../output/links.ts';
import { codePagePath, rangeHeading } from './code-page.ts';
import { registryPagePath } from './iana-registry-pages.ts';
import { githubSlug } from '../output/markdown.ts';

const DOCS_PACKAGE_DIR = 'packages/docs/';

/** Each page (or range section) of @wscodes/docs that the site has, by its path inside the package, to its site path. */
export function docsSitePaths(registry: Registry): ReadonlyMap<string, string> {
  const modules = IANA_REGISTRIES as readonly IanaRegistryModule[];
  return new Map<string, string>([
    ...registry.codes.map((c) => [codePagePath(c), sitePaths.code(c.code)] as const),
    ...registry.ranges.map((r) => [`ranges.md#${githubSlug(rangeHeading(r))}`, sitePaths.range(r.from, r.to)] as const),
    ['ranges.md', sitePaths.ranges],
    ['troubleshooting.md', sitePaths.troubleshooting],
    ['handshake-statuses.md', sitePaths.handshakeStatuses],
    ['protocols/README.md', sitePaths.protocols],
    [COMPAT_PAGE_FILE.slice(DOCS_PACKAGE_DIR.length), sitePaths.compatibility],
    ['protocols/collisions.md', sitePaths.collisions],
    ...(registry.protocols?.protocols ?? []).map((p) => [`protocols/${p.id}.md`, sitePaths.protocol(p.id)] as const),
    ...modules.map((m) => [registryPagePath(m), sitePaths.registry(posix.basename(registryPagePath(m), '.md'))] as const),
  ]);
}

/**
 * The target of a link the generator made: `](target)` after a `]` that is not escaped. Text from the
 * registry has every bracket escaped (output/markdown.ts), so `\](x)` in a name is never rewritten.
 */
const LINK_TARGET = /(?<=(?:^|[^\\])(?:\\\\)*)\]\(([^)\s]+)\)/g;

/** The Markdown with every relative link target (a path inside @wscodes/docs) made absolute. */
export function absoluteDocsLinks(markdown: string, registry: Registry, links: ProjectLinks): string {
  const site = docsSitePaths(registry);
  return markdown.replace(LINK_TARGET, (whole, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:|^#/i.test(target)) return whole;
    const [path = '', anchor] = target.split('#', 2) as [string, string | undefined];
    const section = site.get(target);
    const page = site.get(path);
    const url =
      section !== undefined ? siteUrl(links, section) : page !== undefined ? siteUrl(links, page) + (anchor === undefined ? '' : `#${anchor}`) : repositoryFileUrl(links, posix.join(DOCS_PACKAGE_DIR, target));
    return `](${url})`;
  });
}

/** The inverse of absoluteDocsLinks: every link to the site or the repository's docs as a path inside @wscodes/docs again, so that the checks that resolve the pages' links against each other check the README's too. */
export function relativeDocsLinks(markdown: string, registry: Registry, links: ProjectLinks): string {
  const docsPathOf = new Map([...docsSitePaths(registry)].map(([docs, site]) => [siteUrl(links, site), docs]));
  const repositoryDocs = repositoryFileUrl(links, DOCS_PACKAGE_DIR);
  return markdown.replace(LINK_TARGET, (whole, target: string) => {
    const [url = '', anchor] = target.split('#', 2) as [string, string | undefined];
    const docs = docsPathOf.get(url);
    if (docs !== undefined) return `](${docs}${anchor === undefined ? '' : `#${anchor}`})`;
    return target.startsWith(repositoryDocs) ? `](${target.slice(repositoryDocs.length)})` : whole;
  });
}

/** Pages of @wscodes/docs (paths inside the package) with the README's links made relative again (relativeDocsLinks). */
export const withRelativeReadme = <P extends { readonly path: string; readonly contents: string }>(pages: readonly P[], registry: Registry, links: ProjectLinks = readProjectLinks()): P[] =>
  pages.map((p) => (p.path === 'README.md' ? { ...p, contents: relativeDocsLinks(p.contents, registry, links) } : p));
