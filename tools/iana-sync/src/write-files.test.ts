import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from './write-files.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'iana-sync-write-'));

/** A rename that fails with ENOSPC when it would put a file at `target`, and renames normally otherwise. */
function renameFailingOnto(target: string) {
  return (from: string, to: string) => {
    if (to === target) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    renameSync(from, to);
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
    await expect(
      writeFilesAtomically(
        [
          { path: join(dir, 'changeset.md'), contents: 'new changeset\n' },
          { path: join(dir, 'registry.yaml'), contents: 'new registry\n' },
        ],
        { renameSync: renameFailingOnto(join(dir, 'registry.yaml')) },
      ),
    ).rejects.toThrow(/cannot write .*registry\.yaml: ENOSPC; nothing was changed/);
    expect(readFileSync(join(dir, 'changeset.md'), 'utf8')).toBe('old changeset\n');
    expect(readdirSync(dir)).toEqual(['changeset.md']);
  });

  it('removes a new file again when a later rename fails', async () => {
    const dir = tempDir();
    await expect(
      writeFilesAtomically(
        [
          { path: join(dir, 'changeset.md'), contents: 'new changeset\n' },
          { path: join(dir, 'registry.yaml'), contents: 'new registry\n' },
        ],
        { renameSync: renameFailingOnto(join(dir, 'registry.yaml')) },
      ),
    ).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
