import { posix } from 'node:path';
import { IANA_REGISTRIES, type IanaRegistryData, type IanaRegistryModule, type Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { toJson } from '../output/json.ts';
import { schemaId } from '../json-schemas/schema-id.ts';
import { derivedSchema, renderSchema, SCHEMA_DIR } from './schema-file.ts';

// A schema and a data file for each of IANA's other WebSocket registries, the way registry.schema.json
// and registry.json serve close codes. Everything here iterates over IANA_REGISTRIES: a new
// registry module gets its pair of files without an edit to this target.

const MODULES = IANA_REGISTRIES as readonly IanaRegistryModule[];

/** The files of one registry, named after its YAML file: registry/opcodes.yaml gives opcodes.json and opcodes.schema.json. */
export function ianaRegistryFileNames(module: Pick<IanaRegistryModule, 'file'>): { readonly data: string; readonly schema: string } {
  const stem = posix.basename(module.file, posix.extname(module.file));
  return { data: `${stem}.json`, schema: `${stem}.schema.json` };
}

/** Every file name this part of the target can write, whether or not the registry at hand has the registry. */
export const IANA_REGISTRY_FILES: readonly string[] = MODULES.flatMap((module) => {
  const { schema, data } = ianaRegistryFileNames(module);
  return [schema, data];
});

/** The registry's document schema, derived from the module's zod schema and never written by hand. */
function documentSchema(module: IanaRegistryModule) {
  const { schema, data } = ianaRegistryFileNames(module);
  return derivedSchema(schema, data, module.document, `wscodes ${module.title.toLowerCase()} registry`);
}

/** The banners name the registry's own YAML file, as registry.json names registry/close-codes.yaml. */
const fromSource = (registry: Registry, data: IanaRegistryData): Registry => ({ ...registry, source: data.source });

/**
 * The schema and the data file of each registry the Registry carries. A registry it lacks (a tool
 * test's small registry has none) gives no files. `modules` is there for tests: a registry module of
 * their own.
 */
export function generateIanaRegistryFiles(registry: Registry, modules: readonly IanaRegistryModule[] = MODULES): GeneratedFile[] {
  return modules.flatMap((module) => {
    const data = (registry.ianaRegistries as Readonly<Record<string, IanaRegistryData>> | undefined)?.[module.id];
    if (!data) return [];
    const names = ianaRegistryFileNames(module);
    const source = fromSource(registry, data);
    const { $schema: _schema, $comment: _comment, ...document } = data.document as IanaRegistryData['document'] & { $schema?: string; $comment?: string };
    return [
      renderSchema(source, documentSchema(module)),
      { path: SCHEMA_DIR + names.data, contents: toJson({ $schema: schemaId(names.schema), $comment: banner.json(source, 'schema'), ...document }) },
    ];
  });
}
