// Does what npm would publish agree with the registry it was built from? The maintainer loop
// packs the four public packages after each sync and one build, and checks every registry entry
// in each: a package that nx restored from a stale cache disagrees here.

/** What the loop knows about a registry entry, read from the YAML the packages were built from. */
export interface ExpectedEntry {
  readonly code: number;
  readonly key: string;
  readonly name: string;
  readonly receive: boolean;
  readonly ianaDescription: string | undefined;
  /** Withdrawn entries: whether the constant is still exported (as a deprecated alias). */
  readonly withdrawn?: { readonly constantKept: boolean };
}

/** The parts of @wscodes/core the check calls, from the packed dist. */
export interface PackedCore {
  readonly CloseCode: Readonly<Record<string, number>>;
  readonly getCloseCodeInfo: (code: number) => { readonly name: string } | undefined;
  /** From the `@wscodes/core/details` entry point, where IANA's records live. */
  readonly getCloseCodeDetails: (code: number) => { readonly iana: { readonly description: string } | null };
  readonly isValidCloseCode: (code: number) => boolean;
}

interface PayloadVector {
  readonly id: string;
  readonly expected: { readonly valid: boolean };
}

export interface PackedPackages {
  readonly core: PackedCore;
  /** @wscodes/schema's registry.json, parsed. */
  readonly registryJson: { readonly iana?: { readonly updated?: string }; readonly codes?: readonly { readonly code: number; readonly key: string; readonly iana?: { readonly description: string } }[] };
  /** @wscodes/docs's files: path inside the package -> text. */
  readonly docs: ReadonlyMap<string, string>;
  /** @wscodes/fixtures: the payload vectors of its JSON file, and those its built loader exports. */
  readonly payloadVectorsJson: readonly PayloadVector[];
  readonly payloadVectorsLoader: readonly PayloadVector[];
  /** Each entry point of @wscodes/core's export map (".", "./frames", ...), imported from the packed dist. */
  readonly coreEntries: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** A JSON file at @wscodes/schema's root, parsed; undefined when the package has none by that name. */
  readonly schemaFile: (name: string) => unknown;
}

/** What the loop knows about one of IANA's other registries, read from its YAML. */
export interface ExpectedRegistry {
  /** The YAML file, such as registry/subprotocols.yaml: the schema and docs files are named after it. */
  readonly file: string;
  readonly updated: string;
  /** The entries IANA lists (not withdrawn), each with IANA's fields. */
  readonly listed: readonly { readonly value: number | string; readonly iana: unknown }[];
}

/**
 * Does every package ship each of IANA's other registries as its YAML holds it? The schema's data
 * file, the docs page and one table of some core entry point (any export whose records carry the
 * same IANA fields) must all agree; no registry is named here, so a new module is checked too.
 */
export function packedRegistryProblems(registries: readonly ExpectedRegistry[], packed: PackedPackages): string[] {
  const problems: string[] = [];
  const tables = Object.values(packed.coreEntries).flatMap((entry) => Object.values(entry).filter((v): v is readonly { iana?: unknown }[] => Array.isArray(v)));
  for (const registry of registries) {
    const name = registry.file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    const data = packed.schemaFile(`${name}.json`) as { iana?: { updated?: string }; entries?: { value: unknown; withdrawn?: unknown }[] } | undefined;
    const values = registry.listed.map((e) => e.value);
    if (!data) problems.push(`@wscodes/schema: no ${name}.json`);
    else {
      if (data.iana?.updated !== registry.updated) problems.push(`@wscodes/schema: ${name}.json says IANA updated ${data.iana?.updated}, ${registry.file} says ${registry.updated}`);
      const shipped = (data.entries ?? []).filter((e) => !e.withdrawn).map((e) => e.value);
      if (JSON.stringify(shipped) !== JSON.stringify(values)) problems.push(`@wscodes/schema: ${name}.json lists ${shipped.length} entries, ${registry.file} ${values.length}`);
    }
    const page = packed.docs.get(`registries/${name}.md`);
    if (page === undefined) problems.push(`@wscodes/docs: no registries/${name}.md`);
    else for (const value of values) if (!normalised(page).includes(String(value))) problems.push(`@wscodes/docs: registries/${name}.md does not list ${value}`);
    const iana = JSON.stringify(registry.listed.map((e) => e.iana));
    if (!tables.some((table) => JSON.stringify(table.map((row) => row.iana)) === iana)) {
      problems.push(`@wscodes/core: no table of any entry point carries ${registry.file}'s entries with IANA's fields as the YAML has them`);
    }
  }
  return problems;
}

