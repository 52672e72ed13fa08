// A rename that fails half-way (disk full, a permission) must put back the files already
// replaced. The failure is injected through the writer's io; running as root, a read-only folder
// would not stop a rename.
import { renameSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replaceFiles, writeFiles, WriteError, type WriteIo } from '@wscodes-tools/generators/output';
import { plant, snapshot, tempDir } from './tree.ts';

/** Renames normally, except the first rename onto a path ending with `target`: ENOSPC, like a disk that fills up once. */
function failingOnto(target: string): WriteIo & { readonly failed: () => boolean } {
  let failed = false;
  return {
    failed: () => failed,
    renameSync: (from, to) => {
      if (!failed && to.endsWith(target)) {
        failed = true;
        throw Object.assign(new Error(`ENOSPC: no space left on device, rename '${from}' -> '${to}'`), { code: 'ENOSPC' });
      }
      renameSync(from, to);
    },
  };
}

const onlyFiles = (s: ReturnType<typeof snapshot>) => Object.fromEntries(Object.entries(s).filter(([p]) => !p.endsWith('/')));

describe('writeFiles rollback', () => {
  it('restores every replaced file and removes every added one (and its new folder) when a rename fails', () => {
    const root = tempDir();
    plant(root, { 'out/a.ts': 'old a\n', 'out/c.ts': 'old c\n', 'out/d.ts': 'same\n' });
    const before = snapshot(root);
    const io = failingOnto('out/c.ts');
    const files = [
      { path: 'out/a.ts', contents: 'new a\n' },
      { path: 'out/b/new.ts', contents: 'added\n' },
      { path: 'out/c.ts', contents: 'new c\n' },
      { path: 'out/d.ts', contents: 'same\n' },
    ];
    expect(() => writeFiles(root, files, ['out/'], io)).toThrow(new WriteError('out/c.ts', 'ENOSPC'));
    expect(io.failed()).toBe(true);
    // The same files with the same bytes, and no temporary file or backup left beside them.
    expect(snapshot(root)).toEqual(before);
  });

  it('a failure on the first file changes nothing either, and a second attempt then succeeds', () => {
    const root = tempDir();
    plant(root, { 'x/one.md': 'old\n' });
    const before = snapshot(root);
    const files = [
      { path: 'x/one.md', contents: 'new one\n' },
      { path: 'x/two.md', contents: 'new two\n' },
    ];
    expect(() => replaceFiles(root, files, failingOnto('x/one.md'))).toThrow(/cannot write x\/one\.md: ENOSPC/);
    expect(snapshot(root)).toEqual(before);
    replaceFiles(root, files);
    expect(onlyFiles(snapshot(root))).toMatchObject({ 'x/one.md': { contents: 'new one\n' }, 'x/two.md': { contents: 'new two\n' } });
    expect(Object.keys(onlyFiles(snapshot(root)))).toEqual(['x/one.md', 'x/two.md']);
  });
});
