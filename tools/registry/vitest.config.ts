import { defineConfig } from 'vitest/config';

// `npm test` runs the registry's fast tests. The hostile-input suite runs the real `validate` process
// once per case to measure its peak memory: an end-to-end check that reads no registry data, so it
// runs once as its own CI step, `npm run test:hostile` (vitest.e2e.config.ts), and not in every
// `npm test` of the maintainer loop.
export const E2E_SUITES = ['test/hostile.test.ts'];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...E2E_SUITES],
  },
});
