// Runs the installed markdownlint-cli2 with the docs package's checked-in configuration.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DOCS_DIR = fileURLToPath(new URL('../../../../../packages/docs/', import.meta.url));
export const CONFIG_FILE = '.markdownlint-cli2.jsonc';
const CLI = fileURLToPath(new URL('../../../../../node_modules/.bin/markdownlint-cli2', import.meta.url));

export interface LintResult {
  readonly ok: boolean;
  readonly output: string;
}

/** Lints every Markdown file under `dir`, which must hold the configuration (see useDocsConfig). */
export function markdownlint(dir: string = DOCS_DIR): LintResult {
  const run = spawnSync(CLI, [], { cwd: dir, encoding: 'utf8' });
  if (run.error) throw new Error(`cannot run ${CLI}: ${run.error.message} (is markdownlint-cli2 installed? run npm ci)`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Copies the docs package's configuration into another folder, so it is linted by the same rules. */
export const useDocsConfig = (dir: string): void => copyFileSync(join(DOCS_DIR, CONFIG_FILE), join(dir, CONFIG_FILE));
