// @wscodes-tools/generators/site: the docs site's Markdown sources, from the pages the docs target
// (and the vectors target's compatibility page) render. site/src/build.ts writes them and runs VitePress.
import type { Registry } from '@wscodes-tools/registry';
import type { GeneratedFile } from '../files.ts';
import { renderTargets, selectTargets } from '../generate.ts';
import { DOCS_DIR } from '../docs/generate-docs.ts';

export { generateSite, numberedCodes, NUMBERS_FILE, SITE_DATA_FILE, SITE_TITLE, type SiteData, type SitePage, type SiteProject } from './site-pages.ts';
export { pageKind, sitePathOfDoc } from './doc-paths.ts';

/** Every page of @wscodes/docs as the generators render it in memory, paths relative to packages/docs/: the same text the package ships. */
export async function renderDocs(registry: Registry): Promise<GeneratedFile[]> {
  const { files } = await renderTargets(registry, selectTargets(['docs', 'vectors']));
  return files.filter((f) => f.path.startsWith(DOCS_DIR) && f.path.endsWith('.md')).map((f) => ({ path: f.path.slice(DOCS_DIR.length), contents: f.contents }));
}
