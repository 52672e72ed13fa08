// Size budgets of @wscodes/core, measured on the installed tarball the way a browser app would ship
// it: esbuild bundle + minify (format esm, platform browser), then gzip level 9, each import on its
// own. The table below is the whole policy: a row is one import and its budget.
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { ReleaseError } from './exec.ts';

/**
 * How a row's budget is set.
 * - fixed: a number of gzipped bytes.
 * - grows: `bytes` at REFERENCE_ENTRIES registered codes, plus `perEntry` for each code more (or
 *   less), so that the next IANA registration does not fail CI while code growth still does. With
 *   `growsWith: 'subprotocols'`, the same per registered subprotocol name, from REFERENCE_SUBPROTOCOLS
 *   (the rows that ship IANA's subprotocol table).
 * - floor: a multiple of the floor, the gzipped bare `export const CloseCode={Key:value,…}` literal
 *   of the shipped names: no encoding with these names goes below it.
 */
export type Budget =
  | { readonly kind: 'fixed'; readonly bytes: number }
  | { readonly kind: 'grows'; readonly bytes: number; readonly perEntry: number; readonly growsWith?: 'subprotocols' }
  | { readonly kind: 'floor'; readonly ratio: number };

export interface SizeRow {
  /** What the row is called in the table and in --budget ID=BYTES. */
  readonly id: string;
  /** The entry point: '' for the package itself, 'details' for `<package>/details`. */
  readonly subpath: string;
  /** The one export measured, or '*' for `export *`. */
  readonly exported: string;
  /** null: printed for information, not enforced. */
  readonly budget: Budget | null;
}

/** The number of registered codes the `grows` budgets were set at (issue 11, 2026-11). */
export const REFERENCE_ENTRIES = 19;

/**
 * Bytes allowed per registered code in a budget that grows with the data. Measured at 19 codes by
 * emptying CLOSE_CODE_INFO in the minified bundle: 25 B per code for describeCloseCode, 26 B for
 * `export *` (20 B of table, 6 B of CloseCode). A new code's name and key share less with the
 * others than the average one does, so the allowance is about 1.5× that average.
 */
export const PER_ENTRY_BYTES = 40;

/** The number of registered subprotocol names the subprotocol budgets were set at (issue 12, 2026-11). */
export const REFERENCE_SUBPROTOCOLS = 69;

/**
 * Bytes allowed per registered subprotocol name where a row ships IANA's subprotocol table. Measured
 * at 69 names by generating the table with none, half and all of them: 62 B per entry for
 * getRegisteredSubprotocol (a common name, a definition, references, dates). About 1.5× that, as
 * for close codes.
 */
export const PER_SUBPROTOCOL_BYTES = 96;

const fixed = (bytes: number): Budget => ({ kind: 'fixed', bytes });
const grows = (bytes: number): Budget => ({ kind: 'grows', bytes, perEntry: PER_ENTRY_BYTES });
const growsWithSubprotocols = (bytes: number, perEntry = PER_SUBPROTOCOL_BYTES): Budget => ({ kind: 'grows', bytes, perEntry, growsWith: 'subprotocols' });
const row = (exported: string, budget: Budget | null, subpath = ''): SizeRow => ({
  id: exported === '*' ? `export *${subpath ? ` (${subpath})` : ''}` : exported,
  subpath,
  exported,
  budget,
});

