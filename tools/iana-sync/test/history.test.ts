// Replays IANA's real revisions (../shared/iana/history) as dry runs of the tool against the registry
// as synced with the 2026-06-11 revision (fixtures/registry-2026-06-10.yaml), reading its JSON report.
// The expectations are facts about fixed files, read from them and from ../shared/iana/README.md.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRegistry, REGISTRY_FILE } from '@wscodes-tools/registry';
import { describe, expect, it } from 'vitest';
import type { SyncDiff } from '../src/diff.ts';
import { runSync } from '../src/sync.ts';
import { historyFile, sharedIanaAvailable, SYNCED_REGISTRY } from './fixtures.ts';

const available = sharedIanaAvailable();
// The date IANA's registry had when the tests' own registry was synced, read from that file.
const FIXTURE_UPDATED = loadRegistry(SYNCED_REGISTRY, REGISTRY_FILE).ianaUpdated;

const uri = (data: string) => [{ type: 'uri', data }];
// 1012 and 1013 share one reference; 1014 has its own. On 2025-07-30 both moved to mailarchive.
const OLD_1012_1013 = uri('http://www.ietf.org/mail-archive/web/hybi/current/msg09670.html');
const NEW_1012_1013 = uri('https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/');
const OLD_1014 = uri('https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html');
const NEW_1014 = uri('https://mailarchive.ietf.org/arch/msg/hybi/l1lK4ZImO70jmcYorRa1lsLdvzY/');

const KEYS: Record<number, string> = { 1012: 'ServiceRestart', 1013: 'TryAgainLater', 1014: 'BadGateway' };

/** Before 2025-07-30, seen from the 2026-06-10 registry: old URLs, no `updated` attribute. */
const referencesBefore20250730 = (codes: readonly number[]) =>
  codes.flatMap((code) => [
    { code, key: KEYS[code], field: 'references', from: code === 1014 ? NEW_1014 : NEW_1012_1013, to: code === 1014 ? OLD_1014 : OLD_1012_1013 },
    { code, key: KEYS[code], field: 'updated', from: '2025-07-30', to: null },
  ]);

const UNASSIGNED = { description: 'Unassigned', contact: null, references: [] };

/** A dry run of the real tool against the real registry; returns its JSON report. */
async function replay(file: string): Promise<SyncDiff & { inSync: boolean; bump: string | null }> {
  const registryBefore = readFileSync(SYNCED_REGISTRY, 'utf8');
  const changesetDir = mkdtempSync(join(tmpdir(), 'iana-sync-history-'));
  let stdout = '';
  const result = await runSync(
    { from: file, registryFile: SYNCED_REGISTRY, registryLabel: REGISTRY_FILE, changesetDir, mode: 'dry-run', json: true },
    { stdout: (t) => (stdout += t), stderr: () => {} },
  );
  expect(result.exitCode).toBe(0);
  expect(result.written).toEqual([]);
  expect(readFileSync(SYNCED_REGISTRY, 'utf8')).toBe(registryBefore);
  expect(readdirSync(changesetDir)).toEqual([]);
  return JSON.parse(stdout);
}

/** Only the members a diff has, for whole-object comparisons. */
const diffPart = ({ upstreamUpdated, registryUpdated, added, withdrawn, reinstated, changed, ranges, contacts, notes }: SyncDiff) =>
  ({ upstreamUpdated, registryUpdated, added, withdrawn, reinstated, changed, ranges, contacts, notes });

