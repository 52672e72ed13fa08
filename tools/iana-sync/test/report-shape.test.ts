// The report a maintainer acts on, for an update touching every registry at once (IANA's real file,
// its date moved on, one opcode withdrawn and one person renamed): one overall bump, last, with each
// registry's under it; reasons once; people by name; the withdrawn constant named.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { IANA_REGISTRIES } from '@wscodes-tools/registry';
import { describe, expect, it } from 'vitest';
import { SHARED_IANA, sharedIanaAvailable } from './fixtures.ts';
import { records, sync, withRegistry, workspace } from './registry-workspace.ts';

const available = sharedIanaAvailable();
const IDS = ['close-codes', ...IANA_REGISTRIES.map((m) => basename(m.file, '.yaml'))];

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe.runIf(available)('the report of an update to every registry', { timeout: 30_000 }, () => {
  const today = available ? readFileSync(`${SHARED_IANA}websocket.xml`, 'utf8') : '';
  const date = available ? /^ {2}<updated>([^<]+)<\/updated>/m.exec(today)![1]! : '';
  const next = available ? new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10) : '';
  // A person a subprotocol record names, renamed by IANA.
  const person = available ? /<xref type="person" data="([^"]+)"/.exec(/<registry id="subprotocol-name">[\s\S]*?<\/registry>/.exec(today)![0])![1]! : '';
  const oldName = available ? new RegExp(`<person id="${person}">\\s*<name>([^<]*)</name>`).exec(today)![1]! : '';
  const opcode = available ? records(today, 'opcode').filter((r) => /^\d+$/.test(r.value)).at(-1)! : { text: '', value: '' };
  const xml = () =>
    withRegistry(today, 'opcode', (body) => body.replace(opcode.text, ''))
      .replace(/^( {2}<updated>)[^<]+(<\/updated>)/m, `$1${next}$2`)
      .replace(new RegExp(`(<person id="${person}">\\s*<name>)[^<]*(</name>)`), `$1${oldName} Renamed$2`);

  it('text: each registry section, then the release bump last with one line per registry', async () => {
    const run = await sync(workspace(xml()), '--dry-run');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const tail = lines.slice(-IDS.length - 1);
    expect(tail[0]).toMatch(/^Semver: major \(/);
    expect(tail.slice(1).map((l) => l.split(':')[0]!.trim())).toEqual(IDS);
    expect(tail.find((l) => l.startsWith('  opcodes:'))).toMatch(/^ {2}opcodes: major \(1 opcode withdrawn \(Opcode\.\w+ deprecated\)/);
    expect(tail.find((l) => l.startsWith('  close-codes:'))).toBe("  close-codes: patch (IANA's registry date changed)");
    // Reasons once: the date, shared by every registry, is one reason naming them.
    expect(tail[0]!.split("IANA's registry date changed").length).toBe(2);
    // A renamed person is named, old → new, never "a contact".
    expect(run.stdout).toContain(`person ${person} (${oldName} Renamed): name ${oldName} → ${oldName} Renamed`);
    expect(run.stdout).not.toContain('a contact');
  });

  it('JSON: bump is the release\'s; each registry\'s bump under bumps; withdrawals name their constant', async () => {
    const run = await sync(workspace(xml()), '--dry-run', '--json');
    const report = JSON.parse(run.stdout);
    expect(report.bump).toBe('major');
    expect(report.bumps.map((b: { id: string }) => b.id)).toEqual(IDS);
    expect(report.bumps.find((b: { id: string }) => b.id === 'close-codes').bump).toBe('patch');
    expect(report.bumps.find((b: { id: string }) => b.id === 'opcodes').bump).toBe('major');
    expect(report.withdrawals).toEqual([expect.objectContaining({ registry: 'opcodes', value: opcode.value, constant: expect.stringMatching(/^Opcode\.\w+$/) })]);
    expect(report.bumpReasons.filter((r: string) => r.startsWith("IANA's registry date changed"))).toHaveLength(1);
  });

  it('changeset: one major bump, reasons once, the constant deprecated, the person by name', async () => {
    const ws = workspace(xml());
    expect((await sync(ws)).code).toBe(0);
    const [file] = readdirSync(ws.file('cs'));
    const text = readFileSync(join(ws.file('cs'), file!), 'utf8');
    expect(text).toMatch(/^---\n"@wscodes\/core": major\n/);
    const summary = text.split('\n').find((l) => l.startsWith('Sync '))!;
    expect(summary.split("IANA's registry date changed").length).toBe(2);
    expect(text).toMatch(/`Opcode\.\w+` is deprecated/);
    expect(text).toContain(`IANA contact ${oldName} renamed ${oldName} Renamed`);
    expect(text).not.toContain('registry text updated');
  });
});
