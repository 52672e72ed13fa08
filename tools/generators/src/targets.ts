import type { Target } from './files.ts';

/** Every generation target, in the order they run. Each owns the files it lists. */
export const targets: readonly Target[] = [
  {
    name: 'core',
    owns: ['packages/core/src/generated/'],
    load: async () => (await import('./core/generate-core.ts')).generateCore,
  },
  {
    name: 'schema',
    owns: ['packages/schema/generated/'],
    load: async () => (await import('./schema/generate-schema.ts')).generateSchema,
  },
  {
    name: 'docs',
    owns: ['packages/docs/README.md', 'packages/docs/codes/', 'packages/docs/ranges.md', 'packages/docs/troubleshooting.md'],
    load: async () => (await import('./docs/generate-docs.ts')).generateDocs,
  },
  {
    name: 'fixtures',
    owns: ['packages/fixtures/README.md', 'packages/fixtures/generated/', 'packages/fixtures/src/generated/'],
    load: async () => (await import('./fixtures/generate-fixtures.ts')).generateFixtures,
  },
];
