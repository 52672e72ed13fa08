// The protocol catalogue's loader: each rule on a small document of its own (one it accepts, one it
// rejects), positions in the file, checks across files, and the catalogue kept apart from IANA's codes.
// No test reads today's catalogue counts: the data may grow without a test changing.
import { join } from 'node:path';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkProtocolFiles,
  checkProtocolText,
  checkRegistryText,
  ianaOverlapOf,
  ianaSpaceOf,
  loadRegistry,
  protocolDocument,
  protocolRules,
  REGISTRY_FILE,
  REPO_ROOT,
  type Finding,
  type IanaSpace,
  type ProtocolDocument,
} from '@wscodes-tools/registry';
import { positionOf } from './helpers.ts';

// A made-up IANA space, so that no test depends on what IANA registers today: 1000-2999 protocol,
// 3000-3999 registrable, and 3007 and 1500 registered.
const IANA: IanaSpace = {
  protocolSpans: [{ from: 1000, to: 2999 }],
  registrableSpans: [{ from: 3000, to: 3999 }],
  registered: new Map([
    [1500, 'Made Up'],
    [3007, 'Also Made Up'],
  ]),
};

type CodeDoc = ProtocolDocument['codes'][number];
const VERDICT: CodeDoc['reconnect'] = { policy: 'backoff', source: 'protocol', advice: 'Back off.' };
const code = (n: number, overrides: Partial<CodeDoc> = {}): CodeDoc => ({ code: n, key: `Code${n}`, name: `Code ${n}`, meaning: 'M.', section: 'S', reconnect: VERDICT, ...overrides });
const doc = (overrides: Partial<ProtocolDocument> = {}): ProtocolDocument => ({
  id: 'demo',
  name: 'Demo',
  subprotocols: ['demo'],
  summary: 'S.',
  source: { url: 'https://example.org/demo', retrieved: '2026-01-01' },
  codes: [code(4000)],
  ...overrides,
});

interface Case {
  readonly pass: ProtocolDocument;
  readonly fail: ProtocolDocument;
  readonly findings: readonly Partial<Finding>[];
}

