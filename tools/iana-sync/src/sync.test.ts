import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADD_3001, fixture, NEW_DATE, smallUpstreamXml, WITHDRAW_3000 } from '../test/fixtures.ts';
import { lineDiff } from '../test/line-diff.ts';
import { EXIT, SyncError } from './errors.ts';
import { runRemoveDeprecated, runSync, type SyncMode } from './sync.ts';

/** A temp dir holding a copy of the small registry, an empty changeset folder, and IANA's file. */
function workspace(xml = smallUpstreamXml()) {
  const dir = mkdtempSync(join(tmpdir(), 'iana-sync-run-'));
  const registryFile = join(dir, 'close-codes.yaml');
  copyFileSync(fixture('small-registry.yaml'), registryFile);
  const changesetDir = join(dir, '.changeset');
  mkdirSync(changesetDir);
  writeFileSync(join(changesetDir, 'config.json'), '{}\n');
  const from = join(dir, 'websocket.xml');
  writeFileSync(from, xml);
  const snapshot = () => ({ registry: readFileSync(registryFile, 'utf8'), changesets: readdirSync(changesetDir).sort(), files: readdirSync(dir).sort() });
  return { dir, registryFile, changesetDir, from, snapshot, before: snapshot() };
}

async function run(ws: ReturnType<typeof workspace>, mode: SyncMode, extra: { from?: string; json?: boolean } = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const result = await runSync(
    {
      from: extra.from ?? ws.from,
      registryFile: ws.registryFile,
      registryLabel: 'close-codes.yaml',
      changesetDir: ws.changesetDir,
      mode,
      json: extra.json ?? false,
      timeoutMs: 5000,
    },
    { stdout: (t) => stdout.push(t), stderr: (l) => stderr.push(l) },
  );
  return { ...result, stdout: stdout.join(''), stderr };
}

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('runSync', { timeout: 30_000 }, () => {
  it('applies an update: YAML in place, a minor changeset, progress on stderr', async () => {
    const ws = workspace(smallUpstreamXml(ADD_3001, ['<updated>2030-01-15</updated>', '<updated>2030-02-01</updated>']));
    const result = await run(ws, 'apply');
    expect(result.exitCode).toBe(EXIT.ok);
    expect(result.stdout).toContain('  + 3001 "Sample Code"');
    expect(result.stderr).toEqual([
      `reading ${ws.from}`,
      'read 3 codes and 3 span records from IANA (updated 2030-02-01)',
      'validating the updated close-codes.yaml',
      expect.stringMatching(/^close-codes\.yaml:\d+:\d+ {2}warning: code 3001 has curated text pending review/),
      `wrote close-codes.yaml and ${join(ws.changesetDir, 'iana-sync-2030-02-01.md')} (minor)`,
      'next: write the curated text of the entries marked pending: true, then npm run build',
    ]);
    const after = ws.snapshot();
    expect(after.changesets).toEqual(['config.json', 'iana-sync-2030-02-01.md']);
    expect(readFileSync(join(ws.changesetDir, 'iana-sync-2030-02-01.md'), 'utf8')).toMatch(/^---\n"@wscodes\/core": minor\n/);
    expect(after.registry).toContain('  - code: 3001\n    key: SampleCode\n');
    expect(after.files).toEqual(ws.before.files); // no temporary files left behind
    expect(result.written).toEqual([ws.registryFile, join(ws.changesetDir, 'iana-sync-2030-02-01.md')]);

    // A second run finds nothing to do.
    const again = await run(ws, 'check');
    expect(again.exitCode).toBe(EXIT.ok);
  });

  it('--check exits 1 on a difference and writes nothing', async () => {
    const ws = workspace(smallUpstreamXml(ADD_3001));
    const result = await run(ws, 'check');
    expect(result.exitCode).toBe(EXIT.differences);
    expect(ws.snapshot()).toEqual(ws.before);
  });

  it('--check exits 0 when in sync', async () => {
    const ws = workspace();
    expect((await run(ws, 'check')).exitCode).toBe(EXIT.ok);
  });

  it('--dry-run prints the report and writes nothing', async () => {
    const ws = workspace(smallUpstreamXml(ADD_3001));
    const result = await run(ws, 'dry-run', { json: true });
    expect(result.exitCode).toBe(EXIT.ok);
    expect(JSON.parse(result.stdout).added.map((a: { code: number }) => a.code)).toEqual([3001]);
    expect(ws.snapshot()).toEqual(ws.before);
  });

  it('writes nothing when in sync', async () => {
    const ws = workspace();
    const result = await run(ws, 'apply');
    expect(result.stderr.at(-1)).toBe('in sync: nothing to write');
    expect(ws.snapshot()).toEqual(ws.before);
  });

  it('withdraws a code by default: major changeset, the entry kept and marked, a loud line on stderr', async () => {
    const ws = workspace(smallUpstreamXml(WITHDRAW_3000, NEW_DATE));
    const result = await run(ws, 'apply');
    expect(result.stdout).toContain('Withdrawn codes (1):\n  - 3000 FixtureCode');
    expect(result.stderr).toContain(
      'WITHDRAWN: IANA no longer registers close code 3000 "Fixture Code" (no longer listed by IANA on 2030-02-01). CloseCode.FixtureCode stays as a deprecated alias until the next major. This is a MAJOR release.',
    );
    const changeset = readFileSync(join(ws.changesetDir, 'iana-sync-2030-02-01.md'), 'utf8');
    expect(changeset).toMatch(/^---\n"@wscodes\/core": major\n/);
    expect(changeset).toContain('- `CloseCode.FixtureCode` (3000) deprecated: IANA withdrew 3000');
    expect(ws.snapshot().registry).toContain('  - code: 3000\n    key: FixtureCode\n');
    expect(ws.snapshot().registry).toContain('    withdrawn:\n      date: "2030-02-01"\n');
    expect((await run(ws, 'check')).exitCode).toBe(EXIT.ok);
  });

  it('--remove-deprecated, in the next major: flips deprecated to removed and writes a major changeset naming the constants', async () => {
    const ws = workspace(smallUpstreamXml(WITHDRAW_3000, NEW_DATE));
    await run(ws, 'apply');
    const options = { registryFile: ws.registryFile, registryLabel: 'close-codes.yaml', changesetDir: ws.changesetDir };
    const out: string[] = [];
    const dry = await runRemoveDeprecated({ ...options, mode: 'check' }, { stdout: (t) => out.push(t), stderr() {} });
    expect(dry).toEqual({ exitCode: EXIT.differences, written: [] });
    expect(out.join('')).toBe('Constants to remove (1, major):\n  - CloseCode.FixtureCode (3000), withdrawn 2030-02-01\n');
    const before = ws.snapshot();
    const done = await runRemoveDeprecated({ ...options, mode: 'apply' }, { stdout() {}, stderr() {} });
    expect(done.written).toEqual([ws.registryFile, join(ws.changesetDir, 'remove-deprecated-constants.md')]);
    expect(lineDiff(before.registry, ws.snapshot().registry)).toEqual(['-      constant: deprecated', '+      constant: removed']);
    const changeset = readFileSync(join(ws.changesetDir, 'remove-deprecated-constants.md'), 'utf8');
    expect(changeset).toMatch(/^---\n"@wscodes\/core": major\n/);
    expect(changeset).toContain('- `CloseCode.FixtureCode` (3000) removed: IANA withdrew 3000 on 2030-02-01');
    // Nothing left to remove: a second run writes nothing.
    const after = ws.snapshot();
    expect((await runRemoveDeprecated({ ...options, mode: 'apply' }, { stdout() {}, stderr() {} })).written).toEqual([]);
    expect(ws.snapshot()).toEqual(after);
  });

  it('leaves everything untouched when IANA registers a code in a range the registry keeps free of codes', async () => {
    // A code registered in the private-use range, which no registration may reach.
    const ws = workspace(smallUpstreamXml(['<value>4000-4999</value>\n      <description>Reserved for Private Use</description>', '<value>4000</value>\n      <description>Private Code</description>']));
    await expect(run(ws, 'apply')).rejects.toThrow(/^IANA lists code 4000, which falls in range 4000-4999 \(Private use\), where the registry holds no codes/,
    );
    expect(ws.snapshot()).toEqual(ws.before);
  });

  it('names an invalid registry before comparing', async () => {
    const ws = workspace();
    writeFileSync(ws.registryFile, ws.before.registry.replace('key: FixtureCode', 'key: NormalClosure'));
    await expect(run(ws, 'check')).rejects.toThrow(/^close-codes\.yaml is invalid \(1 error; first: .*key NormalClosure of code 3000 is already used by code 1000.*run npm run validate/);
  });

  it('names a missing registry file', async () => {
    const ws = workspace();
    await expect(runSync({ ...(await baseOptions(ws)), registryFile: join(ws.dir, 'nope.yaml') }, { stdout() {}, stderr() {} })).rejects.toThrow(
      'cannot read the registry close-codes.yaml: no such file; pass it with --registry FILE',
    );
  });

  describe('bad input leaves the YAML and the changesets untouched', () => {
    it.each(['bad-not-xml.xml', 'bad-wrong-registry.xml', 'bad-missing-close-codes.xml', 'bad-value.xml', 'bad-duplicate.xml', 'bad-unknown-contact.xml'])(
      '%s',
      async (name) => {
        const ws = workspace(readFileSync(fixture(name), 'utf8'));
        const attempt = run(ws, 'apply');
        await expect(attempt).rejects.toThrow(SyncError);
        await expect(attempt).rejects.toThrow(/^\S+websocket\.xml/);
        expect(ws.snapshot()).toEqual(ws.before);
      },
    );

    it('an HTTP error', async () => {
      const server = createServer((_request, response) => {
        response.writeHead(503, 'Service Unavailable');
        response.end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/assignments/websocket/websocket.xml`;
      try {
        const ws = workspace();
        await expect(run(ws, 'apply', { from: url })).rejects.toThrow(`${url} answered HTTP 503 Service Unavailable`);
        expect(ws.snapshot()).toEqual(ws.before);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });
});

async function baseOptions(ws: ReturnType<typeof workspace>) {
  return {
    from: ws.from,
    registryFile: ws.registryFile,
    registryLabel: 'close-codes.yaml',
    changesetDir: ws.changesetDir,
    mode: 'check' as const,
    json: false,
  };
}
