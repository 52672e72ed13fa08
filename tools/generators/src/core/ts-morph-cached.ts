// What `import { ts } from 'ts-morph'` becomes inside bin/generate.mjs's bundle: the same ts-morph,
// loaded when the core target first runs (not when the CLI starts), through require (an ESM import
// of ts-morph's CommonJS first scans its 1 MB for export names), with a V8 code cache. Compiling its
// 13 MB of JavaScript is most of a cold `generate`; Node 20 has no built-in compile cache.
// Under tsx and vitest the core sources import ts-morph directly; this file is never used there.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type * as TsMorph from 'ts-morph';

const CACHE_DIR = fileURLToPath(new URL('../../dist/v8-cache/', import.meta.url));

/** The CommonJS file a module name resolves to from `from`. */
const resolveFrom = (from: string, name: string): string => createRequire(from).resolve(name);

/**
 * Runs one CommonJS file as require would, and registers it in require's cache first, so that
 * whatever requires it next gets this instance. The compiled code is cached under dist/v8-cache,
 * keyed by the file's identity and the Node build: V8 itself only checks the source's length.
 */
function requireWithCodeCache(file: string): void {
  const registry = (Module as unknown as { _cache: Record<string, unknown> })._cache;
  if (registry[file]) return;
  const bytes = readFileSync(file);
  // ASCII (as these files are) is decoded by a plain copy, several times faster than UTF-8.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const { size, mtimeMs, ctimeMs, ino } = statSync(file);
  const key = createHash('sha256').update(JSON.stringify([file, size, mtimeMs, ctimeMs, ino, process.version, process.arch, process.execArgv])).digest('hex').slice(0, 16);
  const cacheFile = join(CACHE_DIR, `${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // first run for this file: compile, then cache
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const module = new Module(file) as Module & { filename: string; paths: string[]; loaded: boolean };
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths: (dir: string) => string[] })._nodeModulePaths(dirname(file));
  registry[file] = module;
  try {
    script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  } catch (error) {
    delete registry[file];
    throw error;
  }
  module.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected) {
    // After running: the cache then also holds every function the module ran while loading.
    mkdirSync(CACHE_DIR, { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`; // renamed: a parallel run reads all of it or none
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
  }
}

/** ts-morph, its TypeScript and its common layer, largest first so each is in require's cache before its dependent runs. */
function loadTsMorph(): typeof TsMorph {
  const tsMorph = resolveFrom(import.meta.url, 'ts-morph');
  const common = resolveFrom(tsMorph, '@ts-morph/common');
  requireWithCodeCache(resolveFrom(common, './typescript'));
  requireWithCodeCache(common);
  requireWithCodeCache(tsMorph);
  return createRequire(import.meta.url)('ts-morph') as typeof TsMorph;
}

export const { ts } = loadTsMorph();