const cases: Record<string, Case> = {
  'protocol-unique-codes': {
    pass: doc({ codes: [code(4000), code(4001)] }),
    fail: doc({ codes: [code(4000), code(4000, { key: 'Other' })] }),
    findings: [{ path: ['codes', 1, 'code'], message: 'code 4000 has a second entry (the first is codes[0])' }],
  },
  'protocol-unique-keys': {
    pass: doc({ codes: [code(4000), code(4001)] }),
    fail: doc({ codes: [code(4000), code(4001, { key: 'Code4000' })] }),
    findings: [{ path: ['codes', 1, 'key'], message: 'the key Code4000 is used again (first by code 4000)' }],
  },
  'protocol-unique-reasons': {
    pass: doc({ codes: [code(4000, { reasons: [reason('A-1'), reason('A-2')] }), code(4001, { reasons: [reason('A-1')] })] }),
    fail: doc({ codes: [code(4000, { reasons: [reason('A-1'), reason('A-2'), reason('A-1')] })] }),
    findings: [{ path: ['codes', 0, 'reasons', 2, 'token'], message: 'the reason token A-1 of code 4000 has a second entry (the first is reasons[0])' }],
  },
  'protocol-names-apart': {
    pass: doc({ aliases: [alias('demo-server'), alias('demo-other')] }),
    fail: doc({ subprotocols: ['demo', 'demo.v2'], aliases: [alias('demo'), alias('demo.v2'), alias('twin'), alias('twin')] }),
    findings: [
      { path: ['aliases', 0, 'id'], message: 'the alias id demo is already the id of this protocol: a lookup by it would name it twice' },
      { path: ['aliases', 1, 'id'], message: 'the alias id demo.v2 is already a subprotocol token of this protocol: a lookup by it would name it twice' },
      { path: ['aliases', 3, 'id'], message: 'the alias id twin is already the alias aliases[2] of this protocol: a lookup by it would name it twice' },
    ],
  },
  'protocol-carried-in': {
    pass: doc({ carriedIn: 'protocol-message', carriedInNote: 'In c[code,"reason"].' }),
    fail: doc({ carriedIn: 'protocol-message' }),
    findings: [{ path: ['carriedIn'], message: "the codes travel in a message of the protocol's own, but the file does not say how" }],
  },
  'protocol-ranges-apart': {
    pass: doc({ ranges: [range('4000-4099'), range('4100-4199')] }),
    fail: doc({ ranges: [range('4000-4099'), range('4050-4199'), range('4300-4200')] }),
    findings: [
      { path: ['ranges', 1, 'range'], message: 'range 4050-4199 overlaps range 4000-4099' },
      { path: ['ranges', 2, 'range'], message: 'range 4300-4200 starts after its end' },
    ],
  },
  'protocol-delays': {
    pass: doc({ codes: [code(4000, { reconnect: { ...VERDICT, delay: { minSeconds: 1, source: 'protocol' } } })] }),
    fail: doc({
      codes: [
        code(4000, { reconnect: { ...VERDICT, policy: 'do-not-retry', delay: { minSeconds: 1, source: 'protocol' } } }),
        code(4001, { reconnect: { ...VERDICT, delay: { minSeconds: 5, maxSeconds: 2, source: 'protocol' } } }),
      ],
    }),
    findings: [
      { path: ['codes', 0, 'reconnect', 'delay'], message: 'code 4000 has a reconnect delay but its policy is do-not-retry' },
      { path: ['codes', 1, 'reconnect', 'delay', 'minSeconds'], message: 'the delay of code 4001 starts at 5 s, after its end at 2 s' },
    ],
  },
  'protocol-code-space': {
    pass: doc({ codes: [code(1000, { ianaOverlap: 'collision' }), code(4999)], ranges: [range('4000-4099')] }),
    fail: doc({ codes: [code(999), code(5000)], ranges: [range('4900-5100')] }),
    findings: [
      { path: ['ranges', 0, 'range'], message: 'range 4900-5100 is outside 1000-4999: RFC 6455 leaves 0-999 unused and defines nothing above 4999' },
      { path: ['codes', 0, 'code'], message: 'code 999 is outside 1000-4999: RFC 6455 leaves 0-999 unused and defines nothing above 4999' },
      { path: ['codes', 1, 'code'], message: 'code 5000 is outside 1000-4999: RFC 6455 leaves 0-999 unused and defines nothing above 4999' },
    ],
  },
  'protocol-iana-collision': {
    pass: doc({ codes: [code(1001, { ianaOverlap: 'collision' }), code(3007, { ianaOverlap: 'collision' }), code(4000)] }),
    fail: doc({ codes: [code(1001), code(3007), code(4000, { ianaOverlap: 'collision' })], ranges: [range('3000-3099')] }),
    findings: [
      { severity: 'warning', path: ['ranges', 0, 'code'], message: 'range 3000-3099 collides with IANA: IANA registers 3007 Also Made Up' },
      { severity: 'warning', path: ['codes', 0, 'code'], message: 'code 1001 collides with IANA: IANA keeps 1000-2999 for the WebSocket protocol itself' },
      { severity: 'warning', path: ['codes', 1, 'code'], message: 'code 3007 collides with IANA: IANA registers 3007 Also Made Up' },
      { severity: 'warning', path: ['codes', 2, 'ianaOverlap'], message: "code 4000 is marked as an IANA collision, but it lies outside IANA's space" },
    ],
  },
  'protocol-unregistered-iana-range': {
    pass: doc({ codes: [code(3000, { ianaOverlap: 'unregistered-range' })], ranges: [range('3500-3999', { ianaOverlap: 'unregistered-range' })] }),
    fail: doc({ codes: [code(3000), code(3001, { ianaOverlap: 'collision' }), code(4000, { ianaOverlap: 'unregistered-range' })] }),
    findings: [
      { severity: 'warning', path: ['codes', 0, 'code'], message: "code 3000 uses IANA's first-come-first-served range without registering" },
      { severity: 'warning', path: ['codes', 1, 'ianaOverlap'], message: "code 3001 uses IANA's first-come-first-served range without registering (it is marked as a collision, but IANA registers nothing there)" },
      { severity: 'warning', path: ['codes', 2, 'ianaOverlap'], message: "code 4000 is marked as unregistered use of IANA's range, but it lies outside it" },
    ],
  },
  'protocol-iana-same-meaning': {
    pass: doc({ codes: [code(1500, { ianaOverlap: 'same-meaning', reasons: [reason('NET-1')] }), code(3007, { ianaOverlap: 'same-meaning' })] }),
    fail: doc({ codes: [code(1001, { ianaOverlap: 'same-meaning' }), code(3001, { ianaOverlap: 'same-meaning' }), code(4000, { ianaOverlap: 'same-meaning' })] }),
    findings: [
      { severity: 'warning', path: ['codes', 0, 'ianaOverlap'], message: "code 1001 is marked as used with IANA's meaning, but IANA registers no code 1001: there is no IANA meaning to share", fix: 'mark it `ianaOverlap: collision`, and give the protocol\'s own meaning' },
      { severity: 'warning', path: ['codes', 1, 'ianaOverlap'], message: "code 3001 is marked as used with IANA's meaning, but IANA registers no code 3001: there is no IANA meaning to share", fix: 'mark it `ianaOverlap: unregistered-range`, and give the protocol\'s own meaning' },
      { severity: 'warning', path: ['codes', 2, 'ianaOverlap'], message: "code 4000 is marked as used with IANA's meaning, but IANA registers no code 4000: there is no IANA meaning to share", fix: 'remove `ianaOverlap`, and give the protocol\'s own meaning' },
    ],
  },
};

