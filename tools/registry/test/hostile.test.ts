// Hostile registry input, each through the real `npm run validate` process on a copy of the tests'
// small folder: refused with its problems at file:line:col, exit 1, no file touched, and a peak
// resident memory under 300 MB. A BOM and CRLF line ends are read as they always were.
// Set WSCODES_HOSTILE_REPORT=1 to print each case's peak memory and time (never asserted on time).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@wscodes-tools/registry';
import { copySmallFolder, lineColumn } from './helpers.ts';

const SMALL = readFileSync(new URL('./fixtures/small.yaml', import.meta.url), 'utf8');

const scratch = mkdtempSync(join(tmpdir(), 'wscodes-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const MAX_RSS_KB = 300 * 1024;
const TIME = '/usr/bin/time';
const figures: string[] = [];
afterAll(() => {
  if (process.env.WSCODES_HOSTILE_REPORT) console.info(figures.join('\n'));
});

const copyFolder = (name: string): string => copySmallFolder(scratch, name);

/** Every file under a folder with its size and modification time: what "nothing written" compares. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = statSync(join(dir, name));
      return `${name} ${stat.size} ${stat.mtimeMs}`;
    });
}

/** Runs the CLI as a process; its peak resident memory from /usr/bin/time, or from the process itself where there is none. */
function validateProcess(dir: string) {
  const { FORCE_COLOR: _ignored, ...env } = process.env;
  const cli = [join(REPO_ROOT, 'tools/registry/src/cli.ts'), '--registry-dir', relative(scratch, dir)];
  const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
  const timed = existsSync(TIME);
  const started = performance.now();
  const run = timed
    ? spawnSync(TIME, ['-f', 'maxrss-kb %M', tsx, ...cli], { cwd: scratch, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } })
    : spawnSync(tsx, [join(REPO_ROOT, 'tools/registry/test/rss-of-validate.ts'), ...cli.slice(1)], { cwd: scratch, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
  const seconds = (performance.now() - started) / 1000;
  const rss = /maxrss-kb (\d+)\s*$/.exec(run.stderr);
  const stderr = run.stderr.replace(/(?:Command exited with non-zero status \d+\n)?maxrss-kb \d+\s*$/, '');
  return { status: run.status, stdout: run.stdout, stderr, rssKb: rss ? Number(rss[1]) : Number.NaN, seconds };
}

interface Case {
  readonly name: string;
  /** Plants the hostile file in the folder; returns the file (relative) and where one of its problems must be reported. */
  plant(dir: string): { file: string; at: { line: number; column: number }; says: string };
}

const BILLION_LAUGHS = ['lol0: &a0 [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `lol${i + 1}: &a${i + 1} [${Array.from({ length: 9 }, () => `*a${i}`).join(', ')}]`)].join('\n');

const cases: readonly Case[] = [
  {
    name: '3000-level block nesting',
    plant: (dir) => {
      writeFileSync(join(dir, 'close-codes.yaml'), `${'- '.repeat(3000)}x\n`);
      return { file: 'close-codes.yaml', at: { line: 1, column: 2 * 64 + 1 }, says: 'the file nests more than 64 levels deep here' };
    },
  },
  {
    name: '3000-level flow nesting',
    plant: (dir) => {
      const text = `codes: ${'['.repeat(3000)}${']'.repeat(3000)}\n`;
      writeFileSync(join(dir, 'close-codes.yaml'), text);
      return { file: 'close-codes.yaml', at: lineColumn(text, 'codes: '.length + 63), says: 'the file nests more than 64 levels deep here' };
    },
  },
  {
    name: '3000-level nesting in compat.json',
    plant: (dir) => {
      const text = `{"peers": ${'['.repeat(3000)}${']'.repeat(3000)}}`;
      writeFileSync(join(dir, 'compat.json'), text);
      return { file: 'compat.json', at: lineColumn(text, '{"peers": '.length + 63), says: 'the file nests more than 64 levels deep here' };
    },
  },
  {
    name: 'a 50 MB file',
    plant: (dir) => {
      const head = 'iana:\n  updated: "2020-01-01"\nnote: ';
      writeFileSync(join(dir, 'close-codes.yaml'), `${head}${'x'.repeat(50 * 1024 * 1024)}\n`);
      return { file: 'close-codes.yaml', at: lineColumn(head.padEnd(1024 * 1024 + 1, 'x'), 1024 * 1024), says: 'the file is larger than 1 MiB' };
    },
  },
  {
    name: 'tabs as indentation',
    plant: (dir) => {
      const text = SMALL.replace(/^ {4}/gm, '\t');
      writeFileSync(join(dir, 'close-codes.yaml'), text);
      return { file: 'close-codes.yaml', at: lineColumn(text, text.indexOf('\t')), says: 'YAML syntax: a tab is used to indent this line' };
    },
  },
  {
    name: 'anchors and aliases (a billion laughs)',
    plant: (dir) => {
      const text = `${BILLION_LAUGHS}\n${SMALL}`;
      writeFileSync(join(dir, 'close-codes.yaml'), text);
      return { file: 'close-codes.yaml', at: lineColumn(text, text.indexOf('&a0')), says: 'YAML: anchors (`&name`) are not allowed in the registry' };
    },
  },
  {
    name: 'an empty close-codes.yaml',
    plant: (dir) => {
      writeFileSync(join(dir, 'close-codes.yaml'), '');
      return { file: 'close-codes.yaml', at: { line: 1, column: 1 }, says: 'the file is empty' };
    },
  },
  {
    name: 'an empty protocol file',
    plant: (dir) => {
      writeFileSync(join(dir, 'protocols/alpha.yaml'), '');
      return { file: 'protocols/alpha.yaml', at: { line: 1, column: 1 }, says: 'the file is empty' };
    },
  },
  {
    name: 'a list where a map belongs',
    plant: (dir) => {
      const text = readFileSync(join(dir, 'protocols/alpha.yaml'), 'utf8');
      writeFileSync(join(dir, 'protocols/alpha.yaml'), `- ${text.replace(/\n(?=.)/g, '\n  ')}`);
      return { file: 'protocols/alpha.yaml', at: { line: 1, column: 1 }, says: 'the document: expected a mapping, found a list' };
    },
  },
];

describe('hostile registry input, through the real validate process', { timeout: 120_000 }, () => {
  for (const c of cases) {
    it(`refuses ${c.name}: exit 1, its problems at file:line:col, no stack trace, nothing written, under 300 MB`, () => {
      const dir = copyFolder(c.name.replace(/\W+/g, '-'));
      const shown = relative(scratch, dir);
      const { file, at, says } = c.plant(dir);
      const before = snapshot(dir);
      const run = validateProcess(dir);
      figures.push(`${c.name}: exit ${run.status}, ${(run.rssKb / 1024).toFixed(0)} MB, ${run.seconds.toFixed(1)} s, ${run.stderr.split('\n')[0]!.slice(0, 160)}`);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).not.toMatch(/^\s+at .+[:(]/m);
      expect(run.stderr).not.toMatch(/RangeError|TypeError|heap/);
      const problems = run.stderr.split('\n').filter((l) => /^\S+:\d+:\d+ {2}/.test(l));
      expect(problems.length, run.stderr).toBeGreaterThan(0);
      // Every problem line is file:line:col in the folder, a message, and its fix; the rest is the count.
      for (const line of problems) expect(line).toMatch(new RegExp(`^${shown}/\\S+:\\d+:\\d+ {2}.+ {2}\\(.+\\)$`));
      for (const line of run.stderr.split('\n').filter((l) => l && !problems.includes(l))) expect(line).toMatch(/ error\(s\)\.|errors in \d+ files/);
      expect(problems.filter((l) => l.startsWith(`${shown}/${file}:${at.line}:${at.column}  ${says}`)), run.stderr).toHaveLength(1);
      expect(snapshot(dir)).toEqual(before);
      expect(run.rssKb).toBeLessThan(MAX_RSS_KB);
    });
  }
});

describe('a BOM and CRLF line ends', { timeout: 120_000 }, () => {
  it('are read as plain YAML and JSON: the folder is valid, exit 0', () => {
    const dir = copyFolder('bom-crlf');
    for (const name of ['close-codes.yaml', 'opcodes.yaml', 'protocols/demo.yaml', 'compat.json']) {
      const text = readFileSync(join(dir, name), 'utf8');
      writeFileSync(join(dir, name), `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    }
    const run = validateProcess(dir);
    figures.push(`BOM and CRLF: exit ${run.status}, ${(run.rssKb / 1024).toFixed(0)} MB, ${run.seconds.toFixed(1)} s`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('keep positions right: a mistake after CRLF lines is reported at its line and column', () => {
    const dir = copyFolder('crlf-mistake');
    const text = `\uFEFF${SMALL.replace('    key: Conflict\n', '    key: Unauthorized\n').replace(/\n/g, '\r\n')}`;
    writeFileSync(join(dir, 'close-codes.yaml'), text);
    const run = validateProcess(dir);
    const at = lineColumn(text.replace(/\r/g, ''), text.replace(/\r/g, '').indexOf('Unauthorized\r\n    name: Conflict'.replace('\r', '')));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`crlf-mistake/close-codes.yaml:${at.line}:${at.column}  key Unauthorized of code 3002 is already used by code 3000`);
  });
});
