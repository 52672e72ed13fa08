import type { ProtocolCodeEntry, ProtocolInfo, ProtocolRangeEntry, Registry } from '@wscodes-tools/registry';
import type { GeneratedFile } from '../files.ts';
import { rangeHeading } from '../docs/code-page.ts';
import { rangeFacts, rangeOf, spanText } from '../docs/facts.ts';
import { ianaText, verdictLabel, VERDICT_SOURCE } from '../docs/protocol-pages.ts';
import { githubSlug, inline, link } from '../output/markdown.ts';
import { siteUrl, sitePaths, type ProjectLinks } from '../output/links.ts';
import { MARK } from '../vectors/compat-page.ts';
import { compatTables } from './compat-tables.ts';
import { pageKind, sitePathOfDoc } from './doc-paths.ts';
import { rewriteLinks, type LinkTargets, type MovedSection } from './links.ts';

// The docs site's Markdown sources, for VitePress (site/): every page of @wscodes/docs at its site
// path with its links rewritten, the ranges page split into a page per range, a page per number
// that IANA or a catalogued protocol names one by one, and the files the config, the search and
// the crawlers read. Pure: the docs' own files in, the site's files out; site/src/build.ts writes them.

/** What the site says the project is, from the root package.json. */
export interface SiteProject {
  readonly links: ProjectLinks;
  readonly description: string;
}

/** One page, as the config, the sitemap and the browser test see it. */
export interface SitePage {
  /** Relative to the site's root: `codes/1006/`, `` for the home page. */
  readonly path: string;
  readonly kind: string;
  readonly title: string;
  readonly description: string;
}

/** What site.json holds: the config's data and every page. */
export interface SiteData {
  readonly title: string;
  readonly description: string;
  readonly site: string;
  readonly base: string;
  readonly repository: string;
  readonly pages: readonly SitePage[];
  readonly sidebar: readonly SidebarGroup[];
  readonly nav: readonly { readonly text: string; readonly link: string }[];
  /** Where the search box sends its query (`?q=`), root-relative. */
  readonly searchPath: string;
}

interface SidebarGroup {
  readonly text: string;
  readonly items: readonly { readonly text: string; readonly link: string }[];
}

interface Page extends SitePage {
  readonly body: string;
  readonly searchable: boolean;
  readonly frontmatter?: Readonly<Record<string, unknown>>;
}

export const SITE_TITLE = 'wscodes';
/** The site's own files beside the pages: the config's data, and what the search reads. */
export const SITE_DATA_FILE = 'site.json';
export const NUMBERS_FILE = 'public/numbers.json';

const RANGES_DOC = 'ranges.md';
/** A close frame's opcode, 0x8, as the icon (and so no request for a missing favicon.ico). */
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#3451b2"/><text x="16" y="23" font-family="monospace" font-size="18" text-anchor="middle" fill="#fff">0x8</text></svg>\n';
const RANGES_INDEX = sitePaths.ranges;
const COMPAT_DOC = 'compatibility.md';

