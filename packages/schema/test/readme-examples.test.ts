// The README's Python and Go examples, run as a reader runs them: taken from README.md as written,
// beside a `package/` folder that holds this package's files (as the npm tarball unpacks). Each must
// print every registered code, and fail on a broken registry.json. Debian's python3-jsonschema and
// golang-go; a missing one is skipped loudly, and WSCODES_REQUIRE_ALL=1 (CI) turns the skip into a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));
const README = readFileSync(join(PACKAGE_DIR, 'README.md'), 'utf8');
const PYTHON = process.env.WSCODES_PYTHON ?? '/usr/bin/python3';
const GO = process.env.WSCODES_GO ?? 'go';
const requireAll = process.env.WSCODES_REQUIRE_ALL === '1';

interface RegistryCode {
  readonly code: number;
  readonly key: string;
  readonly name: string;
  readonly send: boolean;
  readonly receive: boolean;
  readonly reconnect: { readonly policy: string };
}
const registryText = readFileSync(join(PACKAGE_DIR, 'registry.json'), 'utf8');
const codes = (JSON.parse(registryText) as { codes: RegistryCode[] }).codes;

/** The first fenced block of `language` under the README heading `heading`. */
function example(heading: string, language: string): string {
  const section = README.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  const code = section && new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1];
  if (!code) throw new Error(`README.md has no ${language} block under "## ${heading}"`);
  return code;
}

const folders: string[] = [];
afterAll(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder with the example in `file` and `package/`: this package, or a copy with `registry` as registry.json. */
function workspace(file: string, code: string, registry?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wscodes-schema-readme-'));
  folders.push(dir);
  writeFileSync(join(dir, file), code);
  if (registry === undefined) symlinkSync(PACKAGE_DIR, join(dir, 'package'), 'dir');
  else {
    mkdirSync(join(dir, 'package'));
    writeFileSync(join(dir, 'package', 'registry.json'), registry);
    writeFileSync(join(dir, 'package', 'registry.schema.json'), readFileSync(join(PACKAGE_DIR, 'registry.schema.json')));
  }
  return dir;
}

/** Why a tool cannot run, or null. */
function missingTool(command: string, args: readonly string[], install: string): string | null {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  const why = run.error ? `${command} cannot run (${run.error.message})` : run.status !== 0 ? `${command} ${args.join(' ')} failed: ${run.stderr.trim().split('\n').at(-1)}` : null;
  if (why) console.warn(`\n!!! the schema README's example ${requireAll ? 'FAILS' : 'is SKIPPED'}: ${why}\n!!! install it with: apt-get update && apt-get install -y ${install}\n`);
  return why;
}

const pythonMissing = missingTool(PYTHON, ['-c', 'from jsonschema import Draft202012Validator'], 'python3-jsonschema');
const goMissing = missingTool(GO, ['version'], 'golang-go');

/** A registry.json the examples must refuse: the first code's number as a string, and a key the schema does not allow. */
const broken = registryText.replace(/"code": 1000,/, '"code": "1000", "extra": true,');

describe.skipIf(pythonMissing !== null && !requireAll)('the Python IntEnum example', { timeout: 60_000 }, () => {
  const code = example('Close codes as a Python IntEnum', 'python');
  const run = (dir: string) => spawnSync(PYTHON, ['example.py'], { cwd: dir, encoding: 'utf8' });

  it('is runnable here', () => expect(pythonMissing).toBeNull());

  it('validates registry.json and prints a member per registered code', () => {
    const result = run(workspace('example.py', code));
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(codes.map((c) => `${c.code} ${c.key}\n`).join(''));
  });

  it('fails on a registry.json its schema refuses', () => {
    expect(broken).not.toBe(registryText);
    const result = run(workspace('example.py', code, broken));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/ValidationError/);
  });
});

describe.skipIf(goMissing !== null && !requireAll)('the Go encoding/json example', { timeout: 120_000 }, () => {
  const code = example('Go', 'go');
  // GOPATH mode and a cache of our own: nothing to download, nothing written outside the temporary folders.
  const cache = mkdtempSync(join(tmpdir(), 'wscodes-go-cache-'));
  folders.push(cache);
  const run = (dir: string) => spawnSync(GO, ['run', 'main.go'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GO111MODULE: 'off', GOCACHE: cache, GOFLAGS: '' } });

  it('is runnable here', () => expect(goMissing).toBeNull());

  it('reads registry.json into its struct and prints every registered code', () => {
    const result = run(workspace('main.go', code));
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(codes.map((c) => `${c.code} ${c.name}: send ${c.send}, receive ${c.receive}, reconnect ${c.reconnect.policy}\n`).join(''));
  });

  it('fails on a registry.json whose types do not fit the struct', () => {
    const result = run(workspace('main.go', code, broken));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/cannot unmarshal string/);
  });
});
