// Resolves every JSON subpath of an installed package with TypeScript's own resolver, under each
// mode attw reports: node10, node16 from CJS, node16 from ESM and bundler. attw analyses only
// packages that ship type declarations, so without this a JSON-only package (@wscodes/schema) would
// go unchecked; node10 ignores `exports`, so it finds a JSON subpath only where its name says.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { entryKind, listEntryPoints, type EntryPoint } from './exports.ts';
import type { Manifest } from './workspace.ts';

export interface ResolutionMode {
  /** As attw names it. */
  readonly name: string;
  readonly options: ts.CompilerOptions;
  /** The importing file's module kind, for node16; undefined where the mode has one kind only. */
  readonly importer?: ts.ResolutionMode;
  /** Which exports target the mode should reach: the `require` one, or the `import` one. */
  readonly target: 'cjs' | 'esm';
}

const JSON_OPTIONS: ts.CompilerOptions = { resolveJsonModule: true, noEmit: true };

export const RESOLUTION_MODES: readonly ResolutionMode[] = [
  { name: 'node10', options: { ...JSON_OPTIONS, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 }, target: 'cjs' },
  { name: 'node16 (from CJS)', options: { ...JSON_OPTIONS, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }, importer: ts.ModuleKind.CommonJS, target: 'cjs' },
  { name: 'node16 (from ESM)', options: { ...JSON_OPTIONS, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }, importer: ts.ModuleKind.ESNext, target: 'esm' },
  { name: 'bundler', options: { ...JSON_OPTIONS, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }, target: 'esm' },
];

/** The subpaths whose exports target is a JSON file, from the package's own export map. */
export const jsonEntryPoints = (manifest: Manifest, shippedFiles: readonly string[]): EntryPoint[] =>
  listEntryPoints(manifest, shippedFiles).filter((e) => entryKind(e.esm ?? e.cjs) === 'json');

export interface JsonResolution {
  /** As in `exports`: `./registry.json`. */
  readonly subpath: string;
  readonly specifier: string;
  readonly mode: string;
  /** The file the export map names for this mode (relative to the package), or null when it names none. */
  readonly expected: string | null;
  /** What TypeScript resolved to (relative to the package, or absolute when outside it), or null. */
  readonly resolved: string | null;
}

export const resolvesAsExported = (r: JsonResolution): boolean => r.expected !== null && r.resolved === r.expected;

/**
 * Resolves each JSON subpath of the package installed at `projectDir/node_modules/<name>` from a
 * file in `projectDir`, in every mode. Reads the real files; writes nothing.
 */
export function resolveJsonSubpaths(projectDir: string, manifest: Manifest, shippedFiles: readonly string[]): JsonResolution[] {
  const packageDir = realpathSync(join(projectDir, 'node_modules', manifest.name));
  const importer = join(projectDir, 'consumer.ts');
  const results: JsonResolution[] = [];
  for (const entry of jsonEntryPoints(manifest, shippedFiles)) {
    for (const mode of RESOLUTION_MODES) {
      const found = ts.resolveModuleName(entry.specifier, importer, mode.options, ts.sys, undefined, undefined, mode.importer).resolvedModule;
      const file = found ? realpathSync(found.resolvedFileName) : null;
      const resolved = file === null ? null : file.startsWith(`${packageDir}/`) ? file.slice(packageDir.length + 1) : file;
      results.push({ subpath: entry.subpath, specifier: entry.specifier, mode: mode.name, expected: mode.target === 'cjs' ? entry.cjs : entry.esm, resolved });
    }
  }
  return results;
}

/** One line per resolution that failed or reached another file than the export map names. */
export function describeFailures(results: readonly JsonResolution[]): string[] {
  return results.filter((r) => !resolvesAsExported(r)).map((r) => {
    const where = r.resolved === null ? 'Resolution failed' : `resolved to ${r.resolved}, not ${r.expected ?? 'what exports names'}`;
    const fix = r.mode === 'node10' && r.expected !== null
      ? ` (node10 ignores "exports" and looks for ${r.subpath.slice(2)} at the package root: write the file there and point exports["${r.subpath}"] at it)`
      : '';
    return `${r.specifier} under ${r.mode}: ${where}${fix}`;
  });
}
