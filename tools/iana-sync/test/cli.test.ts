// The CLI as a user runs it: exit codes, one-line errors, usage. Its main runs in-process; one case
// runs the real command, to prove the file's bottom wires main to the process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@wscodes-tools/registry';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import { command } from '../src/cli-support.ts';
import { SyncError } from '../src/errors.ts';
import { ADD_3001, fixture, NEW_DATE, smallUpstreamXml, WITHDRAW_3000 } from './fixtures.ts';

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (text) => (stdout += text), stderr: (line) => (stderr += `${line}\n`), env });
  return { code, stdout, stderr };
}

function tempRegistry() {
  const dir = mkdtempSync(join(tmpdir(), 'iana-sync-cli-'));
  copyFileSync(fixture('small-registry.yaml'), join(dir, 'close-codes.yaml'));
  return dir;
}

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('sync:iana CLI', { timeout: 30_000 }, () => {
  it('--help prints usage and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: npm run sync:iana -- \[options\]/);
    for (const option of ['--from', '--registry', '--changeset-dir', '--dry-run', '--check', '--json', '--remove-deprecated', '--allow-removal']) expect(stdout).toContain(option);
  });

  it.each([[['--bogus']], [['stray-argument']], [['--from']]])('rejects %j with a one-line error, usage, and exit 2', async (args) => {
    const { code, stderr, stdout } = await cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toMatch(/^sync:iana: /);
    expect(stderr).toContain('usage: npm run sync:iana');
  });

  it('reports bad input in one line, without a stack trace, exit 2, and writes nothing', async () => {
    const dir = tempRegistry();
    const { code, stderr } = await cli(['--from', fixture('bad-duplicate.xml'), '--registry', join(dir, 'close-codes.yaml'), '--changeset-dir', join(dir, 'cs')]);
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^sync:iana: .*bad-duplicate\.xml: value 1000 is listed twice; /);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(dir, 'close-codes.yaml'), 'utf8')).toBe(readFileSync(fixture('small-registry.yaml'), 'utf8'));
    expect(readdirSync(dir)).toEqual(['close-codes.yaml']);
  });

  it('--check exits 1 on differences and 0 once synced; --json prints JSON on stdout only', async () => {
    const dir = tempRegistry();
    const from = join(dir, 'websocket.xml');
    writeFileSync(from, smallUpstreamXml(ADD_3001));
    const registry = ['--registry', join(dir, 'close-codes.yaml'), '--changeset-dir', join(dir, 'cs')];

    const check = await cli(['--from', from, ...registry, '--check', '--json']);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({ inSync: false, added: [{ code: 3001, key: 'SampleCode' }] });
    expect(check.stderr).toContain('read 3 codes and 3 span records from IANA');

    const apply = await cli(['--from', from, ...registry]);
    expect(apply.code).toBe(0);
    expect(readdirSync(join(dir, 'cs'))).toEqual(['iana-sync-2030-01-15.md']);
    expect((await cli(['--from', from, ...registry, '--check'])).code).toBe(0);
  });

  it('withdraws by default, says so loudly, and --remove-deprecated then drops the constant with a major changeset', async () => {
    const dir = tempRegistry();
    const from = join(dir, 'websocket.xml');
    writeFileSync(from, smallUpstreamXml(WITHDRAW_3000, NEW_DATE));
    const registry = ['--registry', join(dir, 'close-codes.yaml'), '--changeset-dir', join(dir, 'cs')];

    const apply = await cli(['--from', from, ...registry, '--allow-removal']);
    expect(apply.code).toBe(0);
    expect(apply.stderr).toContain('--allow-removal is no longer needed and is ignored');
    expect(apply.stderr).toMatch(/^WITHDRAWN: IANA no longer registers close code 3000 .* This is a MAJOR release\.$/m);
    expect(readFileSync(join(dir, 'close-codes.yaml'), 'utf8')).toContain('      constant: deprecated\n');

    expect((await cli(['--remove-deprecated', '--from', from, ...registry])).code).toBe(2);
    const remove = await cli(['--remove-deprecated', ...registry]);
    expect(remove.code).toBe(0);
    expect(remove.stdout).toContain('CloseCode.FixtureCode (3000)');
    expect(readFileSync(join(dir, 'close-codes.yaml'), 'utf8')).toContain('      constant: removed\n');
    expect(readdirSync(join(dir, 'cs')).sort()).toEqual(['iana-sync-2030-02-01.md', 'remove-deprecated-constants.md']);
  });

  it('reads relative paths from where npm was started (INIT_CWD)', async () => {
    const dir = tempRegistry();
    writeFileSync(join(dir, 'websocket.xml'), smallUpstreamXml());
    const { code, stdout } = await cli(['--from', 'websocket.xml', '--registry', 'close-codes.yaml', '--check'], { INIT_CWD: dir });
    expect(code).toBe(0);
    expect(stdout).toContain('In sync');
  });
});

describe('errors: one line; the stack of an unexpected one only with --debug or WSCODES_DEBUG', { timeout: 30_000 }, () => {
  const failing = (error: Error) => command('t', 'usage: t', { debug: { type: 'boolean' } }, async () => Promise.reject(error));
  const run = async (error: Error, args: string[], env: Record<string, string> = {}) => {
    let stderr = '';
    const code = await failing(error)(args, { stdout() {}, stderr: (l) => (stderr += `${l}\n`), env });
    return { code, stderr };
  };

  it('an unexpected error: one line that says how to see the stack', async () => {
    const { code, stderr } = await run(new Error('boom'), []);
    expect(code).toBe(2);
    expect(stderr).toBe('t: unexpected error: boom (rerun with --debug for the stack)\n');
  });

  it.each([[['--debug'], {}], [[], { WSCODES_DEBUG: '1' }]] as const)('%j %j shows its stack', async (args, env) => {
    const { stderr } = await run(new Error('boom'), [...args], env);
    expect(stderr).toMatch(/^t: unexpected error: boom\nError: boom\n\s+at /);
  });

  it('bad input never shows a stack, even with --debug', async () => {
    const { stderr } = await run(new SyncError('bad input; fix it'), ['--debug']);
    expect(stderr).toBe('t: bad input; fix it\n');
  });
});

describe('npm run sync:iana as a process', { timeout: 60_000 }, () => {
  it('exits 1 when --check finds differences, the report on stdout and progress on stderr', () => {
    const dir = tempRegistry();
    writeFileSync(join(dir, 'websocket.xml'), smallUpstreamXml(ADD_3001));
    const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
    const run = spawnSync(tsx, [join(REPO_ROOT, 'tools/iana-sync/src/cli.ts'), '--from', 'websocket.xml', '--registry', 'close-codes.yaml', '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: dir },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Added codes \(1\):\n {2}\+ 3001 /m);
    expect(run.stderr).toContain('read 3 codes and 3 span records from IANA');
    expect(readdirSync(dir).sort()).toEqual(['close-codes.yaml', 'websocket.xml']);
  });
});
