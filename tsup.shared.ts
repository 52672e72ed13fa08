import type { Options } from 'tsup';

/** The build of every public package with JavaScript: ESM and CJS, each with its declarations. */
export const libraryBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // tsup's declaration build passes `baseUrl` to TypeScript itself, which TypeScript 6.0 rejects as
  // deprecated (TS5101). The option is tsup's, not ours, so silence that one deprecation there only.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  treeshake: true,
  target: 'es2020',
  sourcemap: false,
};
