import type { Registry } from '@wscodes-tools/registry';
import type { GeneratedFile } from './output/writer.ts';

export type { GeneratedFile };

/** A pure function: the same Registry always gives the same files, byte for byte. */
export type Generator = (registry: Registry) => readonly GeneratedFile[];

export interface Target {
  readonly name: string;
  /**
   * Folders (ending in /) and files this target owns. The writer removes files inside an owned
   * folder that the generator no longer produces, and --check reports them as stale.
   */
  readonly owns: readonly string[];
  readonly generate: Generator;
}

/** Where a target's generator lives: the folder under tools/generators/src/ named after the target. */
export const generatorFolder = (target: string): string => `tools/generators/src/${target}/`;

export const DO_NOT_EDIT = 'Do not edit: change the registry or the generator';

/** `also` names a further source after the generator, as in ", with the catalogue in registry/protocols/". */
const BANNER_TEXT = (registry: Registry, target: string, also = '') =>
  `Generated from ${registry.source} by ${generatorFolder(target)}${also}. ${DO_NOT_EDIT}, then run npm run generate.`;

/** The do-not-edit banner, in the comment syntax of each kind of file. `target` names the generator's folder. */
export const banner = {
  /** For TypeScript and JavaScript. */
  code: (registry: Registry, target: string, also?: string) => `// ${BANNER_TEXT(registry, target, also)}\n`,
  /** For Markdown: an HTML comment, invisible when rendered. */
  markdown: (registry: Registry, target: string, also?: string) => `<!-- ${BANNER_TEXT(registry, target, also)} -->\n`,
  /** For JSON, which has no comments: the value of a "$comment" member. */
  json: (registry: Registry, target: string) => BANNER_TEXT(registry, target),
} as const;

/** What a banner adds for a file rendered from the protocol catalogue too: the catalogue's folder. */
export const withCatalogue = (registry: Registry): string => `, with the catalogue in ${registry.protocols?.source ?? 'registry/protocols'}/`;
