// Synthetic registries of a chosen size, one builder per registry kind, grown from the real files so
// that every rule passes: the scaling bench times the path a valid registry takes, not error reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  checkDocumentText,
  checkIanaRegistryText,
  checkProtocolFiles,
  closeCodesSpec,
  IANA_REGISTRIES,
  ianaRegistrySpec,
  parseSpan,
  type IanaRegistryModule,
  type ProtocolCatalogue,
  type Registry,
  type RegistryDocument,
} from '@wscodes-tools/registry';
import { REPO_ROOT } from './bundle.ts';

/**
 * A registry of 10,000 entries is larger than a registry file may be (MAX_FILE_BYTES): the bench
 * lifts the limit, and checks everything else as `npm run validate` does.
 */
const NO_LIMITS = { maxBytes: Number.POSITIVE_INFINITY } as const;

/** close-codes.yaml's text through the engine, as checkRegistryText checks it, without the size limit. */
export const validateCloseCodes = (text: string) => checkDocumentText(text, { ...closeCodesSpec('synthetic/close-codes.yaml'), limits: NO_LIMITS });

/** One of IANA's registry files through the engine, as checkIanaRegistryText checks it, without the size limit. */
export const validateIanaRegistry = (module: IanaRegistryModule, text: string) => checkDocumentText(text, { ...ianaRegistrySpec(module, `synthetic/${module.id}.yaml`), limits: NO_LIMITS });

/** A protocols folder: each file (small: no limit to lift) and the checks across files, as checkRegistryFolder runs them. */
export const validateProtocols = (real: Registry, files: readonly { file: string; text: string }[]) => checkProtocolFiles(files, real, 'synthetic/protocols');

const firstProblems = (diagnostics: readonly { line: number; column: number; message: string }[]) =>
  diagnostics.slice(0, 3).map((d) => `${d.line}:${d.column} ${d.message}`).join('; ');

/** YAML as a contributor writes it: block style, and no anchors for repeated objects (the loader refuses them). */
const toYaml = (document: unknown): string => stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });

/** The registrable close codes: the protocol range and IANA's first-come-first-served range. */
const REGISTRABLE = { from: 1000, to: 3999 } as const;

/** The most codes close-codes.yaml can hold: every registrable code. */
export const MAX_CLOSE_CODES = REGISTRABLE.to - REGISTRABLE.from + 1;

/**
 * close-codes.yaml with `count` codes: the real ones, then new codes in the unassigned spans, each a
 * copy of a real registered code of its range (1008 in the protocol range, 3000 in IANA's), and
 * IANA's unassigned spans shrunk around them.
 */
export function closeCodesText(real: Registry, count: number): string {
  const doc = real.document;
  if (count < doc.codes.length || count > MAX_CLOSE_CODES) throw new Error(`close codes: ${count} is not between ${doc.codes.length} and ${MAX_CLOSE_CODES}`);
  const template = (code: number) => doc.codes.find((c) => c.code === (code < 3000 ? 1008 : 3000))!;
  const taken = new Set(doc.codes.map((c) => c.code));
  const added: RegistryDocument['codes'][number][] = [];
  for (const record of doc.ianaRanges) {
    const span = parseSpan(record.range);
    for (let code = span.from; code <= span.to && doc.codes.length + added.length < count; code++) {
      if (taken.has(code) || code < REGISTRABLE.from || code > REGISTRABLE.to) continue;
      added.push({ ...template(code), code, key: `Synthetic${code}`, name: `Synthetic ${code}` });
      taken.add(code);
    }
  }
  if (doc.codes.length + added.length < count) throw new Error(`close codes: only ${doc.codes.length + added.length} fit in IANA's unassigned spans`);
  // Each unassigned span loses the codes now taken: what is left of it, piece by piece.
  const ianaRanges = doc.ianaRanges.flatMap((record) => {
    const span = parseSpan(record.range);
    const pieces: RegistryDocument['ianaRanges'] = [];
    let start: number | undefined;
    for (let code = span.from; code <= span.to + 1; code++) {
      const free = code <= span.to && !taken.has(code);
      if (free && start === undefined) start = code;
      if (!free && start !== undefined) {
        pieces.push({ ...record, range: `${start}-${code - 1}` });
        start = undefined;
      }
    }
    return pieces;
  });
  const codes = [...doc.codes, ...added].sort((a, b) => a.code - b.code);
  return toYaml({ ...doc, ianaRanges, codes });
}

