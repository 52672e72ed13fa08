// The size budget logic, on small synthetic inputs: how budgets scale, what fails, what is reported.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  budgetBytes,
  catalogueInMainEntry,
  formatTable,
  measureCore,
  overBudget,
  PER_ENTRY_BYTES,
  PER_SUBPROTOCOL_BYTES,
  REFERENCE_ENTRIES,
  REFERENCE_SUBPROTOCOLS,
  SIZE_ROWS,
  withBudgets,
  type Measurement,
  type SizeContext,
  type SizeRow,
} from './size.ts';

const today: SizeContext = { entries: REFERENCE_ENTRIES, floorGzip: 200 };
const rows: SizeRow[] = [
  { id: 'export *', subpath: '', exported: '*', budget: { kind: 'grows', bytes: 1000, perEntry: 40 } },
  { id: 'CloseCode', subpath: '', exported: 'CloseCode', budget: { kind: 'floor', ratio: 1.1 } },
  { id: 'small', subpath: '', exported: 'small', budget: { kind: 'fixed', bytes: 100 } },
  { id: 'export * (details)', subpath: 'details', exported: '*', budget: null },
];
const sized = (id: string, gzip: number): Measurement => ({ id, gzip, minified: gzip * 3 });
const within: Measurement[] = [sized('export *', 1000), sized('CloseCode', 220), sized('small', 100), sized('export * (details)', 99_999)];

describe('budgetBytes', () => {
  it('a fixed budget is its bytes, whatever the data', () => {
    expect(budgetBytes({ kind: 'fixed', bytes: 150 }, { entries: 40, floorGzip: 999 })).toBe(150);
  });
  it('a growing budget is its bytes at the reference count, plus the allowance per code more', () => {
    const budget = { kind: 'grows', bytes: 1536, perEntry: 40 } as const;
    expect(budgetBytes(budget, today)).toBe(1536);
    expect(budgetBytes(budget, { ...today, entries: REFERENCE_ENTRIES + 1 })).toBe(1576);
    expect(budgetBytes(budget, { ...today, entries: REFERENCE_ENTRIES - 2 })).toBe(1456);
  });
  it('a budget that grows with the subprotocols counts registered names from its own reference, not codes', () => {
    const budget = { kind: 'grows', bytes: 4608, perEntry: 96, growsWith: 'subprotocols' } as const;
    expect(budgetBytes(budget, { ...today, entries: REFERENCE_ENTRIES + 5, subprotocols: REFERENCE_SUBPROTOCOLS })).toBe(4608);
    expect(budgetBytes(budget, { ...today, subprotocols: REFERENCE_SUBPROTOCOLS + 2 })).toBe(4800);
    expect(budgetBytes(budget, { ...today, subprotocols: REFERENCE_SUBPROTOCOLS - 47 })).toBe(4608 - 47 * 96);
  });
  it('refuses to guess a subprotocol budget when the subprotocols were not counted', () => {
    expect(() => budgetBytes({ kind: 'grows', bytes: 1, perEntry: 1, growsWith: 'subprotocols' }, today)).toThrow(/not counted/);
  });
  it('a floor budget is the ratio times the floor, rounded down', () => {
    expect(budgetBytes({ kind: 'floor', ratio: 1.1 }, { ...today, floorGzip: 290 })).toBe(319);
  });
});

