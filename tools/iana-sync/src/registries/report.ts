import { inline, link, referenceLink } from '@wscodes-tools/generators';
import type { IanaRecord } from '@wscodes-tools/registry';
import { newEntry } from './apply.ts';
import { bumpForRegistry, registryInSync, textChanged, type FieldDifference, type RegistryDiff } from './diff.ts';

// How a registry's differences read: in the report for the maintainer, in JSON for machines, and as
// changeset items for users. Written once for every module; the module supplies its nouns.

const ARROW = '→';

/** The report section of one registry, a line per change. */
export function registrySection(diff: RegistryDiff): string[] {
  const { module } = diff;
  const head = `${module.title} (${module.file})`;
  if (registryInSync(diff)) return [`${head}: in sync`];
  const bump = bumpForRegistry(diff)!;
  const lines = [
    ...diff.added.map((a) => `  + ${a.value} ${describe(a.iana)}${newEntry(diff.module, a).pending ? ': new entry, curated fields pending review' : ''}`),
    ...diff.withdrawn.map((w) => `  - ${w.value} ${describe(w.iana)} withdrawn (${w.reason}); the entry stays, marked withdrawn (breaking)`),
    ...diff.reinstated.map((r) => `  + ${r.value} ${describe(r.iana)} registered again`),
    ...diff.changed.map((c) => `  ~ ${c.value} ${c.fields.map(fieldText).join('; ')}`),
    ...diff.header.map((h) => `  ~ registry ${fieldText(h)}`),
    ...diff.unassigned.map((u) => `  ~ unassigned ${u.range} ${u.change}`),
    ...diff.people.map((p) => `  ~ person ${p.id} ${p.change}`),
  ];
  return [`${head}: ${bump.bump} (${bump.reasons.join('; ')})`, ...lines];
}

/** The JSON of one registry's differences. */
export function registryJson(diff: RegistryDiff) {
  const bump = bumpForRegistry(diff);
  return {
    registry: diff.module.id,
    file: diff.module.file,
    ianaId: diff.module.ianaId,
    inSync: registryInSync(diff),
    bump: bump?.bump ?? null,
    bumpReasons: bump?.reasons ?? [],
    added: diff.added,
    withdrawn: diff.withdrawn,
    reinstated: diff.reinstated,
    changed: diff.changed,
    header: diff.header,
    unassigned: diff.unassigned,
    people: diff.people,
  };
}

/** Changeset items for users: one line each, IANA's text escaped, references as links, no mail addresses. */
export function registryChangesetItems(diff: RegistryDiff): string[] {
  if (registryInSync(diff)) return [];
  const { module } = diff;
  const registryLink = link(`IANA's ${module.title.toLowerCase()} registry`, `https://www.iana.org/assignments/websocket/websocket.xhtml#${module.ianaId}`);
  const name = (value: number | string) => `${module.noun} \`${value}\``;
  const items = [
    ...diff.added.map((a) => `${registryLink}: ${name(a.value)} added (${inline(describe(a.iana))}).`),
    ...diff.withdrawn.map((w) => `${registryLink}: ${name(w.value)} withdrawn (${inline(w.reason)}); it stays in the data, marked withdrawn.`),
    ...diff.reinstated.map((r) => `${registryLink}: ${name(r.value)} registered again.`),
    ...diff.changed.map((c) => `${registryLink}: ${name(c.value)} changed: ${c.fields.map((f) => `IANA's ${f.field} ${changeValue(f.from)} ${ARROW} ${changeValue(f.to)}`).join('; ')}.`),
  ];
  if (textChanged(diff)) items.push(`${registryLink}: registry text updated.`);
  return items;
}

/** A record in a few words: its description, common name or status, as the registry has it. */
function describe(iana: IanaRecord): string {
  const text = [iana.description, iana.common, iana.status].find((v) => typeof v === 'string' && v.trim());
  return text ? `"${String(text).replace(/\s+/g, ' ').trim()}"` : '';
}

function fieldText(f: FieldDifference): string {
  return `${f.field}: ${show(f.from)} ${ARROW} ${show(f.to)}`;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') return /\s{2}|\n/.test(value) ? JSON.stringify(value) : value;
  if (Array.isArray(value)) return value.length ? value.map((v) => (Array.isArray(v) ? show(v) : partText(v))).join(Array.isArray(value[0]) ? ' | ' : '') : '(none)';
  return JSON.stringify(value);
}

/** A reference or a run of text, as plain words. */
function partText(part: unknown): string {
  const p = part as { text?: string; xref?: { type: string; data?: string; text?: string }; type?: string; data?: string };
  if (p.xref) return partText(p.xref);
  if (p.type) return `[${p.type} ${p.data ?? p.text ?? ''}]`;
  return (p.text ?? '').replace(/\s+/g, ' ');
}

function changeValue(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return `"${inline(value.replace(/\s+/g, ' ').trim())}"`;
  if (Array.isArray(value)) {
    return (
      value
        .map((part) => {
          const p = part as { text?: string; xref?: { type: string; data?: string }; type?: string; data?: string };
          const ref = p.xref ?? (p.type ? (p as { type: string; data?: string }) : undefined);
          if (!ref) return inline(p.text ?? '');
          if (ref.type === 'person') return 'a contact'; // never a mail address in a changelog
          const { text, url } = referenceLink({ type: ref.type, data: ref.data ?? '' } as never);
          return url ? link(text, url) : inline(text);
        })
        .join(' ')
        .trim() || 'none'
    );
  }
  return inline(JSON.stringify(value));
}
