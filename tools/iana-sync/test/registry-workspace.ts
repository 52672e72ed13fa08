// A folder holding copies of registry/*.yaml and an IANA file, transformed at test time, and the CLI
// run against it in-process: for the tests of rules every registry shares.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { IANA_REGISTRIES, REPO_ROOT } from '@wscodes-tools/registry';
import { expect } from 'vitest';
import { main } from '../src/cli.ts';

/** A folder with copies of registry/*.yaml and an IANA file; a snapshot of names, contents and mtimes. */
export function workspace(xml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'iana-sync-refusals-'));
  copyFileSync(`${REPO_ROOT}registry/close-codes.yaml`, join(dir, 'close-codes.yaml'));
  for (const m of IANA_REGISTRIES) copyFileSync(`${REPO_ROOT}${m.file}`, join(dir, basename(m.file)));
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

