// IANA's registries other than close codes, through the generic sync path: small IANA-format files
// of the test's own, then IANA's real revisions for every registry module.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkIanaRegistryText, IANA_REGISTRIES, opcodes, REPO_ROOT, subprotocols, type IanaRegistryModule } from '@wscodes-tools/registry';
import { writeLoopStart } from '@wscodes-tools/release/loop-start';
import { describe, expect, it } from 'vitest';
import { SyncError } from '../src/errors.ts';
import { applyRegistryDiff, newRegistryText } from '../src/registries/apply.ts';
import { bumpForRegistry, diffIanaRegistry, registryInSync } from '../src/registries/diff.ts';
import { findIanaRegistry, parseIanaRegistry } from '../src/registries/parse.ts';
import { runSync } from '../src/sync.ts';
import { parseXml } from '../src/xml-tree.ts';
import { fixture, HISTORY, historyFile, SHARED_IANA, sharedIanaAvailable } from './fixtures.ts';

const record = (id: string, common: string, extra = '') =>
  `<record date="2030-01-02"><id>${id}</id><common>${common}</common><definition><xref type="uri" data="https://example.org/${id}"/> (section 2)</definition><xref type="person" data="Pat_Example "/>${extra}</record>`;

/** A websocket.xml in IANA's format holding a subprotocol registry and an opcode registry. */
function xml({ updated = '2030-01-15', records = [record('chat.example', 'Example Chat'), record('feed.example', 'Example Feed')], opcodeRecords = '' } = {}): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<registry xmlns="http://www.iana.org/assignments" id="websocket">
  <title>fixture</title>
  <updated>${updated}</updated>
  <registry id="subprotocol-name">
    <title>WebSocket Subprotocol Name Registry</title>
    <registration_rule>First Come First Served</registration_rule>
    <xref type="rfc" data="rfc6455"/>
    <note>See <xref type="rfc" data="rfc7936"/> on case.</note>
    ${records.join('\n    ')}
  </registry>
  <registry id="opcode">
    <title>WebSocket Opcode Registry</title>
    <registration_rule>Standards Action</registration_rule>
    <record><value>0</value><description>Continuation Frame</description><xref type="rfc" data="rfc6455"/></record>
    <record><value>1-7</value><description>Unassigned</description></record>
    <record><value>8</value><description>Connection Close Frame</description><xref type="rfc" data="rfc6455"/></record>
    ${opcodeRecords || '<record><value>9-15</value><description>Unassigned</description></record>'}
  </registry>
  <people>
    <person id="Pat_Example"><name>Pat Example</name><uri>mailto:pat&amp;example.org</uri></person>
    <person id="Sam_Example"><name>Sam Example</name><uri>mailto:sam&amp;example.org</uri></person>
  </people>
