#!/usr/bin/env node
// `npm run generate` and the first step of `npm run build`. Plain node runs one esbuild bundle of
// src/cli.ts (with @wscodes-tools/registry, zod and yaml inside; ts-morph stays in node_modules),
// which starts about twice as fast as tsx. The bundle's name carries a hash of every source it is
// made of, so an edit to a generator or to the registry tool rebuilds it on the next run: it is
// never stale, and it lives in dist/, which git ignores.
// The bundle is CommonJS so that it, and the ts-morph it requires, load through a
// V8 code cache (dist/v8-cache/): compiling ts-morph's 13 MB was most of a cold run, and Node 20
// has no compile cache of its own.
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire, Module } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { Script } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCES = ['tools/generators/src', 'tools/registry/src'];
const ENTRY = 'tools/generators/src/cli.ts';
// Bundled from node_modules besides the workspace's own tools: one file loads faster than their
// hundred modules. Their package.json (so their version) is part of the bundle's hash.
const BUNDLED_PACKAGES = ['zod', 'yaml'];
const isBundled = (path) => path.startsWith('@wscodes-tools/') || BUNDLED_PACKAGES.some((name) => path === name || path.startsWith(`${name}/`));
const OUT_DIR = fileURLToPath(new URL('../dist/', import.meta.url));
const CODE_CACHE_DIR = join(OUT_DIR, 'v8-cache');

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
    // Other packages from node_modules (ts-morph) are required at run time, when first used.
    build.onResolve({ filter: /^[^./]/ }, (args) => (isBundled(args.path) ? undefined : { path: args.path, external: true }));
  },
};

/** The path of an up-to-date bundle, building it first when the sources changed. */
export async function ensureBundle() {
  const bundle = join(OUT_DIR, `generate-${sourceHash()}.cjs`);
  if (existsSync(bundle)) return bundle;
  const { build } = await import('esbuild');
  mkdirSync(OUT_DIR, { recursive: true });
  // Written beside, then renamed: a parallel run sees the whole bundle or none.
  const temp = `${bundle}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(ROOT, ENTRY)],
    outfile: temp,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    plugins: [keepImportMetaUrl],
    logLevel: 'error',
  });
  renameSync(temp, bundle);
  rmSync(CODE_CACHE_DIR, { recursive: true, force: true }); // rebuilt by the next runs; keeps it from growing
  for (const old of readdirSync(OUT_DIR)) {
    if (old.startsWith('generate-') && join(OUT_DIR, old) !== bundle && !old.endsWith('.tmp')) rmSync(join(OUT_DIR, old), { force: true });
  }
  return bundle;
}

/** Code caches to write when the run ends: then they also hold every function the run compiled. */
const cachesToWrite = new Map();

/**
 * Runs a CommonJS file as require would, but compiled from dist/v8-cache when it can be, and with
 * a require that does the same for the CommonJS it requires in turn. A cache is keyed by the file's
 * identity and the Node build, since V8 itself only checks the source's length.
 */
function requireWithCodeCache(file) {
  const loaded = Module._cache[file];
  if (loaded) return loaded.exports;
  const bytes = readFileSync(file);
  // ASCII (as the bundle and ts-morph are) is decoded by a plain copy, several times faster than UTF-8.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const { size, mtimeMs, ctimeMs, ino } = statSync(file);
  const key = JSON.stringify([file, size, mtimeMs, ctimeMs, ino, process.version, process.arch, process.execArgv]);
  const cacheFile = join(CODE_CACHE_DIR, `${createHash('sha256').update(key).digest('hex').slice(0, 24)}.bin`);
  let script;
  try {
    script = new Script(Module.wrap(source), { filename: file, cachedData: existsSync(cacheFile) ? readFileSync(cacheFile) : undefined });
  } catch {
    return createRequire(file)(file); // not CommonJS (an ES module, JSON): plain require knows it
  }
  if (script.cachedDataRejected !== false) cachesToWrite.set(cacheFile, script);
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(dirname(file));
  const plainRequire = createRequire(file);
  const cachedRequire = Object.assign((id) => {
    const resolved = builtinModules.includes(id.replace(/^node:/, '')) ? undefined : plainRequire.resolve(id);
    return resolved && /\.c?js$/.test(resolved) ? requireWithCodeCache(resolved) : plainRequire(id);
  }, plainRequire);
  Module._cache[file] = module;
  try {
    script.runInThisContext()(module.exports, cachedRequire, module, file, dirname(file));
  } catch (error) {
    delete Module._cache[file];
    throw error;
  }
  module.loaded = true;
  return module.exports;
}

/** Writes the caches this run missed. Only a cache: failing to write one never fails the run. */
function writeCodeCaches() {
  try {
    mkdirSync(CODE_CACHE_DIR, { recursive: true });
    for (const [file, script] of cachesToWrite) {
      const temp = `${file}.${process.pid}.tmp`; // renamed: a parallel run reads all of it or none
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, file);
    }
  } catch {
    // the next run compiles from source again, and tries again
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { main, processIo } = requireWithCodeCache(await ensureBundle());
  const code = await main(process.argv.slice(2), processIo());
  writeCodeCaches();
  process.exit(code);
}
