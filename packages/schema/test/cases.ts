// The consumer cases both validators (ajv and Python's jsonschema) must agree with.
// Each says which shipped schema it goes through, the instance, and the expected verdict.

export interface Case {
  readonly schema: string;
  readonly instance: unknown;
  readonly valid: boolean;
  readonly why: string;
}

export const CLOSE_CODE = 'close-code.schema.json';
export const REGISTERED = 'registered-close-code.schema.json';
export const API_CLOSE_CODE = 'api-close-code.schema.json';
export const REGISTRY = 'registry.schema.json';

/** Values that are never a close code, whatever the schema. */
const NOT_CODES: readonly [unknown, string][] = [
  [-1, 'negative'],
  [1000.5, 'not an integer'],
  ['1000', 'a string, even of digits'],
  [null, 'null'],
  [true, 'a boolean'],
  [[1000], 'an array'],
  [{ code: 1000 }, 'an object'],
];

const each = (schema: string, valid: boolean, values: readonly [unknown, string][]): Case[] =>
  values.map(([instance, why]) => ({ schema, instance, valid, why }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Deep copy, then let `edit` break it. */
const edited = (document: Json, edit: (copy: Json) => void): Json => {
  const copy = structuredClone(document);
  edit(copy);
  return copy;
};

export function consumerCases(registryJson: Json): Case[] {
  const entry = registryJson.codes[0];
  const registered = (registryJson.codes as { code: number; name: string }[]).map(
    (c): [unknown, string] => [c.code, `registered: ${c.name}`],
  );
  const minimal = {
    iana: { updated: '2026-01-01' },
    contacts: [],
    ranges: [],
    notACloseCode: {
      name: 'Not a close code',
      reconnect: { policy: 'do-not-retry', source: 'practice', advice: 'Advice.' },
      classify: { outcome: 'failure', logLevel: 'error', likelySide: 'unknown', cause: 'the value is not a close code' },
    },
    ianaRanges: [],
    codes: [],
  };
  // Codes the shipped registry does not list, so that an IANA update needs no edit here.
  const codes = registryJson.codes as { code: number; name: string; receive: boolean }[];
  const unregistered = (from: number, to: number): number[] => {
    const free: number[] = [];
    for (let code = from; code <= to; code++) if (!codes.some((c) => c.code === code)) free.push(code);
    return [...new Set([free[0]!, free[free.length - 1]!])];
  };
  const freeProtocol = unregistered(1016, 2999);
  const [freeIana] = unregistered(3000, 3999);
  const ianaProtocol = codes.filter((c) => c.code > 1011 && c.code <= 2999 && c.receive);
  return [
    ...each(CLOSE_CODE, true, [
      [1000, 'Normal Closure'],
      [1003, 'last code of the first run'],
      [1007, 'first code after the local-only ones'],
      [1011, 'Internal Error'],
      ...ianaProtocol.map((c): [unknown, string] => [c.code, `${c.name}: registered by IANA, so valid`]),
      [3000, 'start of the IANA range'],
      [freeIana, 'unregistered, but 3000-3999 accepts any code'],
      [3999, 'end of the IANA range'],
      [4000, 'private use'],
      [4999, 'end of private use'],
    ]),
    ...each(CLOSE_CODE, false, [
      [1005, 'No Status Received is reported locally, never sent'],
      [1004, 'reserved'],
      [1006, 'Abnormal Closure is reported locally, never sent'],
      [1015, 'TLS Handshake is reported locally, never sent'],
      ...freeProtocol.map((code): [unknown, string] => [code, 'unassigned protocol code']),
      [999, 'below 1000: not used'],
      [0, 'zero'],
      [5000, 'outside the protocol'],
      [65535, 'largest 16-bit value, outside the protocol'],
      [65536, 'does not fit 16 bits'],
      ...NOT_CODES,
    ]),
    ...each(REGISTERED, true, registered),
    ...each(REGISTERED, false, [
      ...freeProtocol.map((code): [unknown, string] => [code, 'unassigned']),
      [freeIana, 'valid on the wire, but not registered'],
      [4000, 'private use is never registered'],
      [5000, 'outside the protocol'],
      ...NOT_CODES,
    ]),
    ...each(API_CLOSE_CODE, true, [
      [1000, 'the one protocol code close() accepts'],
      [3000, 'start of 3000-4999'],
      [4999, 'end of 3000-4999'],
    ]),
    ...each(API_CLOSE_CODE, false, [
      [1001, 'valid on the wire, but close() refuses it'],
      [1005, 'never sent'],
      [1011, 'servers send it; close() refuses it'],
      [2999, 'unassigned'],
      [5000, 'outside the protocol'],
      [999, 'not used'],
      ...NOT_CODES,
    ]),
    ...each(REGISTRY, true, [
      [registryJson, 'the shipped registry.json'],
      [minimal, 'an empty registry'],
      [edited(registryJson, (d) => { delete d.$schema; delete d.$comment; }), 'without $schema and $comment'],
    ]),
    ...each(REGISTRY, false, [
      [edited(registryJson, (d) => { delete d.codes[0].summary; }), `code ${entry.code} without its summary`],
      [edited(registryJson, (d) => { d.codes[0].colour = 'red'; }), `code ${entry.code} with an unknown key`],
      [edited(registryJson, (d) => { d.codes[0].reconnect.when = 'now'; }), 'an unknown key in reconnect'],
      [edited(registryJson, (d) => { d.codes[0].code = 1000.5; }), 'a fractional code'],
      [edited(registryJson, (d) => { d.codes[0].code = 70000; }), 'a code above 65535'],
      [edited(registryJson, (d) => { d.codes[0].code = '1000'; }), 'a code written as a string'],
      [edited(registryJson, (d) => { d.codes[0].key = 'normalClosure'; }), 'a key that is not PascalCase'],
      [edited(registryJson, (d) => { d.codes[0].reconnect.policy = 'sometimes'; }), 'an unknown reconnect policy'],
      [edited(registryJson, (d) => { d.codes[0].reconnect.source = 'folklore'; }), 'an unknown advice source'],
      [edited(registryJson, (d) => { d.codes[0].reconnect.delay = { minSeconds: '5', maxSeconds: 30, randomized: true, source: 'registration' }; }), 'a delay given as text'],
      [edited(registryJson, (d) => { d.codes[0].reconnect.conditions = [{ text: 'Only on user action.' }]; }), 'a condition without its source'],
      [edited(registryJson, (d) => { delete d.notACloseCode; }), 'without the advice for a value that is not a close code'],
      [edited(registryJson, (d) => { d.ranges[0].range = '0 to 999'; }), 'a span not written FROM-TO'],
      [edited(registryJson, (d) => { delete d.iana; }), 'without the IANA sync date'],
      [edited(registryJson, (d) => { d.extra = true; }), 'an unknown top-level key'],
      [[], 'an array instead of a document'],
    ]),
  ];
}

/** The cases whose verdict differs from the expected one, for a clear failure message. */
export const mismatches = (cases: readonly Case[], verdicts: readonly (boolean | null)[]): string[] =>
  cases.flatMap((c, i) =>
    verdicts[i] === c.valid ? [] : [`${c.schema} ${JSON.stringify(c.instance)?.slice(0, 60)} (${c.why}): expected ${c.valid ? 'valid' : 'invalid'}, got ${verdicts[i]}`],
  );

/**
 * The cases of one IANA registry's data file: the shipped file and an empty registry are valid; the
 * edits below, which any such registry can suffer whatever its values, are not.
 */
export function ianaRegistryCases(schema: string, data: Json): Case[] {
  const name = schema.replace(/\.schema\.json$/, '');
  const entry = data.entries[0];
  const entryCases: [unknown, string][] = entry
    ? [
        [edited(data, (d) => { d.entries[0].colour = 'red'; }), `${name}: entry ${entry.value} with an unknown key`],
        [edited(data, (d) => { d.entries[0].iana.colour = 'red'; }), `${name}: an IANA record with a field IANA does not have`],
        [edited(data, (d) => { delete d.entries[0].iana.references; }), `${name}: an IANA record without its references`],
        [edited(data, (d) => { delete d.entries[0].iana; }), `${name}: entry ${entry.value} without its IANA record`],
        [edited(data, (d) => { d.entries[0].value = { value: entry.value }; }), `${name}: a value that is an object`],
        [edited(data, (d) => { d.entries[0].iana.references = [{ type: 'rumour', data: 'x' }]; }), `${name}: a reference of a type IANA has not`],
      ]
    : [];
  return [
    ...each(schema, true, [
      [data, `the shipped ${name}.json`],
      [edited(data, (d) => { delete d.$schema; delete d.$comment; }), `${name}: without $schema and $comment`],
      [edited(data, (d) => { d.entries = []; delete d.unassigned; }), `${name}: a registry with no entries`],
    ]),
    ...each(schema, false, [
      ...entryCases,
      [edited(data, (d) => { delete d.iana; }), `${name}: without IANA's header`],
      [edited(data, (d) => { d.iana.registry = `not-${d.iana.registry}`; }), `${name}: the header of another registry`],
      [edited(data, (d) => { d.iana.updated = '10 June 2026'; }), `${name}: a sync date not written YYYY-MM-DD`],
      [edited(data, (d) => { d.extra = true; }), `${name}: an unknown top-level key`],
      [[], `${name}: an array instead of a document`],
    ]),
  ];
}

export const PROTOCOLS = 'protocols.schema.json';

/**
 * The cases of protocols.json, derived from the shipped file: it and an empty catalogue are valid;
 * each edit below breaks a rule of a protocol file, whatever protocols the catalogue holds.
 */
export function protocolCatalogueCases(data: Json): Case[] {
  const protocol = data.protocols[0];
  const code = protocol?.codes[0];
  // The first protocol that gives codes meaning by range, wherever it sorts.
  const ranged = (data.protocols as { ranges: unknown[] }[]).findIndex((p) => p.ranges.length > 0);
  const protocolCases: [unknown, string][] = protocol
    ? [
        [edited(data, (d) => { d.protocols[0].colour = 'red'; }), `protocol ${protocol.id} with an unknown key`],
        [edited(data, (d) => { d.protocols[0].id = protocol.id.toUpperCase(); }), 'an id that is not a lower-case token'],
        [edited(data, (d) => { d.protocols[0].subprotocols = ['Not A Token']; }), 'a subprotocol that is not a token'],
        [edited(data, (d) => { d.protocols[0].source.url = 'http://example.org/'; }), 'a source that is not https'],
        [edited(data, (d) => { d.protocols[0].source.retrieved = '30 November 2026'; }), 'a retrieval date not written YYYY-MM-DD'],
        [edited(data, (d) => { delete d.protocols[0].source; }), `protocol ${protocol.id} without its source`],
      ]
    : [];
  const codeCases: [unknown, string][] = code
    ? [
        [edited(data, (d) => { d.protocols[0].codes[0].colour = 'red'; }), `code ${code.code} of ${protocol.id} with an unknown key`],
        [edited(data, (d) => { delete d.protocols[0].codes[0].reconnect; }), `code ${code.code} of ${protocol.id} without its verdict`],
        [edited(data, (d) => { d.protocols[0].codes[0].code = 70000; }), 'a code above 65535'],
        [edited(data, (d) => { d.protocols[0].codes[0].code = String(code.code); }), 'a code written as a string'],
        [edited(data, (d) => { d.protocols[0].codes[0].key = 'lowerCase'; }), 'a key that is not PascalCase'],
        [edited(data, (d) => { d.protocols[0].codes[0].ianaOverlap = 'sometimes'; }), 'an unknown IANA overlap'],
        [edited(data, (d) => { d.protocols[0].codes[0].reconnect.source = 'folklore'; }), 'an unknown verdict source'],
        [edited(data, (d) => { d.protocols[0].codes[0].reconnect.policy = 'sometimes'; }), 'an unknown reconnect policy'],
      ]
    : [];
  const rangeCases: [unknown, string][] =
    ranged >= 0 ? [[edited(data, (d) => { d.protocols[ranged].ranges[0].range = '4000 to 4999'; }), 'a range not written FROM-TO']] : [];
  return [
    ...each(PROTOCOLS, true, [
      [data, 'the shipped protocols.json'],
      [edited(data, (d) => { delete d.$schema; delete d.$comment; }), 'protocols: without $schema and $comment'],
      [{ protocols: [] }, 'an empty catalogue'],
    ]),
    ...each(PROTOCOLS, false, [
      ...protocolCases,
      ...codeCases,
      ...rangeCases,
      [edited(data, (d) => { d.extra = true; }), 'protocols: an unknown top-level key'],
      [{}, 'protocols: a document without its list'],
      [[], 'protocols: an array instead of a document'],
    ]),
  ];
}

export const HANDSHAKE_STATUSES = 'handshake-statuses.schema.json';

/**
 * The cases of handshake-statuses.json, derived from the shipped file: it and an empty table are
 * valid; each edit below breaks the shape of registry/handshake-statuses.yaml, whatever it lists.
 */
export function handshakeStatusCases(data: Json): Case[] {
  const status = data.statuses[0];
  const statusCases: [unknown, string][] = status
    ? [
        [edited(data, (d) => { d.statuses[0].colour = 'red'; }), `status ${status.status} with an unknown key`],
        [edited(data, (d) => { d.statuses[0].status = 101; }), 'status 101, which is no refusal'],
        [edited(data, (d) => { d.statuses[0].status = 600; }), 'a status above 599'],
        [edited(data, (d) => { d.statuses[0].status = String(status.status); }), 'a status written as a string'],
        [edited(data, (d) => { d.statuses[0].advice.policy = 'sometimes'; }), 'an unknown reconnect policy'],
        [edited(data, (d) => { d.statuses[0].advice.retryAfter = 'maybe'; }), 'a Retry-After that is neither honoured nor ignored'],
        [edited(data, (d) => { d.statuses[0].advice.source = 'registration'; }), 'a source no status has: an IANA registration'],
        [edited(data, (d) => { d.statuses[0].sources = []; }), `status ${status.status} citing nothing`],
        [edited(data, (d) => { d.statuses[0].sources[0].section = '§15'; }), 'a section written with its sign'],
      ]
    : [];
  return [
    ...each(HANDSHAKE_STATUSES, true, [
      [data, 'the shipped handshake-statuses.json'],
      [edited(data, (d) => { delete d.$schema; delete d.$comment; }), 'handshake statuses: without $schema and $comment'],
      [{ references: [], classes: [], statuses: [] }, 'an empty table'],
    ]),
    ...each(HANDSHAKE_STATUSES, false, [
      ...statusCases,
      [edited(data, (d) => { d.classes[0].class = 1; }), 'class 1xx, which holds no refusal'],
      [edited(data, (d) => { d.references[0].url = 'http://example.org/'; }), 'a reference that is not https'],
      [edited(data, (d) => { d.extra = true; }), 'handshake statuses: an unknown top-level key'],
      [{ references: [], classes: [] }, 'handshake statuses: a document without its statuses'],
    ]),
  ];
}
