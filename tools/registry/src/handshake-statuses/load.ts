import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkDocumentText, type DocumentResult } from '../check-document.ts';
import { firstIndexes } from '../first-index.ts';
import { error, warning, type DocumentSpec, type Rule } from '../spec.ts';
import { handshakeStatusesDocument, type HandshakeStatusesDocument, type HandshakeStatusEntryDocument } from './schema.ts';

// Reading registry/handshake-statuses.yaml through the one engine (check-document.ts): shape, the
// rules below, then the compiled, frozen table the generators read.

export const HANDSHAKE_STATUSES_FILE = 'registry/handshake-statuses.yaml';

type Described = Omit<HandshakeStatusEntryDocument, 'status' | 'sources'>;

/** A source with its reference resolved. */
export interface HandshakeStatusSource {
  readonly ref: string;
  readonly title: string;
  readonly url: string;
  readonly section: string;
}

/** A status of the table, or a class's answer for the statuses it does not list. */
export type HandshakeStatusInfo = Readonly<Described> & { readonly status: number; readonly sources: readonly HandshakeStatusSource[] };
export type HandshakeStatusClassInfo = Readonly<Described> & { readonly class: number; readonly sources: readonly HandshakeStatusSource[] };

/** The compiled table: statuses and classes sorted by number, every source resolved; frozen. */
export interface HandshakeStatuses {
  /** The file, relative to the repository root, for banners and messages. */
  readonly source: string;
  readonly statuses: readonly HandshakeStatusInfo[];
  readonly classes: readonly HandshakeStatusClassInfo[];
  /** The validated document, sorted, as @wscodes/schema ships it. */
  readonly document: HandshakeStatusesDocument;
}

type StatusRule = Rule<HandshakeStatusesDocument>;
type Section = 'statuses' | 'classes';
const entriesOf = (doc: HandshakeStatusesDocument) =>
  (['statuses', 'classes'] as const).flatMap((section: Section) => (doc[section] as readonly (Described & { sources: HandshakeStatusEntryDocument['sources'] })[]).map((entry, i) => ({ section, i, entry })));
const nameOf = (section: Section, doc: HandshakeStatusesDocument, i: number) => (section === 'statuses' ? `status ${doc.statuses[i]!.status}` : `class ${doc.classes[i]!.class}xx`);

/** Each status, and each class, has one entry. */
export const uniqueStatuses: StatusRule = {
  id: 'handshake-unique-statuses',
  description: 'a status or a class has one entry',
  needsWhole: [],
  check: (doc) =>
    (['statuses', 'classes'] as const).flatMap((section) => {
      const numbers = section === 'statuses' ? doc.statuses.map((s) => s.status) : doc.classes.map((c) => c.class);
      const first = firstIndexes(numbers, (n) => n);
      return numbers.flatMap((n, i) => (first[i]! < i ? [error([section, i, section === 'statuses' ? 'status' : 'class'], `${nameOf(section, doc, i)} has a second entry (the first is ${section}[${first[i]}])`, 'merge the two entries into one')] : []));
    }),
};

/** A listed status belongs to a class the table answers for: the fallback must exist for its neighbours. */
export const classesCoverStatuses: StatusRule = {
  id: 'handshake-classes-cover-statuses',
  description: 'every status the table lists has its class answered in classes',
  needsWhole: ['classes'],
  check: (doc) => {
    const classes = new Set(doc.classes.map((c) => c.class));
    return doc.statuses.flatMap((s, i) => {
      const cls = Math.floor(s.status / 100);
      return classes.has(cls) ? [] : [error(['statuses', i, 'status'], `status ${s.status} is listed, but its class ${cls}xx has no entry in classes, so its unlisted neighbours get no answer`, `add {class: ${cls}} to classes (RFC 9110 15: an unrecognized status is read as the x00 of its class)`)];
    });
  },
};

/** Every cited reference is declared; every declared one is cited; no entry cites the same section twice. */
export const knownReferences: StatusRule = {
  id: 'handshake-known-references',
  description: 'sources cite declared references, once per section',
  needsWhole: ['references'],
  check: (doc) => {
    const ids = new Set(doc.references.map((r) => r.id));
    return entriesOf(doc).flatMap(({ section, i, entry }) => {
      const first = firstIndexes(entry.sources, (s) => `${s.ref} ${s.section}`);
      return entry.sources.flatMap((s, j) => [
        ...(ids.has(s.ref) ? [] : [error([section, i, 'sources', j, 'ref'], `${nameOf(section, doc, i)} cites ${s.ref}, which references does not declare`, `add {id: ${s.ref}, title, url} to references, or correct the id (${[...ids].join(', ')})`)]),
        ...(first[j]! < j ? [error([section, i, 'sources', j], `${nameOf(section, doc, i)} cites ${s.ref} ${s.section} twice`, 'remove the second one')] : []),
      ]);
    });
  },
};