describe('overBudget', () => {
  it('is empty when every row is within budget, including exactly at it; an unenforced row never fails', () => {
    expect(overBudget(rows, within, today)).toEqual([]);
  });
  it('names each row over its budget, with both figures and how the budget was set', () => {
    const over = [sized('export *', 1001), sized('CloseCode', 221), sized('small', 101), sized('export * (details)', 1)];
    expect(overBudget(rows, over, today)).toEqual([
      "export * from '@wscodes/core' is 1001 B gzipped, over its budget of 1000 B (1000 B at 19 codes + 40 B × (19 − 19))",
      "import { CloseCode } from '@wscodes/core' is 221 B gzipped, over its budget of 220 B (1.1× the 200 B floor)",
      "import { small } from '@wscodes/core' is 101 B gzipped, over its budget of 100 B (fixed)",
    ]);
  });
  it('lets the next registered code in without failing: a growing size within the grown budget passes', () => {
    const next: SizeContext = { ...today, entries: REFERENCE_ENTRIES + 1 };
    expect(overBudget(rows, [...within.filter((m) => m.id !== 'export *'), sized('export *', 1040)], next)).toEqual([]);
    expect(overBudget(rows, [...within.filter((m) => m.id !== 'export *'), sized('export *', 1041)], next)).toHaveLength(1);
  });
  it('fails loudly for an export that does not exist, rather than passing', () => {
    const missing = [...within.filter((m) => m.id !== 'small'), { id: 'small', missing: '@wscodes/core has no export small' }];
    expect(overBudget(rows, missing, today)).toEqual(["import { small } from '@wscodes/core': MISSING, @wscodes/core has no export small; its budget cannot be checked"]);
  });
  it('fails for a row that was not measured at all', () => {
    expect(overBudget(rows, within.slice(1), today)).toEqual(['export *: not measured']);
  });
});

describe('withBudgets (--budget ID=BYTES)', () => {
  it('replaces one row with a fixed budget and leaves the others', () => {
    const changed = withBudgets(rows, ['small=7']);
    expect(changed.find((r) => r.id === 'small')?.budget).toEqual({ kind: 'fixed', bytes: 7 });
    expect(changed.find((r) => r.id === 'CloseCode')?.budget).toEqual(rows[1]!.budget);
  });
  it('refuses an unknown row or a budget that is not a positive whole number, saying why', () => {
    expect(() => withBudgets(rows, ['nothing=5'])).toThrow('no size row "nothing"; the rows are: export *, CloseCode, small, export * (details)');
    expect(() => withBudgets(rows, ['small=big'])).toThrow('a budget is ID=BYTES with a positive whole number of bytes, got "small=big"');
    expect(() => withBudgets(rows, ['small=0'])).toThrow('positive whole number');
  });
});

describe('formatTable', () => {
  it('prints each row with its size, budget and verdict, and says MISSING for an absent export', () => {
    const table = formatTable(rows, [sized('export *', 1001), sized('CloseCode', 220), { id: 'small', missing: 'no export small' }, sized('export * (details)', 5000)], today);
    expect(table).toContain('export *                1001 B gzip (3003 B minified)   budget 1000 B   OVER');
    expect(table).toContain('CloseCode                220 B gzip (660 B minified)   budget 220 B   ok');
    expect(table).toContain('small                  MISSING: no export small   budget 100 B');
    expect(table).toMatch(/export \* \(details\) +5000 B gzip \(15000 B minified\) +not enforced$/m);
    expect(table).toContain('CloseCode floor          200 B gzip');
    expect(table).not.toContain('Subprotocols');
  });
  it('widens the id column for a long id, and counts the subprotocols when they were measured', () => {
    const long: SizeRow = { id: 'a-rather-long-export-name', subpath: '', exported: 'x', budget: { kind: 'fixed', bytes: 10 } };
    const table = formatTable([long], [sized(long.id, 9)], { ...today, subprotocols: 70 });
    expect(table).toContain('a-rather-long-export-name     9 B gzip');
    expect(table).toContain(`Subprotocols                 70 registered names (budgets set at ${REFERENCE_SUBPROTOCOLS})`);
  });
});

