// The real update: a registry as it stood at IANA's 2023-02-23 revision, synced with the 2026-06-11
// revision, the one the tests' registry was synced with (IANA's current file moves on; this must not).
// It starts from the tests' own copy of the 2026-06-10 registry (fixtures/registry-2026-06-10.yaml).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderTargets, selectTargets } from '@wscodes-tools/generators';
import { checkRegistryText, loadRegistry } from '@wscodes-tools/registry';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/errors.ts';
import { runSync } from '../src/sync.ts';
import { HISTORY, historyFile, sharedIanaAvailable, SYNCED_REGISTRY } from './fixtures.ts';
import { expectClean } from './changelog-lint.ts';
import { lineDiff } from './line-diff.ts';

/** The registry text without the entry of 3008 (the last one); the sync then drops its unused contact. */
const withoutEntry3008 = (text: string): string => text.slice(0, text.indexOf('\n\n  - code: 3008') + 1);

const available = sharedIanaAvailable();
const CURRENT = historyFile('2026-06-11');
const LABEL = 'close-codes.yaml';

async function sync(from: string, registryFile: string, changesetDir: string) {
  let stdout = '';
  const stderr: string[] = [];
  const result = await runSync(
    { from, registryFile, registryLabel: LABEL, changesetDir, mode: 'apply', json: false },
    { stdout: (t) => (stdout += t), stderr: (l) => stderr.push(l) },
  );
  return { ...result, stdout, stderr };
}

