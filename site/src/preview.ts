// npm run site:preview [-- PORT]: serves the built site on loopback until stopped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, PAGES_DIR } from './paths.ts';
import { serveSite } from './serve.ts';

if (!existsSync(join(DIST_DIR, 'index.html'))) {
  process.stderr.write(`no built site in ${DIST_DIR}: run npm run site first\n`);
  process.exit(1);
}
// Under the site's base path (`/` for a user site, `/NAME/` for a project site), as GitHub Pages serves it.
const { base } = JSON.parse(readFileSync(join(PAGES_DIR, 'site.json'), 'utf8')) as { base: string };
const { origin } = await serveSite(DIST_DIR, base, Number(process.argv[2] ?? 4173));
process.stdout.write(`site: serving ${DIST_DIR} at ${origin}${base} (Ctrl-C stops)\n`);