/** The budgets CI enforces (issue 11 item 5). A row for a new export is one line. */
export const SIZE_ROWS: readonly SizeRow[] = [
  row('*', grows(4096)),
  row('describeCloseCode', grows(1536)),
  row('CloseCode', { kind: 'floor', ratio: 1.1 }),
  row('isValidCloseCode', fixed(150)),
  row('decodeClosePayload', fixed(900)),
  row('encodeClosePayload', fixed(900)),
  row('truncateCloseReason', fixed(300)),
  row('*', null, 'details'),
  // The protocol catalogue grows with every protocol added, like the long text: reported, not enforced.
  // What is enforced is that the main entry carries none of it (catalogueInMainEntry).
  row('*', null, 'protocols'),
  // Issue 12: the other IANA registries, in entry points of their own. The main entry's rows above
  // prove they stay out of it; these, that each table stays out of the imports that do not use it.
  row('*', fixed(700), 'frames'),
  row('Opcode, isControlOpcode', fixed(200), 'frames'),
  row('isReservedOpcode', fixed(150), 'frames'),
  row('*', growsWithSubprotocols(6144), 'handshake'),
  row('SUPPORTED_VERSION', fixed(100), 'handshake'),
  row('isValidSubprotocolToken', fixed(200), 'handshake'),
  row('parseSubprotocolHeader', fixed(900), 'handshake'),
  row('isRegisteredSubprotocol', growsWithSubprotocols(768, 12), 'handshake'),
  row('getRegisteredSubprotocol', growsWithSubprotocols(4608), 'handshake'),
  // Issue 24: IANA's codes by name. It ships CLOSE_CODE_INFO, so the budget grows with the codes:
  // 881 B measured at 19 codes, plus about 10%.
  row('*', grows(970), 'names'),
  // Issue 24: classification and an app's own codes, each in an entry point of its own; the main
  // entry's rows above prove it carries none of them, `export * (classify)` that /classify carries no
  // defineCloseCodes. They ship per-code tables, so they grow with the codes, like the main entry; set at the size measured with 19 codes (2496, 2361, 2481 and 3413 B) plus about 10%.
  row('*', grows(2750), 'classify'),
  row('classifyClose', grows(2600), 'classify'),
  row('formatClose', grows(2730), 'classify'),
  row('*', grows(3750), 'define'),
  // Issue 24: the handshake-status table, apart from the main entry (planReconnect reads only the
  // small refusal describeHandshakeStatus hands it). Measured 3143 B with 13 statuses; about +10%.
  row('*', fixed(3450), 'http-status'),
];

/** What the budgets depend on, measured on the package. */
export interface SizeContext {
  /** Registered codes in the package (CLOSE_CODE_INFO.length). */
  readonly entries: number;
  /** Gzipped bytes of the bare CloseCode literal. */
  readonly floorGzip: number;
  /** Registered subprotocol names (REGISTERED_SUBPROTOCOLS.length), measured when a row's budget grows with them. */
  readonly subprotocols?: number;
}

export type Measurement =
  | { readonly id: string; readonly gzip: number; readonly minified: number }
  /** The export or entry point does not exist: a failure, never a pass. */
  | { readonly id: string; readonly missing: string };

/** The budget in bytes for this context. */
export function budgetBytes(budget: Budget, context: SizeContext): number {
  switch (budget.kind) {
    case 'fixed':
      return budget.bytes;
    case 'grows': {
      const { count, reference } = growthOf(budget, context);
      return budget.bytes + budget.perEntry * (count - reference);
    }
    case 'floor':
      return Math.floor(budget.ratio * context.floorGzip);
  }
}

/** What a growing budget counts, now and when it was set. */
function growthOf(budget: Extract<Budget, { kind: 'grows' }>, context: SizeContext): { count: number; reference: number; noun: string } {
  if (budget.growsWith !== 'subprotocols') return { count: context.entries, reference: REFERENCE_ENTRIES, noun: 'codes' };
  if (context.subprotocols === undefined) throw new ReleaseError('a budget grows with the registered subprotocols, but they were not counted: measure the context with the rows (measureContext(dir, packageName, rows))');
  return { count: context.subprotocols, reference: REFERENCE_SUBPROTOCOLS, noun: 'subprotocols' };
}

/** Every row that is over its budget or could not be measured, as messages; empty when all fit. */
export function overBudget(rows: readonly SizeRow[], measurements: readonly Measurement[], context: SizeContext, packageName = '@wscodes/core'): string[] {
  const problems: string[] = [];
  for (const r of rows) {
    const m = measurements.find((x) => x.id === r.id);
    if (m === undefined) {
      problems.push(`${r.id}: not measured`);
    } else if ('missing' in m) {
      if (r.budget !== null) problems.push(`${importText(r, packageName)}: MISSING, ${m.missing}; its budget cannot be checked`);
    } else if (r.budget !== null && m.gzip > budgetBytes(r.budget, context)) {
      problems.push(`${importText(r, packageName)} is ${m.gzip} B gzipped, over its budget of ${budgetBytes(r.budget, context)} B (${describeBudget(r.budget, context)})`);
    }
  }
  return problems;
}

