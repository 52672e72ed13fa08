import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADD_3001, fixture, NEW_DATE, smallUpstreamXml } from '../test/fixtures.ts';
import { main, refreshChangesetText } from './refresh-changesets.ts';
import { runSync } from './sync.ts';

describe('refreshChangesetText', () => {
  it('gives each `CloseCode.Key` (code) the key the registry holds now, and leaves unknown codes alone', () => {
    const keys = new Map([[3001, 'Renamed']]);
    expect(refreshChangesetText('- `CloseCode.SampleCode` (3001) added; `CloseCode.Other` (3999) kept.', keys)).toBe('- `CloseCode.Renamed` (3001) added; `CloseCode.Other` (3999) kept.');
  });
});

describe('the release step refreshes what the sync wrote', () => {
  it('after curation renames a proposed key, the pending sync changeset names the curated constant; other changesets are untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iana-sync-refresh-'));
    const registryFile = join(dir, 'close-codes.yaml');
    copyFileSync(fixture('small-registry.yaml'), registryFile);
    const changesetDir = join(dir, 'cs');
    mkdirSync(changesetDir);
    writeFileSync(join(dir, 'websocket.xml'), smallUpstreamXml(ADD_3001, NEW_DATE));
    await runSync({ from: join(dir, 'websocket.xml'), registryFile, registryLabel: 'close-codes.yaml', changesetDir, mode: 'apply', json: false }, { stdout() {}, stderr() {} });
    const [written] = readdirSync(changesetDir);
    const proposed = readFileSync(join(changesetDir, written!), 'utf8');
    expect(proposed).toContain('`CloseCode.SampleCode` (3001) added');
    const mine = 'A person\'s own note on `CloseCode.SampleCode` (3001).\n';
    writeFileSync(join(changesetDir, 'my-note.md'), mine);

    // Curation renames the key before the release.
    writeFileSync(registryFile, readFileSync(registryFile, 'utf8').replace('key: SampleCode', 'key: CuratedSample'));
    let stderr = '';
    expect(await main(['--registry', registryFile, '--changeset-dir', changesetDir], { stdout() {}, stderr: (l) => (stderr += l), env: {} })).toBe(0);
    expect(stderr).toContain('refreshed the constant names in');
    const refreshed = readFileSync(join(changesetDir, written!), 'utf8');
    expect(refreshed).toBe(proposed.replace('`CloseCode.SampleCode` (3001)', '`CloseCode.CuratedSample` (3001)'));
    expect(readFileSync(join(changesetDir, 'my-note.md'), 'utf8')).toBe(mine);
  });
});