export const usedReferences: StatusRule = {
  id: 'handshake-used-references',
  description: 'every declared reference is cited, and declared once',
  needsWhole: ['statuses', 'classes'],
  check: (doc) => {
    const cited = new Set(entriesOf(doc).flatMap(({ entry }) => entry.sources.map((s) => s.ref)));
    const first = firstIndexes(doc.references, (r) => r.id);
    return doc.references.flatMap((r, i) =>
      first[i]! < i
        ? [error(['references', i, 'id'], `the reference ${r.id} is declared twice`, 'remove the second one')]
        : cited.has(r.id)
          ? []
          : [warning(['references', i, 'id'], `the reference ${r.id} is not cited by any entry`, 'cite it, or remove it')],
    );
  },
};

/** The advice holds together: no refusal is a normal end, and a status not retried has no wait to honour. */
export const coherentAdvice: StatusRule = {
  id: 'handshake-coherent-advice',
  description: 'no not-needed policy; Retry-After is honoured only where the status may be retried',
  needsWhole: [],
  check: (doc) =>
    entriesOf(doc).flatMap(({ section, i, entry }) => [
      ...(entry.advice.policy === 'not-needed'
        ? [error([section, i, 'advice', 'policy'], `${nameOf(section, doc, i)}: not-needed says the session ended normally, which a refused handshake never is`, 'use backoff, do-not-retry or depends')]
        : []),
      ...(entry.advice.policy === 'do-not-retry' && entry.advice.retryAfter === 'honoured'
        ? [error([section, i, 'advice', 'retryAfter'], `${nameOf(section, doc, i)}: Retry-After is honoured, but the policy is do-not-retry, so there is no retry to delay`, 'write retryAfter: ignored, or change the policy')]
        : []),
    ]),
};

export const handshakeStatusRules: readonly StatusRule[] = [uniqueStatuses, classesCoverStatuses, knownReferences, usedReferences, coherentAdvice];

/** The table of a document that passed every rule; the engine freezes it. */
export function compileHandshakeStatuses(doc: HandshakeStatusesDocument, source: string): HandshakeStatuses {
  const byId = new Map(doc.references.map((r) => [r.id, r]));
  const resolve = (sources: HandshakeStatusEntryDocument['sources']) => sources.map(({ ref, section }) => ({ ref, title: byId.get(ref)!.title, url: byId.get(ref)!.url, section }));
  const statuses = [...doc.statuses].sort((a, b) => a.status - b.status);
  const classes = [...doc.classes].sort((a, b) => a.class - b.class);
  return {
    source,
    statuses: statuses.map((s) => ({ ...s, sources: resolve(s.sources) })),
    classes: classes.map((c) => ({ ...c, sources: resolve(c.sources) })),
    document: { references: doc.references, classes, statuses },
  };
}

export function handshakeStatusesSpec(source: string = HANDSHAKE_STATUSES_FILE): DocumentSpec<HandshakeStatusesDocument, HandshakeStatuses> {
  return {
    schema: handshakeStatusesDocument,
    schemaSource: 'tools/registry/src/handshake-statuses/schema.ts',
    rules: handshakeStatusRules,
    compile: (doc) => compileHandshakeStatuses(doc, source),
  };
}

/** Checks handshake-statuses.yaml text; `source` names it in messages. Never throws for bad content. */
export function checkHandshakeStatusesText(text: string, source: string = HANDSHAKE_STATUSES_FILE): DocumentResult<HandshakeStatuses> {
  return checkDocumentText(text, handshakeStatusesSpec(source));
}

/** Where the file sits beside a close-code registry file, as a path and as messages name it; undefined when absent. */
export function handshakeStatusesBeside(registryFile: string, source: string): { path: string; file: string } | undefined {
  const name = basename(HANDSHAKE_STATUSES_FILE);
  const path = join(dirname(registryFile), name);
  return existsSync(path) ? { path, file: join(dirname(source), name).split('\\').join('/') } : undefined;
}
