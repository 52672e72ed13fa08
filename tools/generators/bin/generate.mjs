#!/usr/bin/env node
// `npm run generate` and the first step of `npm run build`. Plain node runs one esbuild bundle of
// src/cli.ts (with @wscodes-tools/registry, zod and yaml inside; ts-morph stays in node_modules),
// which starts about twice as fast as tsx. The bundle's name carries a hash of every source it is
// made of, so an edit to a generator or to the registry tool rebuilds it on the next run: it is
// never stale, and it lives in dist/, which git ignores.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCES = ['tools/generators/src', 'tools/registry/src'];
const ENTRY = 'tools/generators/src/cli.ts';
// Bundled from node_modules besides the workspace's own tools: one file loads faster than their
// hundred modules. Their package.json (so their version) is part of the bundle's hash.
const BUNDLED_PACKAGES = ['zod', 'yaml'];
const isBundled = (path) => path.startsWith('@wscodes-tools/') || BUNDLED_PACKAGES.some((name) => path === name || path.startsWith(`${name}/`));
const TS_MORPH_LOADER = 'tools/generators/src/core/ts-morph-cached.ts';
const OUT_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

/** A hash of this file, the checkout's place, every file under SOURCES (tests included: cheap, and never wrong) and the bundled packages' package.json. */
function sourceHash() {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).update(ROOT);
  for (const dir of SOURCES) {
    const files = readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
      .sort();
    for (const file of files) hash.update(`\0${relative(ROOT, file)}\0`).update(readFileSync(file));
  }
  const requireFromRegistry = createRequire(join(ROOT, 'tools/registry/package.json'));
  for (const name of BUNDLED_PACKAGES) {
    const file = requireFromRegistry.resolve(`${name}/package.json`);
    hash.update(`\0${file}\0`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

// Each module keeps its own import.meta.url, as if run from source: REPO_ROOT and the templates a
// generator reads beside itself resolve exactly as under tsx.
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
    // ts-morph is loaded lazily and with a code cache (see that file); it is still ts-morph.
    build.onResolve({ filter: /^ts-morph$/ }, () => ({ path: join(ROOT, TS_MORPH_LOADER) }));
    // Other packages from node_modules are imported at run time.
    build.onResolve({ filter: /^[^./]/ }, (args) => (isBundled(args.path) ? undefined : { path: args.path, external: true }));
  },
};

/** The path of an up-to-date bundle, building it first when the sources changed. */
export async function ensureBundle() {
  const bundle = join(OUT_DIR, `generate-${sourceHash()}.mjs`);
  if (existsSync(bundle)) return bundle;
  const { build } = await import('esbuild');
  mkdirSync(OUT_DIR, { recursive: true });
  // Written beside, then renamed: a parallel run sees the whole bundle or none.
  const temp = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(ROOT, ENTRY)],
    outfile: temp,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [keepImportMetaUrl],
    // yaml's CommonJS requires node's modules.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    logLevel: 'error',
  });
  renameSync(temp, bundle);
  for (const old of readdirSync(OUT_DIR)) {
    if (old.startsWith('generate-') && join(OUT_DIR, old) !== bundle && !old.endsWith('.tmp')) rmSync(join(OUT_DIR, old), { force: true });
  }
  return bundle;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { main, processIo } = await import(pathToFileURL(await ensureBundle()).href);
  process.exit(await main(process.argv.slice(2), processIo()));
}
