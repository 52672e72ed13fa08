import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastLine, runChild } from './run-child.ts';

const dir = mkdtempSync(join(tmpdir(), 'run-child-'));
const node = (script: string) => {
  const logFile = join(dir, 'streams.log');
  return { result: runChild(process.execPath, ['-e', script], { cwd: dir, env: process.env, logFile, say: () => {}, label: '07-step' }), logFile };
};

describe('runChild', () => {
  it('returns the status, stdout and both streams, and keeps them in the log file', async () => {
    const { result, logFile } = node('process.stdout.write("out\\n"); process.stderr.write("err\\n"); process.exit(3)');
    const done = await result;
    expect(done.status).toBe(3);
    expect(done.stdout).toBe('out\n');
    expect(done.output).toContain('out\n');
    expect(done.output).toContain('err\n');
    expect(readFileSync(logFile, 'utf8')).toBe(done.output);
  });

  it('prints a heartbeat naming the step, the command and the last output while the command runs', async () => {
    // The child runs until a heartbeat has shown its output: no timing is assumed.
    const flag = join(dir, 'heartbeat-seen');
    const lines: string[] = [];
    const script = `console.log("working on it"); const t = setInterval(() => { if (require("node:fs").existsSync(${JSON.stringify(flag)})) clearInterval(t); }, 5)`;
    const say = (line: string) => {
      lines.push(line);
      if (line.endsWith('working on it')) writeFileSync(flag, '');
    };
    const done = await runChild(process.execPath, ['-e', script], { cwd: dir, env: process.env, logFile: join(dir, 'heartbeat.log'), say, label: '07-step', every: 5 });
    expect(done.status).toBe(0);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(/^07-step: still running `.+ -e .+` \(\d+ s\); last output: working on it$/);
  });

  it('reports a command that cannot start', async () => {
    const lines: string[] = [];
    const done = await runChild(join(dir, 'no-such-command'), [], { cwd: dir, env: process.env, logFile: join(dir, 'missing.log'), say: (l) => lines.push(l), label: 'x' });
    expect(done.status).toBeNull();
    expect(done.output).toMatch(/could not start/);
  });
});

describe('lastLine', () => {
  it('is the last non-blank line, colours removed, shortened', () => {
    expect(lastLine('one\n\x1b[32mtwo\x1b[39m\n\n')).toBe('two');
    expect(lastLine('progress 1\rprogress 2')).toBe('progress 2');
    expect(lastLine('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(lastLine('')).toBe('');
  });
});
