// Reads the shipped JSON the way a consumer does: through the package's `exports`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { loadRegistry, type HandshakeStatuses, type IanaRegistryData, type ProtocolCatalogue } from '@wscodes-tools/registry';

const require = createRequire(import.meta.url);

export const PACKAGE_NAME = '@wscodes/schema';
export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string>;
  files: string[];
};

/** Every exported JSON file's subpath name, such as `close-code.schema.json`. */
export const exportedFiles = Object.keys(packageJson.exports)
  .filter((subpath) => subpath !== './package.json')
  .map((subpath) => subpath.slice(2));

export const schemaFiles = exportedFiles.filter((file) => file.endsWith('.schema.json'));

export const resolveExport = (file: string): string => require.resolve(`${PACKAGE_NAME}/${file}`);

// Any: these are documents read from disk, checked by the tests themselves.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const readExport = (file: string): any => JSON.parse(readFileSync(resolveExport(file), 'utf8'));

/** What this package ships for one of IANA's other registries: its data file and the schema that file names. */
export interface IanaRegistryFiles {
  readonly registry: IanaRegistryData;
  readonly data: string;
  readonly schema: string;
}

const loaded = loadRegistry();

/** The protocol catalogue the repository loads (registry/protocols/), which protocols.json ships. */
export const protocolCatalogue: ProtocolCatalogue | undefined = loaded.protocols;

/** The handshake-status table the repository loads (registry/handshake-statuses.yaml), which handshake-statuses.json ships. */
export const handshakeStatuses: HandshakeStatuses | undefined = loaded.handshakeStatuses;

/** The registries the repository loads beside close codes, each with its files, named after its YAML file. */
export const ianaRegistryFiles: readonly IanaRegistryFiles[] = Object.values(loaded.ianaRegistries ?? {}).map((registry) => {
  const stem = posix.basename(registry.source, '.yaml');
  return { registry: registry as IanaRegistryData, data: `${stem}.json`, schema: `${stem}.schema.json` };
});

/**
 * What package.json must add or drop so that it publishes exactly the files the schema generator
 * writes: one line per missing or stale entry, each saying what to change.
 */
export function publishProblems(manifest: { exports: Record<string, string>; files: string[] }, written: readonly string[]): string[] {
  const exported = new Set(Object.keys(manifest.exports).filter((s) => s !== './package.json').map((s) => s.slice(2)));
  const listed = new Set(manifest.files.filter((f) => f.endsWith('.json')));
  const problems: string[] = [];
  for (const file of written) {
    if (!exported.has(file)) problems.push(`${file} is generated but not exported: add "./${file}": "./${file}" to exports in packages/schema/package.json`);
    if (!listed.has(file)) problems.push(`${file} is generated but not published: add "${file}" to files in packages/schema/package.json`);
  }
  for (const file of new Set([...exported, ...listed])) {
    if (!written.includes(file)) problems.push(`${file} is in packages/schema/package.json but the schema generator does not write it: remove it from exports and files`);
  }
  return problems;
}
