import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from './write-files.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'iana-sync-write-'));

/** A rename that fails with ENOSPC on its nth call and renames normally otherwise. */
function renameFailingOnCall(n: number) {
  let calls = 0;
  return async (from: string, to: string) => {
    if (++calls === n) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    await rename(from, to);
  };
}

describe('writeFilesAtomically', () => {
  it('writes every file, creating folders, and leaves no temporary files', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'registry.yaml'), 'old\n');
    await writeFilesAtomically([
      { path: join(dir, 'changesets', 'a.md'), contents: 'changeset\n' },
      { path: join(dir, 'registry.yaml'), contents: 'new\n' },
    ]);
    expect(readFileSync(join(dir, 'changesets', 'a.md'), 'utf8')).toBe('changeset\n');
    expect(readFileSync(join(dir, 'registry.yaml'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['changesets', 'registry.yaml']);
  });

  it('writes nothing when one file cannot be written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'registry.yaml'), 'old\n');
    writeFileSync(join(dir, 'not-a-folder'), 'a file where a folder should be\n');
    await expect(
      writeFilesAtomically([
        { path: join(dir, 'registry.yaml'), contents: 'new\n' },
        { path: join(dir, 'not-a-folder', 'a.md'), contents: 'changeset\n' },
      ]),
    ).rejects.toThrow(/cannot write .*not-a-folder.*; nothing was changed/);
    expect(readFileSync(join(dir, 'registry.yaml'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir).sort()).toEqual(['not-a-folder', 'registry.yaml']);
  });

  it('puts the old contents back when a later rename fails', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'changeset.md'), 'old changeset\n');
    const failSecond = renameFailingOnCall(2);
    await expect(
      writeFilesAtomically(
        [
          { path: join(dir, 'changeset.md'), contents: 'new changeset\n' },
          { path: join(dir, 'registry.yaml'), contents: 'new registry\n' },
        ],
        { rename: failSecond },
      ),
    ).rejects.toThrow(/cannot write .*registry\.yaml: ENOSPC; nothing was changed/);
    expect(readFileSync(join(dir, 'changeset.md'), 'utf8')).toBe('old changeset\n');
    expect(readdirSync(dir)).toEqual(['changeset.md']);
  });

  it('removes a new file again when a later rename fails', async () => {
    const dir = tempDir();
    const failSecond = renameFailingOnCall(2);
    await expect(
      writeFilesAtomically(
        [
          { path: join(dir, 'changeset.md'), contents: 'new changeset\n' },
          { path: join(dir, 'registry.yaml'), contents: 'new registry\n' },
        ],
        { rename: failSecond },
      ),
    ).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
