#!/usr/bin/env node
// The build of every public package with JavaScript: `node tools/build/build-library.mjs PACKAGE_DIR`
//   src/index.ts -> dist/index.js (ESM), dist/index.cjs (CJS), dist/index.d.ts and dist/index.d.cts.
// rolldown bundles each format: es2020, tree-shaken (JSON properties included),
// /* @__PURE__ */ annotations kept for the consumer's bundler (the packages declare
// `sideEffects: false`). The declarations come from Oxc's isolated declarations, bundled by
// rolldown-plugin-dts: no TypeScript program and no type check here (`npm run typecheck` does that).
// An export whose type cannot be written without one fails the build with TS90xx: give it an
// explicit type. Plain node, no tsx: a build of a few small files is mostly start-up.
import { copyFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { dts } from 'rolldown-plugin-dts';

const [packageDir] = process.argv.slice(2);
if (!packageDir) throw new Error('usage: node tools/build/build-library.mjs PACKAGE_DIR (such as packages/core)');
const ROOT = resolve(packageDir);
const OUT_DIR = join(ROOT, 'dist');

/** One rolldown bundle of the entry, written in one format. */
async function buildFormat(format, entryFileNames, plugins) {
  const bundle = await rolldown({
    // Relative to the package, so that nothing in the output depends on where the build ran.
    cwd: ROOT,
    input: 'src/index.ts',
    platform: 'neutral',
    transform: { target: 'es2020' },
    plugins,
    logLevel: 'warn',
  });
  await bundle.write({ dir: OUT_DIR, format, entryFileNames, comments: { legal: true, annotation: true, jsdoc: false }, strict: true });
  await bundle.close();
}

rmSync(OUT_DIR, { recursive: true, force: true });
// The plugin bundles declarations in ESM only; the CJS condition gets the same text under .d.cts
// (one self-contained file, nothing to resolve differently).
await Promise.all([buildFormat('es', '[name].js', [dts({ oxc: true, tsconfig: false })]), buildFormat('cjs', '[name].cjs', [])]);
copyFileSync(join(OUT_DIR, 'index.d.ts'), join(OUT_DIR, 'index.d.cts'));
