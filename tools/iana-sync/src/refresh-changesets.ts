// npm run version-packages runs this first: a changeset the sync wrote names each new close code by
// the constant key it proposed (`CloseCode.SampleCode` (3001)); curation may rename the key before
// the release. The release then speaks of the key the registry holds, never of a name nobody ships.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REGISTRY_FILE, REPO_ROOT } from '@wscodes-tools/registry';
import { command, runIfMain, shownPath, userPath } from './cli-support.ts';
import { readRegistry, validRegistry } from './close-codes-sync.ts';
import { EXIT } from './errors.ts';
import { writeFilesAtomically } from './write-files.ts';

/** The changesets the sync writes, and only those: a person's own changeset is theirs. */
export const SYNC_CHANGESET = /^iana-sync-.*\.md$/;

/** Every "`CloseCode.Key` (code)" with the key the registry now gives that code. Pure. */
export function refreshChangesetText(text: string, keys: ReadonlyMap<number, string>): string {
  return text.replace(/`CloseCode\.([A-Za-z_$][\w$]*)` \((\d+)\)/g, (whole, _key: string, code: string) => {
    const key = keys.get(Number(code));
    return key ? `\`CloseCode.${key}\` (${code})` : whole;
  });
}

/** Rewrites the pending sync changesets of `changesetDir` whose constant names changed; returns the files rewritten. */
export async function refreshChangesets(options: { registryFile: string; registryLabel: string; changesetDir: string }): Promise<string[]> {
  const text = await readRegistry(options);
  const { registry } = validRegistry(text, options.registryLabel, 'is invalid', 'run npm run validate to see every problem, fix them, then rerun');
  const keys = new Map(registry.document.codes.map((c) => [c.code, c.key]));
  const names = (await readdir(options.changesetDir).catch(() => [] as string[])).filter((f) => SYNC_CHANGESET.test(f)).sort();
  const writes = [];
  for (const name of names) {
    const path = join(options.changesetDir, name);
    const before = await readFile(path, 'utf8');
    const after = refreshChangesetText(before, keys);
    if (after !== before) writes.push({ path, contents: after });
  }
  if (writes.length) await writeFilesAtomically(writes);
  return writes.map((w) => w.path);
}

export const USAGE = `usage: tsx tools/iana-sync/src/refresh-changesets.ts [--registry FILE] [--changeset-dir DIR]

Before a release (npm run version-packages runs it): rewrites the constant names in the pending
changesets written by npm run sync:iana (.changeset/iana-sync-*.md) to the keys the registry holds now.`;

export const main = command('refresh-changesets', USAGE, { registry: { type: 'string' }, 'changeset-dir': { type: 'string' } }, async (values, io) => {
  const registryFile = values.registry ? userPath(values.registry, io) : REPO_ROOT + REGISTRY_FILE;
  const changesetDir = values['changeset-dir'] ? userPath(values['changeset-dir'], io) : REPO_ROOT + '.changeset';
  const written = await refreshChangesets({ registryFile, registryLabel: values.registry ? shownPath(registryFile) : REGISTRY_FILE, changesetDir });
  io.stderr(written.length ? `refreshed the constant names in ${written.map(shownPath).join(', ')}` : 'sync changesets: constant names up to date');
  return EXIT.ok;
});

runIfMain(import.meta, main);
