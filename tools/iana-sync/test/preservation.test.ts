// The sync writes only what it owns: across IANA's whole history, replayed onto the maintainer loop's
// 2015 start files, and on today's registry against a synthetic date-only update, every curated
// field's source text and every comment stay byte for byte. Nothing here pins registry data: the
// curated nodes are found in the files themselves.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { IANA_REGISTRIES, REPO_ROOT } from '@wscodes-tools/registry';
import { writeLoopStart } from '@wscodes-tools/release/loop-start';
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runSync } from '../src/sync.ts';
import { YamlSplicer } from '../src/yaml-splice.ts';
import { HISTORY, historyFile, SHARED_IANA, sharedIanaAvailable } from './fixtures.ts';
import { IN_SYNC_REGISTRY } from './registry-workspace.ts';

const available = sharedIanaAvailable();
const FILES = ['close-codes.yaml', ...IANA_REGISTRIES.map((m) => basename(m.file))];

/** Keys IANA owns: at the top of a file, and inside an entry (the sync also marks a withdrawal). */
const OWNED_TOP = new Set(['iana', 'contacts', 'ianaRanges', 'people', 'unassigned']);
const OWNED_IN_ENTRY = new Set(['iana', 'withdrawn', 'pending']);

/**
 * Every curated node's source text, by a path of keys and entry values: top-level sections, each
 * entry's curated fields (close codes' send/receive too, except where a withdrawal sets them), and
 * each range's fields but IANA's `registration`.
 */
function curated(text: string): Map<string, string> {
  const yaml = new YamlSplicer(text, 'file');
  const out = new Map<string, string>();
  const source = (node: unknown) => (node ? text.slice((node as Node).range![0], yaml.contentEnd(node as Node)) : '');
  const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : '?');
  for (const top of (yaml.doc.contents as { items: Pair[] }).items) {
    const key = keyOf(top);
    if (OWNED_TOP.has(key)) continue;
    const listed = key === 'codes' || key === 'entries' || key === 'ranges';
    if (!listed || !isSeq(top.value)) {
      out.set(key, source(top.value));
      continue;
    }
    for (const item of top.value.items) {
      if (!isMap(item)) continue;
      const id = String(item.get('code') ?? item.get('value') ?? item.get('range'));
      const withdrawn = item.has('withdrawn');
      for (const pair of item.items) {
        const field = keyOf(pair);
        if (OWNED_IN_ENTRY.has(field) || (key === 'ranges' && field === 'registration')) continue;
        out.set(`${key}/${id}/${field}${withdrawn ? ' (withdrawn)' : ''}`, source(pair.value));
      }
    }
  }
  return out;
}

const comments = (text: string): string[] => text.split('\n').filter((line) => line.trimStart().startsWith('#'));

/** Every curated node and every comment of `before` is in `after`, byte for byte. */
function expectPreserved(file: string, before: string, after: string, step: string): void {
  const was = curated(before);
  const now = curated(after);
  for (const [path, text] of was) {
    // A withdrawal sets a close code's verdicts: the one curated change the sync makes, by design.
    if (/^codes\/\d+\/(send|receive)$/.test(path) && now.has(`${path} (withdrawn)`)) continue;
    const kept = now.get(path) ?? now.get(`${path} (withdrawn)`);
    expect(kept, `${step}: ${file} ${path}`).toBe(text);
  }
  const left = [...comments(after)];
  for (const c of comments(before)) {
    const at = left.indexOf(c);
    expect(at, `${step}: ${file} lost the comment ${c}`).toBeGreaterThanOrEqual(0);
    left.splice(at, 1);
  }
}

async function syncAndCheck(dir: string, from: string, step: string): Promise<string[]> {
  const before = FILES.map((f) => readFileSync(join(dir, f), 'utf8'));
  const result = await runSync(
    { from, registryFile: join(dir, 'close-codes.yaml'), registryLabel: 'close-codes.yaml', changesetDir: join(dir, 'cs'), mode: 'apply', json: false },
    { stdout() {}, stderr() {} },
  );
  expect(result.exitCode, step).toBe(0);
  const changed: string[] = [];
  for (const [i, f] of FILES.entries()) {
    const after = readFileSync(join(dir, f), 'utf8');
    if (after !== before[i]) changed.push(f);
    expectPreserved(f, before[i]!, after, step);
  }
  return changed;
}

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe.runIf(available)('the sync writes only what it owns', { timeout: 30_000 }, () => {
  it("across IANA's history, from the maintainer loop's 2015 start files to today's file", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iana-sync-preserve-'));
    writeLoopStart(REPO_ROOT, dir);
    mkdirSync(join(dir, 'cs'));
    const touched = new Set<string>();
    for (const from of [...HISTORY.map(historyFile), `${SHARED_IANA}websocket.xml`]) {
      for (const f of await syncAndCheck(dir, from, basename(from))) touched.add(f);
    }
    // The replay did edit files: the check above had something to check.
    expect(touched.size).toBeGreaterThan(1);
  });

  it("on today's registry, a date-only update changes one line per file and keeps every curated style", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iana-sync-preserve-'));
    for (const f of FILES) copyFileSync(join(IN_SYNC_REGISTRY, f), join(dir, f));
    mkdirSync(join(dir, 'cs'));
    const today = readFileSync(`${SHARED_IANA}websocket.xml`, 'utf8');
    const date = /^ {2}<updated>([^<]+)<\/updated>/m.exec(today)![1]!;
    const next = new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10);
    const from = join(dir, 'websocket.xml');
    writeFileSync(from, today.replace(/^( {2}<updated>)[^<]+(<\/updated>)/m, `$1${next}$2`));
    const before = FILES.map((f) => readFileSync(join(dir, f), 'utf8'));
    const changed = await syncAndCheck(dir, from, 'date-only');
    expect(changed).toEqual(FILES);
    for (const [i, f] of FILES.entries()) {
      const after = readFileSync(join(dir, f), 'utf8').split('\n');
      const was = before[i]!.split('\n');
      // Same number of lines; the only lines that differ hold the new date.
      expect(after.length, f).toBe(was.length);
      const differing = after.filter((line, n) => line !== was[n]);
      expect(differing.length, f).toBe(1);
      expect(differing[0], f).toContain(next);
    }
  });
});
