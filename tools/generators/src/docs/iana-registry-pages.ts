// The pages of IANA's other WebSocket registries: one per registry, listing every entry with IANA's
// fields verbatim and wscodes' curated fields marked as such, and one per entry that has curated
// details. Written over IANA_REGISTRIES and each module's declared fields: a new registry module
// gets its page without an edit here.
import { posix } from 'node:path';
import { IANA_REGISTRIES, type IanaRegistryData, type IanaRegistryModule, type Registry } from '@wscodes-tools/registry';
import { githubSlug, inline, link, type Markdown, md, paragraphs, table } from '../output/markdown.ts';
import { curatedView, DETAILS_FIELD, type EntryLink } from './curated-fields.ts';
import { EMPTY_CELL, fieldLabel, fieldMarkdown, referencesMarkdown, textWithReferencesMarkdown, xrefMarkdown, type PeopleContext } from './iana-text.ts';

export const REGISTRIES_DIR = 'registries/';

/** The heading of the index section that links the registry pages; the pages link back to it. */
export const IANA_REGISTRIES_HEADING = "IANA's other WebSocket registries";

/** IANA's page of the WebSocket registries, with an anchor per registry id. */
export const ianaRegistryUrl = (ianaId: string): string => `https://www.iana.org/assignments/websocket/websocket.xhtml#${ianaId}`;

const MODULES = IANA_REGISTRIES as readonly IanaRegistryModule[];
const PEOPLE_HEADING = 'People';

/** A page to write: its path under packages/docs/, its Markdown, and the registry file it comes from (for the banner). */
export interface DocsPage {
  readonly path: string;
  readonly body: string;
  readonly source: string;
}

type Entry = IanaRegistryData['entries'][number];

/** registry/opcodes.yaml -> opcodes. */
const stemOf = (module: Pick<IanaRegistryModule, 'file'>): string => posix.basename(module.file, posix.extname(module.file));

export const registryPagePath = (module: Pick<IanaRegistryModule, 'file'>): string => `${REGISTRIES_DIR}${stemOf(module)}.md`;

/** An entry's page name: its value, with any character unsafe in a file name (and a leading dot) as `-`. */
const entryFileName = (value: number | string): string => `${String(value).replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\./, '-')}.md`;

/** Where an entry's own page is, from the registry page (extensions/permessage-deflate.md). */
const entryPageFromRegistry = (module: IanaRegistryModule, entry: Entry): string => `${stemOf(module)}/${entryFileName(entry.value)}`;

export const entryPagePath = (module: IanaRegistryModule, entry: Entry): string => REGISTRIES_DIR + entryPageFromRegistry(module, entry);

const hasDetails = (entry: Entry): boolean => typeof (entry as Record<string, unknown>)[DETAILS_FIELD] === 'string';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Each module whose registry the Registry carries, with its data, in IANA_REGISTRIES order. */
function present(registry: Registry, modules: readonly IanaRegistryModule[]): { module: IanaRegistryModule; data: IanaRegistryData }[] {
  const loaded = (registry.ianaRegistries ?? {}) as Readonly<Record<string, IanaRegistryData>>;
  return modules.flatMap((module) => (loaded[module.id] ? [{ module, data: loaded[module.id]! }] : []));
}

/** Every page of IANA's other registries; none for a registry the Registry lacks. `modules` is for tests. */
export function ianaRegistryPages(registry: Registry, modules: readonly IanaRegistryModule[] = MODULES): DocsPage[] {
  return present(registry, modules).flatMap(({ module, data }) => [
    { path: registryPagePath(module), body: registryPage(module, data), source: data.source },
    ...data.entries.filter(hasDetails).map((entry) => ({ path: entryPagePath(module, entry), body: entryPage(module, data, entry), source: data.source })),
  ]);
}

/** The index's section linking each registry page, or undefined when the Registry has none of them. */
export function ianaRegistriesIndex(registry: Registry, modules: readonly IanaRegistryModule[] = MODULES): string | undefined {
  const found = present(registry, modules);
  if (found.length === 0) return undefined;
  return [
    `## ${IANA_REGISTRIES_HEADING}`,
    "Besides close codes, IANA keeps these WebSocket registries. Each page lists every entry with IANA's fields verbatim; what wscodes adds is marked as curated.",
    found
      .map(({ module, data }) => `- ${link(data.header.title, registryPagePath(module))}: ${count(data.entries.length, module.noun)}, as of IANA's update of ${inline(data.header.updated)}.`)
      .join('\n'),
  ].join('\n\n');
}

