import { defineConfig } from 'vitest/config';
import { projects } from './vitest.suites.ts';

// `npm run test:slow`: only the slow suites (SLOW_SUITES in vitest.suites.ts), which `npm test` leaves
// out: type-checking, markdownlint, Python and the examples run against real libraries. A CI step
// after `npm test`; `npm run test:all` runs both.
export default defineConfig({
  test: {
    projects: projects('slow'),
  },
});
