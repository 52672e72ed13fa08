// Reads a package's `exports` the way Node does, enough to know which entry points a consumer can
// import and which file each one reaches under a set of conditions.
// Kept rather than resolve.exports (2.0.4, tried): it resolves one given specifier, while the gate
// must list every subpath and expand patterns against the shipped files; and it does not fall through
// a condition whose nested object matches nothing ({ import: { types }, default } under import
// throws "No known conditions" where Node picks default), which is the kind of manifest the gate judges.
import type { Manifest } from './workspace.ts';

export type Conditions = readonly string[];
export const ESM_CONDITIONS: Conditions = ['import', 'node', 'default'];
export const CJS_CONDITIONS: Conditions = ['require', 'node', 'default'];
export const BROWSER_CONDITIONS: Conditions = ['browser', 'import', 'module', 'default'];
export const TYPES_CONDITIONS: Conditions = ['types', 'import', 'default'];

/** The `exports` field as `{ subpath: target }`; a bare string or condition object means `{ ".": ... }`. */
export function subpathMap(manifest: Manifest): Record<string, unknown> {
  const exportsField = manifest.exports;
  if (exportsField === undefined) {
    return manifest.main ? { '.': `./${manifest.main.replace(/^\.\//, '')}` } : {};
  }
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) return { '.': exportsField };
  const entries = Object.entries(exportsField as Record<string, unknown>);
  return entries.every(([key]) => key.startsWith('.')) ? Object.fromEntries(entries) : { '.': exportsField };
}

/** Picks the target for `conditions` (first matching key in object order, as Node does); null when none matches. */
export function resolveTarget(target: unknown, conditions: Conditions): string | null {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target) {
      const found = resolveTarget(item, conditions);
      if (found !== null) return found;
    }
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const [key, value] of Object.entries(target)) {
      if (key === 'default' || conditions.includes(key)) {
        const found = resolveTarget(value, conditions);
        if (found !== null) return found;
      }
    }
  }
  return null;
}

export interface EntryPoint {
  /** What a consumer writes after the package name: `.` or `./registry.json`. */
  readonly subpath: string;
  /** The import specifier, e.g. `@wscodes/schema/registry.json`. */
  readonly specifier: string;
  /** Target file (relative, no leading `./`) under ESM conditions, or null. */
  readonly esm: string | null;
  readonly cjs: string | null;
  readonly browser: string | null;
  readonly types: string | null;
}

export type EntryKind = 'js' | 'json' | 'other';

export const entryKind = (file: string | null): EntryKind =>
  file === null ? 'other' : /\.[cm]?js$/.test(file) ? 'js' : file.endsWith('.json') ? 'json' : 'other';

/**
 * Every entry point of the package. A pattern subpath (`./codes/*`) is expanded to one example:
 * the first shipped file it matches, so a consumer test exercises it too.
 */
export function listEntryPoints(manifest: Manifest, shippedFiles: readonly string[]): EntryPoint[] {
  const entries: EntryPoint[] = [];
  for (const [subpath, target] of Object.entries(subpathMap(manifest))) {
    if (subpath === './package.json') continue;
    const concrete = subpath.includes('*') ? expandPattern(subpath, target, shippedFiles) : subpath;
    if (concrete === null) continue;
    const star = subpath.includes('*') ? starValue(subpath, concrete) : '';
    const pick = (conditions: Conditions): string | null => {
      const file = resolveTarget(target, conditions);
      return file === null ? null : file.replace('*', star).replace(/^\.\//, '');
    };
    entries.push({
      subpath: concrete,
      specifier: concrete === '.' ? manifest.name : `${manifest.name}/${concrete.slice(2)}`,
      esm: pick(ESM_CONDITIONS),
      cjs: pick(CJS_CONDITIONS),
      browser: pick(BROWSER_CONDITIONS),
      types: pickTypes(target, star),
    });
  }
  return entries;
}

function pickTypes(target: unknown, star: string): string | null {
  // Only an explicit `types` condition counts here; a JS target's sibling .d.ts is found by TypeScript itself.
  const hasTypesKey = (value: unknown): boolean =>
    value !== null && typeof value === 'object' && !Array.isArray(value) &&
    Object.entries(value).some(([key, inner]) => key === 'types' || hasTypesKey(inner));
  if (!hasTypesKey(target)) return null;
  const file = resolveTarget(target, TYPES_CONDITIONS);
  return file === null ? null : file.replace('*', star).replace(/^\.\//, '');
}

function expandPattern(subpath: string, target: unknown, shippedFiles: readonly string[]): string | null {
  const file = resolveTarget(target, ESM_CONDITIONS) ?? resolveTarget(target, CJS_CONDITIONS);
  if (file === null || !file.includes('*')) return null;
  const [before, after] = file.replace(/^\.\//, '').split('*') as [string, string];
  const match = shippedFiles.find((f) => f.startsWith(before) && f.endsWith(after) && f.length > before.length + after.length);
  return match === undefined ? null : subpath.replace('*', match.slice(before.length, match.length - after.length));
}

function starValue(pattern: string, concrete: string): string {
  const [before, after] = pattern.split('*') as [string, string];
  return concrete.slice(before.length, concrete.length - after.length);
}

/** Every file the manifest points at: each `exports` leaf under any condition, plus main, module and types. Patterns are skipped. */
export function referencedFiles(manifest: Manifest): string[] {
  const files = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!value.includes('*')) files.add(value.replace(/^\.\//, ''));
    } else if (value !== null && typeof value === 'object') {
      for (const inner of Object.values(value)) visit(inner);
    }
  };
  visit(manifest.exports);
  for (const field of [manifest.main, manifest.module, manifest.types, manifest.bin]) if (field) visit(field);
  return [...files].sort();
}
