// Each rule on its own, on a minimal document: one document it accepts, one it rejects.
// The table must cover every rule in the `rules` list, so a new rule cannot ship without a test.
import { describe, expect, it } from 'vitest';
import { registryDocument, rules, type Finding, type RegistryDocument } from '@wscodes-tools/registry';

type CodeDoc = RegistryDocument['codes'][number];
type Advice = CodeDoc['reconnect'];

const ADVICE: Advice = { policy: 'depends', source: 'practice', advice: 'Advice.' };
const CLASSIFY: CodeDoc['classify'] = { outcome: 'failure', logLevel: 'warn', likelySide: 'unknown', cause: 'something went wrong' };
const DELAY = { minSeconds: 5, maxSeconds: 30, randomized: true, source: 'registration' } as const;

const code = (n: number, overrides: Partial<CodeDoc> = {}): CodeDoc => ({
  code: n,
  key: `Code${n}`,
  name: `Code ${n}`,
  summary: 'One line.',
  send: true,
  receive: true,
  reconnect: ADVICE,
  classify: CLASSIFY,
  details: 'Details.',
  iana: { description: `Code ${n}`, contact: 'C1', references: [] },
  ...overrides,
});

const RANGES: RegistryDocument['ranges'] = [
  { range: '0-999', kind: 'not-used', name: 'Not used', label: 'Not used', summary: 'S.', receive: 'none', reconnect: ADVICE, classify: CLASSIFY },
  { range: '1000-2999', kind: 'protocol', name: 'Protocol', label: 'Unassigned', summary: 'S.', receive: 'registered', reconnect: ADVICE, classify: CLASSIFY },
  { range: '3000-3999', kind: 'iana', name: 'IANA', label: 'Unregistered', summary: 'S.', receive: 'any', reconnect: ADVICE, classify: CLASSIFY },
  { range: '4000-4999', kind: 'private-use', name: 'Private use', label: 'Private use', summary: 'S.', receive: 'any', reconnect: ADVICE, classify: CLASSIFY },
  { range: '5000-65535', kind: 'out-of-range', name: 'Outside', label: 'Outside', summary: 'S.', receive: 'none', reconnect: ADVICE, classify: CLASSIFY },
];

/** The smallest document every rule accepts. */
function minimal(overrides: Partial<RegistryDocument> = {}): RegistryDocument {
  return {
    iana: { updated: '2026-01-01' },
    contacts: [{ id: 'C1', name: 'Contact One', uri: 'mailto:one&example.org' }],
    ranges: RANGES,
    ianaRanges: [{ range: '1001-2999', iana: { description: 'Unassigned', contact: null, references: [] } }],
    codes: [code(1000)],
    notACloseCode: { name: 'Not a close code', reconnect: { ...ADVICE, policy: 'do-not-retry' }, classify: CLASSIFY },
    ...overrides,
  };
}

interface Case {
  readonly pass: RegistryDocument;
  readonly fail: RegistryDocument;
  /** The findings the failing document gives, in order. */
  readonly findings: readonly Partial<Finding>[];
}

const GONE = { date: '2026-01-01', reason: 'no longer listed by IANA on 2026-01-01', constant: 'deprecated' } as const;

const withRange = (i: number, range: string) => RANGES.map((r, j) => (j === i ? { ...r, range } : r));

