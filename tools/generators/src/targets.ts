import { generateCore } from './core/generate-core.ts';
import { generateDocs } from './docs/generate-docs.ts';
import type { Target } from './files.ts';
import { generateFixtures } from './fixtures/generate-fixtures.ts';
import { generateSchema } from './schema/generate-schema.ts';

// Imported statically: a full run needs every generator anyway, and a lazy import in a module that
// the test runner shares between test files can outlive the file that started it. (`--only docs`
// loads ts-morph too, about half a second.)

/** Every generation target, in the order they run. Each owns the files it lists. */
export const targets: readonly Target[] = [
  { name: 'core', owns: ['packages/core/src/generated/'], generate: generateCore },
  { name: 'schema', owns: ['packages/schema/generated/'], generate: generateSchema },
  {
    name: 'docs',
    owns: ['packages/docs/README.md', 'packages/docs/codes/', 'packages/docs/ranges.md', 'packages/docs/troubleshooting.md'],
    generate: generateDocs,
  },
  {
    name: 'fixtures',
    owns: ['packages/fixtures/README.md', 'packages/fixtures/generated/', 'packages/fixtures/src/generated/'],
    generate: generateFixtures,
  },
];