function reason(token: string): NonNullable<CodeDoc['reasons']>[number] {
  return { token, meaning: `${token} means.` };
}

function alias(id: string): NonNullable<ProtocolDocument['aliases']>[number] {
  return { id, name: `Alias ${id}`, url: `https://example.org/${id}` };
}

function range(span: string, overrides: Partial<NonNullable<ProtocolDocument['ranges']>[number]> = {}): NonNullable<ProtocolDocument['ranges']>[number] {
  return { range: span, name: `R ${span}`, meaning: 'M.', section: 'S', reconnect: VERDICT, ...overrides };
}

describe('an IANA code used with IANA\'s meaning', () => {
  it('is no collision for the other IANA rules, whether or not IANA registers it (protocol-iana-same-meaning says so)', () => {
    const marked = doc({ codes: [code(1500, { ianaOverlap: 'same-meaning' }), code(1001, { ianaOverlap: 'same-meaning' }), code(3001, { ianaOverlap: 'same-meaning' })] });
    for (const rule of protocolRules.filter((r) => r.id !== 'protocol-iana-same-meaning')) expect(rule.check(marked, IANA), rule.id).toEqual([]);
  });
});

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('each protocol rule, on a document of its own', { timeout: 30_000 }, () => {
  it('has a case for every rule in protocolRules', () => {
    expect(Object.keys(cases).sort()).toEqual(protocolRules.map((r) => r.id).sort());
  });
  for (const rule of protocolRules) {
    const c = cases[rule.id];
    if (!c) continue;
    it(`${rule.id}: accepts its passing document and reports the failing one`, () => {
      expect(protocolDocument.safeParse(c.pass).success).toBe(true);
      expect(protocolDocument.safeParse(c.fail).success).toBe(true);
      expect(rule.check(c.pass, IANA)).toEqual([]);
      const found = rule.check(c.fail, IANA);
      expect(found).toHaveLength(c.findings.length);
      c.findings.forEach((expected, i) => expect(found[i]).toMatchObject({ severity: 'error', ...expected }));
    });
  }
});