export function describeBudget(budget: Budget, context: SizeContext): string {
  switch (budget.kind) {
    case 'fixed':
      return 'fixed';
    case 'grows': {
      const { count, reference, noun } = growthOf(budget, context);
      return `${budget.bytes} B at ${reference} ${noun} + ${budget.perEntry} B × (${count} − ${reference})`;
    }
    case 'floor':
      return `${budget.ratio}× the ${context.floorGzip} B floor`;
  }
}

const specifier = (r: SizeRow, packageName: string): string => (r.subpath ? `${packageName}/${r.subpath}` : packageName);
const importText = (r: SizeRow, packageName: string): string =>
  r.exported === '*' ? `export * from '${specifier(r, packageName)}'` : `import { ${r.exported} } from '${specifier(r, packageName)}'`;

/** The narrowest id column of the table; a longer id widens it. */
const ID_WIDTH = 22;

/** The table check:packages prints: one line per row, then the context. */
export function formatTable(rows: readonly SizeRow[], measurements: readonly Measurement[], context: SizeContext): string {
  const width = Math.max(ID_WIDTH, ...rows.map((r) => r.id.length));
  const lines = rows.map((r) => {
    const m = measurements.find((x) => x.id === r.id);
    const budget = r.budget === null ? 'not enforced' : `budget ${budgetBytes(r.budget, context)} B`;
    if (m === undefined || 'missing' in m) return `${r.id.padEnd(width)} MISSING: ${m && 'missing' in m ? m.missing : 'not measured'}   ${budget}`;
    const verdict = r.budget === null ? '' : m.gzip > budgetBytes(r.budget, context) ? '   OVER' : '   ok';
    return `${r.id.padEnd(width)} ${String(m.gzip).padStart(5)} B gzip (${m.minified} B minified)   ${budget}${verdict}`;
  });
  lines.push(`${'CloseCode floor'.padEnd(width)} ${String(context.floorGzip).padStart(5)} B gzip: a bare {Key:value} literal; ${context.entries} registered codes (budgets set at ${REFERENCE_ENTRIES})`);
  if (context.subprotocols !== undefined) lines.push(`${'Subprotocols'.padEnd(width)} ${String(context.subprotocols).padStart(5)} registered names (budgets set at ${REFERENCE_SUBPROTOCOLS})`);
  return lines.join('\n');
}

export const gzipSize = (text: string | Uint8Array): number => gzipSync(text, { level: 9 }).length;

