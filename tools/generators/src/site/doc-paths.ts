import { posix } from 'node:path';
import { sitePaths } from '../output/links.ts';

// Where each page of @wscodes/docs lives on the site. Only the kinds whose address the project
// promises (sitePaths) are named here; any other page (a new folder, a new kind of numbered page)
// gets its folder's path by the generic rules, so a new docs page appears with no edit here.

/** Docs folders of numbered pages (`1006-abnormal-closure.md`): the number alone makes the stable address. */
const NUMBERED: Readonly<Record<string, (n: number) => string>> = {
  codes: sitePaths.code,
};

/** Docs folders of named pages (`protocols/discord-gateway.md`). */
const NAMED_IN: Readonly<Record<string, (id: string) => string>> = {
  protocols: sitePaths.protocol,
  registries: sitePaths.registry,
};

const SINGLE: Readonly<Record<string, string>> = {
  'README.md': sitePaths.home,
  'troubleshooting.md': sitePaths.troubleshooting,
  'handshake-statuses.md': sitePaths.handshakeStatuses,
  'compatibility.md': sitePaths.compatibility,
  'protocols/collisions.md': sitePaths.collisions,
};

/** The site path (relative to the site's root, ending in `/` but for the home page) of a docs page, given relative to packages/docs/. */
export function sitePathOfDoc(doc: string): string {
  const single = SINGLE[doc];
  if (single !== undefined) return single;
  const dir = posix.dirname(doc) === '.' ? '' : posix.dirname(doc);
  const name = posix.basename(doc, '.md');
  if (doc === 'protocols/README.md') return sitePaths.protocols;
  if (name === 'README') return `${dir}/`;
  const numbered = /^(\d+)-/.exec(name);
  if (numbered) return (NUMBERED[dir] ?? ((n: number) => `${dir}/${n}/`))(Number(numbered[1]));
  const named = NAMED_IN[dir];
  if (named) return named(name);
  return `${dir === '' ? '' : `${dir}/`}${name}/`;
}

/** The page's kind, for the sidebar and the browser test's "one page of each kind": its first path segment, or `home`. */
export const pageKind = (path: string): string => path.split('/')[0] || 'home';
