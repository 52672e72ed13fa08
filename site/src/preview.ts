// npm run site:preview [-- PORT]: serves the built site on loopback until stopped.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from './paths.ts';
import { serveSite } from './serve.ts';

if (!existsSync(join(DIST_DIR, 'index.html'))) {
  process.stderr.write(`no built site in ${DIST_DIR}: run npm run site first\n`);
  process.exit(1);
}
const { origin } = await serveSite(DIST_DIR, '/', Number(process.argv[2] ?? 4173));
process.stdout.write(`site: serving ${DIST_DIR} at ${origin}/ (Ctrl-C stops)\n`);
