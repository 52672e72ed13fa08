import type { Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { readProjectLinks, type ProjectLinks } from '../output/links.ts';
import { codePage, codePagePath } from './code-page.ts';
import { ianaRegistryPages } from './iana-registry-pages.ts';
import { indexPage } from './index-page.ts';
import { absoluteDocsLinks } from './npm-links.ts';
import { generateProtocolDocs, PROTOCOL_DOCS_DIR } from './protocol-pages.ts';
import { HANDSHAKE_STATUSES_PAGE, handshakeStatusesPage } from './handshake-statuses-page.ts';
import { rangesPage } from './ranges-page.ts';
import { troubleshootingPage } from './troubleshooting-page.ts';

export const DOCS_DIR = 'packages/docs/';
/** What the docs target owns: its pages and folders (compatibility.md belongs to the vectors target). */
export const DOCS_FILES = [
  `${DOCS_DIR}README.md`,
  `${DOCS_DIR}codes/`,
  `${DOCS_DIR}ranges.md`,
  `${DOCS_DIR}troubleshooting.md`,
  `${DOCS_DIR}${HANDSHAKE_STATUSES_PAGE}`,
  `${DOCS_DIR}registries/`,
  PROTOCOL_DOCS_DIR,
] as const;

/** @wscodes/docs: the index (README.md), one page per code, the ranges and troubleshooting, the refused handshakes, the pages of IANA's other registries, and the protocol catalogue's pages (the vectors target adds compatibility.md). */
export function generateDocs(registry: Registry, links: ProjectLinks = readProjectLinks()): GeneratedFile[] {
  // A page of another IANA registry names that registry's file in its banner.
  const page = (path: string, body: string, source: string = registry.source): GeneratedFile => ({
    path: DOCS_DIR + path,
    contents: `${banner.markdown({ ...registry, source }, 'docs')}\n${body}\n`,
  });
  return [
    // The README is the package's page on npm: its links are absolute (the site, or the repository).
    page('README.md', absoluteDocsLinks(indexPage(registry), registry, links)),
    page('ranges.md', rangesPage(registry)),
    page('troubleshooting.md', troubleshootingPage(registry)),
    ...(registry.handshakeStatuses ? [page(HANDSHAKE_STATUSES_PAGE, handshakeStatusesPage(registry.handshakeStatuses), registry.handshakeStatuses.source)] : []),
    ...registry.codes.map((entry, i) => page(codePagePath(entry), codePage(registry, i))),
    ...ianaRegistryPages(registry).map((p) => page(p.path, p.body, p.source)),
    ...generateProtocolDocs(registry),
  ];
}