const payloadId = (code: number): string => `payload-code-${code}`;

/** Every disagreement between the packed packages and the registry, one line each; empty when they agree. */
export function packedProblems(entries: readonly ExpectedEntry[], ianaUpdated: string, packed: PackedPackages): string[] {
  const problems: string[] = [];
  const say = (pkg: string, text: string) => problems.push(`${pkg}: ${text}`);

  if (packed.registryJson.iana?.updated !== ianaUpdated) {
    say('@wscodes/schema', `registry.json says IANA updated ${packed.registryJson.iana?.updated}, the registry says ${ianaUpdated}`);
  }
  const schemaCodes = new Map((packed.registryJson.codes ?? []).map((c) => [c.code, c]));
  const jsonVectors = new Map(packed.payloadVectorsJson.map((v) => [v.id, v]));
  const loaderVectors = new Map(packed.payloadVectorsLoader.map((v) => [v.id, v]));
  const docPages = [...packed.docs.keys()];

  for (const entry of entries) {
    const { code } = entry;
    // core
    const info = packed.core.getCloseCodeInfo(code);
    if (!info) say('@wscodes/core', `getCloseCodeInfo(${code}) knows no entry`);
    else {
      if (info.name !== entry.name) say('@wscodes/core', `${code} is named ${JSON.stringify(info.name)}, the registry says ${JSON.stringify(entry.name)}`);
      const iana = packed.core.getCloseCodeDetails(code).iana?.description;
      if (iana !== entry.ianaDescription) {
        say('@wscodes/core', `${code}'s IANA description (@wscodes/core/details) is ${JSON.stringify(iana)}, the registry says ${JSON.stringify(entry.ianaDescription)}`);
      }
    }
    const constantKept = entry.withdrawn ? entry.withdrawn.constantKept : true;
    const constant = packed.core.CloseCode[entry.key];
    if (constantKept && constant !== code) say('@wscodes/core', `CloseCode.${entry.key} is ${constant}, expected ${code}`);
    if (!constantKept && entry.key in packed.core.CloseCode) say('@wscodes/core', `CloseCode.${entry.key} is still exported, but its constant was removed`);
    if (packed.core.isValidCloseCode(code) !== entry.receive) say('@wscodes/core', `isValidCloseCode(${code}) is ${!entry.receive}, the registry says ${entry.receive}`);
    // schema
    const schemaEntry = schemaCodes.get(code);
    if (!schemaEntry) say('@wscodes/schema', `registry.json has no entry for ${code}`);
    else if (schemaEntry.key !== entry.key || schemaEntry.iana?.description !== entry.ianaDescription) {
      say('@wscodes/schema', `registry.json's entry for ${code} differs from the registry (key or IANA description)`);
    }
    // docs
    const page = docPages.find((p) => p.startsWith(`codes/${code}-`));
    const text = page === undefined ? undefined : packed.docs.get(page)!;
    if (text === undefined) say('@wscodes/docs', `no page codes/${code}-*.md`);
    else {
      if (!text.includes(entry.name)) say('@wscodes/docs', `${page} does not name ${JSON.stringify(entry.name)}`);
      if (entry.ianaDescription !== undefined && !normalised(text).includes(normalised(entry.ianaDescription))) {
        say('@wscodes/docs', `${page} does not quote IANA's description ${JSON.stringify(entry.ianaDescription)}`);
      }
      if (entry.withdrawn && !/withdrawn/i.test(text)) say('@wscodes/docs', `${page} does not say that ${code} is withdrawn`);
    }
    // fixtures
    for (const [where, vectors] of [['JSON', jsonVectors], ['loader', loaderVectors]] as const) {
      const vector = vectors.get(payloadId(code));
      if (!vector) say('@wscodes/fixtures', `${where}: no vector ${payloadId(code)}`);
      else if (vector.expected.valid !== entry.receive) say('@wscodes/fixtures', `${where}: ${payloadId(code)} expects valid ${vector.expected.valid}, the registry says ${entry.receive}`);
    }
  }
  return problems;
}

// Markdown may wrap or escape a description; compare words only.
const normalised = (text: string): string => text.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');
