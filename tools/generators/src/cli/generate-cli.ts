// The CLI's links to the docs site, as a generated module: the site's address comes from the root
// package.json's "homepage" and each page's path from sitePaths (output/links.ts), so the CLI never
// spells an address by hand and a fork's CLI links the fork's site. The CLI ships no tool, so the
// paths become small functions here: each is the path function called with placeholder arguments,
// with every placeholder turned back into the parameter.
import type { HandshakeStatuses, Registry } from '@wscodes-tools/registry';
import { classHeading, statusHeading } from '../status-headings.ts';
import { githubSlug } from '../output/markdown.ts';
import { banner, type GeneratedFile } from '../files.ts';
import { readProjectLinks, sitePaths, siteUrl, type ProjectLinks } from '../output/links.ts';

export const CLI_GENERATED_DIR = 'packages/cli/src/generated/';
export const CLI_LINKS_FILE = `${CLI_GENERATED_DIR}site.ts`;

/** Placeholders no real argument looks like, one per parameter. */
const SLOTS = ['987654321', '987654322'] as const;
const TEXT_SLOT = 'wscodes-placeholder';

/** `"https://site/codes/" + code + "/"`: the address with each placeholder replaced by its parameter. */
export function addressExpression(address: string, params: readonly (readonly [placeholder: string, name: string])[]): string {
  const byPlaceholder = new Map(params);
  const pattern = new RegExp(params.map(([placeholder]) => placeholder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const parts: string[] = [];
  let last = 0;
  for (const match of address.matchAll(pattern)) {
    if (match.index > last) parts.push(JSON.stringify(address.slice(last, match.index)));
    parts.push(byPlaceholder.get(match[0])!);
    last = match.index + match[0].length;
  }
  if (last < address.length) parts.push(JSON.stringify(address.slice(last)));
  const missing = params.filter(([placeholder]) => !address.includes(placeholder));
  if (missing.length > 0) throw new Error(`${CLI_LINKS_FILE}: the site path ${address} does not use ${missing.map(([, name]) => name).join(', ')}; update tools/generators/src/cli/generate-cli.ts to sitePaths`);
  return parts.join(' + ');
}

/** Each section of the statuses page by its key (a status, or a class's first digit): the anchor the site makes from the heading the docs page writes. */
const sectionUrls = <T>(statusesUrl: string, entries: readonly T[], key: (entry: T) => number, heading: (entry: T) => string): Record<number, string> =>
  Object.fromEntries(entries.map((entry) => [key(entry), `${statusesUrl}#${githubSlug(heading(entry))}`]));

export function cliLinksModule(links: ProjectLinks, statuses?: HandshakeStatuses): string {
  const url = (path: string): string => siteUrl(links, path);
  const statusesUrl = url(sitePaths.handshakeStatuses);
  const [a, b] = SLOTS;
  return [
    `/** The docs site: the root package.json's "homepage". */`,
    `export const SITE_URL = ${JSON.stringify(url(sitePaths.home))};`,
    '',
    '/** The page of a code that IANA or a catalogued protocol names one by one. */',
    `export const codePageUrl = (code: number): string => ${addressExpression(url(sitePaths.code(Number(a))), [[a, 'code']])};`,
    '',
    '/** The page of a range of the code space, such as 4000-4999. */',
    `export const rangePageUrl = (from: number, to: number): string => ${addressExpression(url(sitePaths.range(Number(a), Number(b))), [[a, 'from'], [b, 'to']])};`,
    '',
    "/** A catalogued protocol's page, by its catalogue id. */",
    `export const protocolPageUrl = (id: string): string => ${addressExpression(url(sitePaths.protocol(TEXT_SLOT)), [[TEXT_SLOT, 'id']])};`,
    '',
    '/** The page of the HTTP statuses a server may refuse the upgrade with: a section per status. */',
    `export const STATUSES_URL = ${JSON.stringify(statusesUrl)};`,
    '',
    '/** The section of each status the table lists, by status. */',
    `export const STATUS_SECTION_URLS: Readonly<Record<number, string>> = ${JSON.stringify(sectionUrls(statusesUrl, statuses?.statuses ?? [], (s) => s.status, statusHeading))};`,
    '',
    "/** The section of each class (the answer for a status the table does not list), by the status's first digit. */",
    `export const STATUS_CLASS_SECTION_URLS: Readonly<Record<number, string>> = ${JSON.stringify(sectionUrls(statusesUrl, statuses?.classes ?? [], (c) => c.class, classHeading))};`,
    '',
  ].join('\n');
}

/** packages/cli/src/generated/site.ts. The addresses come from the root manifest; the registry only names the banner's source, as every banner does. */
export function generateCli(registry: Registry, links: ProjectLinks = readProjectLinks()): GeneratedFile[] {
  return [{ path: CLI_LINKS_FILE, contents: `${banner.code(registry, 'cli', ", with the addresses in the root package.json")}\n${cliLinksModule(links, registry.handshakeStatuses)}` }];
}
