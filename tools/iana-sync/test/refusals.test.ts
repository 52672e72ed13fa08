// The rules every registry shares, on copies of the real registry files and IANA's real file,
// transformed at test time: a registry missing or empty upstream (not yet published, or refused),
// the withdrawal guard and --allow-withdrawal, and each form of withdrawal (deletion, Unassigned,
// Reserved). Expectations are read from the files, never pinned.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkIanaRegistryText, headerBits, IANA_REGISTRIES, opcodes, subprotocols, type IanaRegistryModule } from '@wscodes-tools/registry';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { SHARED_IANA, sharedIanaAvailable } from './fixtures.ts';
import { records, sync, withoutRecords, withoutRegistry, withRegistry, workspace } from './registry-workspace.ts';

const available = sharedIanaAvailable();
const IANA_TODAY = `${SHARED_IANA}websocket.xml`;

const registryOf = (ws: ReturnType<typeof workspace>, module: IanaRegistryModule) => {
  const { registry } = checkIanaRegistryText(module, readFileSync(ws.file(basename(module.file)), 'utf8'));
  return registry!.document;
};

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe.runIf(available)('missing and empty registries upstream', { timeout: 30_000 }, () => {
  const today = available ? readFileSync(IANA_TODAY, 'utf8') : '';

  it.each([
    ['an empty close-code registry', () => withRegistry(today, 'close-code-number', withoutRecords), 'close-codes'],
    ['a missing close-code registry', () => withoutRegistry(today, 'close-code-number'), 'close-codes'],
    ['an empty opcode registry', () => withRegistry(today, 'opcode', withoutRecords), 'opcodes'],
    ['a missing opcode registry', () => withoutRegistry(today, 'opcode'), 'opcodes'],
    ['a missing subprotocol registry', () => withoutRegistry(today, 'subprotocol-name'), 'subprotocols'],
  ])('refuses %s: exit 2, one line naming the registry, nothing written', async (_what, xml, id) => {
    for (const mode of [[], ['--check'], ['--dry-run']]) {
      const ws = workspace(xml());
      const run = await sync(ws, ...mode);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.lines.at(-1)).toMatch(new RegExp(`^sync:iana: \\S+websocket\\.xml (lacks the registry|lists no registered value in it) ${id} \\(.*: refused, nothing was written`));
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(ws.snapshot()).toEqual(ws.before);
    }
  });

  it('a registry IANA does not publish yet, with no entries in its YAML, is nothing to do', async () => {
    const ws = workspace(withoutRegistry(readFileSync(IANA_TODAY, 'utf8'), 'subprotocol-name'));
    const yaml = readFileSync(ws.file('subprotocols.yaml'), 'utf8');
    const emptied = yaml.replace(/\nentries:\n[\s\S]*$/, '\nentries: []\n').replace(/\npeople:\n[\s\S]*?\nentries/, '\npeople: []\nentries');
    writeFileSync(ws.file('subprotocols.yaml'), emptied);
    const run = await sync(ws, '--check', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).bumps).toContainEqual(expect.objectContaining({ id: 'subprotocols', status: 'not-published', bump: null }));
    expect(readFileSync(ws.file('subprotocols.yaml'), 'utf8')).toBe(emptied);
  });
});

