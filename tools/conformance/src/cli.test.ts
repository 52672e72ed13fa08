import { describe, expect, it } from 'vitest';
import { main, type Io } from './cli.ts';
import { RUNNERS } from './runners.ts';

// Only the paths that stop before a runner starts: the real runners are exercised by
// `npm run test:conformance`, not by unit tests.
function capture(): Io & { readonly lines: { out: string[]; err: string[]; compat: string[] } } {
  const lines = { out: [] as string[], err: [] as string[], compat: [] as string[] };
  return { lines, out: (l) => lines.out.push(l), err: (l) => lines.err.push(l), writeCompat: (t) => lines.compat.push(t), replaceFiles: (files) => lines.compat.push(...files.map((f) => f.text)) };
}

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('conformance main()', { timeout: 30_000 }, () => {
  it('prints the usage for --help and exits 0', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    const usage = io.lines.out.join('\n');
    expect(usage).toMatch(/^Usage: npm run conformance/);
    for (const option of ['--check', '--runner', '--only', '--prune', '--help']) expect(usage).toContain(option);
    for (const runner of RUNNERS) expect(usage).toContain(runner.key);
    expect(usage).toMatch(/--prune .*no longer\s+generates/s);
    expect(io.lines.err).toEqual([]);
    expect(io.lines.compat).toEqual([]);
  });

  it('exits 2 on an unknown option, pointing at --help', async () => {
    const io = capture();
    expect(await main(['--bogus'], io)).toBe(2);
    expect(io.lines.err.join('\n')).toMatch(/^conformance: .*--bogus.*; see --help$/);
    expect(io.lines.compat).toEqual([]);
  });

  it('exits 1 on an unknown runner, naming the known ones, before running any', async () => {
    const io = capture();
    expect(await main(['--runner', 'js,nope', '--check'], io)).toBe(1);
    const message = io.lines.err.join('\n');
    expect(message).toMatch(/^conformance: unknown runner nope; the runners are /);
    for (const runner of RUNNERS) expect(message).toContain(runner.key);
    expect(message).not.toMatch(/running/);
    expect(io.lines.out).toEqual([]);
    expect(io.lines.compat).toEqual([]);
  });
});
