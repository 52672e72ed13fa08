export { banner, DO_NOT_EDIT, toJson, type GeneratedFile, type Generator, type Target } from './files.ts';
export { findDrift, hasDrift, replaceFiles, writeFiles, WriteError, type Drift, type FileWrite, type WriteIo } from './writer.ts';
export { renderTargets, selectTargets, type Rendered } from './generate.ts';
export { targets } from './targets.ts';
export { jsDocText } from './ts-literal.ts';
// Markdown escaping and IANA reference links, shared with sync:iana's changeset.
export { inline, link } from './shared/markdown.ts';
export { referenceLink } from './docs/facts.ts';
