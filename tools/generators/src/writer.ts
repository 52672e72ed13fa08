import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './files.ts';

export interface Drift {
  readonly changed: readonly string[];
  readonly added: readonly string[];
  readonly stale: readonly string[];
}

export const hasDrift = (d: Drift): boolean => d.changed.length + d.added.length + d.stale.length > 0;

/** Compares rendered files with the disk. Writes nothing. */
export function findDrift(root: string, files: readonly GeneratedFile[], owns: readonly string[]): Drift {
  const changed: string[] = [];
  const added: string[] = [];
  for (const file of files) {
    const onDisk = join(root, file.path);
    if (!existsSync(onDisk)) added.push(file.path);
    else if (readFileSync(onDisk, 'utf8') !== file.contents) changed.push(file.path);
  }
  return { changed, added, stale: staleFiles(root, files, owns) };
}

/**
 * Writes every file into a temporary folder first, then renames each into place, then removes
 * stale files. Anything that fails before the renames leaves the old files untouched.
 * Unchanged files are not rewritten, so timestamps (and nx's cache) stay quiet.
 */
export function writeFiles(root: string, files: readonly GeneratedFile[], owns: readonly string[]): Drift {
  assertSafePaths(files);
  const drift = findDrift(root, files, owns);
  const toWrite = new Set([...drift.changed, ...drift.added]);
  if (toWrite.size > 0) {
    const staging = mkdtempSync(join(root, '.generate-'));
    try {
      const staged = files
        .filter((f) => toWrite.has(f.path))
        .map((file) => {
          const temp = join(staging, file.path);
          mkdirSync(dirname(temp), { recursive: true });
          writeFileSync(temp, file.contents);
          return { temp, final: join(root, file.path) };
        });
      for (const { temp, final } of staged) {
        mkdirSync(dirname(final), { recursive: true });
        renameSync(temp, final);
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  for (const path of drift.stale) rmSync(join(root, path));
  return drift;
}

function staleFiles(root: string, files: readonly GeneratedFile[], owns: readonly string[]): string[] {
  const produced = new Set(files.map((f) => f.path));
  return owns
    .filter((owned) => owned.endsWith('/'))
    .flatMap((dir) => listFiles(root, dir))
    .filter((path) => !produced.has(path))
    .sort();
}

function listFiles(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(root, `${dir}${entry.name}/`) : [`${dir}${entry.name}`],
  );
}

function assertSafePaths(files: readonly GeneratedFile[]): void {
  const seen = new Set<string>();
  for (const { path } of files) {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`generator produced an unsafe path: ${path}`);
    if (seen.has(path)) throw new Error(`two generators produced ${path}`);
    seen.add(path);
  }
}
