import { inline, link, referenceLink } from '@wscodes-tools/generators/output';
import type { IanaRecord } from '@wscodes-tools/registry';
import { newEntry } from './apply.ts';
import type { FieldDifference, RegistryDiff } from './diff.ts';

// How a registry's differences read: in the report for the maintainer, in JSON for machines, and as
// changeset items for users. Written once for every module; the module supplies its nouns.

const ARROW = '→';

/** A deprecated constant's name, where the registry has constants. */
const constantOf = (diff: RegistryDiff, key: string | undefined): string | undefined => (diff.module.constants && key ? `${diff.module.constants}.${key}` : undefined);

/** The report lines of one registry, a line per change (its heading and bump are the caller's). */
export function registryLines(diff: RegistryDiff): string[] {
  const names = diff.personNames;
  return [
    ...diff.added.map((a) => `  + ${spaced(a.value, a.iana)}${newEntry(diff.module, a).pending ? ': new entry, curated fields pending review' : ''}`),
    ...diff.withdrawn.map((w) => {
      const constant = constantOf(diff, w.key);
      return `  - ${spaced(w.value, w.iana)} withdrawn (${w.reason}); the entry stays, marked withdrawn${constant ? `; ${constant} stays as a deprecated alias until the next major` : ''} (breaking)`;
    }),
    ...diff.reinstated.map((r) => `  + ${spaced(r.value, r.iana)} registered again`),
    ...diff.changed.map((c) => `  ~ ${c.value} ${c.fields.map((f) => fieldText(f, names)).join('; ')}`),
    ...diff.header.map((h) => `  ~ registry ${fieldText(h, names)}`),
    ...diff.unassigned.map((u) => `  ~ unassigned ${u.range} ${u.change}`),
    ...diff.people.map((p) => `  ~ ${personText(p)}`),
  ];
}

/** The JSON of one registry's differences. */
export function registryJson(diff: RegistryDiff, inSync: boolean) {
  return {
    registry: diff.module.id,
    file: diff.module.file,
    ianaId: diff.module.ianaId,
    inSync,
    added: diff.added,
    withdrawn: diff.withdrawn.map((w) => ({ ...w, ...(constantOf(diff, w.key) ? { constant: constantOf(diff, w.key) } : {}) })),
    reinstated: diff.reinstated,
    changed: diff.changed,
    header: diff.header,
    unassigned: diff.unassigned,
    people: diff.people,
  };
}

