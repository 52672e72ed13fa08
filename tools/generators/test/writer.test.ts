import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDrift, hasDrift, writeFiles, type GeneratedFile } from '@wscodes-tools/generators/output';
import { plant, snapshot, tempDir } from './tree.ts';

const OWNS = ['out/gen/', 'out/single.md'];
const PAST = new Date('2001-02-03T04:05:06Z');

/** Sets every file's mtime to a fixed past date, so that a rewrite shows without any timing. */
function age(root: string, paths: readonly string[]): void {
  for (const path of paths) utimesSync(join(root, path), PAST, PAST);
}

describe('writeFiles', () => {
  it('writes new files, creating folders, and reports them as added', () => {
    const root = tempDir();
    const files: GeneratedFile[] = [
      { path: 'out/gen/a.ts', contents: 'export const a = 1;\n' },
      { path: 'out/gen/deep/b.json', contents: '{"b": "é 🎉"}\n' },
      { path: 'out/single.md', contents: '# hi\n' },
    ];
    const drift = writeFiles(root, files, OWNS);
    expect(drift).toEqual({ changed: [], added: ['out/gen/a.ts', 'out/gen/deep/b.json', 'out/single.md'], stale: [] });
    for (const f of files) expect(readFileSync(join(root, f.path), 'utf8')).toBe(f.contents);
    // Nothing else is left behind: no temporary file, no backup.
    expect(Object.keys(snapshot(root)).filter((p) => !p.endsWith('/'))).toEqual(files.map((f) => f.path));
  });

  it('leaves unchanged files untouched (same mtime) and rewrites only what changed', () => {
    const root = tempDir();
    plant(root, { 'out/gen/same.ts': 'same\n', 'out/gen/old.ts': 'old\n' });
    age(root, ['out/gen/same.ts', 'out/gen/old.ts']);
    const drift = writeFiles(root, [
      { path: 'out/gen/same.ts', contents: 'same\n' },
      { path: 'out/gen/old.ts', contents: 'new\n' },
    ], OWNS);
    expect(drift).toEqual({ changed: ['out/gen/old.ts'], added: [], stale: [] });
    expect(statSync(join(root, 'out/gen/same.ts')).mtimeMs).toBe(PAST.getTime());
    expect(statSync(join(root, 'out/gen/old.ts')).mtimeMs).not.toBe(PAST.getTime());
    expect(readFileSync(join(root, 'out/gen/old.ts'), 'utf8')).toBe('new\n');
  });

  it('a second run with the same files writes nothing at all', () => {
    const root = tempDir();
    const files = [{ path: 'out/gen/a.ts', contents: 'a\n' }];
    writeFiles(root, files, OWNS);
    age(root, ['out/gen/a.ts']);
    const before = snapshot(root);
    expect(hasDrift(writeFiles(root, files, OWNS))).toBe(false);
    expect(snapshot(root)).toEqual(before);
  });

  it('removes stale files in owned folders (at any depth) and owned files no longer produced, and nothing else', () => {
    const root = tempDir();
    plant(root, {
      'out/gen/keep.ts': 'keep\n',
      'out/gen/gone.ts': 'gone\n',
      'out/gen/sub/gone-too.ts': 'gone\n',
      'out/single.md': 'owned file\n',
      'out/hand-written.ts': 'not owned\n',
      'elsewhere/x.ts': 'not owned\n',
    });
    const drift = writeFiles(root, [{ path: 'out/gen/keep.ts', contents: 'keep\n' }], OWNS);
    expect(drift.stale).toEqual(['out/gen/gone.ts', 'out/gen/sub/gone-too.ts', 'out/single.md']);
    expect(Object.keys(snapshot(root)).filter((p) => !p.endsWith('/')).sort()).toEqual(['elsewhere/x.ts', 'out/gen/keep.ts', 'out/hand-written.ts']);
  });
});