const cases: Record<string, Case> = {
  'span-bounds': {
    pass: minimal(),
    fail: minimal({ ianaRanges: [{ range: '2999-1001', iana: { description: 'U', contact: null, references: [] } }] }),
    findings: [{ severity: 'error', path: ['ianaRanges', 0, 'range'], message: 'span 2999-1001 starts after it ends', fix: 'write it as 1001-2999' }],
  },
  'ranges-tile-code-space': {
    pass: minimal(),
    fail: minimal({ ranges: withRange(4, '5001-65535') }),
    findings: [{ severity: 'error', path: ['ranges', 4, 'range'], message: 'codes 5000-5000 fall in no range' }],
  },
  'iana-ranges-placed': {
    pass: minimal(),
    fail: minimal({ ianaRanges: [{ range: '1000-2999', iana: { description: 'U', contact: null, references: [] } }] }),
    findings: [{ severity: 'error', path: ['ianaRanges', 0, 'range'], message: 'IANA span 1000-2999 contains registered code 1000' }],
  },
  'unique-codes': {
    pass: minimal(),
    fail: minimal({ codes: [code(1000), code(1000, { key: 'Other', name: 'Other' })] }),
    findings: [{ severity: 'error', path: ['codes', 1, 'code'], message: 'code 1000 is listed twice (first at codes[0])' }],
  },
  'sorted-codes': {
    pass: minimal({ codes: [code(1000), code(3000)] }),
    fail: minimal({ codes: [code(3000), code(1000)] }),
    findings: [{ severity: 'warning', path: ['codes', 1, 'code'], message: 'code 1000 comes after 3000' }],
  },
  'codes-in-registrable-range': {
    pass: minimal({ codes: [code(1000), code(3999)] }),
    fail: minimal({ codes: [code(4000)] }),
    findings: [{ severity: 'error', path: ['codes', 0, 'code'], message: 'code 4000 is in range 4000-4999 (Private use), where codes are not registered' }],
  },
  'wire-rules': {
    pass: minimal({ codes: [code(1000), code(1006, { send: false, receive: false })] }),
    fail: minimal({ codes: [code(1006, { send: false, receive: true })] }),
    findings: [{ severity: 'error', path: ['codes', 0, 'receive'], message: 'code 1006 must never appear in a Close frame (RFC 6455 section 7.4.1)' }],
  },
  'single-line-summary': {
    pass: minimal({ codes: [code(1000, { summary: 'One line, with a trailing newline from a YAML block.\n' })] }),
    fail: minimal({ codes: [code(1000, { summary: 'Two\nlines.' })] }),
    findings: [{ severity: 'error', path: ['codes', 0, 'summary'], message: 'the summary of code 1000 spans several lines' }],
  },
  'pending-review': {
    pass: minimal({ codes: [code(1000, { pending: false })] }),
    fail: minimal({ codes: [code(1000, { pending: true })] }),
    findings: [{ severity: 'warning', path: ['codes', 0, 'pending'], message: 'code 1000 has curated text pending review' }],
  },
  'unique-keys': {
    pass: minimal({ codes: [code(1000, { key: 'Alpha' }), code(1001, { key: 'AlphaBeta' })] }),
    fail: minimal({ codes: [code(1000, { key: 'AlphaBeta' }), code(1001, { key: 'Alphabeta', name: 'Other' })] }),
    findings: [{ severity: 'error', path: ['codes', 1, 'key'], message: 'key Alphabeta of code 1001 differs only in case from key AlphaBeta of code 1000' }],
  },
  'distinct-names': {
    pass: minimal({ codes: [code(1000, { name: 'Going Away' }), code(1001, { name: 'Going Away Now' })] }),
    fail: minimal({ codes: [code(1000, { name: 'Going Away' }), code(1001, { name: 'GOING  away!' })] }),
    findings: [{ severity: 'error', path: ['codes', 1, 'name'], message: 'name "GOING  away!" of code 1001 maps to the same constant (GoingAway) as "Going Away" of code 1000' }],
  },
  'unique-contacts': {
    pass: minimal(),
    fail: minimal({ contacts: [...minimal().contacts, { id: 'C1', name: 'Again', uri: 'x' }] }),
    findings: [{ severity: 'error', path: ['contacts', 1, 'id'], message: 'contact C1 is listed twice' }],
  },
  'known-contacts': {
    pass: minimal(),
    fail: minimal({ ianaRanges: [{ range: '1001-2999', iana: { description: 'U', contact: 'Nobody', references: [] } }] }),
    findings: [{ severity: 'error', path: ['ianaRanges', 0, 'iana', 'contact'], message: 'unknown contact Nobody' }],
  },
  'withdrawn-verdicts': {
    pass: minimal({
      codes: [code(1000), code(1001, { send: false, receive: false, withdrawn: GONE }), code(3001, { withdrawn: GONE })],
      ianaRanges: [{ range: '1001-2999', iana: { description: 'Unassigned', contact: null, references: [] } }],
    }),
    fail: minimal({ codes: [code(1000), code(3001, { send: false, receive: false, withdrawn: GONE })] }),
    findings: [
      { severity: 'error', path: ['codes', 1, 'send'], message: 'code 3001 is withdrawn, so it follows range 3000-3999 (IANA), where an unregistered code has send: true' },
      { severity: 'error', path: ['codes', 1, 'receive'], message: 'code 3001 is withdrawn, so it follows range 3000-3999 (IANA), where an unregistered code has receive: true' },
    ],
  },
  'withdrawn-date': {
    pass: minimal({ codes: [code(1000), code(3001, { withdrawn: GONE })] }),
    fail: minimal({ codes: [code(1000), code(3001, { withdrawn: { ...GONE, date: '2026-01-02' } })] }),
    findings: [{ severity: 'error', path: ['codes', 1, 'withdrawn', 'date'], message: 'code 3001 is withdrawn on 2026-01-02, after the IANA revision this registry was synced with (2026-01-01)' }],
  },
  'used-contacts': {
    pass: minimal(),
    fail: minimal({ codes: [code(1000, { iana: undefined })] }),
    findings: [{ severity: 'warning', path: ['contacts', 0, 'id'], message: 'contact C1 is not referred to' }],
  },
  'reconnect-delay-order': {
    pass: minimal({ codes: [code(1000, { reconnect: { ...ADVICE, delay: DELAY } })] }),
    fail: minimal({ codes: [code(1000, { reconnect: { ...ADVICE, delay: { ...DELAY, minSeconds: 31 } } })] }),
    findings: [{ severity: 'error', path: ['codes', 0, 'reconnect', 'delay', 'minSeconds'], message: 'the reconnect delay of code 1000 starts at 31 s, after its end at 30 s' }],
  },
  'reconnect-delay-policy': {
    pass: minimal({ codes: [code(1000, { reconnect: { ...ADVICE, policy: 'backoff', delay: DELAY } })] }),
    fail: minimal({ ranges: RANGES.map((r, i) => (i === 0 ? { ...r, reconnect: { ...ADVICE, policy: 'do-not-retry' as const, delay: DELAY } } : r)) }),
    findings: [{ severity: 'error', path: ['ranges', 0, 'reconnect', 'delay'], message: 'range 0-999 has a reconnect delay but its policy is do-not-retry' }],
  },
  'troubleshooting-codes': {
    pass: minimal({ troubleshooting: [{ code: 1000, meaning: 'M.', checks: ['C.'] }] }),
    fail: minimal({
      troubleshooting: [
        { code: 1000, meaning: 'M.', checks: ['C.'] },
        { code: 1001, meaning: 'M.', checks: ['C.'] },
        { code: 1000, meaning: 'M.', checks: ['C.'] },
      ],
    }),
    findings: [
      { severity: 'error', path: ['troubleshooting', 1, 'code'], message: 'the troubleshooting guide for 1001 is for a code with no entry in codes' },
      { severity: 'error', path: ['troubleshooting', 2, 'code'], message: 'code 1000 has two troubleshooting guides (first at troubleshooting[0])' },
    ],
  },
  'peer-note-vectors-once': {
    pass: minimal({
      peerNotes: [
        { peer: 'undici-client', vectors: ['v-1'], note: 'N.' },
        { peer: 'ws-client', vectors: ['v-1'], note: 'N.' },
      ],
    }),
    fail: minimal({
      peerNotes: [
        { peer: 'undici-client', vectors: ['v-1'], note: 'N.' },
        { peer: 'undici-client', vectors: ['v-2', 'v-1'], note: 'Other.' },
      ],
    }),
    findings: [{ severity: 'error', path: ['peerNotes', 1, 'vectors', 1], message: 'undici-client already has a note for v-1 (peerNotes[0])' }],
  },
};

