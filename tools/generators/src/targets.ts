import { generateCore } from './core/generate-core.ts';
import { generateDocs } from './docs/generate-docs.ts';
import type { Target } from './files.ts';
import { COMPAT_PAGE_FILE } from './fixtures/compat-page.ts';
import { FIXTURES_DATA_DIR, FIXTURES_DATA_FILES, generateFixtures } from './fixtures/generate-fixtures.ts';
import { generateSchema, SCHEMA_FILES } from './schema/generate-schema.ts';
import { generateProtocolCatalogue, generateProtocolDocs, PROTOCOL_DOCS_DIR } from './protocols/index.ts';

// Imported statically: a full run needs every generator anyway, and a lazy import in a module that
// the test runner shares between test files can outlive the file that started it. (`--only docs`
// loads ts-morph too, about half a second.)

/**
 * Every generation target, in the order they run. Each owns the files it lists. The JSON of
 * @wscodes/schema and @wscodes/fixtures sits at the package root beside hand-written files
 * (package.json, compat.json), so those targets own their JSON file by file, not the folder.
 */
export const targets: readonly Target[] = [
  // The protocol catalogue rides with core and docs: its data file and pages (tools/generators/src/protocols/).
  { name: 'core', owns: ['packages/core/src/generated/'], generate: (registry) => [...generateCore(registry), generateProtocolCatalogue(registry)] },
  { name: 'schema', owns: SCHEMA_FILES, generate: generateSchema },
  {
    name: 'docs',
    owns: ['packages/docs/README.md', 'packages/docs/codes/', 'packages/docs/ranges.md', 'packages/docs/troubleshooting.md', 'packages/docs/registries/', PROTOCOL_DOCS_DIR],
    generate: (registry) => [...generateDocs(registry), ...generateProtocolDocs(registry)],
  },
  {
    name: 'fixtures',
    owns: ['packages/fixtures/README.md', ...FIXTURES_DATA_FILES.map((file) => FIXTURES_DATA_DIR + file), 'packages/fixtures/src/generated/', COMPAT_PAGE_FILE],
    generate: generateFixtures,
  },
];
