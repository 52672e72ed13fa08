import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findStaleReferences, vectorIds, type StaleReference } from '@wscodes-tools/generators';
import { toJson } from '@wscodes-tools/generators/output';
import { checkRegistryText, COMPAT_FILE, COMPAT_INLINE_FROM, REGISTRY_FILE, type Compat } from '@wscodes-tools/registry';
import { main, type Io } from './cli.ts';
import { pruneCompatText, pruneRegistryText } from './prune.ts';

// Small registries of their own: the generators' test registry (a frozen past revision) with peer
// notes written here, and a matrix written here. Live ids come from the vectors it generates.

const FIXTURE_TEXT = readFileSync(new URL('../../generators/test/fixtures/close-codes.yaml', import.meta.url), 'utf8');
const NOTES = /peerNotes:\n[\s\S]*?\n(?=# IANA records whose value is a span)/;
const withNotes = (notes: string) => FIXTURE_TEXT.replace(NOTES, `peerNotes:\n${notes}\n`);

const live = [...vectorIds(checkRegistryText(FIXTURE_TEXT).registry!)].sort();
const [a, b, c, d, e] = live;
const X = 'payload-retired-one';
const Y = 'frame-retired-two';

function staleIn(text: string, compat?: Compat, compatText?: string): StaleReference[] {
  const { registry, diagnostics } = checkRegistryText(text);
  if (!registry) throw new Error(diagnostics.map((x) => x.message).join('\n'));
  return findStaleReferences(compat ? { ...registry, compat } : registry, { registryText: text, ...(compatText ? { compatText } : {}) });
}

/** The notes' text before and after pruning, everything else of the file being the fixture's. */
function pruned(notes: string): string {
  const text = withNotes(notes);
  const out = pruneRegistryText(text, staleIn(text));
  const [head, tail] = [FIXTURE_TEXT.slice(0, FIXTURE_TEXT.indexOf('peerNotes:\n')), FIXTURE_TEXT.slice(FIXTURE_TEXT.indexOf('\n# IANA records whose value is a span'))];
  expect(out.startsWith(head) && out.endsWith(tail)).toBe(true);
  return out.slice(head.length, out.length - tail.length);
}

const note = (peer: string, vectors: string, text = 'A note.') => `  - peer: ${peer}\n    vectors: ${vectors}\n    note: ${text}\n`;

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('pruneRegistryText', { timeout: 30_000 }, () => {
  it('the ids it prunes are not generated, and the others are', () => {
    expect(live).not.toContain(X);
    expect(live).not.toContain(Y);
    expect(live.length).toBeGreaterThanOrEqual(5);
  });

  it('takes stale ids out of a flow list, first, middle or last, keeping its spacing', () => {
    const before = [note('p-one', `[ ${X}, ${a}, ${b} ]`), note('p-two', `[ ${a}, ${X}, ${b} ]`), note('p-three', `[${a}, ${b}, ${X}]`), note('p-four', `[ ${X}, ${a}, ${Y} ]`)].join('\n');
    expect(pruned(before)).toBe(`peerNotes:\n${[note('p-one', `[ ${a}, ${b} ]`), note('p-two', `[ ${a}, ${b} ]`), note('p-three', `[${a}, ${b}]`), note('p-four', `[ ${a} ]`)].join('\n')}`);
  });

  it('takes stale ids out of a block list, line by line', () => {
    const before = `  - peer: p-one\n    vectors:\n      - ${X}\n      - ${a}\n      - ${Y}\n      - ${b}\n      - ${X.replace('one', 'three')}\n    note: >-\n      Folded,\n      kept as written.\n`;
    expect(pruned(before)).toBe(`peerNotes:\n  - peer: p-one\n    vectors:\n      - ${a}\n      - ${b}\n    note: >-\n      Folded,\n      kept as written.\n`);
  });

  it('removes whole notes, first, middle or last, with their blank line, and keeps comments and the other notes byte for byte', () => {
    const before = [
      note('p-one', `[ ${X} ]`),
      `  # about p-two\n${note('p-two', `[ ${a}, ${b} ]`, '"Quoted, \\"kept\\"."')}`,
      note('p-three', `[ ${Y}, ${X} ]`),
      note('p-four', `[ ${c} ]  # trailing comment`, "'single'"),
      note('p-five', `[ ${Y} ]`),
      note('p-six', `[ ${X} ]`),
    ].join('\n');
    expect(pruned(before)).toBe(`peerNotes:\n${[`  # about p-two\n${note('p-two', `[ ${a}, ${b} ]`, '"Quoted, \\"kept\\"."')}`, note('p-four', `[ ${c} ]  # trailing comment`, "'single'")].join('\n')}`);
  });

  it('leaves an empty list when every note is stale, keeping the key and its comment', () => {
    const text = withNotes([note('p-one', `[ ${X} ]`), note('p-two', `[ ${Y} ]`)].join('\n'));
    const out = pruneRegistryText(text, staleIn(text));
    expect(out).toBe(FIXTURE_TEXT.replace(NOTES, 'peerNotes: []\n\n'));
    expect(checkRegistryText(out).registry?.peerNotes).toEqual([]);
  });

  it('prunes what is stale and nothing else: the result validates and names live vectors only', () => {
    const text = withNotes([note('p-one', `[ ${d}, ${X} ]`), note('p-two', `[ ${Y} ]`), note('p-three', `[ ${e} ]`)].join('\n'));
    const out = pruneRegistryText(text, staleIn(text));
    const after = checkRegistryText(out).registry!;
    expect(after.peerNotes.map((n) => [n.peer, n.vectors])).toEqual([
      ['p-one', [d]],
      ['p-three', [e]],
    ]);
    expect(staleIn(out)).toEqual([]);
  });
});

describe('pruneCompatText', { timeout: 30_000 }, () => {
  it('removes the stale results, keeps each result as recorded (key order included) and writes the recorded format', () => {
    const text = toJson(
      {
        peers: { 'toy-server': { implementation: 'toy', version: '1.0.0', language: 'Zig', role: 'server', runner: 'zig' } },
        results: {
          'toy-server': {
            [a!]: { verdict: 'violates-must', clause: 'RFC 6455 §7.4.1', observed: { reply: { frame: 'close', code: 1000 } } },
            [X]: { verdict: 'conforms', observed: { reply: { frame: 'close', code: 1002 } } },
          },
        },
      },
      COMPAT_INLINE_FROM,
    );
    const compat = JSON.parse(text) as Compat;
    const out = pruneCompatText(text, staleIn(FIXTURE_TEXT, compat, text));
    expect(out).toBe(text.replace(/,\n {6}"payload-retired-one": .*\n/, '\n'));
    expect(out).toContain('{"verdict":"violates-must","clause":"RFC 6455 §7.4.1","observed"');
  });
});

describe('npm run conformance -- --prune', { timeout: 30_000 }, () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function repo(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'wscodes-prune-'));
    made.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  function run(root: string, ...args: string[]) {
    const lines = { out: [] as string[], err: [] as string[], written: [] as { path: string; text: string }[][] };
    const io: Io = {
      root,
      out: (l) => lines.out.push(l),
      err: (l) => lines.err.push(l),
      writeCompat: () => {
        throw new Error('prune never records');
      },
      replaceFiles: (files) => lines.written.push(files.map((f) => ({ ...f }))),
    };
    return { lines, status: main(['--prune', ...args], io) };
  }

  const compatWith = (ids: readonly string[]) =>
    toJson(
      {
        peers: { 'toy-server': { implementation: 'toy', version: '1.0.0', language: 'Zig', role: 'server', runner: 'zig' } },
        results: { 'toy-server': Object.fromEntries(ids.map((id) => [id, { verdict: 'conforms', observed: { reply: { frame: 'close', code: 1000 } } }])) },
      },
      COMPAT_INLINE_FROM,
    );

  it('writes both files at once, printing each pruned reference at file:line:col', async () => {
    const registryText = withNotes([note('toy-server', `[ ${a}, ${X} ]`), note('toy-client', `[ ${Y} ]`)].join('\n'));
    const compatText = compatWith([a!, Y]);
    const root = repo({ [REGISTRY_FILE]: registryText, [COMPAT_FILE]: compatText });
    const { lines, status } = run(root);
    expect(await status).toBe(0);
    expect(lines.err).toEqual([]);
    expect(lines.written).toHaveLength(1);
    const [files] = lines.written;
    expect(files!.map((f) => f.path)).toEqual([REGISTRY_FILE, COMPAT_FILE]);
    expect(files![0]!.text).toBe(withNotes(note('toy-server', `[ ${a} ]`)));
    expect(files![1]!.text).toBe(compatWith([a!]));
    const stale = staleIn(registryText, JSON.parse(compatText) as Compat, compatText);
    expect(lines.out.slice(0, -1)).toEqual(stale.map((r) => expect.stringMatching(new RegExp(`^pruned ${r.file.replace('.', '\\.')}:${r.line}:${r.column}  .*${r.vectors.join(', ')}`))));
    expect(lines.out).toHaveLength(stale.length + 1);
    expect(lines.out.at(-1)).toBe(`conformance --prune: removed 1 peer note, 1 vector id from a note, 1 result (${REGISTRY_FILE}, ${COMPAT_FILE}); run npm run build`);
  });

  it('writes only the file that has stale references', async () => {
    const root = repo({ [REGISTRY_FILE]: withNotes(note('toy-server', `[ ${a} ]`)), [COMPAT_FILE]: compatWith([a!, X]) });
    const { lines, status } = run(root);
    expect(await status).toBe(0);
    expect(lines.written.map((files) => files.map((f) => f.path))).toEqual([[COMPAT_FILE]]);
  });

  it('writes nothing, and says so, when nothing is stale', async () => {
    const root = repo({ [REGISTRY_FILE]: withNotes(note('toy-server', `[ ${a} ]`)), [COMPAT_FILE]: compatWith([a!]) });
    const { lines, status } = run(root);
    expect(await status).toBe(0);
    expect(lines.written).toEqual([]);
    expect(lines.out).toEqual([expect.stringMatching(/^conformance --prune: nothing is stale: .*; nothing was written\.$/)]);
  });

  it('refuses an invalid registry in one message, without a stack, and writes nothing', async () => {
    const root = repo({ [REGISTRY_FILE]: withNotes(note('Toy Server', `[ ${X} ]`)) });
    const { lines, status } = run(root);
    expect(await status).toBe(1);
    expect(lines.written).toEqual([]);
    expect(lines.err.join('\n')).toMatch(/registry\/close-codes\.yaml:\d+:\d+ {2}peerNotes\[0\]\.peer/);
    expect(lines.err.at(-1)).toBe('conformance --prune: fix the registry first (npm run validate); nothing was written.');
    expect(lines.err.join('\n')).not.toMatch(/^\s+at /m);
  });

  it('takes no runner options', async () => {
    const root = repo({ [REGISTRY_FILE]: FIXTURE_TEXT });
    const { lines, status } = run(root, '--check');
    expect(await status).toBe(2);
    expect(lines.err).toEqual(['conformance: --prune runs no runner, so it takes no --check, --runner or --only; see --help']);
    expect(lines.written).toEqual([]);
  });
});