describe.skipIf(!available)('real update: the 2023-02-23 registry synced with IANA today', { timeout: 60_000 }, () => {
  const current = readFileSync(SYNCED_REGISTRY, 'utf8');
  let dir: string;
  let registryFile: string;
  let as2023: string;
  let report: string;
  let synced: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iana-sync-real-'));
    registryFile = join(dir, LABEL);
    // The registry of 2023 never had 3008: cut its entry, then sync backwards with the tool itself
    // (a sync never deletes: run backwards over 3008 it would withdraw it).
    writeFileSync(registryFile, withoutEntry3008(current));
    await sync(historyFile('2023-02-23'), registryFile, join(dir, 'reverse-changesets'));
    as2023 = readFileSync(registryFile, 'utf8');
    const forward = await sync(CURRENT, registryFile, join(dir, '.changeset'));
    expect(forward.exitCode).toBe(EXIT.ok);
    report = forward.stdout;
    synced = readFileSync(registryFile, 'utf8');
  });

  it('builds a valid 2023-02-23 registry: no 3008, old references, one 3004-3999 span', () => {
    const { registry, diagnostics } = checkRegistryText(as2023, LABEL);
    expect(diagnostics).toEqual([]);
    expect(registry!.ianaUpdated).toBe('2023-02-22');
    expect(registry!.codes.map((c) => c.code)).not.toContain(3008);
    expect(registry!.ianaRanges.map((r) => `${r.from}-${r.to}`)).toEqual(['1016-2999', '3001-3002', '3004-3999', '4000-4999']);
    expect(registry!.contacts.map((c) => c.id)).toEqual(['Ada_Young', 'Alexey_Melnikov', 'IESG_HYBI', 'Leo_Tietz']);
    // 3008, the last entry, is gone whole; everywhere else only IANA's fields changed.
    const entry3008 = current.slice(current.indexOf('\n\n  - code: 3008') + 1);
    expect(as2023.endsWith(entry3008)).toBe(false);
    expect(lineDiff(current.replace(entry3008, ''), as2023)).toEqual([
      `-  updated: "${loadRegistry(SYNCED_REGISTRY, LABEL).ianaUpdated}"`,
      '+  updated: "2023-02-22"',
      '-  - id: Morgan_Jones',
      '-    name: Morgan Jones',
      '-    uri: mailto:morgan.jones&viasat.com',
      '-  - range: 3004-3007',
      '-    iana:',
      '-      description: Unassigned',
      '-      contact: null',
      '-      references: []',
      '-  - range: 3009-3999',
      '+  - range: 3004-3999',
      '-          data: https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/',
      '-      updated: "2025-07-30"',
      '+          data: http://www.ietf.org/mail-archive/web/hybi/current/msg09670.html',
      '-          data: https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/',
      '-      updated: "2025-07-30"',
      '+          data: http://www.ietf.org/mail-archive/web/hybi/current/msg09670.html',
      '-          data: https://mailarchive.ietf.org/arch/msg/hybi/l1lK4ZImO70jmcYorRa1lsLdvzY/',
      '+          data: https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html',
      '-      updated: "2025-07-30"',
    ]);
  });

  it('reports the update', () => {
    expect(report).toBe(`IANA close-code registry: ${CURRENT} (updated 2026-06-10)
Registry:                 ${LABEL} (synced with IANA's 2023-02-22)

Added codes (1):
  + 3008 "Timeout" (contact Morgan_Jones, date 2024-02-01); new entry: key Timeout, name "Timeout", curated text pending review
Withdrawn codes (0): none
Changed fields (6):
  ~ 1012 references: uri http://www.ietf.org/mail-archive/web/hybi/current/msg09670.html → uri https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/
  ~ 1012 updated: (none) → 2025-07-30
  ~ 1013 references: uri http://www.ietf.org/mail-archive/web/hybi/current/msg09670.html → uri https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/
  ~ 1013 updated: (none) → 2025-07-30
  ~ 1014 references: uri https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html → uri https://mailarchive.ietf.org/arch/msg/hybi/l1lK4ZImO70jmcYorRa1lsLdvzY/
  ~ 1014 updated: (none) → 2025-07-30
Range changes (3):
  - span 3004-3999 "Unassigned" (no contact, no references)
  + span 3004-3007 "Unassigned" (no contact, no references)
  + span 3009-3999 "Unassigned" (no contact, no references)
Contact changes (1):
  + Morgan_Jones: Morgan Jones <mailto:morgan.jones&viasat.com>
Registry date: 2023-02-22 → 2026-06-10

Semver: minor (1 code added; IANA span records changed; 6 IANA fields changed; 1 contact changed; IANA's registry date changed)
  close-codes: minor (1 code added; IANA span records changed; 6 IANA fields changed; 1 contact changed; IANA's registry date changed)
`);
  });

  it('adds 3008 Timeout with IANA\'s fields, a derived key, and pending placeholders', () => {
    const registry = loadRegistry(registryFile, LABEL);
    const timeout = registry.codes.find((c) => c.code === 3008)!;
    expect(timeout).toMatchObject({ key: 'Timeout', name: 'Timeout', send: true, receive: true, pending: true, rangeKind: 'iana', reconnect: { policy: 'depends' } });
    expect(timeout.summary).toMatch(/^Pending review: /);
    expect(registry.document.codes.find((c) => c.code === 3008)!.iana).toEqual({ description: 'Timeout', contact: 'Morgan_Jones', references: [], date: '2024-02-01' });
    expect(registry.contacts.find((c) => c.id === 'Morgan_Jones')).toEqual({ id: 'Morgan_Jones', name: 'Morgan Jones', uri: 'mailto:morgan.jones&viasat.com' });
  });

  it('moves the references of 1012-1014 to their new URLs', () => {
    const byCode = new Map(loadRegistry(registryFile, LABEL).document.codes.map((c) => [c.code, c.iana]));
    expect(byCode.get(1012)).toMatchObject({ references: [{ type: 'uri', data: 'https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/' }], updated: '2025-07-30' });
    expect(byCode.get(1013)).toMatchObject({ references: [{ type: 'uri', data: 'https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/' }], updated: '2025-07-30' });
    expect(byCode.get(1014)).toMatchObject({ references: [{ type: 'uri', data: 'https://mailarchive.ietf.org/arch/msg/hybi/l1lK4ZImO70jmcYorRa1lsLdvzY/' }], date: '2016-10-10', updated: '2025-07-30' });
  });

  it('differs from today\'s registry only in 3008\'s curated text', () => {
    const changed = lineDiff(current, synced);
    expect(changed.filter((l) => l.startsWith('+'))).toEqual([
      '+    summary: "Pending review: IANA registered 3008 as Timeout; this summary has not been written yet."',
      '+      policy: depends',
      '+      advice: "Pending review: no reconnect advice has been written for 3008 yet. Decide from your own app state."',
      '+      likelySide: unknown',
      '+      cause: "Pending review: IANA registered 3008 as Timeout"',
      '+    details: "Pending review: IANA registered 3008 on 2024-02-01; who sends it, its common causes and what to do have not been written yet."',
      '+    pending: true',
    ]);
  });

  it('writes a minor changeset for the four public packages', async () => {
    expect(readdirSync(join(dir, '.changeset'))).toEqual(['iana-sync-2026-06-10.md']);
    const changeset = readFileSync(join(dir, '.changeset', 'iana-sync-2026-06-10.md'), 'utf8');
    expect(changeset.split('\n').slice(0, 6)).toEqual(['---', '"@wscodes/core": minor', '"@wscodes/schema": minor', '"@wscodes/docs": minor', '"@wscodes/fixtures": minor', '---']);
    expect(changeset).toContain('\n- `CloseCode.Timeout` (3008) added: IANA registered 3008 on 2024-02-01 as "Timeout", contact Morgan Jones. Its name and advice are pending review.\n');
    expect(changeset).toContain(
      "\n- `CloseCode.BadGateway` (1014) changed: IANA's references [https\\://www\\.ietf.org/mail-archive/web/hybi/current/msg10748.html](https://www.ietf.org/mail-archive/web/hybi/current/msg10748.html) → [https\\://mailarchive.ietf.org/arch/msg/hybi/l1lK4ZImO70jmcYorRa1lsLdvzY/](https://mailarchive.ietf.org/arch/msg/hybi/l1lK4ZImO70jmcYorRa1lsLdvzY/); IANA's last update none → 2025-07-30.\n",
    );
    await expectClean(changeset);
  });

  // The two generators it looks at, ts-morph included: a generous limit for a busy machine, not a speed check.
  it('generates CloseCode.Timeout = 3008, and docs that show it as pending', { timeout: 120_000 }, async () => {
    const { files } = await renderTargets(loadRegistry(registryFile, LABEL), selectTargets(['core', 'docs']));
    const core = files.find((f) => f.path === 'packages/core/src/generated/registry.ts')!;
    expect(core.contents).toMatch(/^\s+Timeout: 3008,$/m);
    const docsMentioning3008 = files.filter((f) => f.path.startsWith('packages/docs/') && f.contents.includes('3008'));
    expect(docsMentioning3008.some((f) => /pending review/i.test(f.contents))).toBe(true);
  });

  it('withdraws 3008 when the 2026-06-10 registry is synced back to 2023-02-23: kept, marked, major, valid', async () => {
    const back = join(dir, 'back.yaml');
    copyFileSync(SYNCED_REGISTRY, back);
    const result = await sync(historyFile('2023-02-23'), back, join(dir, 'back-changesets'));
    expect(result.exitCode).toBe(EXIT.ok);
    const entry = loadRegistry(back, LABEL).codes.find((c) => c.code === 3008)!;
    expect(entry).toMatchObject({ key: 'Timeout', send: true, receive: true, withdrawn: { date: '2023-02-22', reason: 'no longer listed by IANA on 2023-02-22', constant: 'deprecated' } });
    expect(entry.iana).toMatchObject({ description: 'Timeout', date: '2024-02-01' });
    const changeset = readFileSync(join(dir, 'back-changesets', 'iana-sync-2023-02-22.md'), 'utf8');
    expect(changeset.split('\n')[1]).toBe('"@wscodes/core": major');
    expect(changeset).toContain('- `CloseCode.Timeout` (3008) deprecated: IANA withdrew 3008 (no longer listed by IANA on 2023-02-22).');
    await expectClean(changeset);
  });

  it('reaches the same file when replaying every revision since, one sync at a time', { timeout: 120_000 }, async () => {
    const chained = join(dir, 'chained.yaml');
    copyFileSync(registryFile, chained);
    // Start again from the 2023 state, then walk IANA's history forward.
    writeFileSync(chained, as2023);
    const bumps: string[] = [];
    for (const revision of HISTORY.slice(HISTORY.indexOf('2024-02-02'))) {
      const changesetDir = join(dir, `chain-${revision}`);
      await sync(historyFile(revision), chained, changesetDir);
      const [file] = readdirSync(changesetDir);
      const changeset = readFileSync(join(changesetDir, file!), 'utf8');
      bumps.push(`${revision} ${changeset.split('\n')[1]}`);
      // Each real update's changeset, 2025-07-17 -> 2025-07-30 (moved references) included, passes the docs' lint.
      await expectClean(changeset);
    }
    expect(bumps).toEqual([
      '2024-02-02 "@wscodes/core": minor',
      '2025-07-17 "@wscodes/core": patch',
      '2025-07-30 "@wscodes/core": patch',
      '2026-06-11 "@wscodes/core": patch',
    ]);
    expect(readFileSync(chained, 'utf8')).toBe(synced);
  });
});
