// What each public package's manifest says about where the project lives: `repository` (with the
// package's folder), `homepage` and `bugs`, all derived from the root manifest's `homepage` and
// `repository` (tools/generators/src/output/links.ts). Checked, not written: package.json is edited
// by hand and rewritten by `changeset version`, so a writer would fight both; the check prints the
// exact lines to paste instead, and a fork that changes the root sees every one of them.
import { sitePaths, siteUrl, type ProjectLinks } from '@wscodes-tools/generators/output';
import type { Manifest } from './workspace.ts';

export interface ManifestLinks {
  readonly homepage: string;
  readonly repository: { readonly type: 'git'; readonly url: string; readonly directory: string };
  readonly bugs: { readonly url: string };
}

/** The fields a package in `relativeDir` (such as `packages/core`) must carry. */
export const expectedManifestLinks = (links: ProjectLinks, relativeDir: string): ManifestLinks => ({
  homepage: siteUrl(links, sitePaths.home),
  repository: { type: 'git', url: `git+${links.repository}.git`, directory: relativeDir },
  bugs: { url: links.issues },
});

/** One line per field that differs, each with the JSON to put in `relativeDir`/package.json. */
export function manifestLinkProblems(manifest: Pick<Manifest, keyof ManifestLinks>, relativeDir: string, links: ProjectLinks): string[] {
  const expected = expectedManifestLinks(links, relativeDir);
  return (Object.keys(expected) as (keyof ManifestLinks)[])
    .filter((field) => JSON.stringify(manifest[field]) !== JSON.stringify(expected[field]))
    .map((field) => `${relativeDir}/package.json: ${manifest[field] === undefined ? 'no' : 'a different'} "${field}"; set "${field}": ${JSON.stringify(expected[field])} (derived from the root package.json's "homepage" and "repository")`);
}
