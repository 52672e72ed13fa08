import type { Registry } from '@wscodes-tools/registry';
import { DO_NOT_EDIT, generatorFolder } from '../files.ts';

// The protocol catalogue's files are rendered by this folder's generators, run by the core and docs
// targets; the banner names both folders, and the catalogue's own folder.
const text = (registry: Registry, target: string): string =>
  `Generated from ${registry.source} by ${generatorFolder('protocols')} (run by the ${target} target, ${generatorFolder(target)}), ` +
  `with the catalogue in ${registry.protocols?.source ?? 'registry/protocols'}/. ${DO_NOT_EDIT}, then run npm run generate.`;

export const protocolBanner = {
  code: (registry: Registry, target: string): string => `// ${text(registry, target)}\n`,
  markdown: (registry: Registry, target: string): string => `<!-- ${text(registry, target)} -->\n`,
} as const;
