// A sync that changes which vectors the registry generates names, in its report, every recorded
// result and peer note that would then point at nothing, at file:line:col, before anything is written.
// The update is made at test time from IANA's real file (the first unassigned opcode gets registered),
// and the vectors it removes are computed, never pinned.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { vectorIdChanges } from '@wscodes-tools/generators';
import { loadRegistry, REPO_ROOT } from '@wscodes-tools/registry';
import { describe, expect, it } from 'vitest';
import { SHARED_IANA, sharedIanaAvailable } from './fixtures.ts';
import { records, sync, withRegistry, workspace } from './registry-workspace.ts';

const available = sharedIanaAvailable();

/** IANA's file with the first value of its first unassigned opcode span registered. */
function registerAnOpcode(xml: string): { xml: string; opcode: number } {
  const span = records(xml, 'opcode').find((r) => /^\d+-\d+$/.test(r.value) && /<description>Unassigned/i.test(r.text))!;
  const [from, to] = span.value.split('-').map(Number) as [number, number];
  const registered = span.text.replace(`<value>${span.value}</value>`, `<value>${from}</value>`).replace(/<description>[^<]*<\/description>/, '<description>Synthetic Frame</description>');
  const rest = span.text.replace(`<value>${span.value}</value>`, `<value>${from + 1 === to ? to : `${from + 1}-${to}`}</value>`);
  return { xml: withRegistry(xml, 'opcode', (body) => body.replace(span.text, `${registered}\n    ${rest}`)), opcode: from };
}

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe.runIf(available)('vector references a sync makes stale', { timeout: 30_000 }, () => {
  it('are listed in the report at file:line:col with the prune command, in --dry-run, and nothing is written', async () => {
    const { xml } = registerAnOpcode(readFileSync(`${SHARED_IANA}websocket.xml`, 'utf8'));
    // Which vectors the update removes: apply it to one copy, compare with the registry before.
    const applied = workspace(xml);
    const before = loadRegistry(applied.file('close-codes.yaml'));
    expect((await sync(applied)).code).toBe(0);
    const { removed } = vectorIdChanges(before, loadRegistry(applied.file('close-codes.yaml')));
    expect(removed.length).toBeGreaterThan(0);

    // A second copy whose matrix has a result for a vector the update removes.
    const ws = workspace(xml);
    const compat = JSON.parse(readFileSync(`${REPO_ROOT}registry/compat.json`, 'utf8')) as { peers: Record<string, unknown>; results: Record<string, Record<string, unknown>> };
    // A peer whose role plays the removed vector (a result of the same family and direction), so the
    // matrix stays valid but for the stale reference.
    const family = `${removed[0]!.split('-').slice(0, 2).join('-')}-`;
    const peer = Object.keys(compat.results).find((key) => Object.keys(compat.results[key]!).some((id) => id.startsWith(family)))!;
    const [, anyResult] = Object.entries(compat.results[peer]!).find(([id]) => id.startsWith(family))!;
    compat.results[peer]![removed[0]!] = anyResult;
    // One line, as compact as a recorded file: indented, the real matrix passes the file size limit.
    const compatText = JSON.stringify(compat) + '\n';
    writeFileSync(ws.file('compat.json'), compatText);
    const snapshot = ws.snapshot();

    const run = await sync(ws, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Vector references this update makes stale');
    expect(run.stdout).toContain('npm run conformance -- --prune');
    const line = run.stdout.split('\n').find((l) => l.includes(`${peer} has a result for ${removed[0]}`));
    expect(line).toBeDefined();
    // The position points at the result's key in the file.
    const [, row, column] = /compat\.json:(\d+):(\d+)/.exec(line!)!;
    expect(compatText.split('\n')[Number(row) - 1]!.slice(Number(column) - 1)).toMatch(new RegExp(`^"${removed[0]}"`));
    expect(ws.snapshot()).toEqual(snapshot);

    const json = await sync(ws, '--dry-run', '--json');
    const report = JSON.parse(json.stdout) as { staleReferences: { file: string; peer: string; vectors: string[] }[] };
    expect(report.staleReferences).toContainEqual(expect.objectContaining({ peer, vectors: [removed[0]] }));
  });

  it('are none when the update removes no vector', async () => {
    const ws = workspace(readFileSync(`${SHARED_IANA}websocket.xml`, 'utf8'));
    copyFileSync(`${REPO_ROOT}registry/compat.json`, ws.file('compat.json'));
    const run = await sync(ws, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('makes stale');
  });
});
