// `generate` as a user runs it, against a temporary registry and output root, so that the real
// registry and packages are never touched. The CLI's main runs in-process; one test runs
// `npm run generate` itself, end to end.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistryText, REGISTRY_FILE, REPO_ROOT } from '@wscodes-tools/registry';
import { renderTargets, selectTargets } from '@wscodes-tools/generators';
import { main } from '../src/cli.ts';
import { plant, snapshot, tempDir } from './tree.ts';
import { FIXTURE_TEXT } from './registry.ts';
import { ALPHA } from './protocol-catalogue.ts';

const REAL_TEXT = FIXTURE_TEXT;
const CORE_FILE = 'packages/core/src/generated/registry.ts';

/** Runs the CLI's main in this process, collecting what it prints as a terminal would show it. */
async function generate(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: (line) => (stdout += `${line}\n`), stderr: (line) => (stderr += `${line}\n`), cwd });
  return { status, stdout, stderr };
}

/** A temp root laid out like the repository: registry/close-codes.yaml plus whatever files are given. */
function fakeRepo(registryText: string, files: Record<string, string> = {}): string {
  const root = tempDir('wscodes-cli-');
  plant(root, { [REGISTRY_FILE]: registryText, ...files });
  return root;
}

// Rendered once in-process: what the CLI must write, and the starting point for --check.
let coreRender: Promise<Awaited<ReturnType<typeof renderTargets>>> | undefined;
const renderCore = () => (coreRender ??= renderTargets(checkRegistryText(REAL_TEXT).registry!, selectTargets(['core'])));

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+[:(]/m);

describe('generate CLI', { timeout: 60_000 }, () => {
  it('exits non-zero on a broken registry, prints file:line:col and touches no output file', async () => {
    const broken = REAL_TEXT.replace('    key: Timeout\n', '    key: Forbidden\n');
    const root = fakeRepo(broken, { [CORE_FILE]: 'old generated text\n', 'packages/core/src/generated/extra.ts': 'stale?\n' });
    const before = snapshot(root);
    const { status, stdout, stderr } = await generate(root, '--registry', join(root, REGISTRY_FILE), '--out', root);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^registry\/close-codes\.yaml:\d+:\d+ {2}key Forbidden of code 3008 is already used by code 3003 {2}\(give each code its own key; a released key never changes\)$/m);
    expect(stderr).toContain('nothing was generated: fix the registry, then run again.');
    noStackTrace(stderr);
    expect(snapshot(root)).toEqual(before);
  });

  it('reads the protocol catalogue beside the registry: prints its warnings, and stops at the file:line:col of an error', async () => {
    const unmarked = ALPHA.replace('    ianaOverlap: unregistered-range\n', '');
    const root = fakeRepo(REAL_TEXT, { 'registry/protocols/alpha.yaml': unmarked });
    const line = (text: string, snippet: string) => text.slice(0, text.indexOf(snippet)).split('\n').length;
    const warned = await generate(root, '--registry', join(root, REGISTRY_FILE), '--out', root, '--only', 'core', '--quiet');
    expect(warned.status).toBe(0);
    expect(warned.stderr).toBe(`registry/protocols/alpha.yaml:${line(unmarked, '  - code: 3100')}:11  warning: code 3100 uses IANA's first-come-first-served range without registering  (mark it \`ianaOverlap: unregistered-range\`)\n`);
    expect(readFileSync(join(root, 'packages/core/src/generated/protocols.ts'), 'utf8')).toContain('url: "https://example.org/alpha"');

    const broken = ALPHA.replace('key: Squat', 'key: Clash');
    plant(root, { 'registry/protocols/alpha.yaml': broken });
    const before = snapshot(root);
    const failed = await generate(root, '--registry', join(root, REGISTRY_FILE), '--out', root, '--only', 'core');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`registry/protocols/alpha.yaml:${line(broken, 'key: Clash\n    name: Squat')}:10  the key Clash is used again (first by code 3000)`);
    expect(failed.stderr).toContain('nothing was generated: fix registry/protocols/, then run again.');
    noStackTrace(failed.stderr);
    expect(snapshot(root)).toEqual(before);
  });

  it('writes the same files as an in-process render, into --out, from --registry', async () => {
    const root = fakeRepo(REAL_TEXT);
    const { status, stderr } = await generate(root, '--registry', join(root, REGISTRY_FILE), '--out', root, '--only', 'core', '--quiet');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const { files } = await renderCore();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(join(root, file.path), 'utf8')).toBe(file.contents);
    // The banner names the registry relative to the output root, as a normal run does.
    expect(readFileSync(join(root, CORE_FILE), 'utf8')).toMatch(/^\/\/ Generated from registry\/close-codes\.yaml /);
  });

  it('--check exits 0 when clean, 1 with the list of files when not, and never writes', async () => {
    const { files, owns } = await renderCore();
    const root = fakeRepo(REAL_TEXT, Object.fromEntries(files.map((f) => [f.path, f.contents])));
    expect(owns).toContain('packages/core/src/generated/');
    const args = ['--registry', join(root, REGISTRY_FILE), '--out', root, '--only', 'core'];

    let before = snapshot(root);
    const clean = await generate(root, ...args, '--check');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/--check: \d+ files? up to date/);
    expect(snapshot(root)).toEqual(before);

    // A hand edit and a stale file in an owned folder.
    writeFileSync(join(root, CORE_FILE), `${readFileSync(join(root, CORE_FILE), 'utf8')}// hand edit\n`);
    plant(root, { 'packages/core/src/generated/old.ts': 'export {};\n' });
    before = snapshot(root);
    const dirty = await generate(root, ...args, '--check');
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toContain(`  changed  ${CORE_FILE}\n`);
    expect(dirty.stderr).toContain('  stale    packages/core/src/generated/old.ts\n');
    expect(dirty.stderr).toContain('run `npm run generate`');
    expect(snapshot(root)).toEqual(before);

    rmSync(join(root, CORE_FILE));
    const missing = await generate(root, ...args, '--check');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`  missing  ${CORE_FILE}\n`);
  });

  it('prints usage for an unknown option or a stray argument (exit 2), and for --help (exit 0)', async () => {
    const root = tempDir();
    for (const args of [['--bogus'], ['stray'], ['--registry']]) {
      const { status, stdout, stderr } = await generate(root, ...args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('usage: npm run generate');
      noStackTrace(stderr);
    }
    const help = await generate(root, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--registry FILE');
  });

  it('rejects a missing --out folder or --registry file with usage, and an unknown target by name', async () => {
    const root = fakeRepo(REAL_TEXT);
    const noOut = await generate(root, '--registry', join(root, REGISTRY_FILE), '--out', join(root, 'nope'));
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('no such directory');
    const noRegistry = await generate(root, '--registry', join(root, 'nope.yaml'), '--out', root);
    expect(noRegistry.status).toBe(2);
    expect(noRegistry.stderr).toContain('is not a file');
    const unknown = await generate(root, '--registry', join(root, REGISTRY_FILE), '--out', root, '--only', 'core,nope');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/unknown target nope; the targets are core/);
    noStackTrace(noOut.stderr + noRegistry.stderr + unknown.stderr);
    expect(Object.keys(snapshot(root))).toEqual(['registry/', REGISTRY_FILE]);
  });
});


