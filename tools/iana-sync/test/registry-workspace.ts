// A folder holding copies of registry/*.yaml and an IANA file, transformed at test time, and the CLI
// run against it in-process: for the tests of rules every registry shares.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { IANA_REGISTRIES, REPO_ROOT } from '@wscodes-tools/registry';
import { writeLoopStart } from '@wscodes-tools/release/loop-start';
import { expect } from 'vitest';
import { main } from '../src/cli.ts';
import { runSync } from '../src/sync.ts';
import { HISTORY, historyFile, SHARED_IANA } from './fixtures.ts';

const REGISTRY_FILES = ['close-codes.yaml', ...IANA_REGISTRIES.map((m) => basename(m.file))];

/**
 * A folder of registry files in sync with IANA's current file (../shared/iana/websocket.xml), for tests
 * that transform that file: registry/ itself when it is in sync (as on main), else the maintainer
 * loop's 2015 start files replayed through IANA's real revisions to it. The loop runs npm test on a
 * copy whose registry holds another revision (an older one, or a synthetic one): the tests must hold
 * there too, without pinning which revision registry/ follows.
 */
async function inSyncRegistryFolder(): Promise<string> {
  const today = `${SHARED_IANA}websocket.xml`;
  const quiet = { stdout() {}, stderr() {} };
  const scratch = mkdtempSync(join(tmpdir(), 'iana-sync-in-sync-'));
  const options = (registryFile: string, mode: 'check' | 'apply', from: string) =>
    ({ from, registryFile, registryLabel: basename(registryFile), changesetDir: join(scratch, 'cs'), mode, json: false }) as const;
  const check = await runSync(options(`${REPO_ROOT}registry/close-codes.yaml`, 'check', today), quiet).catch(() => undefined);
  if (check?.exitCode === 0) return `${REPO_ROOT}registry`;
  const dir = join(scratch, 'registry');
  mkdirSync(dir);
  mkdirSync(join(scratch, 'cs'));
  writeLoopStart(REPO_ROOT, dir);
  for (const from of [...HISTORY.map(historyFile), today]) {
    const run = await runSync(options(join(dir, 'close-codes.yaml'), 'apply', from), quiet);
    if (run.exitCode !== 0) throw new Error(`replaying ${from} onto the loop's start files failed (exit ${run.exitCode})`);
  }
  return dir;
}

/** Registry files in sync with IANA's current file (see inSyncRegistryFolder); registry/ when ../shared is absent (those tests skip). */
export const IN_SYNC_REGISTRY = existsSync(`${SHARED_IANA}websocket.xml`) ? await inSyncRegistryFolder() : `${REPO_ROOT}registry`;

/** A folder with copies of registry/*.yaml and an IANA file; a snapshot of names, contents and mtimes. */
export function workspace(xml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'iana-sync-refusals-'));
  for (const f of REGISTRY_FILES) copyFileSync(join(IN_SYNC_REGISTRY, f), join(dir, f));
  mkdirSync(join(dir, 'cs'));
  writeFileSync(join(dir, 'websocket.xml'), xml);
  const snapshot = () =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .sort()
      .map((f) => [f, statSync(join(dir, f)).isFile() ? readFileSync(join(dir, f), 'utf8') : 'dir', statSync(join(dir, f)).mtimeMs]);
  return { dir, snapshot, before: snapshot(), file: (name: string) => join(dir, name) };
}

export async function sync(ws: ReturnType<typeof workspace>, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['--from', ws.file('websocket.xml'), '--registry', ws.file('close-codes.yaml'), '--changeset-dir', ws.file('cs'), ...args], {
    stdout: (t) => (stdout += t),
    stderr: (l) => (stderr += `${l}\n`),
    env: {},
  });
  return { code, stdout, stderr, lines: stderr.trim().split('\n') };
}

/** IANA's file with one registry's body changed. */
export function withRegistry(xml: string, ianaId: string, edit: (body: string) => string): string {
  const pattern = new RegExp(`(<registry id="${ianaId}">)([\\s\\S]*?)(\\n  </registry>)`);
  expect(pattern.test(xml), ianaId).toBe(true);
  return xml.replace(pattern, (_all, open: string, body: string, close: string) => open + edit(body) + close);
}
export const withoutRecords = (body: string) => body.replace(/\s*<record[\s\S]*?<\/record>/g, '');
export const withoutRegistry = (xml: string, ianaId: string) => xml.replace(new RegExp(`\\s*<registry id="${ianaId}">[\\s\\S]*?\\n  </registry>`), '');
/** Every <record> of a registry, with the value it names. */
export const records = (xml: string, ianaId: string, element = 'value') =>
  [...new RegExp(`<registry id="${ianaId}">([\\s\\S]*?)\\n  </registry>`).exec(xml)![1]!.matchAll(/<record[\s\S]*?<\/record>/g)].map((m) => ({
    text: m[0],
    value: new RegExp(`<${element}>([^<]*)</${element}>`).exec(m[0])![1]!,
  }));

