import { COMPAT_FILE, REPO_ROOT } from '@wscodes-tools/registry';
import { replaceFiles as replaceAll } from '@wscodes-tools/generators/output';
import { main } from './cli.ts';

/** The generators' all-or-nothing writer: every file written beside its target, then all renamed. */
const replaceFiles = (files: readonly { readonly path: string; readonly text: string }[]): void =>
  replaceAll(REPO_ROOT, files.map((f) => ({ path: f.path, contents: f.text })));

process.exitCode = await main(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  writeCompat: (text) => replaceFiles([{ path: COMPAT_FILE, text }]),
  replaceFiles,
});
