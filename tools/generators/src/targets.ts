import type { Target } from './files.ts';

/** Every generation target, in the order they run. Each owns the files it lists. */
export const targets: readonly Target[] = [
  {
    name: 'core',
    owns: ['packages/core/src/generated/'],
    load: async () => (await import('./core/generate-core.ts')).generateCore,
  },
];