/** Changeset items for users: one line each, IANA's text escaped, references as links, no mail addresses. */
export function registryChangesetItems(diff: RegistryDiff): string[] {
  const { module } = diff;
  const registryLink = link(`IANA's ${module.title.toLowerCase()} registry`, `https://www.iana.org/assignments/websocket/websocket.xhtml#${module.ianaId}`);
  const name = (value: number | string) => `${module.noun} \`${value}\``;
  const names = diff.personNames;
  const items = [
    ...diff.added.map((a) => `${registryLink}: ${name(a.value)} added (${inline(describeRecord(a.iana))}).`),
    ...diff.withdrawn.map((w) => {
      const constant = constantOf(diff, w.key);
      const deprecated = constant ? ` \`${constant}\` is deprecated and stays as an alias until the next major release.` : '';
      return `${registryLink}: ${name(w.value)} withdrawn (${inline(w.reason)}); it stays in the data, marked withdrawn.${deprecated}`;
    }),
    ...diff.reinstated.map((r) => `${registryLink}: ${name(r.value)} registered again.`),
    ...diff.changed.map((c) => `${registryLink}: ${name(c.value)} changed: ${c.fields.map((f) => `IANA's ${f.field} ${changeValue(f.from, names)} ${ARROW} ${changeValue(f.to, names)}`).join('; ')}.`),
    ...diff.header
      .filter((h) => h.field !== 'updated')
      .map((h) => `${registryLink}: IANA's ${h.field} ${changeValue(h.from, names)} ${ARROW} ${changeValue(h.to, names)}.`),
    ...diff.unassigned.map((u) => `${registryLink}: unassigned span ${u.range} ${u.change}.`),
    // A mail address is never copied into a changelog: a person is named, an address change only said.
    ...diff.people.map((p) => `${registryLink}: ${personChange(p)}.`),
  ];
  return items;
}

type PersonChange = RegistryDiff['people'][number];

/** "person Pat_Example (Pat Example) added", "person Pat_Example: name Pat → Pat Example, uri a → b". */
function personText(p: PersonChange): string {
  if (p.change !== 'changed') return `person ${p.id} (${(p.to ?? p.from)?.name ?? p.id}) ${p.change}`;
  const fields = (['name', 'uri'] as const).filter((f) => p.from?.[f] !== p.to?.[f]);
  return `person ${p.id} (${p.to?.name ?? p.id}): ${fields.map((f) => `${f} ${p.from?.[f]} ${ARROW} ${p.to?.[f]}`).join(', ')}`;
}

function personChange(p: PersonChange): string {
  const who = inline((p.to ?? p.from)?.name ?? p.id);
  if (p.change !== 'changed') return `IANA contact ${who} ${p.change}`;
  if (p.from?.name !== p.to?.name) return `IANA contact ${inline(p.from?.name ?? p.id)} renamed ${inline(p.to?.name ?? p.id)}`;
  return `IANA contact ${who}: contact address changed`;
}

const spaced = (value: number | string, iana: IanaRecord): string => [String(value), describeRecord(iana)].filter(Boolean).join(' ');

/** A record in a few words: its description, common name or status, as the registry has it. */
export function describeRecord(iana: IanaRecord): string {
  // Version 9-12's only words are a text reference ("Reserved").
  const text = [iana.description, iana.common, iana.status, ...iana.references.filter((r) => r.type === 'text').map((r) => r.text)].find((v) => typeof v === 'string' && v.trim());
  return text ? `"${String(text).replace(/\s+/g, ' ').trim()}"` : '';
}

function fieldText(f: FieldDifference, names: Readonly<Record<string, string>>): string {
  return `${f.field}: ${show(f.from, names)} ${ARROW} ${show(f.to, names)}`;
}

function show(value: unknown, names: Readonly<Record<string, string>>): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') return /\s{2}|\n/.test(value) ? JSON.stringify(value) : value;
  if (Array.isArray(value)) {
    if (!value.length) return '(none)';
    // Notes are lists of parts (one run of text), references and rules are lists of items.
    const first = value[0] as object;
    const separator = Array.isArray(first) ? ' | ' : 'type' in first || 'rule' in first ? ', ' : '';
    return value.map((v) => (Array.isArray(v) ? show(v, names) : partText(v, names))).join(separator);
  }
  return JSON.stringify(value);
}

/** A reference or a run of text, as plain words; a person by name. */
function partText(part: unknown, names: Readonly<Record<string, string>>): string {
  const p = part as { text?: string; xref?: { type: string; data?: string; text?: string }; type?: string; data?: string; rule?: string; range?: string };
  if (p.rule !== undefined) return p.range ? `${p.range}: ${p.rule}` : p.rule;
  if (p.xref) return partText(p.xref, names);
  if (p.type === 'person') return `[person ${names[p.data ?? ''] ?? p.data}]`;
  if (p.type) return `[${p.type} ${p.data ?? p.text ?? ''}]`;
  return (p.text ?? '').replace(/\s+/g, ' ');
}

function changeValue(value: unknown, names: Readonly<Record<string, string>>): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return `"${inline(value.replace(/\s+/g, ' ').trim())}"`;
  if (Array.isArray(value)) {
    return (
      value
        .map((part) => {
          if (Array.isArray(part)) return changeValue(part, names);
          const p = part as { text?: string; xref?: { type: string; data?: string }; type?: string; data?: string; rule?: string; range?: string };
          if (p.rule !== undefined) return inline(p.range ? `${p.range}: ${p.rule}` : p.rule);
          const ref = p.xref ?? (p.type ? (p as { type: string; data?: string }) : undefined);
          if (!ref) return inline(p.text ?? '');
          // A person by name, never by mail address.
          if (ref.type === 'person') return inline(names[ref.data ?? ''] ?? ref.data ?? 'a person');
          const { text, url } = referenceLink({ type: ref.type, data: ref.data ?? '' } as never);
          return url ? link(text, url) : inline(text);
        })
        .join(' ')
        .trim() || 'none'
    );
  }
  return inline(JSON.stringify(value));
}