describe.skipIf(!available)('replaying IANA history against the registry of 2026-06-10', { timeout: 60_000 }, () => {
  it('2015-05-05: no 1014, no 3000s, old references, one span across 2999/3000', async () => {
    const diff = await replay(historyFile('2015-05-05'));
    expect(diff.upstreamUpdated).toBe('2015-03-05');
    expect(diff.added).toEqual([]);
    expect(diff.withdrawn.map((r) => [r.code, r.key, r.send, r.receive])).toEqual([
      // 1014 falls back to its range's verdict for an unassigned protocol code; 3000s to the IANA range's.
      [1014, 'BadGateway', false, false],
      [3000, 'Unauthorized', true, true],
      [3003, 'Forbidden', true, true],
      [3008, 'Timeout', true, true],
    ]);
    expect(diff.changed).toEqual(referencesBefore20250730([1012, 1013]));
    expect(diff.ranges).toEqual([
      { change: 'added', range: '1014-1014', iana: UNASSIGNED },
      { change: 'removed', range: '1016-2999', iana: UNASSIGNED },
      { change: 'added', range: '1016-3999', iana: UNASSIGNED },
      { change: 'removed', range: '3001-3002', iana: UNASSIGNED },
      { change: 'removed', range: '3004-3007', iana: UNASSIGNED },
      { change: 'removed', range: '3009-3999', iana: UNASSIGNED },
    ]);
    // The withdrawn codes keep their IANA blocks as history, and so the contacts these name.
    expect(diff.contacts).toEqual([]);
    // IANA wrote data="Alexey_Melnikov " (with a space) in 2015.
    expect(diff.notes).toEqual([
      'record 1012: contact id "Alexey_Melnikov " read as "Alexey_Melnikov" (surrounding spaces dropped)',
      'record 1013: contact id "Alexey_Melnikov " read as "Alexey_Melnikov" (surrounding spaces dropped)',
    ]);
    expect(diff.bump).toBe('major');
  });

  it('2023-02-23: 3000 and 3003 but not 3008', async () => {
    const diff = await replay(historyFile('2023-02-23'));
    expect(diff.upstreamUpdated).toBe('2023-02-22');
    expect(diff.added).toEqual([]);
    expect(diff.withdrawn).toEqual([
      {
        code: 3008,
        key: 'Timeout',
        name: 'Timeout',
        iana: { description: 'Timeout', contact: 'Morgan_Jones', references: [], date: '2024-02-01' },
        reason: 'no longer listed by IANA on 2023-02-22',
        send: true,
        receive: true,
        constant: 'CloseCode.Timeout',
      },
    ]);
    expect(diff.changed).toEqual(referencesBefore20250730([1012, 1013, 1014]));
    expect(diff.ranges).toEqual([
      { change: 'removed', range: '3004-3007', iana: UNASSIGNED },
      { change: 'added', range: '3004-3999', iana: UNASSIGNED },
      { change: 'removed', range: '3009-3999', iana: UNASSIGNED },
    ]);
    expect(diff.contacts).toEqual([]);
    expect(diff.notes).toEqual([]);
    expect(diff.bump).toBe('major');
  });

  it.each([
    ['2024-02-02', '2024-02-01'],
    ['2025-07-17', '2025-07-17'],
  ] as const)('%s: 3008 registered, references not yet moved', async (revision, updated) => {
    const diff = await replay(historyFile(revision));
    expect(diffPart(diff)).toEqual({
      upstreamUpdated: updated,
      registryUpdated: FIXTURE_UPDATED,
      added: [],
      withdrawn: [],
      reinstated: [],
      changed: referencesBefore20250730([1012, 1013, 1014]),
      ranges: [],
      contacts: [],
      notes: [],
    });
    expect(diff.bump).toBe('patch');
  });

  it('2025-07-30: the close codes as today; only the registry date differs', async () => {
    const diff = await replay(historyFile('2025-07-30'));
    expect(diffPart(diff)).toEqual({ upstreamUpdated: '2025-07-30', registryUpdated: FIXTURE_UPDATED, added: [], withdrawn: [], reinstated: [], changed: [], ranges: [], contacts: [], notes: [] });
    expect(diff.inSync).toBe(false);
    expect(diff.bump).toBe('patch');
  });

  // The revision the tests' registry was synced with; IANA's current file moves on, so it is not pinned here.
  it('2026-06-11: in sync with the registry', async () => {
    const diff = await replay(historyFile('2026-06-11'));
    expect(diff.upstreamUpdated).toBe(FIXTURE_UPDATED);
    expect(diff.inSync).toBe(true);
    expect(diff.bump).toBeNull();
  });
});