describe('rules', () => {
  it('every rule has a case here, and every case names a rule', () => {
    expect(Object.keys(cases).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it('rule ids are unique and each rule describes itself', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.description.length).toBeGreaterThan(10);
  });

  it('no rule reports anything on the minimal document', () => {
    // Guards the fixture: a failing case must fail only because of its own edit.
    expect(rules.flatMap((r) => r.check(minimal()))).toEqual([]);
  });

  it('the minimal documents are shape-valid, so rules see what the loader would give them', () => {
    for (const { pass, fail } of Object.values(cases)) {
      expect(registryDocument.safeParse(pass).success).toBe(true);
      expect(registryDocument.safeParse(fail).success).toBe(true);
    }
  });

  describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const c = cases[id]!;
    it('accepts a document that follows it', () => {
      expect(rule.check(c.pass)).toEqual([]);
    });
    it('reports a document that breaks it, at the right path, with a fix', () => {
      const findings = rule.check(c.fail);
      expect(findings).toHaveLength(c.findings.length);
      c.findings.forEach((want, i) => {
        expect(findings[i]).toMatchObject(want);
        expect(findings[i]!.fix.length).toBeGreaterThan(5);
      });
    });
  });
});

describe('more rule edges', () => {
  const rule = (id: string) => rules.find((r) => r.id === id)!;

  it('span-bounds reports an end past 65535 rather than suggest swapping it into place', () => {
    // Swapping 70000-5000 to 5000-70000 would only trade one error for another.
    expect(rule('span-bounds').check(minimal({ ranges: withRange(4, '70000-5000') }))).toMatchObject([{ message: 'span 70000-5000 starts past 65535' }]);
    expect(rule('span-bounds').check(minimal({ ranges: withRange(4, '5000-70000') }))).toMatchObject([{ message: 'span 5000-70000 ends past 65535' }]);
  });

  it('ranges-tile-code-space reports an overlap, an out-of-order range and an empty list', () => {
    expect(rule('ranges-tile-code-space').check(minimal({ ranges: withRange(2, '2990-3999') }))).toMatchObject([
      { message: 'range 2990-3999 overlaps the range before it, which ends at 2999', fix: 'start it at 3000' },
    ]);
    const swapped = [RANGES[0]!, RANGES[2]!, RANGES[1]!, RANGES[3]!, RANGES[4]!];
    expect(rule('ranges-tile-code-space').check(minimal({ ranges: swapped }))).toMatchObject([
      { path: ['ranges', 2, 'range'], message: 'range 1000-2999 is listed after range 3000-3999, which starts later' },
    ]);
    expect(rule('ranges-tile-code-space').check(minimal({ ranges: [] }))).toMatchObject([{ path: ['ranges'], message: 'there are no ranges' }]);
  });

  it('iana-ranges-placed reports overlap, and lets a span cross a range boundary as IANA once did', () => {
    const record = (range: string) => ({ range, iana: { description: 'U', contact: null, references: [] } });
    expect(rule('iana-ranges-placed').check(minimal({ ianaRanges: [record('2990-3010')] }))).toEqual([]);
    expect(rule('iana-ranges-placed').check(minimal({ ianaRanges: [record('1001-2000'), record('2000-2999')] }))).toMatchObject([
      { path: ['ianaRanges', 1, 'range'], message: 'IANA span 2000-2999 overlaps IANA span 1001-2000' },
    ]);
  });

  it('iana-ranges-placed lets an unassigned span cover a withdrawn code, not a live one', () => {
    const spans = [{ range: '1001-2999', iana: { description: 'Unassigned', contact: null, references: [] } }];
    const withdrawnCode = code(1001, { send: false, receive: false, withdrawn: GONE });
    expect(rule('iana-ranges-placed').check(minimal({ ianaRanges: spans, codes: [code(1000), withdrawnCode] }))).toEqual([]);
    expect(rule('iana-ranges-placed').check(minimal({ ianaRanges: spans, codes: [code(1000), code(1001)] }))).toMatchObject([
      { message: 'IANA span 1001-2999 contains registered code 1001' },
    ]);
  });

  it('codes-in-registrable-range reports a code that falls in no range at all', () => {
    const doc = minimal({ ranges: RANGES.slice(0, 4), codes: [code(1000), code(6000)] });
    expect(rule('codes-in-registrable-range').check(doc)).toMatchObject([{ path: ['codes', 1, 'code'], message: 'code 6000 falls in no range' }]);
  });

  it('wire-rules: 1004 is reserved rather than forbidden by the RFC, and the message says so', () => {
    expect(rule('wire-rules').check(minimal({ codes: [code(1000), code(1004, { send: true })] }))).toMatchObject([
      { path: ['codes', 1, 'send'], message: 'code 1004 is reserved with no meaning defined (RFC 6455 section 7.4.1), so it never appears in a Close frame' },
    ]);
  });

  it('wire-rules: send without receive, and receive in a receive:none range', () => {
    expect(rule('wire-rules').check(minimal({ codes: [code(1000, { receive: false })] }))).toMatchObject([
      { path: ['codes', 0, 'receive'], message: 'code 1000 may be sent but is invalid on receipt' },
    ]);
    const noneInProtocol = RANGES.map((r) => (r.kind === 'protocol' ? { ...r, receive: 'none' as const } : r));
    expect(rule('wire-rules').check(minimal({ ranges: noneInProtocol, codes: [code(1000, { send: false })] }))).toMatchObject([
      { message: 'code 1000 is in range 1000-2999, where no code is valid on receipt' },
    ]);
    // 1004 is reserved: send alone is enough to be reported, at the send field.
    expect(rule('wire-rules').check(minimal({ codes: [code(1004, { receive: false })] }))).toMatchObject([{ path: ['codes', 0, 'send'] }]);
  });

  it('single-line-summary catches a lone CR', () => {
    expect(rule('single-line-summary').check(minimal({ codes: [code(1000, { summary: 'a\rb' })] }))).toHaveLength(1);
  });

  it('unique-keys reports an exact duplicate with its own wording', () => {
    expect(rule('unique-keys').check(minimal({ codes: [code(1000, { key: 'Same' }), code(1001, { key: 'Same' })] }))).toMatchObject([
      { message: 'key Same of code 1001 is already used by code 1000' },
    ]);
  });

  it('known-contacts checks code records as well as span records, and accepts null', () => {
    expect(rule('known-contacts').check(minimal({ codes: [code(1000, { iana: { description: 'd', contact: 'X', references: [] } })] }))).toMatchObject([
      { path: ['codes', 0, 'iana', 'contact'], message: 'unknown contact X' },
    ]);
    expect(rule('known-contacts').check(minimal({ codes: [code(1000, { iana: { description: 'd', contact: null, references: [] } })] }))).toEqual([]);
  });
});

