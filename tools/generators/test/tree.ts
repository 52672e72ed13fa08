// Test helpers: a temporary folder per test and an exact snapshot of what is in it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'wscodes-gen-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes files (path -> contents) under root, creating folders. */
export function plant(root: string, files: Record<string, string>): void {
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
}

export interface Entry {
  readonly kind: 'file' | 'dir';
  readonly contents?: string;
  readonly mtimeMs?: number;
}

/** Every file and folder under root, with contents and mtime: compare two snapshots to prove nothing changed. */
export function snapshot(root: string, dir = ''): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      out[`${path}/`] = { kind: 'dir' };
      Object.assign(out, snapshot(root, path));
    } else {
      const full = join(root, path);
      out[path] = { kind: 'file', contents: readFileSync(full, 'utf8'), mtimeMs: statSync(full).mtimeMs };
    }
  }
  return out;
}
