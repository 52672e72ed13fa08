import { readFileSync } from 'node:fs';

/**
 * The package's own version, read from its package.json at run time: `changeset version` rewrites
 * that file, so nothing else has to. ../package.json from src/ and from dist/ alike.
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
