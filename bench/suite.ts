// The inner loop's time: one `npm test` (its cached build included) as a child process, wall clock
// from start to exit, against the 35 s budget. A slow suite belongs in SLOW_SUITES (vitest.suites.ts).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from './bundle.ts';

export interface SuiteRun {
  readonly wallMs: number;
  /** vitest's own summary lines: test files, tests, and its duration split (import, tests). */
  readonly summary: readonly string[];
}

// vitest colours its summary even into a pipe when FORCE_COLOR is set; strip any escape.
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Runs `npm test` once from the repository root; throws when it fails, since its time would then mean nothing. */
export function timeNpmTest(): SuiteRun {
  const start = performance.now();
  const child = spawnSync('npm', ['test', '--silent'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NO_COLOR: '1' },
  });
  const wallMs = performance.now() - start;
  if (child.error) throw new Error(`could not run npm test: ${child.error.message}`);
  const out = plain(`${child.stdout}\n${child.stderr}`);
  const summary = out.split('\n').filter((line) => /^\s*(Test Files|Tests|Duration)\s/.test(line)).map((line) => line.trim());
  if (child.status !== 0) throw new Error(`npm test failed (exit ${child.status}), so its time is not the loop's:\n${summary.join('\n') || out.slice(-2000)}`);
  return { wallMs, summary };
}
