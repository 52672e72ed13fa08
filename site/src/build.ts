// npm run site: the docs site into site/dist/. The pages come from the generators (the same text as
// @wscodes/docs, never a copy kept here), VitePress renders them, and Pagefind indexes the HTML for
// offline search. Prints what it does, and a heartbeat at least every 15 s while a step runs.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadRegistry } from '@wscodes-tools/registry';
import { readProjectLinks } from '@wscodes-tools/generators/output';
import { generateSite, renderDocs } from '@wscodes-tools/generators/site';
import { DIST_DIR, PAGES_DIR, SITE_DIR } from './paths.ts';

const started = performance.now();
const seconds = (from = started) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const log = (line: string) => process.stdout.write(`site: ${line}\n`);

/** Runs a step, saying it started, that it is still running every 15 s, and how long it took. */
async function step<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const from = performance.now();
  log(`${name}…`);
  const heartbeat = setInterval(() => log(`  still ${name} (${seconds(from)})`), 15_000);
  try {
    return await run();
  } finally {
    clearInterval(heartbeat);
    log(`  ${name}: done in ${seconds(from)}`);
  }
}

const pageCount = await step('generating the pages from the registry', async () => {
  const registry = loadRegistry();
  const root = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { description: string };
  const files = generateSite(registry, await renderDocs(registry), { links: readProjectLinks(), description: root.description });
  rmSync(PAGES_DIR, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(PAGES_DIR, file.path)), { recursive: true });
    writeFileSync(join(PAGES_DIR, file.path), file.contents);
  }
  return files.filter((f) => f.path.endsWith('index.md')).length;
});
log(`  ${pageCount} pages in ${PAGES_DIR}`);

await step('rendering with VitePress', async () => {
  const { build } = await import('vitepress');
  rmSync(DIST_DIR, { recursive: true, force: true });
  await build(SITE_DIR);
});

await step('indexing with Pagefind', async () => {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: DIST_DIR });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  log(`  ${added.page_count} pages indexed`);
  const written = await index.writeFiles({ outputPath: join(DIST_DIR, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
});

const htmlFiles = (readdirSync(DIST_DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
const bytes = (readdirSync(DIST_DIR, { recursive: true }) as string[]).reduce((n, f) => n + (statSync(join(DIST_DIR, f)).isFile() ? statSync(join(DIST_DIR, f)).size : 0), 0);
log(`built ${pageCount} pages (${htmlFiles.length} HTML files, ${(bytes / 1024 / 1024).toFixed(1)} MB) into ${DIST_DIR} in ${seconds()}`);
