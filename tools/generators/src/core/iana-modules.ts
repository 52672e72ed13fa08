// One core module per IANA registry besides close codes, for each registry the registry folder
// holds (a tool test's small registry has none: then nothing is emitted). Each registry with
// something to offer in core has a builder below; a new registry module gets no core module until
// it has one, and nothing else changes (hasCoreModule tells the tests). A builder's module ships
// once an entry of @wscodes/core (frames.ts, handshake.ts) exports it.
import { basename } from 'node:path';
import type { ts } from 'ts-morph';
import { IANA_REGISTRIES, type IanaRegistries, type IanaRegistryId, type IanaRegistryModule, type Registry } from '@wscodes-tools/registry';
import { headerBitStatements, opcodeStatements } from './frame-modules.ts';
import { extensionStatements, subprotocolStatements, versionStatements } from './handshake-modules.ts';
import { IANA_TYPES_MODULE, ianaTypesStatements } from './iana-records.ts';

const GENERATED_DIR = 'packages/core/src/generated/';

type Builders = { readonly [Id in IanaRegistryId]?: (registry: IanaRegistries[Id]) => ts.Statement[] };

const BUILDERS: Builders = {
  opcodes: opcodeStatements,
  headerBits: headerBitStatements,
  versions: versionStatements,
  extensions: extensionStatements,
  subprotocols: subprotocolStatements,
};

export interface CoreModule {
  readonly path: string;
  /** What the banner names as the source. */
  readonly source: string;
  readonly statements: ts.Statement[];
}

/** Whether a registry module has a core module: a builder above. A module without one gets none. */
export const hasCoreModule = (id: string): boolean => Object.hasOwn(BUILDERS, id);

/** Where a registry's core module goes: registry/opcodes.yaml gives generated/opcodes.ts. */
export const coreModulePath = (file: string): string => `${GENERATED_DIR}${basename(file, '.yaml')}.ts`;

/** `registryModules` is there for tests: a registry module of their own, which has no builder. */
export function ianaCoreFiles(registry: Registry, registryModules: readonly Pick<IanaRegistryModule, 'id' | 'file'>[] = IANA_REGISTRIES): CoreModule[] {
  const modules: CoreModule[] = [];
  for (const module of registryModules) {
    const data = (registry.ianaRegistries as Readonly<Record<string, IanaRegistries[IanaRegistryId]>> | undefined)?.[module.id];
    const build = BUILDERS[module.id as IanaRegistryId] as ((registry: NonNullable<typeof data>) => ts.Statement[]) | undefined;
    if (data === undefined || build === undefined) continue;
    modules.push({ path: coreModulePath(module.file), source: data.source, statements: build(data) });
  }
  if (modules.length === 0) return [];
  return [{ path: `${GENERATED_DIR}${IANA_TYPES_MODULE}.ts`, source: 'tools/registry/src/iana-registries/record-shape.ts', statements: ianaTypesStatements() }, ...modules];
}
