// Where the loop (and the sync tests that replay IANA's history) start: a module's start file when it
// has one, else its registry not yet published. Built in a small workspace of the test's own.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkIanaRegistryText, extensions, REPO_ROOT, versions } from '@wscodes-tools/registry';
import { notYetPublishedText, START_DATE, START_REGISTRIES_DIR, START_REGISTRY, startFileOf, writeLoopStart } from './start.ts';

const root = mkdtempSync(join(tmpdir(), 'wscodes-loop-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const dir of ['registry', START_REGISTRIES_DIR]) mkdirSync(join(root, dir), { recursive: true });
for (const file of ['registry/close-codes.yaml', extensions.file, START_REGISTRY]) copyFileSync(join(REPO_ROOT, file), join(root, file));

const current = readFileSync(join(REPO_ROOT, extensions.file), 'utf8');

describe('a module without a start file', () => {
  it('starts as its registry not yet published: the header dated at the start, nothing registered, still valid', () => {
    const { registry, diagnostics } = checkIanaRegistryText(extensions, notYetPublishedText(extensions, current));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const before = checkIanaRegistryText(extensions, current).registry!.document;
    expect(before.entries.length).toBeGreaterThan(0); // the current file registers something to drop
    const start = registry!.document;
    expect(start.iana).toEqual({ ...before.iana, updated: START_DATE });
    expect([start.people, start.entries, start.unassigned]).toEqual([[], [], undefined]);
  });

  it('whose own rules refuse an empty registry is refused, naming the start file to write', () => {
    const text = readFileSync(join(REPO_ROOT, versions.file), 'utf8');
    expect(() => notYetPublishedText(versions, text)).toThrow(`write its start file ${startFileOf(versions)}`);
  });
});

describe('writeLoopStart', () => {
  const written = mkdtempSync(join(root, 'out-'));

  it("writes the close codes' start, and each module whose file the workspace holds: derived, or its start file", () => {
    expect(writeLoopStart(root, written)).toEqual(['close-codes.yaml', 'extensions.yaml']); // the workspace holds no other module's file
    expect(readFileSync(join(written, 'close-codes.yaml'), 'utf8')).toBe(readFileSync(join(REPO_ROOT, START_REGISTRY), 'utf8'));
    expect(readFileSync(join(written, 'extensions.yaml'), 'utf8')).toBe(notYetPublishedText(extensions, current));

    const own = current.replace(/^# .*$/m, '# a start file of the test');
    writeFileSync(join(root, startFileOf(extensions)), own);
    writeLoopStart(root, written);
    expect(readFileSync(join(written, 'extensions.yaml'), 'utf8')).toBe(own);
  });
});
