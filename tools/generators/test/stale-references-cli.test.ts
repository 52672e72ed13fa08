// `generate` on a registry whose peer notes and recorded matrix name vectors it does not generate:
// one message per reference at file:line:col, the prune command, and nothing written.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistryText, REGISTRY_FILE, type Compat } from '@wscodes-tools/registry';
import { PRUNE_COMMAND, vectorIds } from '@wscodes-tools/generators';
import { toJson } from '@wscodes-tools/generators/output';
import { main } from '../src/cli.ts';
import { plant, snapshot, tempDir } from './tree.ts';
import { FIXTURE_TEXT } from './registry.ts';

const live = [...vectorIds(checkRegistryText(FIXTURE_TEXT).registry!)].sort();
const GONE = 'payload-retired-one';
const NOTE = `  - peer: toy-server\n    vectors: [ ${live[0]}, ${GONE} ]\n    note: Half stale.\n`;
const TEXT = FIXTURE_TEXT.replace(/peerNotes:\n[\s\S]*?\n(?=# IANA records whose value is a span)/, `peerNotes:\n${NOTE}\n`);
const RESULT = { verdict: 'conforms', observed: { reply: { frame: 'close', code: 1000 } } } as const;
const COMPAT: Compat = {
  peers: { 'toy-server': { implementation: 'toy', version: '1.0.0', language: 'Zig', role: 'server', runner: 'zig' } },
  results: { 'toy-server': { [live[1]!]: RESULT, [GONE]: RESULT } },
};
const COMPAT_TEXT = toJson(COMPAT, 3);

const place = (text: string, snippet: string) => {
  const before = text.slice(0, text.indexOf(snippet));
  return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
};

async function generate(root: string) {
  const lines: string[] = [];
  const status = await main(['--registry', join(root, REGISTRY_FILE), '--out', root, '--only', 'vectors', '--quiet'], { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l), cwd: root });
  return { status, output: lines.join('\n') };
}

describe('generate and stale vector references', { timeout: 60_000 }, () => {
  it('the test data holds: the note and the result name one vector the registry does not generate', () => {
    expect(live).not.toContain(GONE);
    expect(TEXT).toContain(NOTE);
  });

  it('stops with one line per stale reference at file:line:col, says to prune, and writes nothing', async () => {
    const root = tempDir('wscodes-stale-');
    plant(root, { [REGISTRY_FILE]: TEXT, 'registry/compat.json': COMPAT_TEXT });
    const before = snapshot(root);
    const { status, output } = await generate(root);
    expect(status).toBe(1);
    expect(output.split('\n')).toEqual([
      `registry/close-codes.yaml:${place(TEXT, GONE)}  peerNotes[0] (toy-server) names ${GONE}, a vector the registry no longer generates  (run ${PRUNE_COMMAND} to remove it from the note)`,
      `registry/compat.json:${place(COMPAT_TEXT, `"${GONE}"`)}  toy-server has a result for ${GONE}, a vector the registry no longer generates  (run ${PRUNE_COMMAND}, or re-record toy-server with npm run conformance)`,
      '',
      `nothing was generated: 2 references name vectors the registry no longer generates; run ${PRUNE_COMMAND}, then run again.`,
    ]);
    expect(snapshot(root)).toEqual(before);
  });

  it('generates when every reference names a live vector', async () => {
    const root = tempDir('wscodes-stale-');
    const liveOnly: Compat = { ...COMPAT, results: { 'toy-server': { [live[1]!]: RESULT } } };
    plant(root, { [REGISTRY_FILE]: TEXT.replace(`, ${GONE} ]`, ' ]'), 'registry/compat.json': toJson(liveOnly, 3) });
    const { status, output } = await generate(root);
    expect(output).toBe('');
    expect(status).toBe(0);
  });
});
