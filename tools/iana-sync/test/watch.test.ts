// The weekly IANA watch: a temp copy of the small registry and small IANA-format XML, never the
// real registry. Checks the no-change case (no pull request) and a change (branch, title, body).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@wscodes-tools/registry';
import { describe, expect, it } from 'vitest';
import { pullRequestBody, runWatch, WATCH_FILES } from '../src/watch.ts';
import { main } from '../src/watch-cli.ts';
import { ADD_3001, fixture, readFixture, smallUpstreamXml } from './fixtures.ts';

function workspace(xml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'iana-watch-'));
  copyFileSync(fixture('small-registry.yaml'), join(dir, 'close-codes.yaml'));
  writeFileSync(join(dir, 'websocket.xml'), xml);
  return {
    dir,
    options: {
      from: join(dir, 'websocket.xml'),
      registryFile: join(dir, 'close-codes.yaml'),
      registryLabel: 'close-codes.yaml',
      changesetDir: join(dir, 'changesets'),
      outDir: join(dir, 'out'),
      githubOutput: join(dir, 'github-output'),
    },
  };
}

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('runWatch', { timeout: 30_000 }, () => {
  it('when IANA has not changed: says so, writes changed=false, no pull request files, registry untouched', async () => {
    const { dir, options } = workspace(readFixture('small-websocket.xml'));
    const lines: string[] = [];
    const result = await runWatch(options, { stderr: (line) => lines.push(line) });
    expect(result.changed).toBe(false);
    expect(lines.at(-1)).toMatch(/^in sync with IANA's registries of \d{4}-\d{2}-\d{2}: no pull request$/);
    expect(readFileSync(join(dir, 'github-output'), 'utf8')).toBe('changed=false\n');
    expect(existsSync(options.outDir)).toBe(false);
    expect(existsSync(options.changesetDir)).toBe(false);
    expect(readFileSync(options.registryFile, 'utf8')).toBe(readFixture('small-registry.yaml'));
  });

  it('when IANA added a code: updates the registry, writes a changeset, and prepares the pull request', async () => {
    const xml = smallUpstreamXml(ADD_3001);
    const updated = /<updated>([^<]+)<\/updated>/.exec(xml)![1]!;
    const { dir, options } = workspace(xml);
    const result = await runWatch(options, { stderr: () => {} });
    if (!result.changed) throw new Error('expected a change');

    expect(result.branch).toBe(`iana-sync/${updated}`);
    expect(result.title).toBe(`Sync with IANA's WebSocket registries of ${updated}`);
    expect(readFileSync(join(options.outDir, WATCH_FILES.branch), 'utf8')).toBe(`${result.branch}\n`);
    expect(readFileSync(join(options.outDir, WATCH_FILES.title), 'utf8')).toBe(`${result.title}\n`);
    const body = readFileSync(join(options.outDir, WATCH_FILES.body), 'utf8');
    expect(body).toBe(result.body);

    // The body carries the sync report and the changeset the sync wrote, word for word.
    const [changesetName] = readdirSync(options.changesetDir);
    const changeset = readFileSync(join(options.changesetDir, changesetName!), 'utf8');
    expect(body).toContain('## Sync report');
    expect(body).toContain('3001');
    expect(body).toContain(changeset.trimEnd());
    expect(readFileSync(options.registryFile, 'utf8')).toContain('code: 3001');

    expect(readFileSync(join(dir, 'github-output'), 'utf8')).toBe(
      `changed=true\nbranch=${result.branch}\ntitle=${result.title}\nbody-file=${join(options.outDir, WATCH_FILES.body)}\n`,
    );
  });

  it('fails with the sync error, and writes nothing, when the input is not IANA XML', async () => {
    const { dir, options } = workspace('<html>not the registry</html>');
    await expect(runWatch(options, { stderr: () => {} })).rejects.toThrow();
    expect(existsSync(options.outDir)).toBe(false);
    expect(existsSync(join(dir, 'github-output'))).toBe(false);
    expect(readFileSync(options.registryFile, 'utf8')).toBe(readFixture('small-registry.yaml'));
  });
});

describe('pullRequestBody', { timeout: 30_000 }, () => {
  it('fences a report that itself holds backticks with a longer fence', () => {
    const body = pullRequestBody('a ``` b\n', ['---\n"@wscodes/core": minor\n---\n\nText.\n']);
    expect(body).toContain('````text\na ``` b\n````');
    expect(body).toContain('````markdown\n---\n"@wscodes/core": minor');
  });
});

describe('npm run watch:iana (the CLI the workflow runs)', { timeout: 30_000 }, () => {
  const cli = async (args: string[], env: Record<string, string> = {}) => {
    let stderr = '';
    const status = await main(args, { stdout: (text) => expect.unreachable(text), stderr: (line) => (stderr += `${line}\n`), env });
    return { status, stderr };
  };

  it('in sync: exits 0 with changed=false, $GITHUB_OUTPUT from the environment', async () => {
    const { dir, options } = workspace(readFixture('small-websocket.xml'));
    const result = await cli(['--from', options.from, '--registry', options.registryFile, '--changeset-dir', options.changesetDir, '--out', options.outDir], {
      GITHUB_OUTPUT: join(dir, 'github-output'),
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/no pull request/);
    expect(readFileSync(join(dir, 'github-output'), 'utf8')).toBe('changed=false\n');
  });

  it('--help prints the usage, exit 0; an unknown option: one line and the usage, exit 2', async () => {
    let stdout = '';
    expect(await main(['--help'], { stdout: (text) => (stdout += text), stderr: (line) => expect.unreachable(line), env: {} })).toBe(0);
    expect(stdout).toMatch(/^usage: npm run watch:iana/);
    const bad = await cli(['--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^watch:iana: .*--bogus.*\n\nusage: npm run watch:iana/);
  });

  // The one real process: the file's bottom runs main, and its status and stderr reach the shell.
  it('bad input: one line, exit 2, as a process', { timeout: 60_000 }, () => {
    const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
    const result = spawnSync(tsx, [join(REPO_ROOT, 'tools/iana-sync/src/watch-cli.ts'), '--from', '/nonexistent/websocket.xml'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^watch:iana: cannot read \/nonexistent\/websocket.xml: no such file/);
  });
});