// loadRegistry reads every file of the real registry folder: seconds on a loaded machine.
describe('ianaOverlapOf, derived from the close-code registry', { timeout: 60_000 }, () => {
  it('follows what the registry registers, not a fixed list', () => {
    const text = (n: number) => ianaOverlapOf(IANA, { from: n, to: n });
    expect([text(1000), text(1500), text(3007), text(3008), text(3999), text(4000), text(999), text(5000)]).toEqual([
      'collision',
      'collision',
      'collision',
      'unregistered-range',
      'unregistered-range',
      null,
      null,
      null,
    ]);
  });
  it('reads the registered codes and ranges of a real registry', () => {
    const registry = loadRegistry();
    const space = ianaSpaceOf(registry);
    for (const c of registry.codes.filter((c) => c.withdrawn === undefined)) expect(ianaOverlapOf(space, { from: c.code, to: c.code })).toBe('collision');
    const privateUse = registry.ranges.find((r) => r.kind === 'private-use')!;
    expect(ianaOverlapOf(space, { from: privateUse.from, to: privateUse.to })).toBeNull();
  });
});

const yamlOf = (lines: string[]) => `${lines.join('\n')}\n`;
const DEMO = yamlOf([
  'id: demo',
  'name: Demo',
  'subprotocols: [demo]',
  'summary: S.',
  'source:',
  '  url: https://example.org/demo',
  '  retrieved: 2026-01-01',
  'codes:',
  '  - code: 4000',
  '    key: A',
  '    name: A',
  '    meaning: M.',
  '    section: S',
  '    reconnect: { policy: backoff, source: protocol, advice: A. }',
  '  - code: 3007',
  '    key: B',
  '    name: B',
  '    meaning: M.',
  '    section: S',
  '    reconnect: { policy: backoff, source: protocol, advice: A. }',
]);

