import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SyncError } from './errors.ts';

export interface FileWrite {
  readonly path: string;
  readonly contents: string;
}

/**
 * Writes every file or none: all contents go to temporary files beside their targets first, then
 * each is renamed into place. If a rename fails, the files already renamed get their old contents
 * back (or are removed, if they are new), so a failure leaves the tree as it was.
 */
export async function writeFilesAtomically(
  files: readonly FileWrite[],
  io: { rename: (from: string, to: string) => Promise<void> } = { rename },
): Promise<void> {
  const staged: { target: string; temp: string; previous: string | null }[] = [];
  const cleanUp = () => Promise.all(staged.map((s) => rm(s.temp, { force: true })));
  let current = files[0]?.path;
  try {
    for (const file of files) {
      current = file.path;
      await mkdir(dirname(file.path), { recursive: true });
      const temp = `${file.path}.${randomBytes(4).toString('hex')}.tmp`;
      staged.push({ target: file.path, temp, previous: await readIfPresent(file.path) });
      await writeFile(temp, file.contents, { flag: 'wx' });
    }
  } catch (cause) {
    await cleanUp();
    throw new SyncError(`cannot write ${current}: ${reason(cause)}; nothing was changed`);
  }
  const done: typeof staged = [];
  for (const s of staged) {
    try {
      await io.rename(s.temp, s.target);
      done.push(s);
    } catch (cause) {
      await cleanUp();
      for (const d of done) {
        if (d.previous === null) await rm(d.target, { force: true });
        else await writeFile(d.target, d.previous);
      }
      throw new SyncError(`cannot write ${s.target}: ${reason(cause)}; nothing was changed`);
    }
  }
}

async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw cause;
  }
}

const reason = (cause: unknown): string => (cause as NodeJS.ErrnoException).code ?? (cause as Error).message ?? String(cause);
