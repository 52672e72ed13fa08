// The schemas through Debian's python3-jsonschema (Draft202012Validator), as a non-Node consumer
// would use them. Skipped loudly when it is missing; WSCODES_REQUIRE_ALL=1 turns the skip into a failure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLOSE_CODE, consumerCases, handshakeStatusCases, ianaRegistryCases, mismatches, PROTOCOLS, protocolCatalogueCases, REGISTRY, type Case } from './cases.ts';
import { ianaRegistryFiles, readExport, schemaFiles } from './package-files.ts';

// Debian's interpreter, never a virtualenv's; WSCODES_PYTHON only exists to rehearse the missing case.
const PYTHON = process.env.WSCODES_PYTHON ?? '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('validate.py', import.meta.url));
const INSTALL = 'apt-get update && apt-get install -y python3-jsonschema';
const requireAll = process.env.WSCODES_REQUIRE_ALL === '1';

function probe(): string | null {
  const run = spawnSync(PYTHON, ['-c', 'from jsonschema import Draft202012Validator'], { encoding: 'utf8' });
  if (run.error) return `${PYTHON} cannot run (${run.error.message})`;
  if (run.status !== 0) return `${PYTHON} has no jsonschema with Draft202012Validator: ${run.stderr.trim().split('\n').at(-1)}`;
  return null;
}

const missing = probe();
if (missing) {
  console.warn(
    `\n!!! python3-jsonschema consumer tests ${requireAll ? 'FAIL' : 'are SKIPPED'}: ${missing}\n` +
      `!!! install it with: ${INSTALL}\n`,
  );
}

interface PythonAnswer {
  readonly schemas: Record<string, string | null>;
  readonly verdicts: (boolean | null)[];
}

function python(schemas: Record<string, unknown>, cases: readonly Case[]): PythonAnswer {
  const run = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify({ schemas, cases: cases.map(({ schema, instance }) => ({ schema, instance })) }),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`validate.py failed: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as PythonAnswer;
}

const registryJson = readExport('registry.json');
const shipped = Object.fromEntries(schemaFiles.map((file) => [file, readExport(file)]));
// The close-code cases, each of IANA's other registries (its data file and the edits it refuses), the protocol catalogue, then the handshake statuses.
const cases = [
  ...consumerCases(registryJson),
  ...ianaRegistryFiles.flatMap(({ data, schema }) => ianaRegistryCases(schema, readExport(data))),
  ...protocolCatalogueCases(readExport('protocols.json')),
  ...handshakeStatusCases(readExport('handshake-statuses.json')),
];

describe.skipIf(missing !== null && !requireAll)('python3-jsonschema (Draft202012Validator)', { timeout: 60_000 }, () => {
  it('is installed', () => {
    expect(missing, `${missing}; install it with: ${INSTALL}`).toBeNull();
  });

  it('accepts every shipped schema (check_schema)', () => {
    const answer = python(shipped, []);
    expect(Object.keys(answer.schemas).sort()).toEqual([...schemaFiles].sort());
    expect(answer.schemas).toEqual(Object.fromEntries(schemaFiles.map((file) => [file, null])));
  });

  it('accepts registry.json and the valid documents, and rejects the invalid ones', () => {
    const answer = python(shipped, cases);
    expect(cases.filter((c) => c.schema === REGISTRY && c.valid).length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.schema === CLOSE_CODE && !c.valid).map((c) => c.instance)).toEqual(
      expect.arrayContaining([1005, 2999, 5000, -1, 1000.5, '1000']),
    );
    expect(mismatches(cases, answer.verdicts)).toEqual([]);
  });

  it("accepts each IANA registry's data file and rejects each broken one", () => {
    const answer = python(shipped, cases);
    for (const { data, schema } of ianaRegistryFiles) {
      const own = cases.filter((c) => c.schema === schema);
      expect(own.filter((c) => c.valid).length, data).toBeGreaterThan(0);
      expect(own.filter((c) => !c.valid).length, data).toBeGreaterThan(0);
      expect(answer.schemas[schema], schema).toBeNull();
    }
    expect(mismatches(cases, answer.verdicts)).toEqual([]);
  });

  it('accepts protocols.json and rejects each broken catalogue', () => {
    const answer = python(shipped, cases);
    const own = cases.filter((c) => c.schema === PROTOCOLS);
    expect(own.filter((c) => c.valid).map((c) => c.why)).toContain('the shipped protocols.json');
    expect(own.filter((c) => !c.valid).length).toBeGreaterThan(10);
    expect(answer.schemas[PROTOCOLS]).toBeNull();
    expect(mismatches(cases, answer.verdicts)).toEqual([]);
  });

  it("catches a catalogue schema that lets a code's unknown keys through", () => {
    const loose = structuredClone(shipped[PROTOCOLS]);
    delete loose.$defs.WscodesProtocol.properties.codes.items.additionalProperties;
    const found = mismatches(cases, python({ ...shipped, [PROTOCOLS]: loose }, cases).verdicts);
    expect(found).toEqual([expect.stringMatching(/^protocols\.schema\.json .*\(code \d+ of .* with an unknown key\): expected invalid, got true$/)]);
  });

  it('fails a schema with an invalid type (check_schema)', () => {
    const answer = python({ [CLOSE_CODE]: { ...shipped[CLOSE_CODE], type: 'integr' } }, cases.filter((c) => c.schema === CLOSE_CODE));
    expect(answer.schemas[CLOSE_CODE]).toMatch(/integr/);
    expect(answer.verdicts.every((v) => v === null)).toBe(true);
  });

  it('catches a schema that wrongly accepts 1005', () => {
    const broken = { ...shipped[CLOSE_CODE], anyOf: [...shipped[CLOSE_CODE].anyOf, { const: 1005 }] };
    const answer = python({ ...shipped, [CLOSE_CODE]: broken }, cases);
    expect(answer.schemas[CLOSE_CODE]).toBeNull();
    const found = mismatches(cases, answer.verdicts);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^close-code\.schema\.json 1005 .*expected invalid, got true$/);
  });

  it('catches a registry schema that lets unknown keys through', () => {
    const loose = structuredClone(shipped[REGISTRY]);
    delete loose.$defs.WscodesRegistry.properties.codes.items.additionalProperties;
    const found = mismatches(cases, python({ ...shipped, [REGISTRY]: loose }, cases).verdicts);
    expect(found).toEqual([expect.stringMatching(/\(code \d+ with an unknown key\): expected invalid, got true$/)]);
  });

  it("catches each IANA registry schema that lets an entry's unknown keys through", () => {
    const loose = Object.fromEntries(
      ianaRegistryFiles.map(({ schema }) => {
        const copy = structuredClone(shipped[schema]);
        const [definition] = Object.values(copy.$defs) as { properties: { entries: { items: { additionalProperties?: boolean } } } }[];
        delete definition!.properties.entries.items.additionalProperties;
        return [schema, copy];
      }),
    );
    const found = mismatches(cases, python({ ...shipped, ...loose }, cases).verdicts);
    expect(found).toEqual(ianaRegistryFiles.map(({ schema }) => expect.stringMatching(new RegExp(`^${schema.replace(/\./g, '\\.')} .*with an unknown key\\): expected invalid, got true$`))));
  });
});
