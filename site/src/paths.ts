import { fileURLToPath } from 'node:url';

// Where the site's folders are. pages/ (generated) and dist/ (built) are git-ignored.
export const SITE_DIR = fileURLToPath(new URL('../', import.meta.url));
export const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));