// The duplicate and placement checks look entries up in Maps and sorted lists instead of comparing
// each entry with every other; what they report, and in which order, must not change with that.
describe('checks that run in one pass name the entry listed first', () => {
  const rule = (id: string) => rules.find((r) => r.id === id)!;
  const record = (range: string) => ({ range, iana: { description: 'U', contact: null, references: [] } });

  it('unique-codes and unique-keys point every later copy at the first one', () => {
    const codes = [code(1000), code(1001), code(1000, { key: 'B', name: 'B' }), code(1000, { key: 'C', name: 'C' })];
    expect(rule('unique-codes').check(minimal({ codes }))).toMatchObject([
      { path: ['codes', 2, 'code'], message: 'code 1000 is listed twice (first at codes[0])' },
      { path: ['codes', 3, 'code'], message: 'code 1000 is listed twice (first at codes[0])' },
    ]);
    const keys = [code(1000, { key: 'Same' }), code(1001, { key: 'SAME' }), code(1002, { key: 'same' })];
    expect(rule('unique-keys').check(minimal({ codes: keys }))).toMatchObject([
      { path: ['codes', 1, 'key'], message: 'key SAME of code 1001 differs only in case from key Same of code 1000' },
      { path: ['codes', 2, 'key'], message: 'key same of code 1002 differs only in case from key Same of code 1000' },
    ]);
  });

  it('iana-ranges-placed names the code listed first inside a span, and the first span listed that overlaps', () => {
    const codes = [code(1000), code(3002), code(3001)];
    expect(rule('iana-ranges-placed').check(minimal({ codes, ianaRanges: [record('1001-2999'), record('3001-3002')] }))).toMatchObject([
      { path: ['ianaRanges', 1, 'range'], message: 'IANA span 3001-3002 contains registered code 3002' },
    ]);
    // Listed out of order but apart: nothing to report.
    expect(rule('iana-ranges-placed').check(minimal({ ianaRanges: [record('3000-3999'), record('1001-2999')] }))).toEqual([]);
    expect(rule('iana-ranges-placed').check(minimal({ ianaRanges: [record('2000-2999'), record('1500-1600'), record('1001-2500')] }))).toMatchObject([
      { path: ['ianaRanges', 2, 'range'], message: 'IANA span 1001-2500 overlaps IANA span 2000-2999' },
    ]);
  });
});
