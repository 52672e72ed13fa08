import { defineConfig } from 'vitest/config';
import { projects } from './vitest.suites.ts';

// `npm test`: every package's and tool's tests but the slow suites (SLOW_SUITES in vitest.suites.ts,
// run by `npm run test:slow`, a CI step of their own) in ONE vitest process, after the cached build;
// each folder a project with its own vitest.config.ts where it has one. Not named vitest.config.ts:
// vitest would find it from a folder without a config of its own, and `npm test` inside a folder must
// still run only that folder's tests (all of them, slow suites included).
// The root package.json's "test" script adds, for every project (a project does not inherit them
// from here): --maxWorkers=2, both cores, where vitest's default leaves one idle on a 2-core
// machine; --pool=threads --no-isolate, one module graph per worker, so that TypeScript, ts-morph
// and zod load once per worker instead of once per test file (about 40% of the suite's time).
export default defineConfig({
  test: {
    projects: projects('fast'),
  },
});
