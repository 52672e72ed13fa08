// @wscodes-tools/generators: the targets and how they render. What writes files (the writer, stable
// JSON, Markdown) is the entry @wscodes-tools/generators/output; the vectors' model, which
// conformance judges by, is @wscodes-tools/generators/vectors-model.
export { banner, DO_NOT_EDIT, type GeneratedFile, type Generator, type Target } from './files.ts';
export { renderTargets, selectTargets, type Rendered } from './generate.ts';
export { targets } from './targets.ts';
export { jsDocText } from './ts-literal.ts';
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
