// The docs site's page for what the CLI explains. The addresses are generated from the root
// package.json (src/generated/site.ts): the site describes the published packages, which the CLI
// is released with. A code has a page of its own when IANA's registry has an entry for it or a
// catalogued protocol names it; any other code is explained by its range's page.
import { codePageUrl, protocolPageUrl, rangePageUrl, SITE_URL, STATUSES_URL } from './generated/site.ts';
import { PROTOCOLS, type CloseCodeDescription } from './lookups.ts';

/** Does a catalogued protocol name this code one by one (not only through a range)? */
const namedByProtocol = (code: number): boolean => PROTOCOLS.some((p) => p.codes.some((c) => c.code === code));

/** The page for a code: its own when it has one, else its range's, else the site's home. */
export function docsUrl(description: Pick<CloseCodeDescription, 'code' | 'info' | 'range'>): string {
  if (description.info !== null || namedByProtocol(description.code)) return codePageUrl(description.code);
  if (description.range !== null) return rangePageUrl(description.range.from, description.range.to);
  return SITE_URL;
}

/** A protocol's page on the site. */
export const protocolDocsUrl = (id: string): string => protocolPageUrl(id);

/** The anchor the site (GitHub-style, as on npm) makes from a heading: "503 Service Unavailable" becomes 503-service-unavailable. */
const headingAnchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');

/** A refused handshake's section of the statuses page: the status's own ("503 Service Unavailable"), or its class's ("5xx Server error"). */
export function statusDocsUrl(description: { readonly status: number; readonly name: string; readonly listed: boolean }): string {
  const heading = description.listed ? `${description.status} ${description.name}` : `${Math.floor(description.status / 100)}xx ${description.name}`;
  return `${STATUSES_URL}#${headingAnchor(heading)}`;
}
