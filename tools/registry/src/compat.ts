import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkDocumentText, type DocumentResult } from './check-document.ts';
import { compareText } from './compare.ts';
import { compatDocument, type Compat, type CompatResult } from './compat-shape.ts';
import { RegistryError } from './diagnostics.ts';
import { readRegistryFile } from './read.ts';
import { COMPAT_MAX_BYTES } from './limits.ts';
import { error, warning, type DocumentSpec, type Rule } from './spec.ts';

// Reading registry/compat.json. The shape lives in compat-shape.ts, which imports nothing from Node,
// so that type-only users (the fixtures' type check) compile without Node's types. The file goes
// through the same engine as the YAML files, parsed as JSON with positions (json-source.ts).

export const COMPAT_FILE = 'registry/compat.json';

/** compat.json puts each peer's entry and each result on one line: peers -> results -> peer -> vector id. */
export const COMPAT_INLINE_FROM = 3;

export const EMPTY_COMPAT: Compat = { peers: {}, results: {} };

const byKey = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.keys(record).sort(compareText).map((key) => [key, record[key]!]));

/**
 * The matrix in its one canonical layout, whoever built it and in whatever order: peers, and each
 * peer's results, sorted by key (code-unit order); inside every entry, the keys in the order of
 * compat-shape.ts (the schema's parse rebuilds each object in that order), which is also the order
 * @wscodes/fixtures/compat.json ships. So a re-record changes only the lines whose data changed.
 */
export function canonicalCompat(doc: Compat): Compat {
  const parsed = compatDocument.parse(doc);
  return {
    ...(parsed.$schema === undefined ? {} : { $schema: parsed.$schema }),
    ...(parsed.$comment === undefined ? {} : { $comment: parsed.$comment }),
    peers: byKey(parsed.peers),
    results: byKey(Object.fromEntries(Object.entries(parsed.results).map(([peer, results]) => [peer, byKey(results)]))),
  };
}

const RERECORD = 'npm run conformance re-records the file';

export const resultsHavePeers: Rule<Compat> = {
  id: 'compat-results-have-peers',
  description: 'every peer with results has an entry in peers',
  needsWhole: ['peers'],
  check: (doc) =>
    Object.keys(doc.results).flatMap((peer) =>
      Object.hasOwn(doc.peers, peer) ? [] : [error(['results', peer], `results.${peer} has no entry in peers`, `add ${peer} to peers, or remove its results; ${RERECORD}`)],
    ),
};

export const peersHaveResults: Rule<Compat> = {
  id: 'compat-peers-have-results',
  description: 'every peer in peers has results',
  needsWhole: ['results'],
  check: (doc) =>
    Object.keys(doc.peers).flatMap((peer) =>
      Object.hasOwn(doc.results, peer) ? [] : [warning(['peers', peer], `peer ${peer} has no results`, `run it (${RERECORD}), or remove it from peers`)],
    ),
};

/** A check of each result on its own, with the peer and vector it belongs to. */
const eachResult =
  (check: (peer: string, vector: string, result: CompatResult) => ReturnType<typeof error>[]) =>
  (doc: Compat) =>
    Object.entries(doc.results).flatMap(([peer, results]) => Object.entries(results).flatMap(([vector, result]) => check(peer, vector, result)));

export const violationsNameClause: Rule<Compat> = {
  id: 'compat-violation-clause',
  description: 'a violation names the clause it breaks; other verdicts name none',
  needsWhole: [],
  check: eachResult((peer, vector, result) => {
    const violation = result.verdict === 'violates-must' || result.verdict === 'violates-should';
    if (violation && result.clause === undefined) return [error(['results', peer, vector, 'verdict'], `${peer} ${vector}: a violation with no clause`, 'add the clause it breaks, such as "clause": "RFC 6455 §7.4.1"')];
    if (!violation && result.clause !== undefined) return [error(['results', peer, vector, 'clause'], `${peer} ${vector}: a clause on a result that is not a violation (${result.verdict})`, 'remove the clause, or correct the verdict')];
    return [];
  }),
};

export const reportedVerdictHasReport: Rule<Compat> = {
  id: 'compat-reported-verdict',
  description: 'a reportedVerdict judges an observed.reported; nothing else has one',
  needsWhole: [],
  check: eachResult((peer, vector, result) =>
    result.reportedVerdict !== undefined && !('reported' in result.observed && result.observed.reported)
      ? [error(['results', peer, vector, 'reportedVerdict'], `${peer} ${vector}: a reportedVerdict with no observed.reported to judge`, `remove reportedVerdict, or record what the library reported; ${RERECORD}`)]
      : [],
  ),
};

export const closeEventOrReported: Rule<Compat> = {
  id: 'compat-close-event-or-reported',
  description: 'a result records the close event (a peer with the WHATWG API) or what a library reported, never both',
  needsWhole: [],
  check: eachResult((peer, vector, result) =>
    'closeEvent' in result.observed && result.observed.closeEvent !== undefined && 'reported' in result.observed && result.observed.reported !== undefined
      ? [error(['results', peer, vector, 'observed', 'reported'], `${peer} ${vector}: both a closeEvent and a reported close`, `a peer with the WHATWG API records its close event only (tools/conformance/PROTOCOL.md); ${RERECORD}`)]
      : [],
  ),
};

export const compatRules: readonly Rule<Compat>[] = [resultsHavePeers, peersHaveResults, violationsNameClause, reportedVerdictHasReport, closeEventOrReported];

export const compatSpec: DocumentSpec<Compat, Compat> = {
  schema: compatDocument,
  schemaSource: 'tools/registry/src/compat-shape.ts',
  rules: compatRules,
  compile: (doc) => doc,
  format: 'json',
  limits: { maxBytes: COMPAT_MAX_BYTES },
};

/** Checks compat.json text through the engine: every problem at line:col, duplicate keys included. Never throws. */
export function checkCompatText(text: string): DocumentResult<Compat> {
  return checkDocumentText(text, compatSpec);
}

/** Parses compat.json text; throws RegistryError listing every problem as file:line:col. */
export function parseCompat(text: string, source: string = COMPAT_FILE): Compat {
  const { result, diagnostics } = checkCompatText(text);
  if (!result) throw new RegistryError(source, diagnostics);
  return result;
}

/** Reads compat.json if it exists; a registry without one has an empty matrix. */
export function loadCompat(file: string, source: string = COMPAT_FILE): Compat {
  return existsSync(file) ? parseCompat(readRegistryFile(file), source) : EMPTY_COMPAT;
}

/** The matrix recorded beside a registry file (its compat.json); `source` is how messages name that registry. */
export function loadCompatBeside(registryFile: string, source: string): Compat {
  const name = basename(COMPAT_FILE);
  return loadCompat(join(dirname(registryFile), name), join(dirname(source), name));
}