/** The real registry with `count` close codes, validated (and so compiled) by the registry package. */
export function closeCodesRegistry(real: Registry, count: number): Registry {
  const checked = validateCloseCodes(closeCodesText(real, count));
  if (!checked.result) throw new Error(`synthetic close codes do not validate: ${firstProblems(checked.diagnostics)}`);
  return { ...real, ...checked.result };
}

/** IANA's registries whose values are tokens: their space is unbounded, so they can hold 10,000 entries. */
export const TOKEN_REGISTRIES = IANA_REGISTRIES.filter((m) => m.value.space === undefined && typeof m.value.parse('a') === 'string') as readonly IanaRegistryModule[];

/** The IANA registries with a bounded value space (opcodes 0-15, versions 0-255, RSV1-3): they cannot hold 1,000 entries. */
export const BOUNDED_REGISTRIES = IANA_REGISTRIES.filter((m) => !TOKEN_REGISTRIES.includes(m as IanaRegistryModule)) as readonly IanaRegistryModule[];

/** One of IANA's token registries with `count` entries: the real ones, then copies of them under new tokens. */
export function tokenRegistryText(module: IanaRegistryModule, count: number): string {
  const text = readFileSync(join(REPO_ROOT, module.file), 'utf8');
  const checked = checkIanaRegistryText(module, text);
  if (!checked.registry) throw new Error(`${module.file} does not validate`);
  const doc = checked.registry.document;
  const entries = [...doc.entries];
  for (let i = 0; entries.length < count; i++) {
    const { details: _details, usage: _usage, pending: _pending, ...template } = doc.entries[i % doc.entries.length]!;
    entries.push({ ...template, value: `synthetic-${module.id}-${i}` });
  }
  return toYaml({ ...doc, entries: entries.slice(0, count) });
}

/** The real registry with one token registry of `count` entries, validated by the registry package. */
export function tokenRegistry(real: Registry, module: IanaRegistryModule, count: number): Registry {
  const checked = validateIanaRegistry(module, tokenRegistryText(module, count));
  if (!checked.result) throw new Error(`synthetic ${module.id} does not validate: ${firstProblems(checked.diagnostics)}`);
  return { ...real, ianaRegistries: { ...real.ianaRegistries, [module.id]: checked.result } };
}

/** Codes per synthetic protocol file: the catalogue grows by files, as it does in practice. */
export const CODES_PER_PROTOCOL = 10;

/** A protocols folder of `count / CODES_PER_PROTOCOL` files, each a protocol with private-use codes 4000-4009. */
export function protocolFiles(real: Registry, count: number): { file: string; text: string }[] {
  const template = real.protocols!.protocols[0]!;
  const files: { file: string; text: string }[] = [];
  for (let p = 0; p * CODES_PER_PROTOCOL < count; p++) {
    const id = `synthetic-${p}`;
    const codes = Array.from({ length: CODES_PER_PROTOCOL }, (_, j) => ({
      code: 4000 + j,
      key: `Code${j}`,
      name: `Code ${j} of protocol ${p}`,
      meaning: `What code ${4000 + j} means under synthetic protocol ${p}.`,
      section: 'Close codes',
      reconnect: { policy: 'backoff', source: 'protocol', advice: 'Reconnect after backing off.' },
    }));
    const doc = { id, name: `Synthetic ${p}`, subprotocols: [`${id}.example`], summary: template.summary, source: template.source, codes };
    files.push({ file: `synthetic/protocols/${id}.yaml`, text: toYaml(doc) });
  }
  return files;
}

/** The real registry with a catalogue of `count` protocol codes, validated by the registry package. */
export function protocolRegistry(real: Registry, count: number): Registry {
  const { catalogue, problems } = validateProtocols(real, protocolFiles(real, count));
  if (!catalogue) throw new Error(`synthetic protocols do not validate: ${problems.slice(0, 3).map((p) => `${p.file}:${p.diagnostic.line} ${p.diagnostic.message}`).join('; ')}`);
  return { ...real, protocols: catalogue as ProtocolCatalogue };
}
