import { defineConfig } from 'vitest/config';
import { E2E_SUITES } from './vitest.config.ts';

// npm run test:release: the release gates and the dry run, proven on real packed packages.
export default defineConfig({
  test: {
    include: E2E_SUITES,
    // They pack, copy and build real packages.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
