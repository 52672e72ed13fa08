// The docs site's page for what the CLI explains. The addresses are generated from the root
// package.json (src/generated/site.ts): the site describes the published packages, which the CLI
// is released with. A code has a page of its own when IANA's registry has an entry for it or a
// catalogued protocol names it; any other code is explained by its range's page.
import { codePageUrl, protocolPageUrl, rangePageUrl, SITE_URL, STATUS_CLASS_SECTION_URLS, STATUS_SECTION_URLS, STATUSES_URL } from './generated/site.ts';
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

/** A refused handshake's section of the statuses page: the status's own, or its class's for a status the table does not list. */
export const statusDocsUrl = (description: { readonly status: number; readonly listed: boolean }): string =>
  (description.listed ? STATUS_SECTION_URLS[description.status] : STATUS_CLASS_SECTION_URLS[Math.floor(description.status / 100)]) ?? STATUSES_URL;
