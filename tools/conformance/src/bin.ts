import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPAT_FILE, REPO_ROOT } from '@wscodes-tools/registry';
import { main } from './cli.ts';

/**
 * Writes every file beside its target, then renames them all: an interrupted or failed write
 * leaves the old files, never half a file or half a set.
 */
function replaceFiles(files: readonly { readonly path: string; readonly text: string }[]): void {
  const temps = files.map((f) => ({ file: join(REPO_ROOT, f.path), temp: `${join(REPO_ROOT, f.path)}.${process.pid}.tmp`, text: f.text }));
  try {
    for (const t of temps) writeFileSync(t.temp, t.text);
  } catch (error) {
    for (const t of temps) rmSync(t.temp, { force: true });
    throw error;
  }
  for (const t of temps) renameSync(t.temp, t.file);
}

process.exitCode = await main(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  writeCompat: (text) => replaceFiles([{ path: COMPAT_FILE, text }]),
  replaceFiles,
});
