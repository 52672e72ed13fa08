// Size budget of @wscodes/core, measured on the installed tarball the way a browser app would ship
// it: esbuild bundle + minify (format esm, platform browser), then gzip level 9.
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

export interface SizeBudgets {
  /** `import * from '@wscodes/core'`: everything, gzipped bytes. */
  readonly wholeGzip: number;
  /** `import { CloseCode } from '@wscodes/core'` alone, tree-shaken, gzipped bytes. */
  readonly closeCodeGzip: number;
}

/**
 * The budgets CI enforces: what the package measures today plus about 10%, so growth fails CI.
 * Both sit above the targets in the README's Measured table (3 KiB whole, 200 B CloseCode),
 * which the required content cannot meet:
 * - whole package (measured 6596 B): the data tables alone, i.e. the curated names, summaries,
 *   reconnect advice and IANA records that describeCloseCode and getCloseCodeInfo must return,
 *   gzipped to 3515 B before any code (measured at 6109 B, before the next line's growth).
 *   The maintainer-loop work grew it by 487 B: structured reconnect advice (source, delay, conditions) and the
 *   registration text of 1012 and 1013; the budget moved from 6900 to 7250 B with it.
 * - CloseCode alone (measured 306 B): the bare `{Key:value,…}` literal of the 19 public key names
 *   gzips to 278 B, the names alone to 194 B (the floor `check:packages` prints).
 */
export const SIZE_BUDGETS: SizeBudgets = { wholeGzip: 7250, closeCodeGzip: 336 };

export interface SizeFigures {
  readonly wholeMinified: number;
  readonly wholeGzip: number;
  readonly closeCodeMinified: number;
  readonly closeCodeGzip: number;
  /** Gzipped size of nothing but `export const CloseCode={Key:value,…}`: what any encoding with the same names costs. */
  readonly closeCodeFloorGzip: number;
  readonly closeCodeKeys: number;
}

export const gzipSize = (text: string | Uint8Array): number => gzipSync(text, { level: 9 }).length;

/** Bundles `source` (resolving from `dir`) the way the budget is defined; returns the minified output. */
export async function bundleMinified(dir: string, source: string): Promise<string> {
  const result = await build({
    absWorkingDir: dir,
    stdin: { contents: source, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Measures @wscodes/core as installed in `dir` (a scratch project). */
export async function measureCore(dir: string, packageName = '@wscodes/core'): Promise<SizeFigures> {
  const whole = await bundleMinified(dir, `export * from ${JSON.stringify(packageName)};`);
  const closeCode = await bundleMinified(dir, `export { CloseCode } from ${JSON.stringify(packageName)};`);
  // The floor: evaluate the shipped CloseCode and minify a bare object literal with the same entries.
  const bundledValue = await bundleMinified(dir, `import { CloseCode } from ${JSON.stringify(packageName)}; export default CloseCode;`);
  const value = (await import(`data:text/javascript;base64,${Buffer.from(bundledValue).toString('base64')}`)).default as Record<string, number>;
  const literal = `export const CloseCode={${Object.entries(value).map(([key, code]) => `${key}:${code}`).join(',')}};`;
  const floor = (await transform(literal, { minify: true, format: 'esm' })).code;
  return {
    wholeMinified: Buffer.byteLength(whole),
    wholeGzip: gzipSize(whole),
    closeCodeMinified: Buffer.byteLength(closeCode),
    closeCodeGzip: gzipSize(closeCode),
    closeCodeFloorGzip: gzipSize(floor),
    closeCodeKeys: Object.keys(value).length,
  };
}

/** Every budget the figures exceed, as messages; empty when within budget. */
export function overBudget(figures: SizeFigures, budgets: SizeBudgets): string[] {
  const problems: string[] = [];
  if (figures.wholeGzip > budgets.wholeGzip) {
    problems.push(`@wscodes/core (whole package) is ${figures.wholeGzip} B gzipped, over its budget of ${budgets.wholeGzip} B`);
  }
  if (figures.closeCodeGzip > budgets.closeCodeGzip) {
    problems.push(`import { CloseCode } from '@wscodes/core' is ${figures.closeCodeGzip} B gzipped, over its budget of ${budgets.closeCodeGzip} B`);
  }
  return problems;
}

export function formatFigures(f: SizeFigures, budgets: SizeBudgets): string {
  return [
    `whole package        ${String(f.wholeGzip).padStart(5)} B gzip (${f.wholeMinified} B minified)   budget ${budgets.wholeGzip} B`,
    `CloseCode alone      ${String(f.closeCodeGzip).padStart(5)} B gzip (${f.closeCodeMinified} B minified)   budget ${budgets.closeCodeGzip} B`,
    `CloseCode floor      ${String(f.closeCodeFloorGzip).padStart(5)} B gzip: a bare {Key:value} literal of the ${f.closeCodeKeys} keys; no encoding with these names goes below it`,
  ].join('\n');
}
