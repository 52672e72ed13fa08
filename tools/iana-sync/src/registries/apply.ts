import { Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { compareValues, type IanaRegistryModule } from '@wscodes-tools/registry';
import { YAML_FORMAT } from '../apply-yaml.ts';
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

/** The YAML with the differences applied. Throws when the file is not the shape the module expects. */
export function applyRegistryDiff(text: string, upstream: UpstreamRegistry, diff: RegistryDiff): string {
  const doc = parseDocument(text);
  const { module } = upstream;
  const set = (path: (string | number)[], value: unknown) => doc.setIn(path, doc.createNode(value));
  set(['iana'], upstream.header);
  if (diff.people.length) set(['people'], diff.peopleAfter);
  if (diff.unassigned.length) set(['unassigned'], upstream.unassigned);

  const entries = doc.get('entries', true) as YAMLSeq<YAMLMap> | undefined;
  if (!isSeq(entries)) throw new Error(`${module.file}: entries is not a list`);
  if (diff.added.length) entries.flow = false; // `entries: []` grows into one `- ` item per entry
  const indexOf = (value: number | string) => entries.items.findIndex((item) => isMap(item) && item.get('value') === value);
  for (const c of diff.changed) set(['entries', indexOf(c.value), 'iana'], upstream.entries.find((e) => e.value === c.value)!.iana);
  for (const r of diff.reinstated) {
    const at = indexOf(r.value);
    doc.deleteIn(['entries', at, 'withdrawn']);
    set(['entries', at, 'iana'], r.iana);
  }
  for (const w of diff.withdrawn) {
    // The curated fields and IANA's last fields stay, as history; `withdrawn` goes before `iana`.
    const item = entries.items[indexOf(w.value)]!;
    const withdrawn = doc.createPair('withdrawn', { date: diff.upstreamUpdated, reason: w.reason });
    const ianaAt = item.items.findIndex((pair) => (pair.key as { value?: unknown })?.value === 'iana');
    item.items.splice(ianaAt < 0 ? item.items.length : ianaAt, 0, withdrawn as never);
  }
  for (const a of diff.added) {
    const node = doc.createNode(newEntry(module, a)) as YAMLMap;
    const at = entries.items.findIndex((item) => compareValues(item.get('value') as number | string, a.value) > 0);
    entries.items.splice(at < 0 ? entries.items.length : at, 0, node);
  }
  return doc.toString(YAML_FORMAT);
}

/** An entry for a value IANA lists: placeholder curated fields, marked pending when there are any. */
export function newEntry(module: IanaRegistryModule, entry: UpstreamEntry): Record<string, unknown> {
  const curated = module.placeholder(entry.value as never, entry.iana) as Record<string, unknown>;
  return { value: entry.value, ...curated, ...(Object.keys(curated).length ? { pending: true } : {}), iana: entry.iana };
}