describe('checkProtocolText', { timeout: 30_000 }, () => {
  it('accepts a valid file and compiles it frozen, with the overlap derived', () => {
    const text = DEMO.replace('  - code: 3007\n', '  - code: 3007\n    ianaOverlap: collision\n');
    const { protocol, diagnostics } = checkProtocolText(text, 'registry/protocols/demo.yaml', IANA);
    expect(diagnostics).toEqual([]);
    expect(protocol?.codes.map((c) => [c.code, c.ianaOverlap, c.definedBy, c.localOnly])).toEqual([
      [3007, 'collision', 'protocol', false],
      [4000, null, 'protocol', false],
    ]);
    expect(Object.isFrozen(protocol?.codes[0]?.reconnect)).toBe(true);
  });
  it('compiles the second-wave fields: carrier, aliases, deprecation, reason tokens, withdrawals and same-meaning, with defaults', () => {
    const text = DEMO.replace('subprotocols: [demo]\n', [
      'subprotocols: []',
      'carriedIn: protocol-message',
      'carriedInNote: In its own close message.',
      'aliases:',
      '  - { id: demo-server, name: Demo Server, url: "https://example.org/server" }',
      'deprecated: { note: Use demo v2. }',
      '',
    ].join('\n')).replace('  - code: 3007\n', '  - code: 1500\n    ianaOverlap: same-meaning\n    reasons:\n      - { token: NET-0001, meaning: No data. }\n      - { token: NET-0002, meaning: Slow., reconnect: { policy: backoff, source: protocol, advice: A. } }\n').replace('    key: A\n', '    key: A\n    withdrawn: { url: "https://example.org/gone", note: Gone. }\n');
    const { protocol, diagnostics } = checkProtocolText(text, 'registry/protocols/demo.yaml', IANA);
    expect(diagnostics).toEqual([]);
    expect(protocol).toMatchObject({ carriedIn: 'protocol-message', carriedInNote: 'In its own close message.', aliases: [{ id: 'demo-server', notes: [] }], deprecated: { note: 'Use demo v2.' } });
    expect(protocol?.codes.map((c) => [c.code, c.ianaOverlap, c.reasons.map((r) => [r.token, r.reconnect?.conditions ?? null]), c.withdrawn ?? null])).toEqual([
      [1500, 'same-meaning', [['NET-0001', null], ['NET-0002', []]], null],
      [4000, null, [], { url: 'https://example.org/gone', note: 'Gone.' }],
    ]);
    const plain = checkProtocolText(DEMO.replace('3007', '4001'), 'registry/protocols/demo.yaml', IANA).protocol;
    expect(plain).toMatchObject({ carriedIn: 'close-frame', aliases: [] });
    expect(plain).not.toHaveProperty('carriedInNote');
    expect(plain).not.toHaveProperty('deprecated');
  });
  it("refuses the id iana, which a name lookup reports as IANA's own, for a protocol and an alias, at its place", () => {
    const text = DEMO.replace('id: demo\n', 'id: iana\n').replace('subprotocols: [demo]\n', 'subprotocols: [demo]\naliases:\n  - { id: iana, name: Other, url: "https://example.org/other" }\n');
    const { protocol, diagnostics } = checkProtocolText(text, 'registry/protocols/iana.yaml', IANA);
    expect(protocol).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])).toEqual([
      [positionOf(text, 'id: iana\nname', 'iana').line, expect.stringMatching(/^id: the text "iana" is reserved for IANA's registry/)],
      [positionOf(text, '{ id: iana', 'iana').line, expect.stringMatching(/^aliases\[0\]\.id: the text "iana" is reserved/)],
    ]);
  });
  it('rejects a reason token with spaces around it, and a withdrawal without its record, at their place', () => {
    const text = DEMO.replace('  - code: 3007\n', '  - code: 3007\n    reasons: [{ token: "NET 1 ", meaning: M. }]\n    withdrawn: { note: Gone. }\n');
    const { protocol, diagnostics } = checkProtocolText(text, 'registry/protocols/demo.yaml', IANA);
    expect(protocol).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])).toEqual([
      [positionOf(text, 'NET 1', 'NET 1').line, expect.stringMatching(/^codes\[1\]\.reasons\[0\]\.token: write the token as the protocol puts it in the close reason/)],
      [positionOf(text, 'withdrawn:', 'withdrawn').line, expect.stringMatching(/codes\[1\]\.withdrawn.*url/)],
    ]);
  });
  it('takes an optional classification on a code and a range, its cause optional too', () => {
    const text = DEMO.replace(
      "  - code: 4000\n    key: A\n    name: A\n    meaning: M.\n    section: S\n    reconnect: { policy: backoff, source: protocol, advice: A. }\n",
      "  - code: 4000\n    key: A\n    name: A\n    meaning: M.\n    section: S\n    reconnect: { policy: backoff, source: protocol, advice: A. }\n    classify: { outcome: failure, logLevel: warn, likelySide: client }\n",
    ).replace('codes:\n', 'ranges:\n  - range: 4100-4199\n    name: R\n    meaning: M.\n    section: S\n    reconnect: { policy: backoff, source: protocol, advice: A. }\n    classify: { outcome: expected, logLevel: debug, likelySide: server, cause: the range ended it }\ncodes:\n');
    const { protocol, diagnostics } = checkProtocolText(text.replace('  - code: 3007\n', '  - code: 3007\n    ianaOverlap: collision\n'), 'registry/protocols/demo.yaml', IANA);
    expect(diagnostics).toEqual([]);
    expect(protocol?.codes.find((c) => c.code === 4000)?.classify).toEqual({ outcome: 'failure', logLevel: 'warn', likelySide: 'client' });
    expect(protocol?.codes.find((c) => c.code === 3007)?.classify).toBeUndefined();
    expect(protocol?.ranges[0]?.classify).toEqual({ outcome: 'expected', logLevel: 'debug', likelySide: 'server', cause: 'the range ended it' });
    const bad = checkProtocolText(text.replace('likelySide: client', 'likelySide: moon'), 'registry/protocols/demo.yaml', IANA);
    expect(bad.diagnostics.map((d) => d.message)).toContain('codes[0].classify.likelySide: the text "moon" is not one of the allowed values');
  });

  it('flags an unmarked IANA collision with a warning at the line and column of the code, and still compiles the file with the overlap derived', () => {
    const { protocol, diagnostics } = checkProtocolText(DEMO, 'registry/protocols/demo.yaml', IANA);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', ...positionOf(DEMO, '- code: 3007', '3007'), message: 'code 3007 collides with IANA: IANA registers 3007 Also Made Up' })]);
    expect(protocol?.codes.find((c) => c.code === 3007)?.ianaOverlap).toBe('collision');
  });
  it('reports a rule error at the line and column of the entry, and compiles nothing', () => {
    const text = DEMO.replace('code: 3007', 'code: 4000');
    const { protocol, diagnostics } = checkProtocolText(text, 'registry/protocols/demo.yaml', IANA);
    expect(protocol).toBeUndefined();
    const second = text.indexOf('code: 4000', text.indexOf('code: 4000') + 1);
    const line = text.slice(0, second).split('\n').length;
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', line, column: 11, message: 'code 4000 has a second entry (the first is codes[0])' })]);
  });
  it('rejects IANA fields and wire rules on a protocol entry: a protocol code never enters IANA\'s namespace', () => {
    const text = DEMO.replace('3007', '4001').replace('    key: B\n', '    key: B\n    iana: { description: Made up, contact: null, references: [] }\n    send: true\n');
    const { protocol, diagnostics } = checkProtocolText(text, 'registry/protocols/demo.yaml', IANA);
    expect(protocol).toBeUndefined();
    expect(diagnostics.map((d) => d.message)).toEqual(['unknown field `iana` in codes[1]', 'unknown field `send` in codes[1]']);
  });
  it('reports a shape error at its place, and still runs the rules on the entries that are fine', () => {
    const text = DEMO.replace('    key: A\n', '    key: lower\n');
    const { diagnostics } = checkProtocolText(text, 'registry/protocols/demo.yaml', IANA);
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [positionOf(text, 'key: lower', 'lower').line, positionOf(text, 'key: lower', 'lower').column, 'codes[0].key: a key is a PascalCase identifier such as Unauthorized'],
      [positionOf(text, '- code: 3007', '3007').line, positionOf(text, '- code: 3007', '3007').column, 'code 3007 collides with IANA: IANA registers 3007 Also Made Up'],
    ]);
  });
  it('requires the file to be named after the id', () => {
    const text = DEMO.replace('3007', '4001');
    const { diagnostics } = checkProtocolText(text, 'registry/protocols/other.yaml', IANA);
    expect(diagnostics).toEqual([expect.objectContaining({ ...positionOf(text, 'id: demo', 'demo'), message: "the id demo is not the file's name (other.yaml)" })]);
  });
});

