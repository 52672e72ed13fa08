// Withdrawn codes through every generator, on a small registry of its own
// (fixtures/withdrawn-registry.yaml): 1001 withdrawn with its constant deprecated, 3000 withdrawn
// with its constant removed and its text still pending review, 1000 and 3001 live.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRegistryText, REPO_ROOT, type Registry } from '@wscodes-tools/registry';
import { renderTargets, targets } from '../src/index.ts';

interface CoreModule {
  CloseCode: Record<string, number>;
  CLOSE_CODE_INFO: readonly { code: number; withdrawn?: { date: string; reason: string } }[];
  isValidCloseCode(code: number): boolean;
  isSendableCloseCode(code: number): boolean;
}

const FIXTURE = new URL('./fixtures/withdrawn-registry.yaml', import.meta.url);

describe('withdrawn codes in the generated packages', { timeout: 120_000 }, () => {
  let registry: Registry;
  let files: Map<string, string>;
  let core: CoreModule;
  let dir: string;

  beforeAll(async () => {
    const result = checkRegistryText(readFileSync(FIXTURE, 'utf8'), 'withdrawn-registry.yaml');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    registry = result.registry!;
    files = new Map((await renderTargets(registry, targets)).files.map((f) => [f.path, f.contents]));
    // Laid out like packages/core/src: generated/registry.ts imports ../types.ts.
    dir = mkdtempSync(join(tmpdir(), 'wscodes-withdrawn-'));
    mkdirSync(join(dir, 'generated'));
    // The hand-written modules too, so describeCloseCode runs on the fixture's data.
    for (const name of readdirSync(join(REPO_ROOT, 'packages/core/src'))) {
      if (name.endsWith('.ts')) copyFileSync(join(REPO_ROOT, 'packages/core/src', name), join(dir, name));
    }
    writeFileSync(join(dir, 'generated/registry.ts'), files.get('packages/core/src/generated/registry.ts')!);
    core = (await import(pathToFileURL(join(dir, 'generated/registry.ts')).href)) as CoreModule;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const withdrawn = () => registry.codes.filter((c) => c.withdrawn);
  const page = (code: number) => [...files].find(([path]) => path.startsWith('packages/docs/codes/') && path.includes(`/${code}-`))![1];

  it('the fixture has both kinds of withdrawal (otherwise the test proves nothing)', () => {
    expect(withdrawn().map((c) => c.withdrawn!.constant).sort()).toEqual(['deprecated', 'removed']);
  });

  it('core keeps a deprecated constant and drops a removed one; live constants stay', () => {
    const expected = registry.codes.filter((c) => c.withdrawn?.constant !== 'removed').map((c) => [c.key, c.code]);
    expect(Object.entries(core.CloseCode)).toEqual(expected);
  });

  it('a deprecated constant carries an @deprecated tag with the date and reason', () => {
    const source = files.get('packages/core/src/generated/registry.ts')!;
    for (const c of withdrawn().filter((w) => w.withdrawn!.constant === 'deprecated')) {
      const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*readonly ${c.key}: ${c.code};`).exec(source);
      expect(doc, `JSDoc of ${c.key}`).not.toBeNull();
      expect(doc![1]).toContain(`@deprecated IANA withdrew ${c.code} on ${c.withdrawn!.date} (${c.withdrawn!.reason})`);
    }
    // A live constant is not deprecated.
    expect(source.match(/@deprecated/g)).toHaveLength(withdrawn().filter((w) => w.withdrawn!.constant === 'deprecated').length);
  });

  it('info exposes the withdrawn marker (date and reason) and only on withdrawn codes', () => {
    for (const c of registry.codes) {
      const info = core.CLOSE_CODE_INFO.find((i) => i.code === c.code)!;
      if (c.withdrawn) expect(info.withdrawn).toEqual({ date: c.withdrawn.date, reason: c.withdrawn.reason });
      else expect('withdrawn' in info).toBe(false);
    }
  });

  it('the verdicts of a withdrawn code are those of its range for an unregistered code', () => {
    for (const c of withdrawn()) {
      const open = registry.ranges.find((r) => r.from <= c.code && c.code <= r.to)!.receive === 'any';
      expect([core.isValidCloseCode(c.code), core.isSendableCloseCode(c.code)], `code ${c.code}`).toEqual([open, open]);
    }
  });

  it('describeCloseCode gives a withdrawn code the status of its range, with its entry and the marker', async () => {
    const { describeCloseCode, getCloseCodeInfo } = (await import(pathToFileURL(join(dir, 'index.ts')).href)) as typeof import('@wscodes/core');
    for (const c of withdrawn()) {
      const description = describeCloseCode(c.code);
      expect(description.status).toBe('unassigned');
      expect(description.info?.withdrawn).toEqual({ date: c.withdrawn!.date, reason: c.withdrawn!.reason });
      expect(getCloseCodeInfo(c.code)?.key).toBe(c.key);
      expect(description.receivable).toBe(c.receive);
    }
    expect(describeCloseCode(registry.codes.find((c) => !c.withdrawn)!.code).status).toBe('registered');
  });

  it('registry.json and the registry schema carry the marker', () => {
    const json = JSON.parse(files.get('packages/schema/registry.json')!);
    for (const c of withdrawn()) expect(json.codes.find((e: { code: number }) => e.code === c.code).withdrawn).toEqual(c.withdrawn);
    const schema = files.get('packages/schema/registry.schema.json')!;
    expect(schema).toContain('"withdrawn"');
    expect(schema).toMatch(/"enum":\s*\[\s*"deprecated",\s*"removed"\s*\]/);
  });

  it('the docs page says withdrawn first, with date and reason, and its example uses the number', () => {
    for (const c of withdrawn()) {
      const text = page(c.code);
      const blocks = text.split('\n\n');
      // Right under the title and its navigation line.
      const note = blocks[blocks.findIndex((b) => b.startsWith('# ')) + 2]!;
      expect(note).toMatch(new RegExp(`^> \\*\\*Withdrawn\\.\\*\\* IANA withdrew ${c.code} on ${c.withdrawn!.date}: `));
      expect(note).toContain(c.withdrawn!.constant === 'deprecated' ? 'is deprecated and goes in the next major release' : 'has been removed');
      expect(text).toContain(`event.code === ${c.code}`);
      expect(text).not.toContain(`CloseCode.${c.key})`);
    }
    const live = registry.codes.find((c) => !c.withdrawn)!;
    expect(page(live.code)).not.toContain('Withdrawn');
  });

  it('the docs pass the docs package\'s markdownlint configuration', () => {
    const docs = mkdtempSync(join(tmpdir(), 'wscodes-withdrawn-docs-'));
    copyFileSync(join(REPO_ROOT, 'packages/docs/.markdownlint-cli2.jsonc'), join(docs, '.markdownlint-cli2.jsonc'));
    for (const [path, contents] of files) {
      // troubleshooting.md is keyed to real codes (1006, 1011, ...) this fixture does not hold.
      if (!path.startsWith('packages/docs/') || !path.endsWith('.md') || path.endsWith('/troubleshooting.md')) continue;
      const target = join(docs, path.slice('packages/docs/'.length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, contents);
    }
    const run = spawnSync(join(REPO_ROOT, 'node_modules/.bin/markdownlint-cli2'), [], { cwd: docs, encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toMatch(/Summary: 0 error/);
    expect(run.status).toBe(0);
    rmSync(docs, { recursive: true, force: true });
  });

  it('the docs index marks each withdrawn code', () => {
    const index = files.get('packages/docs/README.md')!;
    for (const c of registry.codes) {
      const row = index.split('\n').find((l) => l.startsWith(`| [${c.code}](`))!;
      expect(row.includes('(withdrawn'), `row of ${c.code}`).toBe(c.withdrawn !== undefined);
    }
  });
});
