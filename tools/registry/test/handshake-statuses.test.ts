// registry/handshake-statuses.yaml's loader: each rule on a small table of its own (one it accepts,
// one it rejects), shape errors at file:line:col, and the folder check picking the file up. No test
// reads today's table: the data may change without a test changing.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { checkHandshakeStatusesText, checkRegistryFolder, handshakeStatusRules, type HandshakeStatusesDocument } from '@wscodes-tools/registry';
import { positionOf } from './helpers.ts';

// Shared objects would come out as anchors and aliases, which the registry refuses.
const stringify = (value: unknown): string => toYaml(value, { aliasDuplicateObjects: false });

type Entry = HandshakeStatusesDocument['statuses'][number];
type Class = HandshakeStatusesDocument['classes'][number];
const ADVICE: Entry['advice'] = { policy: 'do-not-retry', source: 'rfc', retryAfter: 'ignored', text: 'Fix it.' };
const BACKOFF: Entry['advice'] = { policy: 'backoff', source: 'rfc', retryAfter: 'honoured', text: 'Later.' };
const status = (n: number, overrides: Partial<Entry> = {}): Entry => ({ status: n, name: `S${n}`, meaning: 'M.', advice: n >= 500 ? BACKOFF : ADVICE, sources: [{ ref: 'rfc1', section: '1' }], ...overrides });
const cls = (n: number, overrides: Partial<Class> = {}): Class => ({ class: n, name: `C${n}`, meaning: 'M.', advice: n >= 5 ? BACKOFF : ADVICE, sources: [{ ref: 'rfc1', section: '2' }], ...overrides });
const doc = (overrides: Partial<HandshakeStatusesDocument> = {}): HandshakeStatusesDocument => ({
  references: [{ id: 'rfc1', title: 'RFC 1', url: 'https://example.org/rfc1' }],
  classes: [cls(4), cls(5)],
  statuses: [status(401), status(503)],
  ...overrides,
});

const cases: Record<string, { pass: HandshakeStatusesDocument; fail: HandshakeStatusesDocument; message: RegExp; path: (string | number)[] }> = {
  'handshake-unique-statuses': {
    pass: doc(),
    fail: doc({ statuses: [status(401), status(401, { name: 'Again' })] }),
    message: /status 401 has a second entry \(the first is statuses\[0\]\)/,
    path: ['statuses', 1, 'status'],
  },
  'handshake-classes-cover-statuses': {
    pass: doc({ classes: [cls(4), cls(5)], statuses: [status(404)] }),
    fail: doc({ classes: [cls(5)], statuses: [status(404)] }),
    message: /class 4xx has no entry in classes/,
    path: ['statuses', 0, 'status'],
  },
  'handshake-known-references': {
    pass: doc(),
    fail: doc({ statuses: [status(401, { sources: [{ ref: 'rfc2', section: '3' }] })] }),
    message: /cites rfc2, which references does not declare/,
    path: ['statuses', 0, 'sources', 0, 'ref'],
  },
  'handshake-used-references': {
    pass: doc(),
    fail: doc({ references: [{ id: 'rfc1', title: 'RFC 1', url: 'https://example.org/rfc1' }, { id: 'rfc1', title: 'RFC 1 again', url: 'https://example.org/again' }] }),
    message: /the reference rfc1 is declared twice/,
    path: ['references', 1, 'id'],
  },
  'handshake-coherent-advice': {
    pass: doc(),
    fail: doc({ statuses: [status(401, { advice: { ...ADVICE, retryAfter: 'honoured' } })] }),
    message: /Retry-After is honoured, but the policy is do-not-retry/,
    path: ['statuses', 0, 'advice', 'retryAfter'],
  },
};

describe('handshake-statuses.yaml rules', () => {
  it('every rule has a case here', () => {
    expect(Object.keys(cases).sort()).toEqual(handshakeStatusRules.map((r) => r.id).sort());
  });

  it.each(Object.entries(cases))('%s accepts the good table and refuses the bad one at its place', (id, c) => {
    const good = checkHandshakeStatusesText(stringify(c.pass), 'statuses.yaml');
    expect(good.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual([]);
    expect(good.result).toBeDefined();
    const text = stringify(c.fail);
    const bad = checkHandshakeStatusesText(text, 'statuses.yaml');
    expect(bad.result).toBeUndefined();
    const found = bad.diagnostics.find((d) => c.message.test(d.message));
    expect(found, `${id}: ${JSON.stringify(bad.diagnostics)}`).toBeDefined();
    expect(found!.path).toEqual(c.path);
  });

  it('a not-needed policy is refused: a refusal never ends a session normally', () => {
    const checked = checkHandshakeStatusesText(stringify(doc({ classes: [cls(4, { advice: { ...ADVICE, policy: 'not-needed' } }), cls(5)] })));
    expect(checked.diagnostics.map((d) => d.message).join('\n')).toMatch(/class 4xx: not-needed says the session ended normally/);
  });

  it('an unused reference is a warning, not an error', () => {
    const checked = checkHandshakeStatusesText(stringify(doc({ references: [...doc().references, { id: 'rfc9', title: 'RFC 9', url: 'https://example.org/9' }] })));
    expect(checked.result).toBeDefined();
    expect(checked.diagnostics.map((d) => `${d.severity} ${d.message}`)).toEqual(['warning the reference rfc9 is not cited by any entry']);
  });

  it('shape errors point at the line and column of the value', () => {
    const text = stringify(doc({ statuses: [status(101)] }));
    const checked = checkHandshakeStatusesText(text, 'statuses.yaml');
    const problem = checked.diagnostics.find((d) => /a refusal is a final status/.test(d.message));
    expect(problem).toBeDefined();
    expect({ line: problem!.line, column: problem!.column }).toEqual(positionOf(text, '- status: 101', '101'));
  });

  it('compiles sorted, with every source resolved to its reference', () => {
    const checked = checkHandshakeStatusesText(stringify(doc({ statuses: [status(503), status(401)], classes: [cls(5), cls(4)] })));
    const table = checked.result!;
    expect(table.statuses.map((s) => s.status)).toEqual([401, 503]);
    expect(table.classes.map((c) => c.class)).toEqual([4, 5]);
    expect(table.statuses[0]!.sources).toEqual([{ ref: 'rfc1', title: 'RFC 1', url: 'https://example.org/rfc1', section: '1' }]);
    expect(Object.isFrozen(table.statuses[0]!.advice)).toBe(true);
  });
});

describe('the folder check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wscodes-statuses-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks handshake-statuses.yaml beside close-codes.yaml, and puts it on the registry', () => {
    cpSync(new URL('./fixtures/close-codes.yaml', import.meta.url), join(dir, 'close-codes.yaml'));
    writeFileSync(join(dir, 'handshake-statuses.yaml'), stringify(doc()));
    const good = checkRegistryFolder(join(dir, 'close-codes.yaml'), 'r/close-codes.yaml');
    expect(good.files.map((f) => [f.file, f.kind])).toContainEqual(['r/handshake-statuses.yaml', 'handshake-statuses']);
    expect(good.registry?.handshakeStatuses?.statuses.map((s) => s.status)).toEqual([401, 503]);

    writeFileSync(join(dir, 'handshake-statuses.yaml'), stringify(doc({ statuses: [status(401), status(401)] })));
    const bad = checkRegistryFolder(join(dir, 'close-codes.yaml'), 'r/close-codes.yaml');
    expect(bad.registry).toBeUndefined();
    expect(bad.files.find((f) => f.kind === 'handshake-statuses')!.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