describe('checkProtocolFiles', { timeout: 30_000 }, () => {
  const registry = { ranges: [], codes: [] };
  const valid = DEMO.replace('3007', '4001');
  it('refuses a token that names two protocols, at the second one', () => {
    const other = valid.replace('id: demo', 'id: other').replace('[demo]', '[other, demo]');
    const { catalogue, problems } = checkProtocolFiles([{ file: 'p/demo.yaml', text: valid }, { file: 'p/other.yaml', text: other }], registry, 'p');
    expect(catalogue).toBeUndefined();
    expect(problems).toEqual([{ file: 'p/other.yaml', diagnostic: expect.objectContaining({ ...positionOf(other, '[other, demo]', 'demo]'), message: '"demo" already names the protocol demo: a lookup by it would be ambiguous' }) }]);
  });
  it('refuses an alias id that another protocol takes as its id, alias or token, at the alias', () => {
    const server = valid.replace('id: demo', 'id: server').replace('[demo]', '[]');
    const aliased = valid.replace('id: demo', 'id: other').replace('[demo]', '[]').replace('codes:', 'aliases:\n  - { id: server, name: S, url: "https://example.org/s" }\n  - { id: demo, name: D, url: "https://example.org/d" }\ncodes:');
    const { catalogue, problems } = checkProtocolFiles([{ file: 'p/demo.yaml', text: valid }, { file: 'p/server.yaml', text: server }, { file: 'p/other.yaml', text: aliased }], registry, 'p');
    expect(catalogue).toBeUndefined();
    expect(problems.map((p) => [p.file, p.diagnostic.line, p.diagnostic.message])).toEqual([
      ['p/other.yaml', positionOf(aliased, 'id: server', 'server').line, '"server" already names the protocol server: a lookup by it would be ambiguous'],
      ['p/other.yaml', positionOf(aliased, 'id: demo, name', 'demo').line, '"demo" already names the protocol demo: a lookup by it would be ambiguous'],
    ]);
  });
  it('sorts the catalogue by id and freezes it', () => {
    const other = valid.replace('id: demo', 'id: alpha').replace('[demo]', '[]');
    const { catalogue } = checkProtocolFiles([{ file: 'p/demo.yaml', text: valid }, { file: 'p/alpha.yaml', text: other }], registry, 'p');
    expect(catalogue?.protocols.map((p) => p.id)).toEqual(['alpha', 'demo']);
    expect(Object.isFrozen(catalogue)).toBe(true);
  });
});