</registry>`;
}

const upstreamOf = (module: IanaRegistryModule, text: string) => parseIanaRegistry(module, parseXml(text, 'fixture.xml'), 'fixture.xml');

function validDocument(module: IanaRegistryModule, text: string) {
  const { registry, diagnostics } = checkIanaRegistryText(module, text);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return registry!;
}

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('reading a registry from IANA', { timeout: 30_000 }, () => {
  it('keeps IANA fields verbatim: text with references in order, person ids trimmed, dates', () => {
    const up = upstreamOf(subprotocols, xml());
    expect(up.entries.map((e) => e.value)).toEqual(['chat.example', 'feed.example']);
    expect(up.entries[0]!.iana).toEqual({
      common: 'Example Chat',
      definition: [{ xref: { type: 'uri', data: 'https://example.org/chat.example' } }, { text: ' (section 2)' }],
      date: '2030-01-02',
      references: [{ type: 'person', data: 'Pat_Example' }],
    });
    expect(up.people).toEqual([{ id: 'Pat_Example', name: 'Pat Example', uri: 'mailto:pat&example.org' }]);
    expect(up.header.notes).toEqual([[{ text: 'See ' }, { xref: { type: 'rfc', data: 'rfc7936' } }, { text: ' on case.' }]]);
  });

  it('puts Unassigned records of a bounded value space in unassigned spans', () => {
    const up = upstreamOf(opcodes, xml());
    expect(up.entries.map((e) => e.value)).toEqual([0, 8]);
    expect(up.unassigned.map((u) => u.range)).toEqual(['1-7', '9-15']);
  });

  it.each([
    ['a registry that is missing', xml().replace('id="subprotocol-name"', 'id="other"'), /no <registry id="subprotocol-name">/],
    ['an element the module does not read', xml({ records: [record('a.example', 'A', '<color>red</color>')] }), /has <color>, which the subprotocols module does not read/],
    ['an unknown xref type', xml({ records: [record('a.example', 'A', '<xref type="isbn" data="1"/>')] }), /xref of type "isbn"/],
    ['a person not in <people>', xml({ records: [record('a.example', 'A', '<xref type="person" data="Nobody"/>')] }), /names person "Nobody"/],
    ['a required field that is missing', xml({ records: ['<record><id>a.example</id><common>A</common></record>'] }), /has no <definition>/],
  ])('refuses %s with a message that says what to do', (_what, text, message) => {
    expect(() => upstreamOf(subprotocols, text)).toThrow(SyncError);
    expect(() => upstreamOf(subprotocols, text)).toThrow(message);
  });

  it('refuses an opcode outside 0-15', () => {
    expect(() => upstreamOf(opcodes, xml({ opcodeRecords: '<record><value>16</value><description>Too Big</description></record>' }))).toThrow(/is not an opcode, 0-15/);
  });
});

describe('comparing and applying', { timeout: 30_000 }, () => {
  const start = newRegistryText(upstreamOf(subprotocols, xml()));
  const curated = start.replace('  - value: chat.example\n', '  # kept: a maintainer comment\n  - value: chat.example\n    details: Curated text.\n');

  it('a new file is valid and in sync with what it was made from', () => {
    const doc = validDocument(subprotocols, start).document;
    expect(registryInSync(diffIanaRegistry(upstreamOf(subprotocols, xml()), doc))).toBe(true);
  });

  it('an added registration is minor; it is inserted in order, and comments and curated fields stay', () => {
    const up = upstreamOf(subprotocols, xml({ updated: '2030-02-01', records: [record('chat.example', 'Example Chat'), record('dash.example', 'Dash'), record('feed.example', 'Example Feed')] }));
    const diff = diffIanaRegistry(up, validDocument(subprotocols, curated).document);
    expect(diff.added.map((a) => a.value)).toEqual(['dash.example']);
    expect(bumpForRegistry(diff)?.bump).toBe('minor');
    const text = applyRegistryDiff(curated, up, diff);
    const after = validDocument(subprotocols, text);
    expect(after.entries.map((e) => e.value)).toEqual(['chat.example', 'dash.example', 'feed.example']);
    expect(text.indexOf('dash.example')).toBeGreaterThan(text.indexOf('chat.example'));
    expect(text.indexOf('dash.example')).toBeLessThan(text.indexOf('feed.example'));
    expect(text).toContain('# kept: a maintainer comment');
    expect(after.entries[0]).toMatchObject({ details: 'Curated text.' });
    expect(after.header.updated).toBe('2030-02-01');
    expect(registryInSync(diffIanaRegistry(up, after.document))).toBe(true);
  });

  it('a withdrawn registration is major; the entry stays, marked, with the people it names', () => {
    const up = upstreamOf(subprotocols, xml({ updated: '2030-03-01', records: [record('feed.example', 'Example Feed').replace('Pat_Example ', 'Sam_Example')] }));
    const diff = diffIanaRegistry(up, validDocument(subprotocols, curated).document);
    expect(diff.withdrawn.map((w) => w.value)).toEqual(['chat.example']);
    expect(bumpForRegistry(diff)?.bump).toBe('major');
    const after = validDocument(subprotocols, applyRegistryDiff(curated, up, diff));
    const chat = after.entries.find((e) => e.value === 'chat.example')!;
    expect(chat.withdrawn).toEqual({ date: '2030-03-01', reason: 'no longer listed by IANA on 2030-03-01' });
    expect(chat.iana.common).toBe('Example Chat');
    expect(after.people.map((p) => p.id)).toEqual(['Pat_Example', 'Sam_Example']);
  });

  it('a changed field is patch, and so is a new date alone', () => {
    const changed = upstreamOf(subprotocols, xml({ records: [record('chat.example', 'Example Chat 2'), record('feed.example', 'Example Feed')] }));
    const diff = diffIanaRegistry(changed, validDocument(subprotocols, start).document);
    expect(diff.changed).toEqual([{ value: 'chat.example', fields: [{ field: 'common', from: 'Example Chat', to: 'Example Chat 2' }] }]);
    expect(bumpForRegistry(diff)?.bump).toBe('patch');
    const dated = diffIanaRegistry(upstreamOf(subprotocols, xml({ updated: '2030-04-01' })), validDocument(subprotocols, start).document);
    expect(bumpForRegistry(dated)).toEqual({ bump: 'patch', reasons: ["IANA's registry date changed"] });
  });
});

describe('runSync with a registry file beside the close codes', { timeout: 30_000 }, () => {
  function workspace(text: string) {
    const dir = mkdtempSync(join(tmpdir(), 'iana-sync-registries-'));
    const registryFile = join(dir, 'close-codes.yaml');
    copyFileSync(fixture('small-registry.yaml'), registryFile);
    const subprotocolFile = join(dir, basename(subprotocols.file));
    writeFileSync(subprotocolFile, newRegistryText(upstreamOf(subprotocols, xml())));
    const changesetDir = join(dir, 'changesets');
    mkdirSync(changesetDir);
    // The small close-code registry's own IANA file, with this test's subprotocol registry added.
    const from = join(dir, 'websocket.xml');
    const closeCodes = readFileSync(fixture('small-websocket.xml'), 'utf8');
    const mine = /<registry id="subprotocol-name">[\s\S]*?<\/registry>/.exec(text)![0];
    const people = /<person id="Pat_Example">[\s\S]*?<\/person>/.exec(text)![0];
    writeFileSync(from, closeCodes.replace('<registry id="opcode">', `${mine}\n  <registry id="opcode">`).replace('<people>', `<people>\n    ${people}`));
    return { registryFile, subprotocolFile, changesetDir, from };
  }
  const options = (ws: ReturnType<typeof workspace>, mode: 'apply' | 'check', json = false) => ({
    from: ws.from,
    registryFile: ws.registryFile,
    registryLabel: 'close-codes.yaml',
    changesetDir: ws.changesetDir,
    mode,
    json,
  });

  it('reports every registry, exits 1 under --check, then writes the YAML and one changeset', async () => {
    const ws = workspace(xml({ records: [record('chat.example', 'Example Chat'), record('zeta.example', 'Zeta'), record('feed.example', 'Example Feed')] }));
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: () => {} };
    expect((await runSync(options(ws, 'check', true), io)).exitCode).toBe(1);
    const report = JSON.parse(out);
    expect(report.registries).toEqual([expect.objectContaining({ registry: 'subprotocols', inSync: false, bump: 'minor', added: [expect.objectContaining({ value: 'zeta.example' })] })]);
    expect(report.allInSync).toBe(false);

    const result = await runSync(options(ws, 'apply'), io);
    expect(result.written).toContain(ws.subprotocolFile);
    const [changeset, ...more] = readdirSync(ws.changesetDir);
    expect(more).toEqual([]);
    const text = readFileSync(join(ws.changesetDir, changeset!), 'utf8');
    expect(text).toMatch(/"@wscodes\/core": minor/);
    expect(text).toContain('subprotocol `zeta.example` added');
    out = '';
    expect((await runSync(options(ws, 'check'), io)).exitCode).toBe(0);
    expect(out).toContain('Subprotocol names (subprotocols.yaml): in sync');
  });
});

const available = sharedIanaAvailable();

describe.runIf(available)("IANA's real revisions, for every registry", { timeout: 30_000 }, () => {
  const revisions = [...HISTORY.map(historyFile), `${SHARED_IANA}websocket.xml`];

  // A module whose registry a revision lacks (one IANA published later) is not yet published there.
  it.each(revisions)('%s: every registry it holds reads and makes a valid file', (file) => {
    const root = parseXml(readFileSync(file, 'utf8'), file);
    const held = (IANA_REGISTRIES as readonly IanaRegistryModule[]).filter((module) => findIanaRegistry(module, root));
    expect(held.length).toBeGreaterThan(0);
    for (const module of held) {
      const up = parseIanaRegistry(module, root, file);
      const { diagnostics } = checkIanaRegistryText(module, newRegistryText(up));
      expect(diagnostics.filter((d) => d.severity === 'error'), module.id).toEqual([]);
    }
  });

  it("replays 2015-05-05 to today from the maintainer loop's start, ending in step with the last one", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iana-sync-replay-'));
    writeLoopStart(REPO_ROOT, dir);
    const changesetDir = join(dir, 'changesets');
    mkdirSync(changesetDir);
    const quiet = { stdout: () => {}, stderr: () => {} };
    for (const from of revisions.slice(1)) {
      const result = await runSync({ from, registryFile: join(dir, 'close-codes.yaml'), registryLabel: 'close-codes.yaml', changesetDir, mode: 'apply', json: false }, quiet);
      expect(result.exitCode, from).toBe(0);
    }
    // Each registry now holds what IANA's last revision lists, field for field, and a check finds nothing to do.
    const last = revisions.at(-1)!;
    const root = parseXml(readFileSync(last, 'utf8'), last);
    for (const module of IANA_REGISTRIES as readonly IanaRegistryModule[]) {
      const replayed = validDocument(module, readFileSync(join(dir, basename(module.file)), 'utf8'));
      if (!findIanaRegistry(module, root)) {
        expect(replayed.entries, `${module.id}: not yet published`).toEqual([]);
        continue;
      }
      const upstream = parseIanaRegistry(module, root, last);
      expect(replayed.entries.filter((e) => !e.withdrawn).map((e) => ({ value: e.value, iana: e.iana })), module.id).toEqual(upstream.entries);
      expect(replayed.header, module.id).toEqual(upstream.header);
    }
    const check = await runSync({ from: last, registryFile: join(dir, 'close-codes.yaml'), registryLabel: 'close-codes.yaml', changesetDir, mode: 'check', json: false }, quiet);
    expect(check.exitCode).toBe(0);
  }, 60_000); // five real syncs in a row: seconds on a loaded machine
});
