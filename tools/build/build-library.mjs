#!/usr/bin/env node
// The build of every public package with JavaScript: `node tools/build/build-library.mjs PACKAGE_DIR`
// The entry points come from package.json `exports`: each subpath whose ESM target is
// ./dist/NAME.js is built from src/NAME.ts into dist/NAME.js (ESM), dist/NAME.cjs (CJS),
// dist/NAME.d.ts and dist/NAME.d.cts. Adding an entry point is its subpath in `exports` and its line
// in `typesVersions` (for TypeScript's node10 resolution; the build says so when it is missing).
// rolldown bundles all entries of a format together: es2020, tree-shaken (JSON properties included),
// code shared between entries in a chunk of its own (so an app importing two entries ships it
// once), /* @__PURE__ */ annotations kept for the consumer's bundler (the packages declare
// `sideEffects: false`). The declarations come from Oxc's isolated declarations, bundled by
// rolldown-plugin-dts: no TypeScript program and no type check here (`npm run typecheck` does that).
// An export whose type cannot be written without one fails the build with TS90xx: give it an
// explicit type. Plain node, no tsx: a build of a few small files is mostly start-up.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { dts } from 'rolldown-plugin-dts';

const USAGE = 'usage: node tools/build/build-library.mjs PACKAGE_DIR (such as packages/core)';
const [packageDir] = process.argv.slice(2);
if (packageDir === '--help' || packageDir === '-h') {
  console.log(`${USAGE}\nBuilds every JavaScript entry point of the package's exports map from src/NAME.ts into dist/.`);
  process.exit(0);
}
if (!packageDir) fail(USAGE);
const ROOT = resolve(packageDir);
const OUT_DIR = join(ROOT, 'dist');

function fail(message) {
  console.error(`build-library: ${message}`);
  process.exit(2);
}

/** The ESM target of an export-map value: the `import` condition's default, or a plain string. */
function esmTarget(target) {
  if (typeof target === 'string') return target;
  if (target === null || typeof target !== 'object') return null;
  const chosen = target.import ?? target.default;
  return typeof chosen === 'string' ? chosen : chosen && typeof chosen === 'object' ? esmTarget(chosen.default ?? null) : null;
}

/** { NAME: 'src/NAME.ts' } for every subpath whose ESM target is ./dist/NAME.js. */
export function entriesOf(manifest) {
  const exportsField = manifest.exports;
  if (exportsField === null || typeof exportsField !== 'object') return {};
  const input = {};
  for (const [subpath, target] of Object.entries(exportsField)) {
    const match = /^\.\/dist\/([\w-]+)\.js$/.exec(esmTarget(target) ?? '');
    if (match) input[match[1]] = `src/${match[1]}.ts`;
    else if (subpath !== './package.json' && !String(esmTarget(target)).endsWith('.json')) {
      fail(`exports["${subpath}"] has no ESM target of the form ./dist/NAME.js, so there is nothing to build it from. Point it at ./dist/NAME.js and write src/NAME.ts.`);
    }
  }
  return input;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const input = entriesOf(manifest);
if (Object.keys(input).length === 0) fail(`${join(packageDir, 'package.json')} exports no ./dist/NAME.js entry point: nothing to build.`);
for (const [name, source] of Object.entries(input)) {
  if (!existsSync(join(ROOT, source))) fail(`package.json exports the entry point "${name}" (./dist/${name}.js), but ${join(packageDir, source)} does not exist. Write it, or remove the subpath from exports.`);
  // TypeScript's node10 resolution ignores exports: a subpath's types reach it only through typesVersions.
  const mapped = manifest.typesVersions?.['*']?.[name];
  if (name !== 'index' && !(Array.isArray(mapped) && mapped.includes(`./dist/${name}.d.cts`))) {
    fail(`package.json exports "./${name}", but typesVersions does not map it for TypeScript's node10 resolution (attw fails without it). Add "${name}": ["./dist/${name}.d.cts"] under typesVersions["*"].`);
  }
}

/** One rolldown bundle of every entry, written in one format. */
async function buildFormat(format, extension, plugins) {
  const bundle = await rolldown({
    // Relative to the package, so that nothing in the output depends on where the build ran.
    cwd: ROOT,
    input,
    platform: 'neutral',
    transform: { target: 'es2020' },
    plugins,
    logLevel: 'warn',
  });
  await bundle.write({
    dir: OUT_DIR,
    format,
    entryFileNames: `[name].${extension}`,
    chunkFileNames: `[name]-[hash].${extension}`,
    comments: { legal: true, annotation: true, jsdoc: false },
    strict: true,
  });
  await bundle.close();
}

rmSync(OUT_DIR, { recursive: true, force: true });
await Promise.all([buildFormat('es', 'js', [dts({ oxc: true, tsconfig: false })]), buildFormat('cjs', 'cjs', [])]);

// The plugin bundles declarations in ESM only; the CJS condition gets the same text under .d.cts,
// with the shared declaration chunks' imports pointed at their .d.cts copies (a .d.cts importing
// ./x.js would reach ./x.d.ts, which TypeScript reads as ESM in a "type": "module" package).
for (const file of readdirSync(OUT_DIR).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(join(OUT_DIR, file), 'utf8').replace(/(from\s+|import\s*\(\s*)(['"])(\.\/[^'"]+)\.js\2/g, '$1$2$3.cjs$2');
  writeFileSync(join(OUT_DIR, file.replace(/\.d\.ts$/, '.d.cts')), text);
}