const count = (n: number, noun: string): string => `${n} ${n === 1 ? noun : `${noun}s`}`;

/** The sentence every page of a registry opens with: where its facts come from. */
function provenance(module: IanaRegistryModule, data: IanaRegistryData, what: string): string {
  const ianaLink = link(data.header.title, ianaRegistryUrl(data.header.registry));
  return `**Source:** IANA's ${ianaLink}, as of IANA's update of ${inline(data.header.updated)}, kept in \`${module.file}\`. ${what}`;
}

function registryPage(module: IanaRegistryModule, data: IanaRegistryData): string {
  const context: PeopleContext = { people: data.people, peopleLink: `#${githubSlug(PEOPLE_HEADING)}` };
  const curated = Object.keys(module.curated).filter((field) => field !== DETAILS_FIELD);
  const links: EntryLink[] = data.entries.map((entry) => ({ entry, markdown: entryLink(module, entry) }));
  const pending = data.entries.filter((e) => e.pending).length;
  const withdrawn = data.entries.filter((e) => e.withdrawn).length;
  return [
    `# ${inline(data.header.title)}`,
    `[All pages](../README.md) · [${inline(IANA_REGISTRIES_HEADING)}](../README.md#${githubSlug(IANA_REGISTRIES_HEADING)})`,
    provenance(module, data, "Everything on this page is IANA's text, verbatim (white space aside), except what is marked *Curated by wscodes*."),
    '## Registration',
    registrationList(data, context),
    "## IANA's notes",
    ...(data.header.notes.length > 0 ? data.header.notes.map((note) => textWithReferencesMarkdown(note, context)) : ['IANA gives no notes on this registry.']),
    '## Entries',
    `IANA lists ${count(data.entries.length, module.noun)}. ` +
      (curated.length > 0 ? "Columns headed *Curated by wscodes* are not IANA's; the others are IANA's record of each entry." : "Every column is IANA's record of each entry.") +
      (links.some((l) => hasDetails(l.entry as Entry)) ? ` A ${inline(module.noun)} with a link has a page of its own, with details curated by wscodes.` : ''),
    pending > 0 ? `${pending === 1 ? 'One entry is' : `${pending} entries are`} marked *pending review*: its curated fields are placeholders.` : undefined,
    withdrawn > 0 ? `${withdrawn === 1 ? 'One entry is' : `${withdrawn} entries are`} marked **withdrawn**: IANA no longer lists it, and its record is shown as it last read.` : undefined,
    entriesTable(module, data, links, curated, context),
    ...curated.flatMap((field) => curatedView(field).section?.(links) ?? []),
    data.unassigned.length > 0 ? '## Unassigned' : undefined,
    data.unassigned.length > 0 ? unassignedTable(module, data, context) : undefined,
    data.people.length > 0 ? `## ${PEOPLE_HEADING}` : undefined,
    data.people.length > 0 ? "The people and organisations IANA's records above name, as IANA lists them (IANA writes `&` for `@` in mail addresses)." : undefined,
    data.people.length > 0 ? table(['Name', 'Contact'], data.people.map((p) => [p.name, p.uri])) : undefined,
  ]
    .filter((block): block is string => block !== undefined)
    .join('\n\n');
}

