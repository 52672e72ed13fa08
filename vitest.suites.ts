import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configDefaults, type TestProjectInlineConfiguration } from 'vitest/config';

// The one home of the slow suites: `npm test` (vitest.projects.config.ts) leaves them out, and
// `npm run test:slow` (vitest.slow.config.ts) runs only them, as a CI step after `npm test`.
// A suite is slow when it type-checks (a TypeScript program costs seconds), runs markdownlint or
// Python (a process each), runs examples against real libraries, or runs whole syncs over IANA's
// real files. A suite a later change adds goes here when it costs seconds. Globs are relative to the
// repository root; one starting with `**/` matches that file name in any folder, so a suite keeps
// its place here when its folder is renamed.
export const SLOW_SUITES = [
  // type-checking: the generated core with core's sources, the README's examples, the type guards,
  // the fixtures loader's types against zod's
  '**/core-typecheck.test.ts',
  'packages/core/test/readme.test.ts',
  'packages/core/test/guards.test.ts',
  '**/types-agree.test.ts',
  // markdownlint-cli2 over the committed docs and over docs from hostile registries
  '**/docs-markdownlint.test.ts',
  // the schemas through Debian's python3-jsonschema
  'packages/schema/test/python.test.ts',
  // the schema README's Python and Go examples, through Debian's python3-jsonschema and golang-go
  'packages/schema/test/readme-examples.test.ts',
  // every generated example run against the library it names
  '**/examples.test.ts',
  // whole syncs over IANA's real files (../shared/iana), on copies of the registry: the history
  // replayed, the refusals and withdrawals, what a sync preserves, the references it makes stale
  'tools/iana-sync/test/history.test.ts',
  'tools/iana-sync/test/real-update.test.ts',
  'tools/iana-sync/test/refusals.test.ts',
  'tools/iana-sync/test/preservation.test.ts',
  'tools/iana-sync/test/stale-references.test.ts',
] as const;

/** The folders holding tests: every workspace package and tool. */
const FOLDERS = ['packages', 'tools'].flatMap((parent) =>
  readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(parent, entry.name, 'package.json')))
    .map((entry) => `${parent}/${entry.name}`),
);

/** SLOW_SUITES as globs relative to `folder`: the `**` ones as they are, the folder's own without its prefix. */
const slowIn = (folder: string): string[] =>
  SLOW_SUITES.flatMap((glob) => (glob.startsWith('**/') ? [glob] : glob.startsWith(`${folder}/`) ? [glob.slice(folder.length + 1)] : []));

/**
 * One project per folder, with the folder's own vitest.config.ts where it has one; `fast` leaves
 * the slow suites out, `slow` keeps only them. The selection is set by a plugin's `config` hook,
 * after the folder's config is merged in: a merged `include` would add to the folder's, not replace it.
 */
export function projects(suites: 'fast' | 'slow'): TestProjectInlineConfiguration[] {
  return FOLDERS.map((folder) => ({
    root: folder,
    // the package's name, as vitest names a folder project, for `--project NAME`
    test: { name: (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string }).name },
    extends: existsSync(join(folder, 'vitest.config.ts')) ? `./${folder}/vitest.config.ts` : undefined,
    plugins: [
      {
        name: 'wscodes:suites',
        config(config) {
          const test = (config.test ??= {});
          if (suites === 'slow') test.include = slowIn(folder);
          else test.exclude = [...(test.exclude ?? configDefaults.exclude), ...slowIn(folder)];
        },
      },
    ],
  }));
}