describe('findDrift', () => {
  it('lists changed, added and stale files and writes nothing', () => {
    const root = tempDir();
    plant(root, { 'out/gen/same.ts': 's\n', 'out/gen/edited.ts': 'hand edit\n', 'out/gen/stale.ts': 'x\n', 'out/gen/z/stale2.ts': 'x\n' });
    age(root, ['out/gen/same.ts', 'out/gen/edited.ts', 'out/gen/stale.ts', 'out/gen/z/stale2.ts']);
    const before = snapshot(root);
    const drift = findDrift(root, [
      { path: 'out/gen/edited.ts', contents: 'generated\n' },
      { path: 'out/gen/new.ts', contents: 'n\n' },
      { path: 'out/gen/same.ts', contents: 's\n' },
      { path: 'out/single.md', contents: 'm\n' },
    ], OWNS);
    expect(drift).toEqual({ changed: ['out/gen/edited.ts'], added: ['out/gen/new.ts', 'out/single.md'], stale: ['out/gen/stale.ts', 'out/gen/z/stale2.ts'] });
    expect(hasDrift(drift)).toBe(true);
    expect(snapshot(root)).toEqual(before);
  });

  it('finds no drift when the disk matches, and none for a missing owned folder', () => {
    const root = tempDir();
    plant(root, { 'out/gen/a.ts': 'a\n' });
    expect(findDrift(root, [{ path: 'out/gen/a.ts', contents: 'a\n' }], [...OWNS, 'never/made/'])).toEqual({ changed: [], added: [], stale: [] });
  });

  it('counts a byte difference as a change (a trailing newline, CRLF)', () => {
    const root = tempDir();
    plant(root, { 'out/gen/a.ts': 'a\r\n', 'out/gen/b.ts': 'b' });
    expect(findDrift(root, [{ path: 'out/gen/a.ts', contents: 'a\n' }, { path: 'out/gen/b.ts', contents: 'b\n' }], OWNS).changed).toEqual(['out/gen/a.ts', 'out/gen/b.ts']);
  });

  it('reports a folder where a file belongs as changed, instead of crashing', () => {
    const root = tempDir();
    plant(root, { 'out/gen/a.ts/inner.txt': 'x' });
    expect(findDrift(root, [{ path: 'out/gen/a.ts', contents: 'a\n' }], []).changed).toEqual(['out/gen/a.ts']);
  });
});

describe('failures leave the old files exactly as they were', () => {
  function existing(root: string) {
    plant(root, { 'out/gen/a.ts': 'old a\n', 'out/gen/b.ts': 'old b\n', 'out/blocker': 'I am a file\n' });
    age(root, ['out/gen/a.ts', 'out/gen/b.ts', 'out/blocker']);
    return snapshot(root);
  }

  it('a path whose parent is a file: nothing is replaced, whatever the order', () => {
    const root = tempDir();
    const before = existing(root);
    const files = [
      { path: 'out/blocker/c.ts', contents: 'never\n' },
      { path: 'out/gen/a.ts', contents: 'new a\n' },
      { path: 'out/gen/b.ts', contents: 'new b\n' },
    ].sort((x, y) => (x.path < y.path ? -1 : 1));
    // Sorted as renderTargets sorts: the blocked path comes first, then two that would succeed;
    // order the blocker last as well, so neither order can leave a half-written set.
    expect(() => writeFiles(root, files, ['out/'])).toThrow('cannot write out/blocker/c.ts: out/blocker is a file, not a folder');
    expect(snapshot(root)).toEqual(before);
    const blockerLast = [files[1]!, files[2]!, files[0]!];
    expect(() => writeFiles(root, blockerLast, ['out/'])).toThrow('cannot write out/blocker/c.ts: out/blocker is a file, not a folder');
    expect(snapshot(root)).toEqual(before);
  });

  it('a path that is a folder on disk: nothing is replaced', () => {
    const root = tempDir();
    existing(root);
    plant(root, { 'out/gen/dir.ts/x': 'x\n' });
    const before = snapshot(root);
    expect(() => writeFiles(root, [{ path: 'out/gen/a.ts', contents: 'new a\n' }, { path: 'out/gen/dir.ts', contents: 'file\n' }], [])).toThrow(
      'cannot write out/gen/dir.ts: it is a folder',
    );
    expect(snapshot(root)).toEqual(before);
  });

  it.each([['../escape.ts'], ['/abs/path.ts'], ['out/../../x.ts'], ['out/./a.ts'], ['out//a.ts'], ['out\\a.ts'], ['C:/x.ts'], [''], ['out/gen/']])(
    'rejects the unsafe path %j before anything is written',
    (bad) => {
      const root = tempDir();
      const before = existing(root);
      const files = [{ path: 'out/gen/a.ts', contents: 'new a\n' }, { path: bad, contents: 'x' }];
      expect(() => writeFiles(root, files, OWNS)).toThrow(/unsafe path/);
      expect(() => findDrift(root, files, OWNS)).toThrow(/unsafe path/);
      expect(snapshot(root)).toEqual(before);
    },
  );

  it('rejects a path produced twice before anything is written', () => {
    const root = tempDir();
    const before = existing(root);
    const files = [
      { path: 'out/gen/a.ts', contents: 'new a\n' },
      { path: 'out/gen/b.ts', contents: 'one\n' },
      { path: 'out/gen/b.ts', contents: 'two\n' },
    ];
    expect(() => writeFiles(root, files, OWNS)).toThrow('two generators produced out/gen/b.ts');
    expect(snapshot(root)).toEqual(before);
  });
});