/** Bundles `source` (resolving from `dir`) the way the budget is defined; returns the minified output. */
export async function bundleMinified(dir: string, source: string): Promise<string> {
  const result = await build({
    absWorkingDir: dir,
    stdin: { contents: source, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** esbuild's words for an import that names no export, or a subpath the package does not export. */
const MISSING = /No matching export|is not exported|Could not resolve/;

/** Measures one row in `dir` (a project with the package installed). */
export async function measureRow(dir: string, r: SizeRow, packageName = '@wscodes/core'): Promise<Measurement> {
  const from = JSON.stringify(specifier(r, packageName));
  const source = r.exported === '*' ? `export * from ${from};` : `export { ${r.exported} } from ${from};`;
  try {
    const text = await bundleMinified(dir, source);
    return { id: r.id, gzip: gzipSize(text), minified: Buffer.byteLength(text) };
  } catch (error) {
    const text = (error as { errors?: { text: string }[] }).errors?.map((e) => e.text).join('; ') ?? String(error);
    if (MISSING.test(text)) return { id: r.id, missing: `${specifier(r, packageName)} has no ${r.exported === '*' ? 'such entry point' : `export ${r.exported}`} (${text})` };
    throw new ReleaseError(`bundling ${source} failed: ${text}`);
  }
}

/** Loads a bundled ESM text as a module. */
async function evaluate(dir: string, source: string): Promise<Record<string, unknown>> {
  const text = await bundleMinified(dir, source);
  return (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as Record<string, unknown>;
}

const growsWithSubprotocolRows = (rows: readonly SizeRow[]) => rows.some((r) => r.budget?.kind === 'grows' && r.budget.growsWith === 'subprotocols');

/** The number of registered codes and the CloseCode floor, from the shipped package; the subprotocols too when a row's budget grows with them. */
export async function measureContext(dir: string, packageName = '@wscodes/core', rows: readonly SizeRow[] = []): Promise<SizeContext> {
  const from = JSON.stringify(packageName);
  const data = await evaluate(dir, `export { CloseCode, CLOSE_CODE_INFO } from ${from};`).catch((error: unknown) => {
    throw new ReleaseError(`${packageName} must export CloseCode and CLOSE_CODE_INFO for the size budgets: ${error instanceof Error ? error.message : String(error)}`);
  });
  const closeCode = data.CloseCode as Record<string, number>;
  const literal = `export const CloseCode={${Object.entries(closeCode).map(([key, code]) => `${key}:${code}`).join(',')}};`;
  const floor = (await transform(literal, { minify: true, format: 'esm' })).code;
  const context = { entries: (data.CLOSE_CODE_INFO as readonly unknown[]).length, floorGzip: gzipSize(floor) };
  if (!growsWithSubprotocolRows(rows)) return context;
  const handshake = JSON.stringify(`${packageName}/handshake`);
  const names = await evaluate(dir, `export { REGISTERED_SUBPROTOCOLS } from ${handshake};`).catch((error: unknown) => {
    throw new ReleaseError(`${packageName}/handshake must export REGISTERED_SUBPROTOCOLS for the subprotocol budgets: ${error instanceof Error ? error.message : String(error)}`);
  });
  return { ...context, subprotocols: (names.REGISTERED_SUBPROTOCOLS as readonly unknown[]).length };
}

/** Measures every row, one bundle each. */
export async function measureCore(dir: string, rows: readonly SizeRow[] = SIZE_ROWS, packageName = '@wscodes/core'): Promise<{ context: SizeContext; measurements: Measurement[] }> {
  const context = await measureContext(dir, packageName, rows);
  const measurements: Measurement[] = [];
  for (const r of rows) measurements.push(await measureRow(dir, r, packageName));
  return { context, measurements };
}

/** The rows with some budgets replaced, from `--budget ID=BYTES` (a fixed number of bytes). */
export function withBudgets(rows: readonly SizeRow[], overrides: readonly string[]): SizeRow[] {
  const result = [...rows];
  for (const override of overrides) {
    const match = /^(.+)=(\d+)$/.exec(override);
    const bytes = match ? Number(match[2]) : Number.NaN;
    if (!match || !Number.isInteger(bytes) || bytes <= 0) throw new ReleaseError(`a budget is ID=BYTES with a positive whole number of bytes, got "${override}"`);
    const index = result.findIndex((r) => r.id === match[1]);
    if (index < 0) throw new ReleaseError(`no size row "${match[1]}"; the rows are: ${rows.map((r) => r.id).join(', ')}`);
    result[index] = { ...result[index]!, budget: fixed(bytes) };
  }
  return result;
}

/**
 * Text of the protocol catalogue (@wscodes/core/protocols) found in a bundle of the main entry alone
 * (`export *`): each protocol's source address and each entry's meaning. Empty when the main entry
 * ships none of the catalogue, as it must. Throws when the catalogue is empty or missing: with
 * nothing to look for, the check would pass without checking anything.
 */
export async function catalogueInMainEntry(dir: string, packageName = '@wscodes/core'): Promise<string[]> {
  const data = await evaluate(dir, `export { PROTOCOLS } from ${JSON.stringify(`${packageName}/protocols`)};`).catch((error: unknown) => {
    throw new ReleaseError(`${packageName}/protocols must export PROTOCOLS for the catalogue check: ${error instanceof Error ? error.message : String(error)}`);
  });
  const protocols = data.PROTOCOLS as readonly { source: { url: string }; codes: readonly { meaning: string }[] }[] | undefined;
  const markers = (protocols ?? []).flatMap((p) => [p.source.url, ...p.codes.map((c) => c.meaning)]);
  if (markers.length === 0) throw new ReleaseError(`${packageName}/protocols exports an empty catalogue: there is nothing to look for in the main entry`);
  const main = await bundleMinified(dir, `export * from ${JSON.stringify(packageName)};`);
  // A run too short to be telling (a few letters) would match by chance: those texts are not looked for.
  return markers.filter((text) => longestPlainRun(text).length >= 12 && main.includes(longestPlainRun(text)));
}

/**
 * The longest part of a text that a minifier writes as it is: it may pick other quotes and escape
 * quotes, backslashes, `${` and non-ASCII characters, but never touches a run of plain ASCII.
 */
function longestPlainRun(text: string): string {
  return text.split(/[^\x20-\x7e]|["'`\\$]/).reduce((a, b) => (b.length > a.length ? b : a), '');
}
