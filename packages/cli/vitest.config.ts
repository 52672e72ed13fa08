import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The CLI is tested against @wscodes/core's own source, whether or not its dist is built.
    alias: {
      '@wscodes/core/details': fileURLToPath(new URL('../core/src/details.ts', import.meta.url)),
      '@wscodes/core/protocols': fileURLToPath(new URL('../core/src/protocols.ts', import.meta.url)),
      '@wscodes/core/names': fileURLToPath(new URL('../core/src/names.ts', import.meta.url)),
      '@wscodes/core/http-status': fileURLToPath(new URL('../core/src/http-status.ts', import.meta.url)),
      '@wscodes/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
  },
});
