export { banner, DO_NOT_EDIT, toJson, type GeneratedFile, type Generator, type Target } from './files.ts';
export { findDrift, hasDrift, replaceFiles, writeFiles, WriteError, type Drift, type FileWrite, type WriteIo } from './writer.ts';
export { renderTargets, selectTargets, type Rendered } from './generate.ts';
export { targets } from './targets.ts';
export { jsDocText } from './ts-literal.ts';
// Markdown escaping and IANA reference links, shared with sync:iana's changeset.
export { inline, link } from './shared/markdown.ts';
export { referenceLink } from './docs/facts.ts';
// Vectors the registry generates, and the peer notes and recorded results that name vectors it no
// longer generates: for generate, `npm run conformance -- --prune` and sync:iana's report.
export { vectorIds } from './vectors/vectors.ts';
export {
  compatSourceOf,
  findStaleReferences,
  formatStaleReference,
  PRUNE_COMMAND,
  referencesMadeStale,
  STALE_REFERENCE_KINDS,
  vectorIdChanges,
  type ReferenceSources,
  type StaleReference,
  type StaleReferenceKind,
} from './vectors/stale-references.ts';
