import { CLI_GENERATED_DIR, generateCli } from './cli/generate-cli.ts';
import { generateCore } from './core/generate-core.ts';
import { DOCS_FILES, generateDocs } from './docs/generate-docs.ts';
import type { Target } from './files.ts';
import { generateSchema, SCHEMA_FILES } from './schema/generate-schema.ts';
import { generateVectors, VECTORS_FILES } from './vectors/generate-vectors.ts';

// Imported statically: a full run needs every generator anyway, and a lazy import in a module that
// the test runner shares between test files can outlive the file that started it. (`--only docs`
// loads ts-morph too, about half a second.)

/**
 * Every generation target, in the order they run. Each owns the files it lists, and its generator
 * lives in the folder of its name (core/, schema/, docs/, vectors/, cli/). The JSON of @wscodes/schema
 * and @wscodes/fixtures sits at the package root beside hand-written files (package.json,
 * compat.json), so those targets own their JSON file by file, not the folder.
 */
export const targets: readonly Target[] = [
  { name: 'core', owns: ['packages/core/src/generated/'], generate: generateCore },
  { name: 'schema', owns: SCHEMA_FILES, generate: generateSchema },
  { name: 'docs', owns: DOCS_FILES, generate: generateDocs },
  { name: 'vectors', owns: VECTORS_FILES, generate: generateVectors },
  { name: 'cli', owns: [CLI_GENERATED_DIR], generate: (registry) => generateCli(registry) },
];
