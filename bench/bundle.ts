// Bundle size of the BUILT package as a user's bundler sees it: esbuild bundle + minify, then gzip -9.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const REPO_ROOT = join(import.meta.dirname, '..');
const CORE_DIST = join(REPO_ROOT, 'packages', 'core', 'dist', 'index.js');

export interface BundleSize {
  readonly entry: string;
  readonly minified: number;
  readonly gzip: number;
}

export const gzipSize = (text: string): number => gzipSync(text, { level: 9 }).length;

/** Fails with what to do when the package has not been built. */
export function assertCoreBuilt(): void {
  if (!existsSync(CORE_DIST)) {
    throw new Error(`${CORE_DIST} does not exist: the bench measures the built package. Run \`npm run build\` first.`);
  }
}

/** Bundles `source` (ESM, importing '@wscodes/core') for the browser, minified and tree-shaken. */
export async function bundleSize(source: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { entry: source, minified: Buffer.byteLength(code), gzip: gzipSize(code) };
}

export interface BundleReport {
  readonly closeCodeOnly: BundleSize;
  /** The least any bundle of CloseCode can be: its 19 keys and values as a bare object literal. */
  readonly closeCodeFloor: { readonly keyNamesGzip: number; readonly literalGzip: number };
  readonly wholePackage: BundleSize;
  /** The generated data alone: CloseCode and the tables, without the hand-written helpers. */
  readonly dataOnly: BundleSize;
  /** One entry per export, tree-shaken, to show what the whole-package size is made of. */
  readonly perExport: readonly BundleSize[];
  /** The curated and IANA text that ships in CLOSE_CODE_INFO, gzipped on its own. */
  readonly registryTextGzip: number;
}

export async function measureBundles(): Promise<BundleReport> {
  assertCoreBuilt();
  const core = (await import('@wscodes/core')) as typeof import('@wscodes/core');
  const keys = Object.keys(core.CloseCode);
  const literal = `export const CloseCode={${Object.entries(core.CloseCode).map(([k, v]) => `${k}:${v}`).join(',')}};`;
  const details = (await import('@wscodes/core/details')) as typeof import('@wscodes/core/details');
  const text = core.CLOSE_CODE_INFO.flatMap((i) => {
    const d = details.getCloseCodeDetails(i.code);
    return [i.name, d.summary ?? '', d.advice, d.iana?.description ?? ''];
  }).join('\n');
  const exportNames = Object.keys(core).sort();
  return {
    closeCodeOnly: await bundleSize(`export { CloseCode } from '@wscodes/core';`),
    closeCodeFloor: { keyNamesGzip: gzipSize(keys.join('')), literalGzip: gzipSize(literal) },
    wholePackage: await bundleSize(`export * from '@wscodes/core';`),
    dataOnly: await bundleSize(
      `export { CloseCode, CLOSE_CODE_INFO, CLOSE_CODE_RANGES, IANA_REGISTRY_UPDATED } from '@wscodes/core';`,
    ),
    perExport: await Promise.all(exportNames.map((name) => bundleSize(`export { ${name} } from '@wscodes/core';`))),
    registryTextGzip: gzipSize(text),
  };
}
