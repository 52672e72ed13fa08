// The project's addresses have one home: the root package.json's `homepage` (the docs site) and
// `repository`. Every other link (package manifests, READMEs, the CLI, the site's canonical URLs) is
// derived here, so that a fork changes one line.
import { readFileSync } from 'node:fs';

export interface ProjectLinks {
  /** The docs site, ending in `/`: https://wscodes.github.io/ */
  readonly site: string;
  /** The repository's web address, without `.git`: https://github.com/wscodes/wscodes */
  readonly repository: string;
  /** Where bugs are reported. */
  readonly issues: string;
}

interface RootManifest {
  readonly homepage?: unknown;
  readonly repository?: unknown;
}

/** The links from the root manifest's text; throws with the fix when a field is missing or malformed. */
export function parseProjectLinks(manifestText: string, where = 'package.json'): ProjectLinks {
  const manifest = JSON.parse(manifestText) as RootManifest;
  const site = manifest.homepage;
  if (typeof site !== 'string' || !/^https:\/\/\S+\/$/.test(site)) {
    throw new Error(`${where}: set "homepage" to the docs site's https:// address, ending in "/" (such as "https://wscodes.github.io/")`);
  }
  const url = typeof manifest.repository === 'object' && manifest.repository !== null ? (manifest.repository as { url?: unknown }).url : manifest.repository;
  const match = typeof url === 'string' ? /^(?:git\+)?(https:\/\/github\.com\/[^/\s]+\/[^/\s]+?)(?:\.git)?$/.exec(url) : null;
  if (!match) {
    throw new Error(`${where}: set "repository": {"type": "git", "url": "git+https://github.com/OWNER/NAME.git"}`);
  }
  const repository = match[1]!;
  return { site, repository, issues: `${repository}/issues` };
}

/** The links of the workspace this module runs in. */
export function readProjectLinks(rootManifest: URL = new URL('../../../../package.json', import.meta.url)): ProjectLinks {
  return parseProjectLinks(readFileSync(rootManifest, 'utf8'), rootManifest.pathname);
}

/** The docs site's page paths, relative to its root; stable URLs, never renamed once published. */
export const sitePaths = {
  home: '',
  code: (code: number): string => `codes/${code}/`,
  ranges: 'ranges/',
  range: (first: number, last: number): string => `ranges/${first}-${last}/`,
  protocols: 'protocols/',
  protocol: (id: string): string => `protocols/${id}/`,
  registry: (id: string): string => `registries/${id}/`,
  /** The refused handshakes: one page, a section per status (`#503-service-unavailable`). */
  handshakeStatuses: 'statuses/',
  troubleshooting: 'troubleshooting/',
  collisions: 'collisions/',
  compatibility: 'compatibility/',
  search: 'search/',
} as const;

/** A page's absolute address on the site. */
export const siteUrl = (links: ProjectLinks, path: string): string => new URL(path, links.site).href;

/** A file's address in the repository's default branch, for links that must work on npm. */
export const repositoryFileUrl = (links: ProjectLinks, path: string): string => `${links.repository}/blob/main/${path.replace(/^\/+/, '')}`;
