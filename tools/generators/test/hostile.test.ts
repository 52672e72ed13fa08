// Hostile text must round-trip exactly: registry YAML -> Registry -> generated TypeScript ->
// imported module. The registry here is the real one with text fields replaced (a YAML-document
// edit), the generated modules (registry.ts and details.ts) are written beside a copy of
// packages/core/src/types.ts, imported, and every value is compared with the registry.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRegistryText, REGISTRY_FILE, REPO_ROOT, type Contact, type Registry } from '@wscodes-tools/registry';
import { generateCore } from '../src/core/generate-core.ts';
import { CLOSE_CODE_DETAILS, CLOSE_CODE_INFO, CLOSE_CODE_RANGE, IANA_CONTACT, IANA_RANGE_RECORD, project, type RecordShape } from '../src/core/records.ts';
import { FIXTURE_TEXT } from './registry.ts';

/** Text that has broken generators: comment ends, template syntax, quotes, escapes, separators. */
const H = {
  comment: 'ends */ here, /* opens, /** doc */ // line',
  template: 'back`tick ${x} and `${`nested`}` $${y}',
  quotes: `single ' double " mixed '" \\'`,
  escapes: 'back\\slash, \\u0000 as text, \\n as text, \\x41, \\\\ double, trailing\\',
  lines: 'line one\nline two\r\nline three\rend\n\nafter a blank line',
  controls: 'tab\there, bell\u0007, nul\u0000, esc\u001b[31m, del\u007f',
  unicode: 'café naïve 中文 🎉 👩‍👩‍👧 עברית العربية \u202Eevil\u202C \u200Bzero-width \uFEFFbom',
  separators: 'para\u2028graph\u2029sep',
  proto: '__proto__',
  ctor: 'constructor',
};
const ONE_LINE = [H.comment, H.template, H.quotes, H.escapes, H.unicode, H.separators, H.controls].join(' | ');
const MULTI_LINE = [H.lines, ONE_LINE].join('\n');

/** The edits: a path in the YAML document and the text to put there. */
const EDITS: readonly (readonly [readonly (string | number)[], string])[] = [
  [['codes', 0, 'name'], `Normal ${H.comment} ${H.template}`],
  [['codes', 0, 'summary'], ONE_LINE],
  [['codes', 0, 'reconnect', 'advice'], MULTI_LINE],
  [['codes', 0, 'details'], MULTI_LINE],
  [['codes', 0, 'iana', 'description'], `${H.quotes} ${H.escapes}`],
  [['codes', 0, 'iana', 'references', 0, 'data'], H.proto],
  [['codes', 1, 'name'], H.proto],
  [['codes', 1, 'summary'], H.ctor],
  [['codes', 1, 'reconnect', 'advice'], H.proto],
  [['codes', 2, 'name'], H.ctor],
  [['codes', 2, 'summary'], `${H.unicode} ${H.separators}`],
  [['codes', 2, 'reconnect', 'advice'], H.ctor],
  [['codes', 3, 'name'], `Unsupported\n\t${H.unicode}`],
  [['codes', 3, 'summary'], H.escapes],
  [['codes', 3, 'iana', 'description'], H.lines],
  [['codes', 4, 'summary'], H.template],
  [['codes', 5, 'summary'], H.comment],
  [['contacts', 0, 'name'], H.ctor],
  [['contacts', 1, 'name'], H.proto],
  [['contacts', 2, 'name'], ONE_LINE],
  [['contacts', 2, 'uri'], `mailto:${H.quotes}&${H.escapes}`],
  [['ranges', 0, 'name'], H.proto],
  [['ranges', 0, 'label'], H.ctor],
  [['ranges', 0, 'summary'], MULTI_LINE],
  [['ranges', 1, 'label'], ONE_LINE],
  [['ranges', 1, 'registration'], `${H.comment}\n${H.escapes}`],
  [['ianaRanges', 0, 'iana', 'description'], MULTI_LINE],
  [['ianaRanges', 4, 'iana', 'references', 0, 'data'], `${H.template} ${H.proto}`],
];

function hostileRegistry(): Registry {
  const doc = parseDocument(FIXTURE_TEXT);
  for (const [path, value] of EDITS) {
    expect(doc.hasIn(path), `the real registry has ${path.join('.')}`).toBe(true);
    doc.setIn(path, value);
  }
  const result = checkRegistryText(doc.toString());
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.registry!;
}

// What the core module should hold: each record as the generator computes it in memory, before it
// prints it (an optional field without a value is left out, as in the module). What is tested here
// is the printing: hostile text must come back out of the module exactly. Which registry value goes
// in which field is the record shapes' business (records.ts), tested on the package; no field is
// listed here, so a field added to a record needs no edit. A registry contact is printed as its
// shared IanaContact constant.
const projected = <S>(record: RecordShape<S>, sources: readonly S[], contacts: readonly Contact[] = []): unknown[] =>
  sources.map((source) => JSON.parse(JSON.stringify(project(record, source), (_key, value: unknown) => (contacts.includes(value as Contact) ? project(IANA_CONTACT, value as Contact) : value))));

interface CoreModule {
  CloseCode: Record<string, number>;
  CLOSE_CODE_INFO: readonly Record<string, unknown>[];
  CLOSE_CODE_RANGES: readonly Record<string, unknown>[];
  IANA_REGISTRY_UPDATED: string;
  isValidCloseCode(code: number): boolean;
}

interface DetailsModule {
  CLOSE_CODE_DETAILS: readonly Record<string, unknown>[];
  IANA_RANGE_RECORDS: readonly Record<string, unknown>[];
}