describe.runIf(available)('the withdrawal guard and --allow-withdrawal', { timeout: 30_000 }, () => {
  const today = available ? readFileSync(IANA_TODAY, 'utf8') : '';

  it('refuses an update that withdraws more than half of a registry, naming the flag; the flag lets it through', async () => {
    // Registered codes, by parse-iana's rule: not Unassigned, and not Reserved without a contact or reference.
    const placeholder = (r: { text: string }) => /<description>\s*Unassigned/.test(r.text) || (/<description>\s*Reserved/.test(r.text) && !/<xref/.test(r.text));
    const codes = records(today, 'close-code-number').filter((r) => /^\d+$/.test(r.value) && !placeholder(r));
    const kept = codes[0]!;
    const dropped = codes.slice(1);
    const xml = withRegistry(today, 'close-code-number', (body) => dropped.reduce((b, r) => b.replace(r.text, ''), body));
    const ws = workspace(xml);
    const refused = await sync(ws);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    const flag = `--allow-withdrawal ${dropped.map((r) => `close-codes:${r.value}`).join(',')}`;
    expect(refused.lines.at(-1)).toBe(
      `sync:iana: ${ws.file('websocket.xml')} withdraws ${dropped.length} of the ${codes.length} values of close-codes (Close codes) at once, more than half: refused, nothing was written. If IANA really withdrew them, rerun with ${flag}`,
    );
    expect(ws.snapshot()).toEqual(ws.before);

    // Naming only some of them is not enough.
    expect((await sync(ws, '--allow-withdrawal', `close-codes:${dropped[0]!.value}`)).code).toBe(2);
    expect(ws.snapshot()).toEqual(ws.before);

    const allowed = await sync(ws, '--dry-run', '--json', ...flag.split(' ').slice(1).flatMap((list) => ['--allow-withdrawal', list]));
    expect(allowed.code).toBe(0);
    const report = JSON.parse(allowed.stdout);
    expect(report.bump).toBe('major');
    expect(report.withdrawn.map((w: { code: number }) => String(w.code))).toEqual(dropped.map((r) => r.value));
    expect(report.withdrawn.map((w: { code: number }) => w.code)).not.toContain(Number(kept.value));
  });

  it('a registry emptied by IANA (every header bit deleted) is refused, then withdrawn when the flag names each value', async () => {
    const bits = records(today, 'framing-header-bits');
    const ws = workspace(withRegistry(today, 'framing-header-bits', withoutRecords));
    const refused = await sync(ws);
    expect(refused.code).toBe(2);
    const flag = `--allow-withdrawal ${bits.map((b) => `header-bits:${b.value}`).join(',')}`;
    expect(refused.lines.at(-1)).toMatch(/lists no registered value in it header-bits \(.*: refused, nothing was written\. If IANA really withdrew them all, rerun with (.*)$/);
    expect(refused.lines.at(-1)!.endsWith(flag)).toBe(true);
    expect(ws.snapshot()).toEqual(ws.before);

    const allowed = await sync(ws, ...flag.split(' '));
    expect(allowed.code, allowed.stderr).toBe(0);
    const after = registryOf(ws, headerBits);
    for (const b of bits) {
      const entry = after.entries.find((e) => e.value === b.value)!;
      expect(entry.withdrawn).toBeDefined();
      expect(allowed.stderr).toContain(`HeaderBit.${String(entry.key)} stays as a deprecated alias`);
    }
  });

  it('rejects a flag that names no registry, as bad usage', async () => {
    const ws = workspace(today);
    const run = await sync(ws, '--allow-withdrawal', 'opcode:10');
    expect(run.code).toBe(2);
    expect(run.lines.at(-1)).toMatch(/^sync:iana: --allow-withdrawal opcode:10: expected REGISTRY:VALUE, where REGISTRY is one of close-codes, opcodes, header-bits,/);
    expect(ws.snapshot()).toEqual(ws.before);
  });

  it('--help names the flag and every registry id', async () => {
    let out = '';
    expect(await main(['--help'], { stdout: (t) => (out += t), stderr() {}, env: {} })).toBe(0);
    expect(out).toContain('--allow-withdrawal REGISTRY:VALUE');
    for (const id of ['close-codes', ...IANA_REGISTRIES.map((m) => basename(m.file, '.yaml'))]) expect(out).toContain(id);
  });
});

describe.runIf(available)('one withdrawal rule for every registry', { timeout: 30_000 }, () => {
  const today = available ? readFileSync(IANA_TODAY, 'utf8') : '';
  // The last registered opcode: its record, its key in the YAML, and the constant that names it.
  const opcodeRecord = () => records(today, 'opcode').filter((r) => /^\d+$/.test(r.value)).at(-1)!;

  it.each([
    ['deleted', (text: string) => ''],
    ['re-listed as Unassigned', (text: string) => text.replace(/<description>[^<]*<\/description>/, '<description>Unassigned</description>').replace(/\s*<xref[^>]*\/>/g, '')],
    ['re-listed as Reserved, no contact, no reference', (text: string) => text.replace(/<description>[^<]*<\/description>/, '<description>Reserved</description>').replace(/\s*<xref[^>]*\/>/g, '')],
  ])('an opcode %s is withdrawn: kept, marked, its constant deprecated, major', async (_how, edit) => {
    const record = opcodeRecord();
    const ws = workspace(withRegistry(today, 'opcode', (body) => body.replace(record.text, edit(record.text))));
    const key = registryOf(ws, opcodes).entries.find((e) => String(e.value) === record.value)!.key as string;
    const run = await sync(ws);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Semver: major (1 opcode withdrawn (Opcode.${key} deprecated)`);
    expect(run.stderr).toMatch(new RegExp(`^WITHDRAWN: IANA no longer registers opcode ${record.value} .*Opcode\\.${key} stays as a deprecated alias until the next major\\. This is a MAJOR release\\.$`, 'm'));
    const entry = registryOf(ws, opcodes).entries.find((e) => String(e.value) === record.value)!;
    expect(entry.withdrawn?.date).toBeDefined();
    expect(entry.key).toBe(key);
    const [changeset] = readdirSync(ws.file('cs'));
    const text = readFileSync(join(ws.file('cs'), changeset!), 'utf8');
    expect(text).toMatch(/^---\n"@wscodes\/core": major\n/);
    expect(text).toContain(`\`Opcode.${key}\` is deprecated`);
    expect((await sync(ws, '--check')).code).toBe(0);
  });

  it('a subprotocol re-listed as Reserved is withdrawn, and the report says what it was', async () => {
    const record = records(today, 'subprotocol-name', 'id')[0]!;
    const reserved = record.text.replace(/<common>[^<]*<\/common>/, '<common>Reserved</common>').replace(/<definition>[\s\S]*?<\/definition>/, '<definition/>').replace(/\s*<xref[^>]*\/>/g, '');
    const ws = workspace(withRegistry(today, 'subprotocol-name', (body) => body.replace(record.text, reserved)));
    const before = registryOf(ws, subprotocols).entries.find((e) => e.value === record.value)!;
    const run = await sync(ws, '--dry-run', '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.bump).toBe('major');
    expect(report.withdrawals).toEqual([expect.objectContaining({ registry: 'subprotocols', value: record.value, what: expect.stringContaining(String(before.iana.common).replace(/\s+/g, ' ').trim()) })]);
  });

  it('a close code re-listed as Reserved, no contact, no reference, is withdrawn', async () => {
    const record = records(today, 'close-code-number').filter((r) => /^3\d{3}$/.test(r.value) && /<xref type="person"/.test(r.text))[0]!;
    const reserved = record.text.replace(/<description>[^<]*<\/description>/, '<description>Reserved</description>').replace(/\s*<contact>[\s\S]*?<\/contact>/, '').replace(/\s*<xref[^>]*\/>/g, '');
    const ws = workspace(withRegistry(today, 'close-code-number', (body) => body.replace(record.text, reserved)));
    const key = (parse(readFileSync(ws.file('close-codes.yaml'), 'utf8')) as { codes: { code: number; key: string }[] }).codes.find((c) => String(c.code) === record.value)!.key;
    const run = await sync(ws, '--dry-run', '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.withdrawn).toEqual([expect.objectContaining({ code: Number(record.value), constant: `CloseCode.${key}` })]);
    expect(report.bump).toBe('major');
  });
});
