// The web address of a code's page in @wscodes/docs, on unpkg (a CDN that serves npm tarballs, the
// address form the schema ids use). Pinned to this package's version: the CLI and the docs are
// released together, so the page says what the CLI says. Derived from the same facts the docs
// generator names its files by; test/docs-link.test.ts checks every address against the pages.
import type { CloseCodeDescription, CloseCodeRange } from './lookups.ts';

const DOCS_BASE = 'https://unpkg.com/@wscodes/docs';

/** A code's page: the code and its constant name in kebab case (1006-abnormal-closure.md). */
export const codePageName = (code: number, key: string): string =>
  `${code}-${key
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()}.md`;

/** The anchor GitHub and npm make from a heading: "1000-2999 Protocol" becomes 1000-2999-protocol. */
const headingAnchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');

/** The anchor of a range's section in ranges.md, from its heading "1000-2999 Protocol". */
export const rangeAnchor = (range: Pick<CloseCodeRange, 'from' | 'to' | 'name'>): string => headingAnchor(`${range.from}-${range.to} ${range.name}`);

/** The page for a code: its own page when it has an entry, else its range's section, else the ranges page. */
export function docsPath(description: Pick<CloseCodeDescription, 'code' | 'info' | 'range'>): string {
  if (description.info !== null) return `codes/${codePageName(description.code, description.info.key)}`;
  if (description.range !== null) return `ranges.md#${rangeAnchor(description.range)}`;
  return 'ranges.md';
}

export const docsUrl = (description: Pick<CloseCodeDescription, 'code' | 'info' | 'range'>, version: string): string =>
  `${DOCS_BASE}@${version}/${docsPath(description)}`;

/** A protocol's page in @wscodes/docs (protocols/ID.md), pinned to this package's version like the code pages. */
export const protocolDocsUrl = (id: string, version: string): string => `${DOCS_BASE}@${version}/protocols/${id}.md`;

/** The section of handshake-statuses.md for a status ("503 Service Unavailable"), or its class ("5xx Server error"). */
export function statusDocsUrl(description: { readonly status: number; readonly name: string; readonly listed: boolean }, version: string): string {
  const heading = description.listed ? `${description.status} ${description.name}` : `${Math.floor(description.status / 100)}xx ${description.name}`;
  return `${DOCS_BASE}@${version}/handshake-statuses.md#${headingAnchor(heading)}`;
}
