import { defineConfig } from 'vitest/config';
import { E2E_SUITES } from './vitest.config.ts';

// npm run test:hostile: hostile registry input through the real validate process, with its peak memory.
export default defineConfig({
  test: {
    include: E2E_SUITES,
    testTimeout: 120_000,
  },
});
