// The CLI's bundle: its own code only. @wscodes/core is a dependency, so every entry point of it
// (the main one, /details, /protocols, and any added later) stays an import, never a copy.
export default {
  input: 'src/bin.ts',
  platform: 'node',
  external: /^@wscodes\/core(\/|$)/,
  output: { file: 'dist/wscodes.js', format: 'esm' },
};