describe('hostile text round-trips into @wscodes/core', { timeout: 120_000 }, () => {
  let registry: Registry;
  let dir: string;
  let source: string;
  let detailsSource: string;
  let core: CoreModule;
  let details: DetailsModule;

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    registry = hostileRegistry();
    const [file, detailsFile] = generateCore(registry);
    source = file!.contents;
    detailsSource = detailsFile!.contents;
    // Laid out like packages/core/src: generated/registry.ts imports ../types.ts.
    dir = mkdtempSync(join(tmpdir(), 'wscodes-hostile-'));
    mkdirSync(join(dir, 'generated'));
    copyFileSync(join(REPO_ROOT, 'packages/core/src/types.ts'), join(dir, 'types.ts'));
    writeFileSync(join(dir, 'generated/registry.ts'), source);
    writeFileSync(join(dir, 'generated/details.ts'), detailsSource);
    core = (await import(pathToFileURL(join(dir, 'generated/registry.ts')).href)) as CoreModule;
    details = (await import(pathToFileURL(join(dir, 'generated/details.ts')).href)) as DetailsModule;
  });

  it('the registry really holds the hostile text (otherwise the round trip proves nothing)', () => {
    const at = (path: readonly (string | number)[]) => path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], registry.document);
    for (const [path, value] of EDITS) expect(at(path), path.join('.')).toBe(value);
    expect(registry.codes[0]!.summary).toBe(ONE_LINE);
    expect(registry.codes[1]!.name).toBe('__proto__');
  });

  it('CloseCode maps every key to its code, and nothing else', () => {
    expect(Object.entries(core.CloseCode)).toEqual(registry.codes.map((c) => [c.key, c.code]));
    expect(Object.isFrozen(core.CloseCode)).toBe(true);
  });

  it('CLOSE_CODE_INFO holds every value exactly', () => {
    expect(core.CLOSE_CODE_INFO).toStrictEqual(projected(CLOSE_CODE_INFO, registry.codes));
    expect(core.CLOSE_CODE_INFO[1]!.name).toBe('__proto__');
    expect(Object.getPrototypeOf(core.CLOSE_CODE_INFO[1])).toBe(Object.prototype);
  });

  it('CLOSE_CODE_DETAILS (the details module) holds every value exactly', () => {
    expect(details.CLOSE_CODE_DETAILS).toStrictEqual(projected(CLOSE_CODE_DETAILS, registry.codes, registry.contacts));
    // Spot checks that would catch a lossy escape even if both sides were wrong the same way.
    expect(details.CLOSE_CODE_DETAILS[0]!.summary).toBe(ONE_LINE);
    expect(details.CLOSE_CODE_DETAILS[0]!.advice).toBe(MULTI_LINE);
    expect(details.CLOSE_CODE_DETAILS[0]!.details).toBe(MULTI_LINE);
    expect(details.CLOSE_CODE_DETAILS[1]!.advice).toBe('__proto__');
  });

  it('CLOSE_CODE_RANGES holds every value exactly', () => {
    expect(core.CLOSE_CODE_RANGES).toStrictEqual(projected(CLOSE_CODE_RANGE, registry.ranges));
    expect(core.CLOSE_CODE_RANGES[0]!.name).toBe('__proto__');
    expect(core.CLOSE_CODE_RANGES[0]!.label).toBe('constructor');
  });

  it('IANA_RANGE_RECORDS and IANA_REGISTRY_UPDATED hold every value exactly', () => {
    expect(details.IANA_RANGE_RECORDS).toStrictEqual(projected(IANA_RANGE_RECORD, registry.ianaRanges, registry.contacts));
    expect(core.IANA_REGISTRY_UPDATED).toBe(registry.ianaUpdated);
  });

  it('contacts with hostile names are shared, not copied, and frozen all the way down', () => {
    const withContact = details.CLOSE_CODE_DETAILS.filter((i) => i.iana && (i.iana as { contact: unknown }).contact);
    const byName = new Map<unknown, unknown>();
    for (const info of withContact) {
      const contact = (info.iana as { contact: { name: string } }).contact;
      if (byName.has(contact.name)) expect(byName.get(contact.name)).toBe(contact);
      byName.set(contact.name, contact);
      expect(Object.isFrozen(contact)).toBe(true);
    }
    expect([...byName.keys()]).toContain(ONE_LINE);
    expect(Object.isFrozen(core.CLOSE_CODE_INFO[0]!.reconnect)).toBe(true);
  });

  it('the predicates are unaffected by the text', () => {
    for (const c of registry.codes) expect(core.isValidCloseCode(c.code), String(c.code)).toBe(c.receive);
  });

  it('no hostile character appears raw in the source, and no comment ends early', () => {
    // Control characters, U+2028/2029, a BOM and bidi controls (Trojan Source) only as \uXXXX.
    for (const text of [source, detailsSource]) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/);
      // Ordinary non-ASCII stays readable.
      expect(text).toContain('café naïve 中文 🎉 👩‍👩‍👧 עברית');
    }
    // The doc comment of NormalClosure: one comment, whose only */ is its last.
    const line = source.split('\n').find((l) => l.trimStart().startsWith('/** 1000 '))!;
    expect(line.trimEnd().endsWith(' */')).toBe(true);
    expect(line.trimEnd().slice(0, -3)).not.toContain('*/');
    expect(line).toContain('ends *\\/ here');
    expect(line).toContain('bell\\u0007, nul\\u0000');
  });

  it('both modules type-check against the hand-written types.ts with strict settings', () => {
    const program = ts.createProgram([join(dir, 'generated/registry.ts'), join(dir, 'generated/details.ts')], {
      strict: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      allowImportingTsExtensions: true,
      verbatimModuleSyntax: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});