function registrationList(data: IanaRegistryData, context: PeopleContext): string {
  const { header } = data;
  const rules = header.registrationRules.map((r) => (r.range ? `- **Registration procedure for ${inline(r.range)}:** ${inline(r.rule)}` : `- **Registration procedure:** ${inline(r.rule)}`));
  const references = header.references.map((ref) => xrefMarkdown(ref, context));
  return [
    ...rules,
    header.expert ? `- **Expert:** ${inline(header.expert)}` : undefined,
    `- **References:** ${references.length > 0 ? references.join(', ') : 'none listed'}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The value, linked to the entry's page where it has one, with its pending or withdrawn mark. */
function entryLink(module: IanaRegistryModule, entry: Entry): string {
  const value = hasDetails(entry) ? link(String(entry.value), entryPageFromRegistry(module, entry)) : inline(String(entry.value));
  return `${value}${entry.pending ? ' *(pending review)*' : ''}${entry.withdrawn ? ` **(withdrawn ${inline(entry.withdrawn.date)})**` : ''}`;
}

/** The columns a set of records needs: IANA's fields, its references, and its dates where any record has one. */
function recordColumns(module: IanaRegistryModule, records: readonly IanaRegistryData['entries'][number]['iana'][], context: PeopleContext) {
  const dated = records.some((r) => r.date);
  const updated = records.some((r) => r.updated);
  return {
    header: [...module.fields.map((f) => inline(fieldLabel(f))), 'References', ...(dated ? ['Registered'] : []), ...(updated ? ['Updated'] : [])],
    cells: (record: (typeof records)[number]): Markdown[] => [
      ...module.fields.map((f) => md(fieldMarkdown(record, f, context) || EMPTY_CELL)),
      md(referencesMarkdown(record, context) || EMPTY_CELL),
      ...(dated ? [md(inline(record.date ?? '') || EMPTY_CELL)] : []),
      ...(updated ? [md(inline(record.updated ?? '') || EMPTY_CELL)] : []),
    ],
  };
}

function entriesTable(module: IanaRegistryModule, data: IanaRegistryData, links: readonly EntryLink[], curated: readonly string[], context: PeopleContext): string {
  const columns = recordColumns(
    module,
    data.entries.map((e) => e.iana),
    context,
  );
  return table(
    [inline(capitalised(module.noun)), ...columns.header, ...curated.map((field) => `*Curated by wscodes:* ${inline(field)}`)],
    data.entries.map((entry, i) => [
      md(links[i]!.markdown),
      ...columns.cells(entry.iana),
      ...curated.map((field) => curatedView(field).cell((entry as Record<string, unknown>)[field])),
    ]),
  );
}

function unassignedTable(module: IanaRegistryModule, data: IanaRegistryData, context: PeopleContext): string {
  const columns = recordColumns(
    module,
    data.unassigned.map((u) => u.iana),
    context,
  );
  return table(
    ['Values', ...columns.header],
    data.unassigned.map((span) => [span.from === span.to ? `${span.from}` : `${span.from}-${span.to}`, ...columns.cells(span.iana)]),
  );
}

/** An entry's own page: its curated details, then IANA's record of it. */
function entryPage(module: IanaRegistryModule, data: IanaRegistryData, entry: Entry): string {
  const registryPage = `../${stemOf(module)}.md`;
  const context: PeopleContext = { people: data.people, peopleLink: `${registryPage}#${githubSlug(PEOPLE_HEADING)}` };
  const curated = Object.keys(module.curated).filter((field) => field !== DETAILS_FIELD && (entry as Record<string, unknown>)[field] !== undefined);
  const iana = entry.iana;
  return [
    `# ${inline(`${capitalised(module.noun)} ${entry.value}`)}`,
    `${link(data.header.title, registryPage)} · [All pages](../../README.md)`,
    provenance(module, data, "The section *IANA registration* is IANA's record, verbatim (white space aside); the section *Curated by wscodes* is not IANA's."),
    notices(module, entry),
    '## Curated by wscodes',
    ...paragraphs(String((entry as Record<string, unknown>)[DETAILS_FIELD])),
    curated.length > 0
      ? curated
          .map((field) => {
            const cell = curatedView(field).cell((entry as Record<string, unknown>)[field]);
            return `- **${inline(field)}:** ${typeof cell === 'string' ? inline(cell) : cell.markdown}`;
          })
          .join('\n')
      : undefined,
    '## IANA registration',
    [
      ...module.fields.map((f) => `- **${inline(fieldLabel(f))}:** ${fieldMarkdown(iana, f, context) || 'none listed'}`),
      `- **References:** ${referencesMarkdown(iana, context) || 'none listed'}`,
      iana.date ? `- **Registered:** ${inline(iana.date)}` : undefined,
      iana.updated ? `- **Last updated:** ${inline(iana.updated)}` : undefined,
    ]
      .filter(Boolean)
      .join('\n'),
  ]
    .filter((block): block is string => block !== undefined)
    .join('\n\n');
}

/** The notes that open an entry's page, as one blockquote: two quotes with a blank line between read as one (MD028). */
function notices(module: IanaRegistryModule, entry: Entry): string | undefined {
  const notes = [
    entry.withdrawn ? `> **Withdrawn.** IANA no longer lists this ${inline(module.noun)} (${inline(entry.withdrawn.date)}): ${inline(entry.withdrawn.reason)}.` : undefined,
    entry.pending ? '> **Pending review.** The curated text of this entry is a placeholder that has not been reviewed yet. The IANA record is final.' : undefined,
  ].filter((n) => n !== undefined);
  return notes.length > 0 ? notes.join('\n>\n') : undefined;
}
