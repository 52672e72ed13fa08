#!/usr/bin/env node
// The build of every public package with JavaScript: `node tools/build/build-library.mjs PACKAGE_DIR`
//   src/index.ts -> dist/index.js (ESM), dist/index.cjs (CJS), dist/index.d.ts and dist/index.d.cts.
// esbuild bundles both formats (es2020, /* @__PURE__ */ annotations kept; the packages declare
// `sideEffects: false`, so a consumer's bundler drops what it does not import). The declarations
// come from Oxc's isolated declarations, bundled by rolldown-plugin-dts: no TypeScript program and
// no type check here (`npm run typecheck` does that). An export whose type cannot be written
// without one fails the build with TS90xx: give it an explicit type. Plain node, no tsx: it starts
// in a fraction of a second, which is most of what a build of a few small files costs.
import { copyFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { rolldown } from 'rolldown';
import { dts } from 'rolldown-plugin-dts';

const [packageDir] = process.argv.slice(2);
if (!packageDir) throw new Error('usage: node tools/build/build-library.mjs PACKAGE_DIR (such as packages/core)');
const ROOT = resolve(packageDir);
const ENTRY = join(ROOT, 'src/index.ts');
const OUT_DIR = join(ROOT, 'dist');

/** One esbuild bundle of the entry in one module format. */
function buildJs(format, outExtension) {
  return esbuild({
    // Relative to the package, so the bundle's path comments do not depend on where the build ran.
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    outdir: OUT_DIR,
    outExtension: { '.js': outExtension },
    bundle: true,
    format,
    platform: 'node',
    target: 'es2020',
    logLevel: 'warning',
  });
}

/** The entry's declarations as one file; the CJS condition gets the same text under .d.cts. */
async function buildDeclarations() {
  const bundle = await rolldown({
    input: ENTRY,
    plugins: [dts({ oxc: true, emitDtsOnly: true, tsconfig: false })],
    logLevel: 'warn',
  });
  await bundle.write({ dir: OUT_DIR, format: 'es' });
  await bundle.close();
  copyFileSync(join(OUT_DIR, 'index.d.ts'), join(OUT_DIR, 'index.d.cts'));
}

rmSync(OUT_DIR, { recursive: true, force: true });
await Promise.all([buildJs('esm', '.js'), buildJs('cjs', '.cjs'), buildDeclarations()]);
