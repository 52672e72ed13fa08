import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CLOSE_CODE, consumerCases, HANDSHAKE_STATUSES, handshakeStatusCases, ianaRegistryCases, mismatches, PROTOCOLS, protocolCatalogueCases, type Case } from './cases.ts';
import { ianaRegistryFiles, readExport, schemaFiles } from './package-files.ts';

const newAjv = () => new Ajv2020({ strict: true, allErrors: true });
const registryJson = readExport('registry.json');

/** Compiles every schema into one strict ajv, then gives each case's verdict. */
function ajvVerdicts(schemas: Record<string, object>, cases: readonly Case[]): boolean[] {
  const ajv = newAjv();
  const validators = new Map(Object.entries(schemas).map(([file, schema]) => [file, ajv.compile(schema)]));
  return cases.map((c) => validators.get(c.schema)!(c.instance) as boolean);
}

const shipped = Object.fromEntries(schemaFiles.map((file) => [file, readExport(file)]));

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('ajv 8 (Ajv2020, strict: true)', { timeout: 30_000 }, () => {
  it.each(schemaFiles)('compiles %s', (file) => {
    expect(() => newAjv().compile(shipped[file])).not.toThrow();
  });

  it('validates registry.json against registry.schema.json', () => {
    const validate = newAjv().compile(shipped['registry.schema.json']);
    expect(validate(registryJson), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(ianaRegistryFiles.map((f) => [f.data, f] as const))('validates %s against the schema it names', (_data, { data, schema }) => {
    const validate = newAjv().compile(shipped[schema]);
    expect(validate(readExport(data)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("agrees with every case of IANA's other registries", () => {
    const cases = ianaRegistryFiles.flatMap(({ data, schema }) => ianaRegistryCases(schema, readExport(data)));
    expect(cases.filter((c) => !c.valid).length).toBeGreaterThan(ianaRegistryFiles.length * 5);
    expect(mismatches(cases, ajvVerdicts(shipped, cases))).toEqual([]);
  });

  it('validates protocols.json against protocols.schema.json, and agrees with every case of the catalogue', () => {
    const protocolsJson = readExport('protocols.json');
    const validate = newAjv().compile(shipped[PROTOCOLS]);
    expect(validate(protocolsJson), JSON.stringify(validate.errors)).toBe(true);
    const cases = protocolCatalogueCases(protocolsJson);
    expect(cases.filter((c) => !c.valid).length).toBeGreaterThan(10);
    expect(mismatches(cases, ajvVerdicts(shipped, cases))).toEqual([]);
  });

  it('validates handshake-statuses.json against its schema, and agrees with every case of the table', () => {
    const table = readExport('handshake-statuses.json');
    const validate = newAjv().compile(shipped[HANDSHAKE_STATUSES]);
    expect(validate(table), JSON.stringify(validate.errors)).toBe(true);
    const cases = handshakeStatusCases(table);
    expect(cases.filter((c) => !c.valid).length).toBeGreaterThan(8);
    expect(mismatches(cases, ajvVerdicts(shipped, cases))).toEqual([]);
  });

  it('agrees with every consumer case', () => {
    const cases = consumerCases(registryJson);
    expect(cases.length).toBeGreaterThan(60);
    expect(mismatches(cases, ajvVerdicts(shipped, cases))).toEqual([]);
  });
});

describe('ajv over the whole 16-bit space', { timeout: 30_000 }, () => {
  // An oracle written from registry.json alone: a range's receive rule, then each entry's own flag.
  const entries = new Map<number, { receive: boolean }>(registryJson.codes.map((c: { code: number }) => [c.code, c]));
  const ranges = (registryJson.ranges as { range: string; receive: string }[]).map((r) => {
    const [from, to] = r.range.split('-').map(Number) as [number, number];
    return { from, to, receive: r.receive };
  });
  const receivable = (code: number) => {
    const range = ranges.find((r) => code >= r.from && code <= r.to);
    const entry = entries.get(code);
    if (!range || range.receive === 'none') return false;
    return entry ? entry.receive : range.receive === 'any';
  };

  it('close-code.schema.json accepts exactly the codes the registry says are valid on receipt', () => {
    const validate = newAjv().compile(shipped[CLOSE_CODE]);
    const wrong: number[] = [];
    for (let code = -2; code <= 65537; code++) if (validate(code) !== receivable(code)) wrong.push(code);
    expect(wrong).toEqual([]);
  });

  it('api-close-code.schema.json accepts exactly 1000 and 3000-4999', () => {
    const validate = newAjv().compile(shipped['api-close-code.schema.json']);
    const wrong: number[] = [];
    for (let code = -2; code <= 65537; code++) {
      if (validate(code) !== (code === 1000 || (code >= 3000 && code <= 4999))) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });

  it('registered-close-code.schema.json lists each registry code once, with its name and summary', () => {
    const schema = shipped['registered-close-code.schema.json'];
    expect(schema.oneOf).toEqual(
      registryJson.codes.map((c: { code: number; name: string; summary: string }) => ({ const: c.code, title: c.name, description: c.summary })),
    );
  });
});

describe('the ajv checks fail on a broken schema', { timeout: 30_000 }, () => {
  it('strict ajv refuses a schema with an invalid type', () => {
    expect(() => newAjv().compile({ ...shipped[CLOSE_CODE], type: 'integr' })).toThrow(/type/);
  });

  it("the cases catch a registry schema that lets an entry's unknown keys through", () => {
    for (const { data, schema } of ianaRegistryFiles) {
      const loose = structuredClone(shipped[schema]);
      const [definition] = Object.values(loose.$defs) as { properties: { entries: { items: { additionalProperties?: boolean } } } }[];
      delete definition!.properties.entries.items.additionalProperties;
      const cases = ianaRegistryCases(schema, readExport(data));
      expect(mismatches(cases, ajvVerdicts({ [schema]: loose }, cases)), schema).toEqual([expect.stringMatching(/with an unknown key\): expected invalid, got true$/)]);
    }
  });

  it("the cases catch a catalogue schema that lets a code's unknown keys through", () => {
    const loose = structuredClone(shipped[PROTOCOLS]);
    delete loose.$defs.WscodesProtocol.properties.codes.items.additionalProperties;
    const cases = protocolCatalogueCases(readExport('protocols.json'));
    expect(mismatches(cases, ajvVerdicts({ [PROTOCOLS]: loose }, cases))).toEqual([expect.stringMatching(/^protocols\.schema\.json .*\(code \d+ of .* with an unknown key\): expected invalid, got true$/)]);
  });

  it('strict ajv refuses an unknown keyword', () => {
    expect(() => newAjv().compile({ ...shipped[CLOSE_CODE], minimun: 1000 })).toThrow(/unknown keyword/);
  });

  it('the consumer cases catch a schema that wrongly accepts 1005', () => {
    const broken = { ...shipped[CLOSE_CODE], anyOf: [...shipped[CLOSE_CODE].anyOf, { const: 1005 }] };
    const cases = consumerCases(registryJson);
    const found = mismatches(cases, ajvVerdicts({ ...shipped, [CLOSE_CODE]: broken }, cases));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^close-code\.schema\.json 1005 .*expected invalid, got true$/);
  });
});