describe('SIZE_ROWS', () => {
  it("holds the issue's budgets, with the data-driven ones growing per code", () => {
    const budgetOf = (id: string) => SIZE_ROWS.find((r) => r.id === id)?.budget;
    expect(budgetOf('export *')).toEqual({ kind: 'grows', bytes: 4096, perEntry: PER_ENTRY_BYTES });
    expect(budgetOf('describeCloseCode')).toEqual({ kind: 'grows', bytes: 1536, perEntry: PER_ENTRY_BYTES });
    expect(budgetOf('CloseCode')).toEqual({ kind: 'floor', ratio: 1.1 });
    expect(budgetOf('isValidCloseCode')).toEqual({ kind: 'fixed', bytes: 150 });
    expect(budgetOf('decodeClosePayload')).toEqual({ kind: 'fixed', bytes: 900 });
    expect(budgetOf('encodeClosePayload')).toEqual({ kind: 'fixed', bytes: 900 });
    expect(budgetOf('truncateCloseReason')).toEqual({ kind: 'fixed', bytes: 300 });
    expect(new Set(SIZE_ROWS.map((r) => r.id)).size).toBe(SIZE_ROWS.length);
  });

  it('budgets the classify and define entry points, each on its own, growing with the codes whose classification they ship', () => {
    const rowOf = (id: string) => SIZE_ROWS.find((r) => r.id === id);
    for (const id of ['export * (classify)', 'classifyClose', 'formatClose']) expect(rowOf(id)).toMatchObject({ subpath: 'classify', budget: { kind: 'grows', perEntry: PER_ENTRY_BYTES } });
    expect(rowOf('export * (define)')).toMatchObject({ subpath: 'define', budget: { kind: 'grows', perEntry: PER_ENTRY_BYTES } });
  });

  it('budgets the frame and handshake entry points, and lets only the rows that ship the subprotocol table grow with it', () => {
    const subpathOf = (id: string) => SIZE_ROWS.find((r) => r.id === id)?.subpath;
    expect(subpathOf('export * (frames)')).toBe('frames');
    expect(subpathOf('Opcode, isControlOpcode')).toBe('frames');
    for (const id of ['export * (handshake)', 'isValidSubprotocolToken', 'parseSubprotocolHeader', 'getRegisteredSubprotocol']) expect(subpathOf(id)).toBe('handshake');
    const grower = (id: string) => {
      const budget = SIZE_ROWS.find((r) => r.id === id)?.budget;
      return budget?.kind === 'grows' ? budget.growsWith : budget?.kind;
    };
    expect(grower('getRegisteredSubprotocol')).toBe('subprotocols');
    expect(SIZE_ROWS.find((r) => r.id === 'getRegisteredSubprotocol')?.budget).toMatchObject({ perEntry: PER_SUBPROTOCOL_BYTES });
    // The syntax helpers must not carry the table: a fixed budget, far below the table's.
    expect(grower('isValidSubprotocolToken')).toBe('fixed');
    expect(grower('parseSubprotocolHeader')).toBe('fixed');
  });
});