/** The site's files, relative to its source folder. `docs` are the docs target's pages, paths relative to packages/docs/. */
export function generateSite(registry: Registry, docs: readonly GeneratedFile[], project: SiteProject): GeneratedFile[] {
  const { links } = project;
  const docText = new Map(docs.map((d) => [d.path, stripBanner(d.contents)]));
  const pages = new Map<string, string>(docs.map((d) => [d.path, sitePathOfDoc(d.path)]));
  pages.set(RANGES_DOC, RANGES_INDEX);
  const split = splitRanges(docText.get(RANGES_DOC) ?? '');
  const sections = new Map<string, MovedSection>();
  for (const s of split.sections) for (const anchor of s.anchors) sections.set(`${RANGES_DOC}#${anchor}`, { page: s.path, isTitle: anchor === s.anchors[0] });
  const targets: LinkTargets = { pages, sections };
  const numbers = numberedCodes(registry);
  const rewrite = (body: string, from: string, at: string) => linkProtocolCodes(rewriteLinks(body, from, at, targets, links), at, numbers);

  const out: Page[] = [];
  for (const [doc, text] of docText) {
    if (doc === RANGES_DOC) continue;
    const at = pages.get(doc)!;
    const body = rewrite(doc === COMPAT_DOC && registry.compat ? compatTables(text, registry.compat, MARK) : text, doc, at);
    const code = /^codes\/(\d+)-/.exec(doc);
    if (code) {
      out.push(codePageOf(registry, Number(code[1]), numbers, body, rewrite, doc, at));
      continue;
    }
    const title = headingOf(body);
    // The home page: the project in a sentence, the site's address and a search box, under the index's title.
    const withIntro = body.replace(/^(# .+)$/m, (h1) => `${h1}\n\n${homeIntro(project)}`);
    out.push({
      path: at,
      kind: pageKind(at),
      title: at === sitePaths.home ? `${SITE_TITLE}: ${title}, explained` : `${title} · ${SITE_TITLE}`,
      description: descriptionOf(at === sitePaths.home ? withIntro : body),
      body: at === sitePaths.home ? withIntro : body,
      searchable: true,
      ...(doc === COMPAT_DOC ? { frontmatter: { aside: false, pageClass: 'compat-page' } } : {}),
    });
  }
  if (split.index) {
    const body = rewrite(split.index, RANGES_DOC, RANGES_INDEX);
    out.push({ path: RANGES_INDEX, kind: pageKind(RANGES_INDEX), title: `${headingOf(body)} · ${SITE_TITLE}`, description: descriptionOf(body), body, searchable: true });
  }
  for (const s of split.sections) {
    const body = rewrite(`${s.body}\n\n${protocolsInRange(registry, s.span)}`, RANGES_DOC, s.path);
    out.push({ path: s.path, kind: pageKind(s.path), title: `Close codes ${headingOf(body)} · ${SITE_TITLE}`, description: descriptionOf(body), body, searchable: true });
  }
  for (const code of numbers.keys()) {
    if (registry.codes.some((c) => c.code === code)) continue;
    const at = sitePaths.code(code);
    out.push(codePageOf(registry, code, numbers, '', rewrite, `codes/${code}.md`, at));
  }
  out.push({ path: sitePaths.search, kind: 'search', title: `Search · ${SITE_TITLE}`, description: 'Search every WebSocket close code, range, protocol and registry page of wscodes.', body: '# Search\n\n<SiteSearch />', searchable: false });
  out.sort((a, b) => comparePaths(a.path, b.path));
  return [
    ...out.map((p) => ({ path: `${p.path}index.md`, contents: pageFile(p, links) })),
    { path: SITE_DATA_FILE, contents: `${JSON.stringify(siteData(out, project, new Set(registry.codes.map((c) => c.code))), null, 2)}\n` },
    { path: NUMBERS_FILE, contents: `${JSON.stringify(numbersData(registry, numbers))}\n` },
    { path: 'public/favicon.svg', contents: FAVICON },
    { path: 'public/robots.txt', contents: `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl(links, 'sitemap.xml')}\n` },
  ];
}

/** Every number IANA or a catalogued protocol names one by one, with the protocols that name it. */
export function numberedCodes(registry: Registry): Map<number, { protocol: ProtocolInfo; entry: ProtocolCodeEntry }[]> {
  const numbers = new Map<number, { protocol: ProtocolInfo; entry: ProtocolCodeEntry }[]>(registry.codes.map((c) => [c.code, []]));
  for (const protocol of registry.protocols?.protocols ?? []) {
    for (const entry of protocol.codes) numbers.set(entry.code, [...(numbers.get(entry.code) ?? []), { protocol, entry }]);
  }
  return new Map([...numbers].sort(([a], [b]) => a - b));
}

const stripBanner = (text: string): string => text.replace(/^<!--[^]*?-->\n+/, '').trimEnd();

/** Markdown inline text as a reader sees it: links, emphasis, code marks and escapes removed. */
export const plainText = (markdown: string): string =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

const headingOf = (body: string): string => plainText(/^# (.+)$/m.exec(body)?.[1] ?? SITE_TITLE);

/** The first paragraph of prose (not the links under the title, a list, a table or a notice), cut to a search result's length. */
export function descriptionOf(body: string): string {
  const paragraph = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => /^[A-Za-z0-9`*]/.test(p) && !/^\[[^\]]*\]\([^)]*\)( · |$)/.test(p) && !/^\*\*[^*]+\*\*:/.test(p) && !p.startsWith('|'));
  return clip(plainText(paragraph ?? ''));
}

/** At most 160 characters, cut at a word. */
export function clip(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[,;:.]$/, '')}…`;
}

function homeIntro(project: SiteProject): string {
  return [
    `**${SITE_TITLE}** — ${inline(project.description)} This site, ${link(project.links.site, project.links.site)}, describes the published packages; the source is at ${link(project.links.repository, project.links.repository)}.`,
    '```sh\nnpx wscodes 1006          # explain a close code in a terminal\nnpm install @wscodes/core # describeCloseCode(event.code) in an onclose handler\n```',
    '<SiteSearch />',
  ].join('\n\n');
}

// --- the ranges page, split: one page per range, and an index with the table ---------------------

interface RangeSection {
  readonly path: string;
  readonly span: { readonly from: number; readonly to: number };
  readonly body: string;
  /** The anchors of its headings on the docs page; the first is its own heading. */
  readonly anchors: readonly string[];
}

/** ranges.md's sections headed by a span (`## 1000-2999 Protocol`), each one page with its headings a level up; the rest is the index. */
export function splitRanges(text: string): { index: string; sections: RangeSection[] } {
  const parts = text.split(/^(?=## )/m);
  const index: string[] = [];
  const sections: RangeSection[] = [];
  for (const part of parts) {
    const span = /^## (\d+)-(\d+) /.exec(part);
    if (!span) {
      index.push(part.trimEnd());
      continue;
    }
    const from = Number(span[1]);
    const to = Number(span[2]);
    const headings = [...part.matchAll(/^#{2,6} (.+)$/gm)].map((m) => githubSlug(plainText(m[1]!)));
    sections.push({ path: sitePaths.range(from, to), span: { from, to }, body: `${part.replace(/^#(#+) /gm, '$1 ').trimEnd()}\n\n[All ranges](${RANGES_DOC})`, anchors: headings });
  }
  return { index: index.join('\n\n'), sections };
}

/** On a range's page: the codes and ranges catalogued protocols give inside it, each linking its page (so a number only a range covers is answered here). */
function protocolsInRange(registry: Registry, span: { from: number; to: number }): string {
  const codes = [...numberedCodes(registry)].filter(([code, said]) => code >= span.from && code <= span.to && said.length > 0);
  const ranges = (registry.protocols?.protocols ?? []).flatMap((protocol) =>
    protocol.ranges.filter((r) => r.to >= span.from && r.from <= span.to).map((range) => ({ protocol, range })),
  );
  if (codes.length === 0 && ranges.length === 0) return '';
  return [
    `## Protocols on WebSocket in ${spanText(span)}`,
    'What the protocols of the catalogue say of codes in this range; their meaning, not IANA\'s.',
    ...(ranges.length > 0 ? [ranges.map(({ protocol, range }) => `- ${link(protocol.name, `protocols/${protocol.id}.md`)}: ${spanText(range)} ${inline(range.name)}: ${inline(range.meaning)}`).join('\n')] : []),
    ...(codes.length > 0 ? [codes.map(([code, said]) => `- [${code}](/${sitePaths.code(code)}): ${said.map((s) => `${inline(s.entry.name)} (${inline(s.protocol.name)})`).join('; ')}`).join('\n')] : []),
  ].join('\n\n');
}

// --- a page per number --------------------------------------------------------------------------

type Rewrite = (body: string, from: string, at: string) => string;
type Numbers = ReturnType<typeof numberedCodes>;

/**
 * A number's page: IANA's page from the docs (when IANA registers it) or IANA's answer by range,
 * then every catalogued protocol's meaning, then how to look it up from the CLI and from code.
 */
function codePageOf(registry: Registry, code: number, numbers: Numbers, ianaBody: string, rewrite: Rewrite, from: string, at: string): Page {
  const iana = registry.codes.find((c) => c.code === code);
  const said = numbers.get(code) ?? [];
  const byRange = (registry.protocols?.protocols ?? []).flatMap((protocol) =>
    said.some((s) => s.protocol === protocol) ? [] : protocol.ranges.filter((r) => code >= r.from && code <= r.to).map((range) => ({ protocol, range })),
  );
  // IANA's name where IANA registers the number ("1006 Abnormal Closure"), else every protocol's.
  const names = iana ? [iana.name] : [...new Set(said.map((s) => s.entry.name.trim()))];
  const shown = names.length > 3 ? [...names.slice(0, 3), '…'] : names;
  const title = `${code} ${shown.join(' / ')}`;
  const head = iana
    ? ianaBody
    : [
        `# ${inline(title)}`,
        '[All codes](../README.md) · [Ranges](../ranges.md) · [Protocols](../protocols/README.md)',
        ianaAnswer(registry, code),
      ].join('\n\n');
  // Before the docs page's closing links (Previous · Next), when it has them.
  const footer = head.lastIndexOf('\n---\n');
  const body = [
    footer >= 0 ? head.slice(0, footer) : head,
    ...(said.length > 0 || byRange.length > 0 ? [protocolSections(registry, code, said, byRange, Boolean(iana))] : []),
    lookItUp(code, iana?.withdrawn === undefined ? iana?.key : undefined, said.map((s) => s.protocol)),
    ...(footer >= 0 ? [head.slice(footer + 1)] : []),
  ].join('\n\n');
  const meaning = iana?.summary ?? said.map((s) => `${s.protocol.name}: ${s.entry.meaning}`).join(' ');
  return {
    path: at,
    kind: 'codes',
    title: `${title}: WebSocket close code`,
    description: clip(plainText(iana ? inline(meaning) : `${code} under ${said.map((s) => s.protocol.name).join(', ')}. ${meaning}`)),
    body: rewrite(body, from, at),
    searchable: true,
  };
}

/** What IANA says of a number it does not register: its range's rule. */
function ianaAnswer(registry: Registry, code: number): string {
  const range = rangeOf(registry, code);
  if (!range) return `IANA has no entry for ${code}.`;
  const facts = rangeFacts(registry, range);
  return [
    `IANA has no entry for ${code}: it falls in ${link(rangeHeading(range), `../ranges.md#${githubSlug(rangeHeading(range))}`)}. ${inline(range.summary)} The meanings below are the protocols', not IANA's.`,
    [`- **May send (IANA's range):** ${facts.send}`, `- **Valid on receipt:** ${facts.receive}`, `- **\`close()\` allowed:** ${facts.api}`, `- **Reconnect, by the range alone:** ${facts.reconnect}`].join('\n'),
  ].join('\n\n');
}

function protocolSections(
  registry: Registry,
  code: number,
  said: readonly { protocol: ProtocolInfo; entry: ProtocolCodeEntry }[],
  byRange: readonly { protocol: ProtocolInfo; range: ProtocolRangeEntry }[],
  underIana: boolean,
): string {
  const level = underIana ? '###' : '##';
  return [
    ...(underIana ? [`## Under protocols on WebSocket`, `Protocols that run on WebSocket give ${code} a meaning of their own; under them it is not IANA's code.`] : []),
    ...said.map(({ protocol, entry }) =>
      [
        `${level} ${inline(`${protocol.name}: ${entry.code} ${entry.name}`)}`,
        [
          `- **Meaning:** ${inline(entry.meaning)}`,
          `- **Reconnect:** ${verdictLabel(entry.reconnect)}. ${inline(entry.reconnect.advice)}${entry.reconnect.conditions.map((c) => ` Before reconnecting: ${inline(c.text)} (${VERDICT_SOURCE[c.source]})`).join('')}`,
          `- **Defined by:** ${entry.definedBy === 'library' ? 'an implementation of the protocol, not the protocol text' : 'the protocol'}${entry.localOnly ? '; never sent on the wire' : ''}; section: ${inline(entry.section)}`,
          `- **IANA:** ${textOf(ianaText(registry, entry.ianaOverlap, { from: code, to: code }))}`,
          `- **Source:** ${link(protocol.name, `../protocols/${protocol.id}.md`)} (catalogue id \`${protocol.id}\`), from ${protocol.source.url.startsWith('https://') ? link(protocol.source.url, protocol.source.url) : inline(protocol.source.url)}, retrieved ${protocol.source.retrieved}`,
        ].join('\n'),
      ].join('\n\n'),
    ),
    ...(byRange.length > 0
      ? [
          `${level} By range`,
          byRange.map(({ protocol, range }) => `- ${link(protocol.name, `../protocols/${protocol.id}.md`)}: ${spanText(range)} ${inline(range.name)}: ${inline(range.meaning)} Reconnect: ${verdictLabel(range.reconnect)}.`).join('\n'),
        ]
      : []),
  ].join('\n\n');
}

const textOf = (value: string | { markdown: string }): string => (typeof value === 'string' ? inline(value) : value.markdown);

/** The CLI line and the core snippet; `key` is IANA's constant, where IANA registers the code. */
function lookItUp(code: number, key: string | undefined, protocols: readonly ProtocolInfo[]): string {
  const cli = [`npx wscodes ${code}`, ...protocols.map((p) => `npx wscodes ${code} --protocol ${p.id}`)];
  const core = [
    `import { ${key ? 'CloseCode, ' : ''}describeCloseCode } from '@wscodes/core';`,
    '',
    `describeCloseCode(${code}); // ${key ? "IANA's name, rules and reconnect advice" : "IANA's rule for its range"}`,
    ...(key ? [`CloseCode.${key}; // ${code}`] : []),
  ];
  const underProtocols =
    protocols.length === 0
      ? []
      : ['', '// What it means under the protocol on the socket:', "import { describeCloseCode as describeUnder } from '@wscodes/core/protocols';", '', ...protocols.map((p) => `describeUnder(${code}, { protocol: '${p.id}' }).protocol?.meaning;`)];
  return ['## Look it up', '', '```sh', ...cli, '```', '', '```ts', ...core, ...underProtocols, '```'].join('\n');
}

// --- links on the protocol pages: a code in a table's first column links its page ----------------

function linkProtocolCodes(body: string, at: string, numbers: ReadonlyMap<number, unknown>): string {
  if (pageKind(at) !== 'protocols' && at !== sitePaths.collisions) return body;
  return body.replace(/^\| (\d+)(?= \||\s\*)/gm, (whole, code: string) => (numbers.has(Number(code)) ? `| [${code}](/${sitePaths.code(Number(code))})` : whole));
}

// --- the files beside the pages -----------------------------------------------------------------

/** A page's Markdown: front matter (title, description, canonical URL), the body in a v-pre block (registry text is never a Vue template) and, for pages the search indexes, data-pagefind-body. */
function pageFile(page: Page, links: ProjectLinks): string {
  const front: Record<string, unknown> = {
    title: page.title,
    description: page.description,
    head: [['link', { rel: 'canonical', href: siteUrl(links, page.path) }], ['meta', { property: 'og:title', content: page.title }], ['meta', { property: 'og:description', content: page.description }]],
    ...page.frontmatter,
  };
  const yaml = Object.entries(front).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
  // The search box, a component on a line of its own, stays outside v-pre so that Vue renders it.
  const content = page.body
    .split(/^<SiteSearch \/>$/m)
    .map((part) => (part.trim() === '' ? '' : `::: v-pre\n${part.trim()}\n:::`))
    .join('\n\n<SiteSearch />\n\n')
    .trim();
  return `---\n${yaml}\n---\n\n${page.searchable ? `<div data-pagefind-body>\n\n${content}\n\n</div>` : content}\n`;
}

/** The sidebar's groups, in order; a kind the list does not name is a group of its own, titled by its index page. */
const SIDEBAR_GROUPS: readonly { readonly kind: string; readonly text: string }[] = [
  { kind: 'home', text: 'Start' },
  { kind: 'codes', text: "IANA's close codes" },
  { kind: 'ranges', text: 'Ranges' },
  { kind: 'protocols', text: 'Protocols on WebSocket' },
  { kind: 'registries', text: "IANA's other registries" },
];
/** Pages listed under Start rather than in a group of their own. */
const START = ['troubleshooting', 'collisions', 'compatibility', 'search'];

/**
 * The config's data, with the sidebar grouped by kind. Groups do not collapse (the default theme's
 * collapsible group nests a button in a button), so a number only a protocol names is left out:
 * its range's page and its protocols' pages link it.
 */
function siteData(pages: readonly Page[], project: SiteProject, ianaCodes: ReadonlySet<number>): SiteData {
  const groups = new Map<string, { text: string; link: string }[]>();
  for (const p of pages) {
    if (p.kind === 'codes' && !ianaCodes.has(Number(p.path.split('/')[1]))) continue;
    const group = START.includes(p.kind) ? 'home' : p.kind;
    const text = p.path === sitePaths.home ? 'Home' : p.title.replace(/: WebSocket close code$/, '').replace(` · ${SITE_TITLE}`, '');
    groups.set(group, [...(groups.get(group) ?? []), { text, link: `/${p.path}` }]);
  }
  const known = SIDEBAR_GROUPS.map((g) => g.kind);
  const order = [...known.filter((k) => groups.has(k)), ...[...groups.keys()].filter((k) => !known.includes(k))];
  return {
    title: SITE_TITLE,
    description: project.description,
    site: project.links.site,
    base: new URL(project.links.site).pathname,
    repository: project.links.repository,
    pages: pages.map(({ path, kind, title, description }) => ({ path, kind, title, description })),
    nav: [
      { text: 'Codes', link: `/${sitePaths.home}` },
      { text: 'Troubleshooting', link: `/${sitePaths.troubleshooting}` },
      { text: 'Protocols', link: `/${sitePaths.protocols}` },
      { text: 'Compatibility', link: `/${sitePaths.compatibility}` },
      { text: 'Search', link: `/${sitePaths.search}` },
    ],
    searchPath: `/${sitePaths.search}`,
    sidebar: order.map((kind) => ({
      text: SIDEBAR_GROUPS.find((g) => g.kind === kind)?.text ?? groups.get(kind)!.find((i) => i.link === `/${kind}/`)?.text ?? kind,
      items: groups.get(kind)!,
    })),
  };
}

/** What the search answers a bare number with before it searches the text: the number's page, or the ranges it falls in. */
function numbersData(registry: Registry, numbers: ReadonlyMap<number, unknown>) {
  return {
    codes: Object.fromEntries([...numbers.keys()].map((code) => [code, sitePaths.code(code)])),
    ranges: registry.ranges.map((r) => ({ from: r.from, to: r.to, name: r.name, path: sitePaths.range(r.from, r.to) })),
    protocolRanges: (registry.protocols?.protocols ?? []).flatMap((p) => p.ranges.map((r) => ({ from: r.from, to: r.to, name: `${p.name}: ${r.name}`, path: sitePaths.protocol(p.id) }))),
  };
}

/** Home first, then by path with numbers in numeric order. */
const comparePaths = (a: string, b: string): number => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en', { numeric: true }));

