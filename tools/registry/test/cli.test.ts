// `npm run validate` as a user runs it: its main in-process on broken copies of the registry, and
// once as a real process, to prove the command wires main to its exit status and streams.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRegistryText, IANA_REGISTRIES, loadRegistry, REPO_ROOT } from '@wscodes-tools/registry';
import { main } from '../src/cli.ts';
import { edit, positionOf, REAL_TEXT } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'wscodes-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
  return { status, stdout, stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+[:(]/m);

describe('validate CLI', { timeout: 60_000 }, () => {
  it('exits 1 on a broken registry and prints one file:line:col line per problem, no stack trace', () => {
    let text = edit(REAL_TEXT, '    key: Timeout\n', '    key: Forbidden\n');
    text = edit(text, '  - range: 3001-3002\n', '  - range: 3002-3001\n');
    writeFileSync(join(dir, 'broken.yaml'), text);
    const { status, stdout, stderr } = validate('broken.yaml');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    const span = positionOf(text, 'range: 3002-3001', '3002');
    const key = positionOf(text, 'key: Forbidden\n    name: Timeout', 'Forbidden');
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      `broken.yaml:${span.line}:${span.column}  span 3002-3001 starts after it ends  (write it as 3001-3002)`,
      `broken.yaml:${key.line}:${key.column}  key Forbidden of code 3008 is already used by code 3003  (give each code its own key; a released key never changes)`,
      '',
      'broken.yaml: 2 error(s). Fix them, then run again.',
    ]);
    noStackTrace(stderr);
  });

  it('exits 1 on a YAML syntax error, with its position', () => {
    const text = edit(REAL_TEXT, '    name: Going Away\n', '\tname: Going Away\n');
    writeFileSync(join(dir, 'tab.yaml'), text);
    const { status, stderr } = validate('tab.yaml');
    const at = positionOf(text, '\tname: Going Away');
    expect(status).toBe(1);
    expect(stderr).toContain(`tab.yaml:${at.line}:${at.column}  YAML syntax: a tab is used to indent this line  (indent with spaces, not tabs)`);
    noStackTrace(stderr);
  });

  it('exits 0 on a valid copy, printing warnings and a one-line summary', () => {
    const text = edit(REAL_TEXT, '    key: Timeout\n', '    key: Timeout\n    pending: true\n');
    writeFileSync(join(dir, 'pending.yaml'), text);
    const { status, stdout, stderr } = validate('pending.yaml');
    const at = positionOf(text, 'pending: true', 'true');
    expect(status).toBe(0);
    expect(stderr.trim()).toBe(`pending.yaml:${at.line}:${at.column}  warning: code 3008 has curated text pending review  (write name, summary, reconnect and details, then remove \`pending: true\`)`);
    const fixture = checkRegistryText(text).registry!;
    expect(stdout.trim()).toBe(`pending.yaml: ${fixture.codes.length} codes, ${fixture.ranges.length} ranges, valid.`);
  });

  it('checks every registry file under registry/ when given no file', () => {
    let stdout = '';
    let stderr = '';
    const status = main([], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: REPO_ROOT });
    expect(status).toBe(0);
    // The real registries may carry warnings (a fresh sync leaves entries pending review); only warnings.
    for (const line of stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^registry\/[a-z/-]+\.(yaml|json):\d+:\d+ {2}warning: /);
    const registry = loadRegistry();
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(`registry/close-codes.yaml: ${registry.codes.length} codes, ${registry.ranges.length} ranges, valid.`);
    const others = Object.values(registry.ianaRegistries ?? {});
    expect(others.map((r) => r.source).sort()).toEqual(IANA_REGISTRIES.map((m) => m.file).sort());
    for (const other of others) expect(lines).toContain(`${other.source}: ${other.entries.length} ${other.noun}s, valid.`);
  });

  it('checks a registry file by the module its name says it holds', () => {
    const { status, stderr } = validate(join(REPO_ROOT, 'registry/subprotocols.yaml'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('exits 2 with a one-line message for a file that does not exist', () => {
    const { status, stderr } = validate('nope.yaml');
    expect(status).toBe(2);
    expect(stderr.trim()).toBe('cannot read nope.yaml: ENOENT');
  });

  it('prints usage for --help (exit 0) and for an unknown option or extra argument (exit 2), never a stack trace', () => {
    const help = validate('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run validate/);
    for (const args of [['--bogus'], ['a.yaml', 'b.yaml']]) {
      const { status, stderr } = validate(...args);
      expect(status).toBe(2);
      expect(stderr).toMatch(/usage: npm run validate/);
      noStackTrace(stderr);
    }
  });
});

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('validate CLI: folders, files of every kind, and exit statuses', { timeout: 30_000 }, () => {
  it('--registry-dir checks another folder; a folder that does not exist, or FILE with it, is bad usage (exit 2)', () => {
    const missing = validate('--registry-dir', 'no-such-folder');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^--registry-dir no-such-folder: no such folder\nusage: /);
    const both = validate('--registry-dir', '.', 'a.yaml');
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/^give FILE or --registry-dir, not both\n/);
  });

  it('exits 2 with one line for a folder without close-codes.yaml, and for a protocol file that cannot be read', () => {
    mkdirSync(join(dir, 'empty-folder'));
    const run = validate('--registry-dir', 'empty-folder');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('cannot read empty-folder/close-codes.yaml: ENOENT\n');
    mkdirSync(join(dir, 'odd-folder/protocols/x.yaml'), { recursive: true });
    writeFileSync(join(dir, 'odd-folder/close-codes.yaml'), REAL_TEXT);
    const odd = validate('--registry-dir', 'odd-folder');
    expect(odd.status).toBe(2);
    expect(odd.stderr).toBe('cannot read odd-folder/protocols/x.yaml: EISDIR\n');
  });

  it('checks a compat.json or a protocol file given as FILE', () => {
    writeFileSync(join(dir, 'compat.json'), '{ "peers": {}, "results": {}, "peers": {} }\n');
    const compat = validate('compat.json');
    expect(compat.status).toBe(1);
    expect(compat.stderr).toContain('compat.json:1:31  JSON: the key "peers" appears twice in the same object');
    mkdirSync(join(dir, 'protocols'), { recursive: true });
    writeFileSync(join(dir, 'protocols/x.yaml'), '- a list\n');
    const protocol = validate('protocols/x.yaml');
    expect(protocol.status).toBe(1);
    expect(protocol.stderr).toMatch(/^protocols\/x\.yaml:1:1 {2}the document: expected a mapping, found a list {2}\(/);
  });

  it('says an unexpected error in one line, exit 2, and shows its stack only with --debug', () => {
    writeFileSync(join(dir, 'ok.yaml'), REAL_TEXT);
    const io = (args: string[]) => {
      let stderr = '';
      const status = main(args, { stdout: () => { throw new Error('write EPIPE'); }, stderr: (t) => (stderr += t), cwd: dir });
      return { status, stderr };
    };
    const plain = io(['ok.yaml']);
    expect(plain).toEqual({ status: 2, stderr: 'validate: unexpected error: write EPIPE (run with --debug for the stack trace)\n' });
    const debug = io(['--debug', 'ok.yaml']);
    expect(debug.status).toBe(2);
    expect(debug.stderr.split('\n')[0]).toBe('validate: unexpected error: write EPIPE');
    expect(debug.stderr).toMatch(/^\s+at .+[:(]/m);
  });

  it('--help documents the exit statuses, the limits and --debug', () => {
    const { stdout } = validate('--help');
    for (const words of ['--registry-dir DIR', '--debug', 'compat.json', 'protocols/*.yaml', '1 MiB', '64 levels', '0 valid', '1 problems found', '2 bad usage']) expect(stdout).toContain(words);
  });
});

describe('validate CLI on hostile input', { timeout: 30_000 }, () => {
  it('refuses an alias bomb nested nine deep: exit 1, one line per problem, no stack trace', () => {
    const lines = ['lol0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`lol${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
    writeFileSync(join(dir, 'bomb.yaml'), `${lines.join('\n')}\n${REAL_TEXT}`);
    const { status, stdout, stderr } = validate('bomb.yaml');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    noStackTrace(stderr);
    expect(stderr).not.toMatch(/ReferenceError|resource exhaustion/);
    expect(stderr).toContain('bomb.yaml:2:12  YAML: aliases (`*name`) are not allowed in the registry');
    for (const line of stderr.trim().split('\n').filter((l) => l && !l.startsWith('bomb.yaml: '))) expect(line).toMatch(/^bomb\.yaml:\d+:\d+  .+  \(.+\)$/);
  });

  it('--quiet prints nothing for a valid registry', () => {
    writeFileSync(join(dir, 'valid.yaml'), REAL_TEXT);
    const { status, stdout, stderr } = validate('--quiet', 'valid.yaml');
    expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

// The one real process: the file's bottom runs main, and its status and streams reach the shell.
describe('npm run validate as a process', { timeout: 60_000 }, () => {
  it('exits 1 on a broken registry, problems on stderr, nothing on stdout', () => {
    writeFileSync(join(dir, 'dup.yaml'), edit(REAL_TEXT, '    key: Timeout\n', '    key: Forbidden\n'));
    // The tsx binary npx would run, without npm's start-up cost. nx sets FORCE_COLOR, and Node warns
    // on stderr when both it and NO_COLOR are set: plain output for exact comparisons.
    const { FORCE_COLOR: _ignored, ...env } = process.env;
    const run = spawnSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), [join(REPO_ROOT, 'tools/registry/src/cli.ts'), 'dup.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^dup\.yaml:\d+:\d+  key Forbidden of code 3008 is already used by code 3003 /);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('dup.yaml: 1 error(s). Fix them, then run again.');
  });
});