describe('measureCore, on a synthetic package installed in a scratch folder', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'wscodes-size-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const pkg = join(scratch, 'node_modules/synthetic-core');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'synthetic-core', type: 'module', sideEffects: false, exports: { '.': './index.js', './details': './details.js', './handshake': './handshake.js' } }));
  writeFileSync(
    join(pkg, 'index.js'),
    [
      'export const CloseCode = /* @__PURE__ */ Object.freeze({ NormalClosure: 1000, GoingAway: 1001 });',
      'export const CLOSE_CODE_INFO = [{ code: 1000 }, { code: 1001 }];',
      `export const small = () => ${JSON.stringify('x'.repeat(50))};`,
      `export const big = () => ${JSON.stringify(Array.from({ length: 400 }, (_, i) => i.toString(36)).join(''))};`,
    ].join('\n'),
  );
  writeFileSync(join(pkg, 'details.js'), 'export const text = "long";\n');
  writeFileSync(join(pkg, 'handshake.js'), 'export const REGISTERED_SUBPROTOCOLS = ["a", "b", "c"];\n');
  const synthetic: SizeRow[] = [
    { id: 'small', subpath: '', exported: 'small', budget: { kind: 'fixed', bytes: 100 } },
    { id: 'big', subpath: '', exported: 'big', budget: { kind: 'fixed', bytes: 100 } },
    { id: 'absent', subpath: '', exported: 'absent', budget: { kind: 'fixed', bytes: 100 } },
    { id: 'export * (details)', subpath: 'details', exported: '*', budget: null },
  ];

  it('counts the registered codes, measures each import on its own, and reports an absent export as missing', async () => {
    const { context, measurements } = await measureCore(scratch, synthetic, 'synthetic-core');
    expect(context.entries).toBe(2);
    expect(context.floorGzip).toBeGreaterThan(30);
    const byId = new Map(measurements.map((m) => [m.id, m]));
    const gzip = (id: string) => {
      const m = byId.get(id);
      return m && 'gzip' in m ? m.gzip : Number.NaN;
    };
    expect(gzip('small')).toBeLessThan(100);
    expect(gzip('big')).toBeGreaterThan(100); // tree-shaken apart: small does not carry big
    expect(byId.get('absent')).toMatchObject({ missing: expect.stringContaining('synthetic-core has no export absent') });
    expect(gzip('export * (details)')).toBeGreaterThan(0);
    expect(context.subprotocols).toBeUndefined(); // no row grows with them: not counted
    expect(overBudget(synthetic, measurements, context, 'synthetic-core')).toEqual([
      expect.stringMatching(/^import \{ big \} from 'synthetic-core' is \d+ B gzipped, over its budget of 100 B \(fixed\)$/),
      expect.stringMatching(/^import \{ absent \} from 'synthetic-core': MISSING/),
    ]);
  });

  it('counts the registered subprotocols from <package>/handshake when a row grows with them', async () => {
    const rows: SizeRow[] = [{ id: 'small', subpath: '', exported: 'small', budget: { kind: 'grows', bytes: 100, perEntry: 10, growsWith: 'subprotocols' } }];
    const { context } = await measureCore(scratch, rows, 'synthetic-core');
    expect(context.subprotocols).toBe(3);
    expect(budgetBytes(rows[0]!.budget!, context)).toBe(100 + 10 * (3 - REFERENCE_SUBPROTOCOLS));
  });
});

describe('catalogueInMainEntry, on synthetic packages', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'wscodes-catalogue-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const catalogue = 'export const PROTOCOLS = [{ source: { url: "https://example.org/spec" }, codes: [{ meaning: "The peer said \\"no\\"." }] }];';
  /** A package whose main entry is `main`, with the catalogue behind ./protocols. */
  function synthetic(name: string, main: string, protocols = catalogue): void {
    const pkg = join(scratch, 'node_modules', name);
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name, type: 'module', sideEffects: false, exports: { '.': './index.js', './protocols': './protocols.js' } }));
    writeFileSync(join(pkg, 'index.js'), main);
    writeFileSync(join(pkg, 'protocols.js'), protocols);
  }

  it('finds nothing when the main entry does not import the catalogue', async () => {
    synthetic('apart', 'export const describe = (code) => `code ${code}`;');
    expect(await catalogueInMainEntry(scratch, 'apart')).toEqual([]);
  });
  it('names the texts of the catalogue that a main entry importing it carries', async () => {
    synthetic('leaky', 'import { PROTOCOLS } from "./protocols.js";\nexport const describe = (code) => PROTOCOLS[0].codes.find((c) => c.code === code);');
    expect(await catalogueInMainEntry(scratch, 'leaky')).toEqual(['https://example.org/spec', 'The peer said "no".']);
  });
  it('fails, rather than passing, when the catalogue is empty', async () => {
    synthetic('empty', 'export const x = 1;', 'export const PROTOCOLS = [];');
    await expect(catalogueInMainEntry(scratch, 'empty')).rejects.toThrow('exports an empty catalogue');
  });
});
