// End to end: the size gate of check:packages on the built @wscodes/core. The budget logic itself is
// tested on synthetic inputs in src/size.test.ts.
import { describe, expect, it } from 'vitest';
import { SIZE_ROWS } from '../src/size.ts';
import { runCli } from './helpers.ts';

describe('check:packages --only size (on the built @wscodes/core)', () => {
  it('fails CI with an artificially small budget, printing every row and the floor', () => {
    const result = runCli('check-packages.ts', ['--only', 'size', '--budget', 'export *=100', '--budget', 'CloseCode=10']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/export \* from '@wscodes\/core' is \d+ B gzipped, over its budget of 100 B \(fixed\)/);
    expect(result.stdout).toMatch(/import \{ CloseCode \} from '@wscodes\/core' is \d+ B gzipped, over its budget of 10 B/);
    for (const row of SIZE_ROWS) expect(result.stdout).toContain(row.id);
    expect(result.stdout).toMatch(/CloseCode floor +\d+ B gzip/);
    expect(result.stderr).toContain('check:packages failed: size');
  });

  it('passes with the real budgets', () => {
    const result = runCli('check-packages.ts', ['--only', 'size']);
    expect(result.stdout).not.toContain('OVER');
    expect(result.stdout).not.toContain('MISSING');
    expect(result.status).toBe(0);
  });

  it('refuses a budget that is not ID=BYTES, saying why', () => {
    const result = runCli('check-packages.ts', ['--only', 'size', '--budget', 'export *=big']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('a budget is ID=BYTES with a positive whole number of bytes, got "export *=big"');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
