import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { compareValues, type IanaRegistryModule } from '@wscodes-tools/registry';
import { YAML_FORMAT } from '../apply-yaml.ts';
import { SyncError } from '../errors.ts';
import { YamlSplicer } from '../yaml-splice.ts';
import type { RegistryDiff } from './diff.ts';
import type { UpstreamEntry, UpstreamRegistry } from './parse.ts';

// Writes IANA's side of a registry into its YAML. Only the `iana` fields, the header, the people
// and the unassigned spans are IANA's; curated fields and every comment stay as they are.

/** The first version of a registry file, for a registry the repository does not hold yet. */
export function newRegistryText(upstream: UpstreamRegistry): string {
  const { module } = upstream;
  const doc = new Document({
    iana: upstream.header,
    people: upstream.people,
    entries: upstream.entries.map((e) => newEntry(module, e)),
    ...(upstream.unassigned.length ? { unassigned: upstream.unassigned } : {}),
  });
  doc.commentBefore = [
    ` ${upstream.header.title}: <registry id="${module.ianaId}"> in IANA's websocket.xml.`,
    ' The header, people, unassigned spans and every `iana` field are IANA\'s, verbatim: npm run sync:iana owns them.',
    ' Every other field is curated here. Validate with npm run validate; the schema is tools/registry/src/iana-registries/.',
  ].join('\n');
  return doc.toString(YAML_FORMAT);
}

/**
 * The YAML with the differences applied, as text edits: only the nodes IANA owns and that differ are
 * replaced (a header field, the people, the unassigned spans, a field of an entry's `iana`), and
 * `withdrawn:` markers and new entries are inserted. Curated text, comments and styles stay byte for
 * byte. Throws when the file is not the shape the module expects.
 */
export function applyRegistryDiff(text: string, upstream: UpstreamRegistry, diff: RegistryDiff): string {
  const { module } = upstream;
  const yaml = new YamlSplicer(text, module.file);
  const map = (node: unknown, what: string): YAMLMap => {
    if (!isMap(node)) throw new SyncError(`${module.file}: ${what} is not a mapping; run npm run validate`);
    return node;
  };
  const root = map(yaml.doc.contents, 'the document');
  const header = map(root.get('iana', true), 'iana');
  const setOrDelete = (target: YAMLMap, field: string, value: unknown) => (value === null || value === undefined ? yaml.delete(target, field) : yaml.set(target, field, value));
  for (const h of diff.header) setOrDelete(header, h.field, h.to);
  if (diff.people.length) yaml.set(root, 'people', diff.peopleAfter);
  if (diff.unassigned.length) yaml.set(root, 'unassigned', upstream.unassigned);

  const entries = root.get('entries', true);
  if (!isSeq(entries)) throw new SyncError(`${module.file}: entries is not a list; run npm run validate`);
  if (entries.items.length === 0) {
    // `entries: []` grows into one `- ` item per entry.
    if (diff.added.length) yaml.set(root, 'entries', diff.added.map((a) => newEntry(module, a)));
    return yaml.result();
  }
  const entryOf = (value: number | string) => map(entries.items.find((item) => isMap(item) && item.get('value') === value), `the entry ${value}`);
  for (const c of diff.changed) {
    const iana = map(entryOf(c.value).get('iana', true), `the iana fields of ${c.value}`);
    for (const f of c.fields) setOrDelete(iana, f.field, f.to);
  }
  for (const r of diff.reinstated) {
    const entry = entryOf(r.value);
    yaml.delete(entry, 'withdrawn');
    yaml.set(entry, 'iana', r.iana);
  }
  // The curated fields and IANA's last fields stay, as history; `withdrawn` goes before `iana`.
  for (const w of diff.withdrawn) yaml.insertBefore(entryOf(w.value), 'iana', 'withdrawn', { date: diff.upstreamUpdated, reason: w.reason });
  const values = entries.items.map((item) => (isMap(item) ? (item.get('value') as number | string) : undefined));
  for (const a of diff.added) {
    const at = values.findIndex((v) => v !== undefined && compareValues(v, a.value) > 0);
    yaml.insertItem(entries as YAMLSeq, at < 0 ? values.length : at, newEntry(module, a));
  }
  return yaml.result();
}

/** An entry for a value IANA lists: placeholder curated fields, marked pending when there are any. */
export function newEntry(module: IanaRegistryModule, entry: UpstreamEntry): Record<string, unknown> {
  const curated = module.placeholder(entry.value as never, entry.iana) as Record<string, unknown>;
  return { value: entry.value, ...curated, ...(Object.keys(curated).length ? { pending: true } : {}), iana: entry.iana };
}
