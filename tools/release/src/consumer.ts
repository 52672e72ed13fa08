// The consumer test: install the packed tarballs into a scratch project, offline, and use them the
// ways real users do: Node ESM, Node CJS, TypeScript (node16 and bundler resolution) and an esbuild
// browser bundle. Everything is derived from each package's `exports`, so new entry points are
// covered without editing this file; PROBES adds a few checks of meaning for known packages.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Message } from 'esbuild';
import { ReleaseError, run } from './exec.ts';
import { entryKind, listEntryPoints, type EntryPoint } from './exports.ts';
import type { Manifest } from './workspace.ts';

export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the .tgz. */
  readonly tarball: string;
  readonly manifest: Manifest;
  /** Paths inside the tarball, relative to the package root. */
  readonly files: readonly string[];
}

/** Checks of meaning, not just of loading. `m` is the package's root module. */
export interface Probe {
  /** JavaScript expressions that must be true. */
  readonly js: readonly string[];
  /** TypeScript statements that must type-check; `// @ts-expect-error` lines prove the types are not `any`. */
  readonly ts: readonly string[];
}

export const PROBES: Readonly<Record<string, Probe>> = {
  '@wscodes/core': {
    js: ['m.CloseCode.NormalClosure === 1000', 'm.isValidCloseCode(1000) === true', 'm.isValidCloseCode(1005) === false', 'm.describeCloseCode(4000).code === 4000'],
    ts: ['const normal: 1000 = m.CloseCode.NormalClosure;', '// @ts-expect-error the literal type is 1000', 'const wrong: 1001 = m.CloseCode.NormalClosure;', 'void normal; void wrong;'],
  },
  '@wscodes/fixtures': {
    js: ['Array.isArray(m.closePayloads) && m.closePayloads.length > 0', 'Array.isArray(m.closeFrames) && m.closeFrames.length > 0', 'Array.isArray(m.apiCloseCalls) && m.apiCloseCalls.length > 0'],
    ts: ['const count: number = m.closePayloads.length;', '// @ts-expect-error a length is a number', 'const text: string = m.closePayloads.length;', 'void count; void text;'],
  },
};

export type ConsumerCheckName = 'node-esm' | 'node-cjs' | 'ts-node16' | 'ts-bundler' | 'esbuild-browser' | 'bin';
export const CONSUMER_CHECKS: readonly ConsumerCheckName[] = ['node-esm', 'node-cjs', 'ts-node16', 'ts-bundler', 'esbuild-browser', 'bin'];

