// The core modules of IANA's other registries: one per registry the folder holds, none without them,
// tree-shakable tables, the opcode classes from protocol.ts, and the entries IANA lists today.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { CLOSE_OPCODE, IANA_REGISTRIES, isControlOpcodeValue, loadRegistry, OPCODE_SPACE, opcodes as opcodeModule, spansInWords, type Registry } from '@wscodes-tools/registry';
import { CORE_CLASSIFY_FILE } from '../src/core/classify-module.ts';
import { CORE_DETAILS_FILE, CORE_REGISTRY_FILE, generateCore } from '../src/core/generate-core.ts';
import { CORE_PROTOCOLS_FILE } from '../src/core/protocol-catalogue.ts';
import { CORE_HANDSHAKE_STATUSES_FILE } from '../src/core/handshake-statuses.ts';
import { runsWhere } from '../src/core/frame-modules.ts';
import { coreModulePath, hasCoreModule, ianaCoreFiles } from '../src/core/iana-modules.ts';
import { fixtureRegistry } from './registry.ts';

const real = loadRegistry();
const others = real.ianaRegistries!;
const withOnly = (ids: readonly string[]): Registry => ({ ...fixtureRegistry(), ianaRegistries: Object.fromEntries(Object.entries(others).filter(([id]) => ids.includes(id))) });
// The protocol catalogue's data file is always there (protocol-catalogue.test.ts), the handshake statuses'
// with the real folder (handshake-statuses.test.ts); these tests are about the IANA modules.
const paths = (registry: Registry) => generateCore(registry).map((f) => f.path).filter((path) => path !== CORE_PROTOCOLS_FILE && path !== CORE_HANDSHAKE_STATUSES_FILE);
const IANA_TYPES = 'packages/core/src/generated/iana.ts';

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('which modules core emits', { timeout: 30_000 }, () => {
  it('a registry folder with close codes only (a tool test’s) gets the close-code modules and nothing else', () => {
    expect(Object.keys(fixtureRegistry().ianaRegistries ?? {})).toEqual([]);
    expect(paths(fixtureRegistry())).toEqual([CORE_REGISTRY_FILE, CORE_DETAILS_FILE, CORE_CLASSIFY_FILE]);
  });

  // A registry module has a core module only where iana-modules.ts has a builder for it.
  const withCore = IANA_REGISTRIES.filter((m) => others[m.id] !== undefined && hasCoreModule(m.id));

  it('one module per registry present that has a builder, named after its file, and the shared types once', () => {
    expect(paths(withOnly(['opcodes']))).toEqual([CORE_REGISTRY_FILE, CORE_DETAILS_FILE, CORE_CLASSIFY_FILE, IANA_TYPES, 'packages/core/src/generated/opcodes.ts']);
    expect(withCore.length).toBeGreaterThan(0); // the real folder holds them (otherwise this proves nothing)
    expect(paths(real)).toEqual([CORE_REGISTRY_FILE, CORE_DETAILS_FILE, CORE_CLASSIFY_FILE, IANA_TYPES, ...withCore.map((m) => coreModulePath(m.file))]);
  });

  it('a registry module without a builder gets no core module, and alone no shared types either', () => {
    // A module of the test's own, its registry present (the opcodes' data under its id).
    const colours = { id: 'colours', file: 'registry/colours.yaml' };
    const registry = { ...fixtureRegistry(), ianaRegistries: { colours: others.opcodes!, opcodes: others.opcodes! } } as unknown as Registry;
    expect(hasCoreModule(colours.id)).toBe(false);
    expect(ianaCoreFiles(registry, [colours])).toEqual([]);
    // Beside a module with a builder, only that one's (the check can fail).
    expect(ianaCoreFiles(registry, [colours, opcodeModule]).map((f) => f.path)).toEqual([IANA_TYPES, coreModulePath(opcodeModule.file)]);
  });

  it('each module names its own registry file in the banner, and holds no enum', () => {
    for (const module of withCore) {
      const file = generateCore(real).find((f) => f.path === coreModulePath(module.file))!;
      expect(file.contents.split('\n')[0]).toBe(`// Generated from ${module.file} by tools/generators/src/core/. Do not edit: change the registry or the generator, then run npm run generate.`);
      expect(file.contents).not.toMatch(/\benum\b/);
    }
  });

  it('every table and constant object is a pure, frozen literal', () => {
    for (const file of generateCore(real).slice(2)) {
      for (const [, value] of file.contents.matchAll(/^export const \w+: [^=]+= (.*)$/gm)) {
        if (/^[\d/]/.test(value!)) continue; // a number, or TOKEN_PATTERN's regular expression
        expect(value, file.path).toMatch(/^\/\* @__PURE__ \*\/ freeze\(/);
      }
    }
  });
});

describe('the opcode classes', { timeout: 30_000 }, () => {
  it('come from protocol.ts: the runs of 0-15 where isControlOpcodeValue holds, and where it does not', () => {
    const control = runsWhere(OPCODE_SPACE, isControlOpcodeValue);
    const data = runsWhere(OPCODE_SPACE, (v) => !isControlOpcodeValue(v));
    const text = generateCore(withOnly(['opcodes'])).find((f) => f.path.endsWith('/opcodes.ts'))!.contents;
    const literals = (spans: typeof control) => spans.flatMap((s) => Array.from({ length: s.to - s.from + 1 }, (_, i) => s.from + i)).join(' | ');
    expect(text).toContain(`export type ControlOpcode = ${literals(control)};`);
    expect(text).toContain(`export type DataOpcode = ${literals(data)};`);
  });

  it('runsWhere merges neighbours and splits at gaps', () => {
    expect(runsWhere({ from: 0, to: 9 }, (v) => v !== 4 && v < 8)).toEqual([{ from: 0, to: 3 }, { from: 5, to: 7 }]);
    expect(runsWhere({ from: 0, to: 3 }, () => false)).toEqual([]);
  });
});

describe('entries', { timeout: 30_000 }, () => {
  const subprotocols = others.subprotocols!;
  const [first, second] = subprotocols.entries;

  it('leaves out an entry IANA withdrew, and marks one whose curated fields await review', () => {
    const edited = {
      ...subprotocols,
      entries: subprotocols.entries.map((e) =>
        e === first ? { ...e, withdrawn: { date: '2026-01-01', reason: 'no longer listed by IANA on 2026-01-01' } } : e === second ? { ...e, pending: true } : e,
      ),
    };
    const text = generateCore({ ...fixtureRegistry(), ianaRegistries: { subprotocols: edited } }).find((f) => f.path.endsWith('/subprotocols.ts'))!.contents;
    expect(text).not.toContain(JSON.stringify(first!.value));
    expect(text).toMatch(new RegExp(`name: ${JSON.stringify(second!.value).replace(/[.+]/g, '\\$&')},\\n\\s+usage: [^\\n]+\\n\\s+pending: true,`));
    expect(text.match(/pending: true/g)).toHaveLength(1);
  });
});

describe('withdrawn entries with a constant', { timeout: 30_000 }, () => {
  it('keep the constant, deprecated with the date and reason, and leave the table', () => {
    const bits = others.headerBits!;
    const gone = bits.entries[0]!;
    const edited = { ...bits, entries: bits.entries.map((e) => (e === gone ? { ...e, withdrawn: { date: '2026-01-01', reason: 'no longer listed by IANA on 2026-01-01' } } : e)) };
    const text = generateCore({ ...fixtureRegistry(), ianaRegistries: { headerBits: edited } }).find((f) => f.path.endsWith('/header-bits.ts'))!.contents;
    expect(text).toMatch(new RegExp(`@deprecated IANA withdrew ${gone.value} on 2026-01-01 \\(no longer listed by IANA on 2026-01-01\\)[^/]*\\*/\\s*readonly ${gone.key}: `));
    expect(text).not.toContain(`bit: "${gone.value}"`);
  });
});

describe('a withdrawn opcode', { timeout: 30_000 }, () => {
  // Pick a registered opcode other than Close, a control one where IANA still lists one, so the test
  // follows whatever IANA lists (the maintainer loop withdraws Ping and Pong).
  const opcodes = others.opcodes!;
  const live = opcodes.entries.filter((e) => e.withdrawn === undefined && e.value !== CLOSE_OPCODE);
  const gone = live.find((e) => isControlOpcodeValue(e.value)) ?? live[0]!;
  const withdrawn = { date: '2026-01-01', reason: 'no longer listed by IANA on 2026-01-01' };
  const module = (edited: typeof opcodes) => generateCore({ ...fixtureRegistry(), ianaRegistries: { opcodes: edited } }).find((f) => f.path.endsWith('/opcodes.ts'))!.contents;

  it('deleted by IANA: isReservedOpcode takes it, as the vectors do (every opcode IANA does not register)', () => {
    const text = module({ ...opcodes, entries: opcodes.entries.map((e) => (e === gone ? { ...e, withdrawn } : e)) });
    const live = new Set(opcodes.entries.filter((e) => e !== gone && e.withdrawn === undefined).map((e) => e.value));
    const expected = runsWhere(OPCODE_SPACE, (v) => !live.has(v));
    expect(text).toContain(`one IANA lists as unassigned or has withdrawn (${spansInWords(expected)})?`);
    expect(spansInWords(expected)).toContain(String(gone.value));
    // UNASSIGNED_OPCODES stays IANA's spans, which do not hold it.
    expect(text).toMatch(/The spans IANA lists as unassigned, in order: [^.]*\./);
  });

  it("re-listed as Unassigned: it is in IANA's span, and the text says only that", () => {
    // It, and any opcode the registry already marks withdrawn, each get IANA's Unassigned record.
    const relisted = [gone.value, ...opcodes.entries.filter((e) => e.withdrawn !== undefined).map((e) => e.value)];
    const spans = [...opcodes.unassigned, ...relisted.map((value) => ({ ...opcodes.unassigned[0]!, from: value, to: value }))].sort((a, b) => a.from - b.from);
    const text = module({ ...opcodes, unassigned: spans, entries: opcodes.entries.map((e) => (e === gone ? { ...e, withdrawn } : e)) });
    expect(text).toContain('one IANA lists as unassigned (');
    expect(text).not.toContain('or has withdrawn');
  });
});

describe('tree-shaking', { timeout: 30_000 }, () => {
  const subprotocols = () => others.subprotocols!;
  const dir = mkdtempSync(join(tmpdir(), 'wscodes-core-iana-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'generated'));
  for (const file of generateCore(real).slice(2)) writeFileSync(join(dir, 'generated', file.path.split('/').at(-1)!), file.contents);
  const bundle = async (source: string) =>
    (await build({ stdin: { contents: source, resolveDir: dir, loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' })).outputFiles[0]!.text;

  it("the token pattern alone ships none of the subprotocol table, and a predicate none of IANA's records", async () => {
    const token = await bundle("export { TOKEN_PATTERN } from './generated/subprotocols.ts';");
    for (const e of subprotocols().entries) expect(token).not.toContain(String(e.iana.common));
    const predicate = await bundle("export { isControlOpcode } from './generated/opcodes.ts';");
    expect(predicate).not.toContain(String(others.opcodes!.entries[0]!.iana.description));
    // The check can fail: the table itself does carry them.
    expect(await bundle("export { SUBPROTOCOL_INFO } from './generated/subprotocols.ts';")).toContain(String(subprotocols().entries[0]!.iana.common));
  });
});
