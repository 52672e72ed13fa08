import { defineConfig } from 'vitest/config';

// tools/release has no package.json (it is not an npm workspace package, so it needs no install);
// run its tests with `npm run test:release` (vitest run --root tools/release).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The integration suites pack, copy and build real packages.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
