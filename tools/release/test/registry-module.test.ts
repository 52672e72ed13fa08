// "A registry is one module", proven end to end: in a throw-away copy of the workspace, a seventh
// IANA registry (widget names, in IANA's format) is added by writing exactly the files of RECIPE,
// the steps the README's "Adding a registry" lists, in order. Then, as a maintainer would: validate,
// sync over IANA's real history from the maintainer loop's start (the registry is not yet published
// in any past revision, then IANA's current file lists it), sync the workspace, generate, and the
// schema package's checks. Each step must pass and the new registry's outputs must appear.
// npm run test:release (vitest.e2e.config.ts): it copies the workspace and runs about 15 commands.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUIET_NPM_ENV } from '../src/exec.ts';
import { START_REVISION } from '../src/loop/start.ts';
import { copyWorkspace } from '../src/temp-copy.ts';
import { REPO_ROOT } from '../src/workspace.ts';
import { IANA_VALUES, IANA_XML_REGISTRY, NAME, RECIPE } from './registry-module-recipe.ts';

const SHARED_IANA = resolve(REPO_ROOT, '../shared/iana');

/** The numbered steps of the README's recipe, each starting with the file it touches. */
function readmeRecipe(): string[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = /^#{2,4} Adding a registry\n([\s\S]*?)(?=^#{2,4} )/m.exec(readme);
  if (!section) throw new Error('README.md has no "Adding a registry" section');
  return [...section[1]!.matchAll(/^\d+\. `([^`]+)`/gm)].map((m) => m[1]!);
}

interface Run {
  readonly status: number | null;
  readonly output: string;
}

describe.runIf(existsSync(join(SHARED_IANA, 'history', START_REVISION)))('a seventh registry is one module', () => {
  let copy = '';
  let current = ''; // IANA's current file with the registry in it; every past revision lacks it.
  beforeAll(() => {
    copy = copyWorkspace(REPO_ROOT, 'wscodes-registry-module-');
    current = join(copy, 'websocket-with-widgets.xml');
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  const env = { ...process.env, ...QUIET_NPM_ENV, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NO_COLOR: '1' };
  const run = (command: string, args: readonly string[]): Run => {
    const result = spawnSync(command, args, { cwd: copy, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
  };
  const npm = (...args: string[]): Run => run('npm', ['run', '--silent', ...args]);
  const passes = (result: Run, what: string): void => expect(result.status, `${what}:\n${result.output.slice(-4000)}`).toBe(0);

  it("the README's recipe lists the files this test writes, step by step", () => {
    expect(readmeRecipe()).toEqual(RECIPE.map((step) => step.file));
  });

  it('the recipe written, everything but the schema package validates', () => {
    const xml = readFileSync(join(SHARED_IANA, 'websocket.xml'), 'utf8');
    expect(xml).toContain('\n  <people>');
    writeFileSync(current, xml.replace('\n  <people>', `${IANA_XML_REGISTRY}\n  <people>`));
    for (const step of RECIPE.slice(0, -1)) step.write(copy);
    passes(npm('validate'), 'npm run validate');
  });

  it("syncs over IANA's real history from the maintainer loop's start: not yet published, then published", () => {
    const replay = join(copy, 'replay');
    mkdirSync(join(replay, 'cs'), { recursive: true });
    // The loop's start, from the copy's modules: the new one has no start file, so it starts derived.
    writeFileSync(join(copy, 'start.ts'), "import { writeLoopStart } from '@wscodes-tools/release/loop-start';\nconsole.log(writeLoopStart(process.argv[2]!, process.argv[3]!).join(' '));\n");
    const start = run('node_modules/.bin/tsx', ['start.ts', copy, replay]);
    passes(start, 'writeLoopStart');
    expect(start.output).toContain(`${NAME}.yaml`);
    expect(readFileSync(join(replay, `${NAME}.yaml`), 'utf8')).toMatch(/^entries: \[\]$/m);
    const history = readdirSync(join(SHARED_IANA, 'history'))
      .filter((name) => /^websocket-\d{4}-\d{2}-\d{2}\.xml$/.test(name) && name > START_REVISION)
      .sort()
      .map((name) => join(SHARED_IANA, 'history', name));
    const sync = (from: string, ...flags: string[]) => npm('sync:iana', '--', '--from', from, '--registry', join(replay, 'close-codes.yaml'), '--changeset-dir', join(replay, 'cs'), ...flags);
    expect(history.length).toBeGreaterThan(0);
    for (const from of history) {
      const result = sync(from);
      passes(result, `sync:iana --from ${from}`);
      expect(readFileSync(join(replay, `${NAME}.yaml`), 'utf8'), from).toMatch(/^entries: \[\]$/m); // not yet published
    }
    passes(sync(current), 'sync:iana --from IANA-with-widgets');
    const replayed = readFileSync(join(replay, `${NAME}.yaml`), 'utf8');
    expect([...replayed.matchAll(/^ {2}- value: (\S+)$/gm)].map((m) => m[1])).toEqual(IANA_VALUES);
    passes(sync(current, '--check'), 'sync:iana --check after the replay');
  }, 240_000);

  it('npm run sync:iana fills the workspace file from IANA, which then validates and is in step', () => {
    passes(npm('sync:iana', '--', '--from', current), 'sync:iana');
    const text = readFileSync(join(copy, `registry/${NAME}.yaml`), 'utf8');
    expect([...text.matchAll(/^ {2}- value: (\S+)$/gm)].map((m) => m[1])).toEqual(IANA_VALUES);
    expect(text).toContain('registrationRules:\n    - rule: Expert Review');
    passes(npm('validate'), 'npm run validate after the sync');
    passes(npm('sync:iana', '--', '--from', current, '--check'), 'sync:iana --check');
  }, 120_000);

  it('npm run generate writes its schema and data file and its docs page; no core module, as it declares none', () => {
    passes(npm('generate', '--', '--quiet'), 'npm run generate');
    for (const file of [`packages/schema/${NAME}.json`, `packages/schema/${NAME}.schema.json`, `packages/docs/registries/${NAME}.md`]) {
      expect(existsSync(join(copy, file)), file).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(copy, `packages/schema/${NAME}.json`), 'utf8')).entries.map((e: { value: string }) => e.value)).toEqual(IANA_VALUES);
    expect(readFileSync(join(copy, `packages/docs/registries/${NAME}.md`), 'utf8')).toContain('gear-train');
    expect(existsSync(join(copy, `packages/core/src/generated/${NAME}.ts`))).toBe(false);
  }, 180_000);

  it('the schema package checks fail, naming the files, until package.json publishes them; then they pass', () => {
    const check = () => run(process.execPath, ['packages/schema/scripts/check-package.js']);
    const vitest = () => run('node_modules/.bin/vitest', ['run', '--root', 'packages/schema', 'test/package.test.ts', '-t', 'what the schema generator writes']);
    const before = check();
    expect(before.status).toBe(1);
    expect(before.output).toContain(`${NAME}.json is at the package root but not in exports: add "./${NAME}.json"`);
    const test = vitest();
    expect(test.status).toBe(1);
    for (const file of [`${NAME}.json`, `${NAME}.schema.json`]) expect(test.output).toContain(`${file} is generated but not exported: add`);
    RECIPE.at(-1)!.write(copy);
    passes(check(), 'packages/schema/scripts/check-package.js');
    passes(vitest(), 'the schema package test of exports and files');
  }, 180_000);
});
