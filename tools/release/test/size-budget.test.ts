import { describe, expect, it } from 'vitest';
import { overBudget, SIZE_BUDGETS, type SizeFigures } from '../src/size.ts';
import { runCli } from './helpers.ts';

const figures: SizeFigures = { wholeMinified: 9000, wholeGzip: 2900, closeCodeMinified: 700, closeCodeGzip: 300, closeCodeFloorGzip: 290, closeCodeKeys: 19 };

describe('overBudget', () => {
  it('is empty within budget, including exactly at the budget', () => {
    expect(overBudget(figures, { wholeGzip: 2900, closeCodeGzip: 300 })).toEqual([]);
  });
  it('names each budget that is exceeded, with both figures', () => {
    expect(overBudget(figures, { wholeGzip: 2899, closeCodeGzip: 299 })).toEqual([
      '@wscodes/core (whole package) is 2900 B gzipped, over its budget of 2899 B',
      "import { CloseCode } from '@wscodes/core' is 300 B gzipped, over its budget of 299 B",
    ]);
  });
});

describe('check:packages --only size (on the built @wscodes/core)', () => {
  it('fails CI with an artificially small budget, printing the measured figures and the floor', () => {
    const result = runCli('check-packages.ts', ['--only', 'size', '--budget-whole', '100', '--budget-close-code', '10']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/@wscodes\/core \(whole package\) is \d+ B gzipped, over its budget of 100 B/);
    expect(result.stdout).toMatch(/import \{ CloseCode \} from '@wscodes\/core' is \d+ B gzipped, over its budget of 10 B/);
    expect(result.stdout).toMatch(/CloseCode floor +\d+ B gzip/);
    expect(result.stderr).toContain('check:packages failed: size');
  });

  it('passes with the real budgets, and they stay tight: within 15% of what the package measures', () => {
    const result = runCli('check-packages.ts', ['--only', 'size']);
    expect(result.status).toBe(0);
    const measured = (label: RegExp) => Number(label.exec(result.stdout)?.[1]);
    const whole = measured(/whole package +(\d+) B gzip/);
    const closeCode = measured(/CloseCode alone +(\d+) B gzip/);
    expect(whole).toBeGreaterThan(SIZE_BUDGETS.wholeGzip * 0.85);
    expect(closeCode).toBeGreaterThan(SIZE_BUDGETS.closeCodeGzip * 0.85);
  });

  it('refuses a budget that is not a positive whole number, saying why', () => {
    const result = runCli('check-packages.ts', ['--only', 'size', '--budget-whole', 'big']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('a budget is a positive whole number of bytes, got "big"');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