describe('loadRegistry and the catalogue beside it', { timeout: 60_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'wscodes-protocols-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('loads the catalogue beside the registry, and never adds its codes to the registry', () => {
    const registry = loadRegistry();
    const alone = checkRegistryText(readFileSync(REPO_ROOT + REGISTRY_FILE, 'utf8')).registry!;
    expect(registry.protocols?.source).toBe('registry/protocols');
    expect(registry.protocols?.protocols.length).toBeGreaterThan(0);
    expect(registry.codes).toEqual(alone.codes);
  });

  it("keeps the README's catalogue sentences true: every protocol it names by id exists, and it counts none", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Protocols on WebSocket'), readme.indexOf('\n## ', readme.indexOf('## Protocols on WebSocket') + 1));
    const examples = /a catalogue of them, such as ([\s\S]*?); \[the index\]/.exec(section)?.[1];
    expect(examples, 'the sentence that names example protocols').toBeDefined();
    const named = [...examples!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    const known = new Set(loadRegistry().protocols!.protocols.flatMap((p) => [p.id, ...p.aliases.map((a) => a.id), ...p.subprotocols]));
    for (const name of named) expect(known.has(name), `the README names ${name}`).toBe(true);
    // A count would go stale with the next protocol; the generated index lists them.
    expect(section).not.toMatch(/\b\d+ (?:protocols|vendors)\b/);
  });

  it('has no catalogue when the registry has no protocols folder beside it', () => {
    const dir = join(scratch, 'none');
    mkdirSync(dir, { recursive: true });
    copyFileSync(REPO_ROOT + REGISTRY_FILE, join(dir, 'close-codes.yaml'));
    expect(loadRegistry(join(dir, 'close-codes.yaml'), 'none/close-codes.yaml').protocols).toBeUndefined();
  });

  it('fails loudly, naming the file, line and column, when a protocol file has an error; a warning alone loads', () => {
    const dir = join(scratch, 'broken');
    mkdirSync(join(dir, 'protocols'), { recursive: true });
    copyFileSync(REPO_ROOT + REGISTRY_FILE, join(dir, 'close-codes.yaml'));
    const warned = DEMO.replace('3007', '1001');
    writeFileSync(join(dir, 'protocols', 'demo.yaml'), warned);
    expect(loadRegistry(join(dir, 'close-codes.yaml'), 'broken/close-codes.yaml').protocols?.protocols[0]?.codes[0]).toMatchObject({ code: 1001, ianaOverlap: 'collision' });
    const broken = warned.replace('key: B', 'key: A');
    writeFileSync(join(dir, 'protocols', 'demo.yaml'), broken);
    const at = positionOf(broken, 'key: A\n    name: B', 'A');
    expect(() => loadRegistry(join(dir, 'close-codes.yaml'), 'broken/close-codes.yaml')).toThrow(`broken/protocols/demo.yaml:${at.line}:${at.column}  the key A is used again (first by code 4000)`);
  });
});
