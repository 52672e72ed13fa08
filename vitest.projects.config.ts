import { defineConfig } from 'vitest/config';

// `npm test`: every package's and tool's tests in ONE vitest process (after the cached build), each
// folder a project with its own vitest.config.ts where it has one. Not named vitest.config.ts: vitest
// would find it from a folder without a config of its own, and `npm test` inside a folder must still
// run only that folder's tests.
export default defineConfig({
  test: {
    projects: ['packages/*', 'tools/*'],
  },
});
