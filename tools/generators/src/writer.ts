import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
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
  assertSafePaths(files);
  const changed: string[] = [];
  const added: string[] = [];
  for (const file of files) {
    const onDisk = join(root, file.path);
    const stat = statIfAny(onDisk);
    if (!stat) added.push(file.path);
    // A folder where the file belongs differs too; writeFiles refuses to replace it.
    else if (!stat.isFile() || readFileSync(onDisk, 'utf8') !== file.contents) changed.push(file.path);
  }
  return { changed, added, stale: staleFiles(root, files, owns) };
}

/**
 * Writes every file into a temporary folder first, then renames each into place, then removes
 * stale files. Anything that fails before the renames leaves the old files untouched, and a
 * rename that fails puts back the files already replaced.
 * Unchanged files are not rewritten, so timestamps (and nx's cache) stay quiet.
 */
export function writeFiles(root: string, files: readonly GeneratedFile[], owns: readonly string[]): Drift {
  const drift = findDrift(root, files, owns);
  const toWrite = new Set([...drift.changed, ...drift.added]);
  if (toWrite.size > 0) {
    const staging = mkdtempSync(join(root, '.generate-'));
    try {
      const staged = files
        .filter((f) => toWrite.has(f.path))
        .map((file, i) => {
          const temp = join(staging, 'new', file.path);
          mkdirSync(dirname(temp), { recursive: true });
          writeFileSync(temp, file.contents);
          assertWritable(root, file.path);
          return { temp, final: join(root, file.path), backup: join(staging, 'old', String(i)) };
        });
      mkdirSync(join(staging, 'old'));
      moveIntoPlace(staged);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  for (const path of drift.stale) rmSync(join(root, path));
  return drift;
}

// Each old file is moved aside before the new one takes its place, so that a failure half-way
// (a full disk, a permission) can put every replaced file back.
function moveIntoPlace(staged: readonly { temp: string; final: string; backup: string }[]): void {
  const done: { final: string; backup: string | null }[] = [];
  try {
    for (const { temp, final, backup } of staged) {
      mkdirSync(dirname(final), { recursive: true });
      const hadOld = existsSync(final);
      if (hadOld) renameSync(final, backup);
      done.push({ final, backup: hadOld ? backup : null });
      renameSync(temp, final);
    }
  } catch (error) {
    // Best effort: one file that cannot be put back must not stop the others.
    const lost: string[] = [];
    for (const { final, backup } of done.reverse()) {
      try {
        rmSync(final, { force: true });
        if (backup) renameSync(backup, final);
      } catch {
        lost.push(final);
      }
    }
    if (lost.length > 0) throw new Error(`${(error as Error).message}; could not restore ${lost.join(', ')}: restore them with git`);
    throw error;
  }
}

// Checked while staging, before any rename: a parent that is a file, or a target that is a
// folder, would otherwise fail half-way through the renames.
function assertWritable(root: string, path: string): void {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const parent = join(root, ...parts.slice(0, i));
    const stat = statIfAny(parent);
    if (!stat) return;
    if (!stat.isDirectory()) throw new Error(`cannot write ${path}: ${parts.slice(0, i).join('/')} is a file, not a folder`);
  }
  if (statSync(join(root, path), { throwIfNoEntry: false })?.isDirectory()) throw new Error(`cannot write ${path}: it is a folder`);
}

function staleFiles(root: string, files: readonly GeneratedFile[], owns: readonly string[]): string[] {
  const produced = new Set(files.map((f) => f.path));
  return owns
    .flatMap((owned) => (owned.endsWith('/') ? listFiles(root, owned) : existsSync(join(root, owned)) ? [owned] : []))
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

/** The stat of a path, or undefined when nothing is there (also when a parent is a file). */
function statIfAny(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** A generated path is relative, with forward slashes, and stays inside the root. */
function assertSafePaths(files: readonly GeneratedFile[]): void {
  const seen = new Set<string>();
  for (const { path } of files) {
    const segments = path.split('/');
    if (path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path) || segments.some((s) => s === '' || s === '.' || s === '..')) {
      throw new Error(`generator produced an unsafe path: ${JSON.stringify(path)} (paths are relative to the repository root, with / and no . or .. parts)`);
    }
    if (seen.has(path)) throw new Error(`two generators produced ${path}`);
    seen.add(path);
  }
}
