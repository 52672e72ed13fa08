import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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

/** Renames are the step that can fail half-way; tests pass one that fails on purpose. */
export interface WriteIo {
  readonly renameSync: (from: string, to: string) => void;
}

/** A file to write: its path (relative to the root given, or absolute) and its full new text. */
export interface FileWrite {
  readonly path: string;
  readonly contents: string;
}

/** One file a generator produces: a FileWrite whose path is relative to the repository root, with forward slashes. */
export type GeneratedFile = FileWrite;

/** A write that failed; nothing was changed. `path` is the file as the caller named it. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`);
    this.name = 'WriteError';
  }
}

/**
 * Writes generated files: only those that differ from the disk (so timestamps, and nx's cache,
 * stay quiet), all or none, then removes stale files.
 */
export function writeFiles(root: string, files: readonly GeneratedFile[], owns: readonly string[], io?: WriteIo): Drift {
  const drift = findDrift(root, files, owns);
  const toWrite = new Set([...drift.changed, ...drift.added]);
  replaceFiles(root, files.filter((f) => toWrite.has(f.path)), io);
  for (const path of drift.stale) rmSync(join(root, path));
  return drift;
}

/**
 * The one all-or-nothing writer (generate and sync:iana both use it). Checks every target first (a
 * parent that is a file, a target that is a folder), writes each file's new text to a temporary file
 * beside it, then moves the old file aside and the new one into place, one file at a time. If
 * anything fails, every file already replaced gets its old text back, every added file and folder
 * is removed, and a WriteError names the file; nothing is left half-written.
 */
export function replaceFiles(root: string, files: readonly FileWrite[], io: WriteIo = { renameSync }): void {
  for (const { path } of files) assertWritable(root, path);
  const suffix = `.${process.pid}-${randomBytes(4).toString('hex')}`;
  const madeDirs: string[] = [];
  const staged: { path: string; final: string; temp: string; backup: string }[] = [];
  let current = '';
  try {
    for (const { path, contents } of files) {
      current = path;
      const final = resolve(root, path);
      const made = mkdirSync(dirname(final), { recursive: true });
      if (made !== undefined) madeDirs.push(made);
      staged.push({ path, final, temp: `${final}${suffix}.new`, backup: `${final}${suffix}.old` });
      writeFileSync(`${final}${suffix}.new`, contents, { flag: 'wx' });
    }
  } catch (error) {
    undo([], staged, madeDirs, io);
    throw new WriteError(current, reason(error));
  }
  const done: { final: string; backup: string | null }[] = [];
  for (const { path, final, temp, backup } of staged) {
    try {
      const hadOld = existsSync(final);
      if (hadOld) io.renameSync(final, backup);
      done.push({ final, backup: hadOld ? backup : null });
      io.renameSync(temp, final);
    } catch (error) {
      const lost = undo(done, staged, madeDirs, io);
      throw new WriteError(path, lost.length === 0 ? reason(error) : `${reason(error)}; could not restore ${lost.join(', ')}: restore them with git`);
    }
  }
  for (const { backup } of done) if (backup) rmSync(backup, { force: true });
}

// Best effort: one file that cannot be put back must not stop the others. Returns those lost.
function undo(done: readonly { final: string; backup: string | null }[], staged: readonly { temp: string }[], madeDirs: readonly string[], io: WriteIo): string[] {
  const lost: string[] = [];
  for (const { final, backup } of [...done].reverse()) {
    try {
      rmSync(final, { force: true });
      if (backup) io.renameSync(backup, final);
    } catch {
      lost.push(final);
    }
  }
  for (const { temp } of staged) rmSync(temp, { force: true });
  // mkdirSync returned the first folder it made; its subfolders go with it, if nothing else is there.
  for (const dir of [...madeDirs].reverse()) rmEmptyTree(dir);
  return lost;
}

function rmEmptyTree(dir: string): void {
  const stat = statIfAny(dir);
  if (!stat?.isDirectory()) return;
  for (const entry of readdirSync(dir)) rmEmptyTree(join(dir, entry));
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
}

/** Node's error code (ENOSPC, EACCES) says what went wrong in one word; other errors give their message. */
const reason = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

// Checked before anything is written: a parent that is a file, or a target that is a folder,
// would otherwise fail half-way.
function assertWritable(root: string, path: string): void {
  for (let parent = dirname(path); parent !== dirname(parent) && parent !== '.'; parent = dirname(parent)) {
    const stat = statIfAny(resolve(root, parent));
    if (!stat) continue;
    if (!stat.isDirectory()) throw new WriteError(path, `${parent} is a file, not a folder`);
    break;
  }
  if (statIfAny(resolve(root, path))?.isDirectory()) throw new WriteError(path, 'it is a folder');
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
