import { defineConfig } from 'vitest/config';

// `npm test` runs the fast tests of the release tools. The suites that pack real packages, or pack,
// copy and build whole packages to prove each gate fails when it should, are end-to-end checks: they
// take minutes, so they run as their own CI step, `npm run test:release` (vitest.e2e.config.ts). The
// release dry run itself is the CI step `npm run release:dry`.
export const E2E_SUITES = ['test/gates.test.ts', 'test/packed.test.ts', 'test/size-budget.test.ts', 'test/registry-module.test.ts'];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...E2E_SUITES],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
