// A rename that fails half-way (disk full, a permission) must put back the files already
// replaced. The failure is injected by wrapping node:fs's renameSync; running as root, a
// read-only folder would not stop a rename.
import * as fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { writeFiles } from '@wscodes-tools/generators';
import { plant, snapshot, tempDir } from './tree.ts';

const failOn = vi.hoisted(() => ({ target: null as string | null }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const renameSync: typeof real.renameSync = (from, to) => {
    if (failOn.target !== null && String(to).endsWith(failOn.target)) {
      failOn.target = null; // one failure, like a disk that fills up once
      const error = new Error(`ENOSPC: no space left on device, rename '${String(from)}' -> '${String(to)}'`) as NodeJS.ErrnoException;
      error.code = 'ENOSPC';
      throw error;
    }
    real.renameSync(from, to);
  };
  return { ...real, default: { ...real, renameSync }, renameSync };
});

describe('writeFiles rollback', () => {
  it('restores every replaced file and removes every added one when a rename fails', () => {
    const root = tempDir();
    plant(root, { 'out/a.ts': 'old a\n', 'out/c.ts': 'old c\n', 'out/d.ts': 'same\n' });
    fs.utimesSync(`${root}/out/a.ts`, new Date(0), new Date(0));
    const before = snapshot(root);
    failOn.target = 'out/c.ts';
    try {
      expect(() =>
        writeFiles(root, [
          { path: 'out/a.ts', contents: 'new a\n' },
          { path: 'out/b/new.ts', contents: 'added\n' },
          { path: 'out/c.ts', contents: 'new c\n' },
          { path: 'out/d.ts', contents: 'same\n' },
        ], ['out/']),
      ).toThrow(/ENOSPC/);
    } finally {
      failOn.target = null;
    }
    // The same files with the same bytes; a folder created for the added file may remain, empty.
    const after = snapshot(root);
    const files = (s: typeof after) => Object.fromEntries(Object.entries(s).filter(([p]) => !p.endsWith('/')));
    expect(files(after)).toEqual(files(before));
    expect(Object.keys(after).filter((p) => p.includes('.generate-'))).toEqual([]);
  });

  it('the wrapper really is in place (this test file proves nothing otherwise)', () => {
    const root = tempDir();
    plant(root, { 'x.ts': 'x' });
    failOn.target = 'y.ts';
    try {
      expect(() => fs.renameSync(`${root}/x.ts`, `${root}/y.ts`)).toThrow(/ENOSPC/);
    } finally {
      failOn.target = null;
    }
  });
});