describe('generate CLI, in-process specifics', { timeout: 60_000 }, () => {
  it('resolves a relative --registry and --out against its working folder', async () => {
    const root = fakeRepo(REAL_TEXT);
    const { status, stderr } = await generate(root, '--registry', REGISTRY_FILE, '--out', '.', '--only', 'core', '--quiet');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const { files } = await renderCore();
    for (const file of files) expect(readFileSync(join(root, file.path), 'utf8')).toBe(file.contents);
  });

  it('validates as `npm run validate` does: prints each warning, even with --quiet, and still generates', async () => {
    const root = fakeRepo(REAL_TEXT.replace('    key: Timeout\n', '    key: Timeout\n    pending: true\n'));
    const { status, stdout, stderr } = await generate(root, '--registry', REGISTRY_FILE, '--out', '.', '--only', 'core', '--quiet');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^registry\/close-codes\.yaml:\d+:\d+ {2}warning: code 3008 has curated text pending review {2}\(.+\)\n$/);
    expect(readFileSync(join(root, CORE_FILE), 'utf8')).toMatch(/^\/\/ Generated from /);
  });
});

describe('npm run generate, end to end', { timeout: 180_000 }, () => {
  it('runs the CLI from its bundle: writes what an in-process render produces, and --check exits 1 on a hand edit', async () => {
    const root = fakeRepo(REAL_TEXT);
    // Plain output for exact comparisons. nx sets FORCE_COLOR, and Node warns on stderr when both are set.
    const { FORCE_COLOR: _ignored, ...env } = process.env;
    const npm = (...args: string[]) =>
      spawnSync('npm', ['run', '--silent', 'generate', '--', '--registry', join(root, REGISTRY_FILE), '--out', root, '--only', 'core', ...args], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...env, NO_COLOR: '1' },
      });
    const write = npm('--quiet');
    expect(write.stderr).toBe('');
    expect(write.status).toBe(0);
    const { files } = await renderCore();
    for (const file of files) expect(readFileSync(join(root, file.path), 'utf8')).toBe(file.contents);
    writeFileSync(join(root, CORE_FILE), 'hand edit\n');
    const check = npm('--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`  changed  ${CORE_FILE}\n`);
  });
});
