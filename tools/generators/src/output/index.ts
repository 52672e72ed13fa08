// @wscodes-tools/generators/output: how the tools write what they make. The all-or-nothing writer,
// stable JSON and Markdown from untrusted text, shared by generate, sync:iana and conformance. An
// entry of its own, so that a tool that writes files loads these modules and no generator.
export { findDrift, hasDrift, replaceFiles, writeFiles, WriteError, type Drift, type FileWrite, type GeneratedFile, type WriteIo } from './writer.ts';
export { toJson } from './json.ts';
export { githubSlug, inline, link, referenceLink, type ReferenceLink } from './markdown.ts';
export { parseProjectLinks, readProjectLinks, repositoryFileUrl, sitePaths, siteUrl, type ProjectLinks } from './links.ts';