/** The commands a package installs, by name: `bin` as a map, or a string named after the package (scope dropped). */
export function binCommands(manifest: Manifest): string[] {
  if (typeof manifest.bin === 'string') return [manifest.name.replace(/^@[^/]+\//, '')];
  return Object.keys(manifest.bin ?? {});
}

/** Writes a scratch project depending on every tarball and installs it without the network. */
export function installScratchProject(dir: string, packages: readonly PackedPackage[]): void {
  mkdirSync(dir, { recursive: true });
  const dependencies = Object.fromEntries(packages.map((p) => [p.name, `file:${p.tarball}`]));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'wscodes-consumer', private: true, type: 'module', dependencies }, null, 2)}\n`);
  try {
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], { cwd: dir, what: 'offline install of the packed tarballs' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /ENOTCACHED|offline/i.test(message)
      ? '\nnpm needed the network: a public package depends on something that is neither another public package nor in the npm cache.'
      : '';
    throw new ReleaseError(`${message}${hint}`);
  }
}

const jsEntries = (p: PackedPackage): EntryPoint[] => listEntryPoints(p.manifest, p.files).filter((e) => entryKind(e.esm ?? e.cjs) === 'js');
const jsonEntries = (p: PackedPackage): EntryPoint[] => listEntryPoints(p.manifest, p.files).filter((e) => entryKind(e.esm ?? e.cjs) === 'json');
const otherEntries = (p: PackedPackage): EntryPoint[] => listEntryPoints(p.manifest, p.files).filter((e) => entryKind(e.esm ?? e.cjs) === 'other');
const lit = (value: string): string => JSON.stringify(value);

/** Source of a module that imports every entry point, runs the probes and prints one line per entry. */
export function esmSource(packages: readonly PackedPackage[], target: 'node' | 'browser', probes = PROBES): string {
  const lines = [
    'const loaded = [];',
    'const check = (ok, what) => { if (!ok) throw new Error(`consumer check failed: ${what}`); };',
  ];
  let n = 0;
  for (const pkg of packages) {
    for (const entry of jsEntries(pkg)) {
      const id = `m${n++}`;
      lines.unshift(`import * as ${id} from ${lit(entry.specifier)};`);
      lines.push(`check(Object.keys(${id}).length > 0, ${lit(`${entry.specifier} exports nothing`)}); loaded.push(${lit(entry.specifier)});`);
      if (entry.subpath === '.') {
        for (const probe of probes[pkg.name]?.js ?? []) lines.push(`{ const m = ${id}; check(${probe}, ${lit(`${pkg.name}: ${probe}`)}); }`);
      }
    }
    for (const entry of jsonEntries(pkg)) {
      const id = `j${n++}`;
      lines.unshift(`import ${id} from ${lit(entry.specifier)} with { type: 'json' };`);
      lines.push(`check(${id} !== null && typeof ${id} === 'object', ${lit(`${entry.specifier} is not a JSON object or array`)}); loaded.push(${lit(entry.specifier)});`);
    }
    if (target === 'node') {
      for (const entry of otherEntries(pkg)) {
        lines.push(`check(existsSync(fileURLToPath(import.meta.resolve(${lit(entry.specifier)}))), ${lit(`${entry.specifier} resolves to no file`)}); loaded.push(${lit(entry.specifier)});`);
      }
    }
  }
  if (target === 'node') lines.unshift("import { existsSync } from 'node:fs';", "import { fileURLToPath } from 'node:url';");
  lines.push("console.log(loaded.join('\\n'));");
  return `${lines.join('\n')}\n`;
}

/** The same for require(): every entry point must load (or, for Markdown, resolve) from CommonJS. */
export function cjsSource(packages: readonly PackedPackage[], probes = PROBES): string {
  const lines = [
    "const { existsSync } = require('node:fs');",
    'const loaded = [];',
    'const check = (ok, what) => { if (!ok) throw new Error(`consumer check failed: ${what}`); };',
  ];
  for (const pkg of packages) {
    for (const entry of jsEntries(pkg)) {
      lines.push(`{ const m = require(${lit(entry.specifier)}); check(Object.keys(m).length > 0, ${lit(`${entry.specifier} exports nothing`)}); loaded.push(${lit(entry.specifier)});`);
      if (entry.subpath === '.') for (const probe of probes[pkg.name]?.js ?? []) lines.push(`  check(${probe}, ${lit(`${pkg.name}: ${probe}`)});`);
      lines.push('}');
    }
    for (const entry of jsonEntries(pkg)) {
      lines.push(`{ const j = require(${lit(entry.specifier)}); check(j !== null && typeof j === 'object', ${lit(`${entry.specifier} is not JSON`)}); loaded.push(${lit(entry.specifier)}); }`);
    }
    for (const entry of otherEntries(pkg)) {
      lines.push(`check(existsSync(require.resolve(${lit(entry.specifier)})), ${lit(`${entry.specifier} resolves to no file`)}); loaded.push(${lit(entry.specifier)});`);
    }
  }
  lines.push("console.log(loaded.join('\\n'));");
  return `${lines.join('\n')}\n`;
}

/** TypeScript consumer sources: `esm` for .mts/.ts (JSON with import attributes), `cjs` for .cts (JSON via import = require). */
export function typescriptSource(packages: readonly PackedPackage[], style: 'esm' | 'cjs' | 'esm-no-json', probes = PROBES): string {
  const lines: string[] = [];
  let n = 0;
  for (const pkg of packages) {
    if (!pkgHasTypes(pkg)) continue;
    for (const entry of jsEntries(pkg)) {
      const id = `m${n++}`;
      lines.push(`import * as ${id} from ${lit(entry.specifier)};`, `void ${id};`);
      if (entry.subpath === '.' && probes[pkg.name]) lines.push('{', `  const m = ${id};`, ...(probes[pkg.name]?.ts ?? []).map((l) => `  ${l}`), '}');
    }
  }
  if (style !== 'esm-no-json') {
    for (const pkg of packages) {
      for (const entry of jsonEntries(pkg)) {
        const id = `j${n++}`;
        lines.push(
          style === 'esm' ? `import ${id} from ${lit(entry.specifier)} with { type: 'json' };` : `import ${id} = require(${lit(entry.specifier)});`,
          `void ${id};`,
        );
      }
    }
  }
  return `${lines.join('\n')}\nexport {};\n`;
}

/** A package "has types" when its manifest points at declarations; JSON-only packages are typed by resolveJsonModule. */
const pkgHasTypes = (pkg: PackedPackage): boolean => pkg.files.some((f) => /\.d\.[cm]?ts$/.test(f));

const TS_COMMON = { target: 'es2022', lib: ['es2022', 'dom'], strict: true, noEmit: true, skipLibCheck: false, types: [], resolveJsonModule: true };

export interface ConsumerContext {
  /** The scratch project, with the tarballs installed. */
  readonly dir: string;
  readonly packages: readonly PackedPackage[];
  /** The workspace root, for its typescript. */
  readonly repoRoot: string;
  /** Checks of meaning per package name; PROBES unless a test passes its own. */
  readonly probes?: Readonly<Record<string, Probe>>;
}

/** Runs one consumer check; returns a one-line summary or throws ReleaseError. */
export async function runConsumerCheck(name: ConsumerCheckName, context: ConsumerContext): Promise<string> {
  const { dir, packages, repoRoot, probes = PROBES } = context;
  const tsc = (project: string): string =>
    run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', project, '--pretty', 'false'], { cwd: dir, what: `tsc --noEmit -p ${project}` });
  switch (name) {
    case 'node-esm': {
      writeFileSync(join(dir, 'consumer-esm.mjs'), esmSource(packages, 'node', probes));
      const out = run(process.execPath, ['consumer-esm.mjs'], { cwd: dir, what: 'Node ESM import' });
      return `imported ${countLines(out)} entry points`;
    }
    case 'node-cjs': {
      writeFileSync(join(dir, 'consumer-cjs.cjs'), cjsSource(packages, probes));
      const out = run(process.execPath, ['consumer-cjs.cjs'], { cwd: dir, what: 'Node CJS require' });
      return `required ${countLines(out)} entry points`;
    }
    case 'ts-node16': {
      writeFileSync(join(dir, 'consumer-node16.mts'), typescriptSource(packages, 'esm-no-json', probes));
      writeFileSync(join(dir, 'consumer-node16.cts'), typescriptSource(packages, 'cjs', probes));
      writeTsconfig(dir, 'tsconfig.node16.json', { module: 'node16', moduleResolution: 'node16' }, ['consumer-node16.mts', 'consumer-node16.cts']);
      tsc('tsconfig.node16.json');
      return 'tsc --noEmit passed (module node16: .mts imports, .cts imports and JSON via import = require)';
    }
    case 'ts-bundler': {
      writeFileSync(join(dir, 'consumer-bundler.ts'), typescriptSource(packages, 'esm', probes));
      writeTsconfig(dir, 'tsconfig.bundler.json', { module: 'esnext', moduleResolution: 'bundler' }, ['consumer-bundler.ts']);
      tsc('tsconfig.bundler.json');
      return 'tsc --noEmit passed (moduleResolution bundler, JSON with import attributes)';
    }
    case 'bin': {
      // Every installed command runs from node_modules/.bin, the way npx starts it, and knows its version.
      const commands = packages.flatMap((p) => binCommands(p.manifest).map((command) => ({ command, version: p.version })));
      for (const { command, version } of commands) {
        const out = run(join(dir, 'node_modules/.bin', command), ['--version'], { cwd: dir, what: `${command} --version` }).trim();
        if (out !== version) throw new ReleaseError(`${command} --version printed ${JSON.stringify(out)}, expected ${version}`);
      }
      return commands.length === 0 ? 'no package installs a command' : `ran ${commands.map((c) => `${c.command} --version`).join(', ')} from node_modules/.bin`;
    }
    case 'esbuild-browser': {
      writeFileSync(join(dir, 'consumer-browser.mjs'), esmSource(packages, 'browser', probes));
      const bytes = await bundleForBrowser(dir, 'consumer-browser.mjs', 'consumer-browser.bundle.mjs');
      // The bundle uses no browser API, so Node can run it: the probes then run on bundled code.
      const out = run(process.execPath, ['consumer-browser.bundle.mjs'], { cwd: dir, what: 'running the browser bundle' });
      return `bundled ${countLines(out)} entry points for platform=browser (${bytes} B, no Node built-ins) and ran it`;
    }
  }
}

function writeTsconfig(dir: string, file: string, options: Record<string, string>, files: string[]): void {
  writeFileSync(join(dir, file), `${JSON.stringify({ compilerOptions: { ...TS_COMMON, ...options }, files }, null, 2)}\n`);
}

const countLines = (text: string): number => text.split('\n').filter(Boolean).length;

/** Bundles `entry` with platform=browser. Fails on any Node built-in, resolved or left external. Returns the bundle's size. */
export async function bundleForBrowser(dir: string, entry: string, outfile: string): Promise<number> {
  let result;
  try {
    result = await build({
      absWorkingDir: dir,
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors ?? [];
    throw new ReleaseError(`esbuild browser bundle failed:\n${errors.map(formatEsbuildMessage).join('\n') || String(error)}`);
  }
  const externals = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
  if (externals.length > 0) throw new ReleaseError(`the browser bundle leaves imports it cannot satisfy in a browser: ${externals.join(', ')}`);
  const output = Object.values(result.metafile.outputs)[0];
  if (!output || !existsSync(join(dir, outfile))) throw new ReleaseError('esbuild wrote no bundle');
  return output.bytes;
}

const formatEsbuildMessage = (m: Message): string =>
  `  ${m.location ? `${m.location.file}:${m.location.line}:${m.location.column}  ` : ''}${m.text}${m.notes.map((n) => `\n    ${n.text}`).join('')}`;
