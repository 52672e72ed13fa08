import { isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseSpan, spanContains, type RegistryDocument } from '@wscodes-tools/registry';
import { IANA_FIELDS, type SyncDiff } from './diff.ts';
import { SyncError } from './errors.ts';
import { ianaFieldsInOrder, newCodeEntry } from './new-entry.ts';

/**
 * How the registry file is printed, and so how it must read back: no folding of long lines, and
 * double-quoted strings written JSON-style on one line ("...\n..."), as the file writes them. A test
 * checks that the real file round-trips byte for byte with these options.
 */
export const YAML_FORMAT = { lineWidth: 0, doubleQuotedAsJSON: true } as const;

// The file quotes dates ("2016-10-10"), and multi-line text is one double-quoted line.
const DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const needsDoubleQuotes = (text: string): boolean => DATE.test(text) || text.includes('\n');

const CONTACT_ORDER = ['id', 'name', 'uri'] as const;
const CODE_ORDER = ['code', 'key', 'name', 'summary', 'send', 'receive', 'reconnect', 'classify', 'details', 'pending', 'withdrawn', 'iana'] as const;
const RANGE_ORDER = ['range', 'kind', 'name', 'label', 'summary', 'receive', 'registration'] as const;

export interface ApplyOptions {
  /** The registry file as shown in messages. */
  readonly source: string;
}

/**
 * Applies a diff to the registry's YAML text through yaml's Document API: only the nodes IANA
 * changed are touched, so comments, key order, quoting and blank lines stay as they were. Pure.
 */
export function applyToYaml(text: string, diff: SyncDiff, registry: RegistryDocument, options: ApplyOptions): string {
  refuseWhatNeedsAPerson(diff, options);
  const doc = parseDocument(text);
  if (doc.errors.length) throw new SyncError(`${options.source}: YAML syntax: ${doc.errors[0]!.message.split('\n')[0]}; run npm run validate`);
  checkRoundTrip(doc, text, options.source);
  const edit = new Editor(doc, options.source);

  edit.setField(edit.map(doc.contents, 'the document'), 'updated', diff.upstreamUpdated, ['updated'], ['iana']);

  const contacts = edit.seq('contacts');
  for (const c of diff.contacts) {
    const at = contacts.items.findIndex((item) => edit.value(item, 'id') === c.id);
    if (c.change === 'removed') contacts.items.splice(at, 1);
    else if (c.change === 'changed') edit.setField(contacts.items[at], c.field, c.to, CONTACT_ORDER);
    else edit.insertSorted(contacts, edit.node({ id: c.id, name: c.name, uri: c.uri }), (item) => String(edit.value(item, 'id')) > c.id);
  }

  const ranges = edit.seq('ranges');
  const spans = edit.seq('ianaRanges');
  for (const r of diff.ranges) {
    if (r.change === 'registration') {
      const range = ranges.items.find((item) => edit.value(item, 'range') === r.range);
      if (r.to === null) edit.map(range, `range ${r.range}`).delete('registration');
      else edit.setField(range, 'registration', r.to, RANGE_ORDER);
    } else if (r.change === 'removed') {
      spans.items.splice(spans.items.findIndex((item) => edit.value(item, 'range') === r.range), 1);
    } else if (r.change === 'added') {
      const { from, to } = parseSpan(r.range);
      const node = edit.node({ range: r.range, iana: ianaFieldsInOrder(r.iana) });
      edit.insertSorted(spans, node, (item) => {
        const other = parseSpan(String(edit.value(item, 'range')));
        return other.from > from || (other.from === from && other.to > to);
      });
    } else if (r.change === 'changed') {
      const span = spans.items.find((item) => edit.value(item, 'range') === r.range);
      edit.setIanaField(edit.map(edit.map(span, `span ${r.range}`).get('iana', true), `span ${r.range} iana`), r.field, r.to);
    }
  }

  const codes = edit.seq('codes');
  const kindOf = (code: number) => registry.ranges.find((r) => spanContains(parseSpan(r.range), code))?.kind;
  const codeOf = (item: unknown) => Number(edit.value(item, 'code'));
  for (const c of diff.changed) {
    const entry = edit.map(codes.items.find((item) => codeOf(item) === c.code), `code ${c.code}`);
    if (!isMap(entry.get('iana', true))) entry.set('iana', doc.createNode({}));
    edit.setIanaField(edit.map(entry.get('iana', true), `code ${c.code} iana`), c.field, c.to);
  }
  for (const a of diff.added) {
    const node = edit.node(newCodeEntry(a.code, a.iana, a, registry));
    const at = edit.insertSorted(codes, node, (item) => codeOf(item) > a.code);
    // Keep a section heading at the top of its section when the new code comes first in it.
    const next = codes.items[at + 1] as Node | undefined;
    const previous = codes.items[at - 1];
    const kind = kindOf(a.code);
    if (next?.commentBefore && kindOf(codeOf(next)) === kind && (previous === undefined || kindOf(codeOf(previous)) !== kind)) {
      node.commentBefore = next.commentBefore;
      next.commentBefore = undefined;
    }
  }
  // A withdrawn code stays, as history: marked, with the verdicts of its range; its iana block is kept.
  for (const w of diff.withdrawn) {
    const entry = edit.map(codes.items.find((item) => codeOf(item) === w.code), `code ${w.code}`);
    edit.setField(entry, 'send', w.send, CODE_ORDER);
    edit.setField(entry, 'receive', w.receive, CODE_ORDER);
    edit.setField(entry, 'withdrawn', { date: diff.upstreamUpdated, reason: w.reason, constant: 'deprecated' }, CODE_ORDER);
  }
  return doc.toString(YAML_FORMAT);
}

function refuseWhatNeedsAPerson(diff: SyncDiff, options: ApplyOptions): void {
  const again = diff.reinstated[0];
  if (again) {
    throw new SyncError(
      `IANA lists code ${again.code} again, which ${options.source} holds as withdrawn (key ${again.key}); nothing was written. Decide by hand whether it is the old registration restored (remove withdrawn:, restore send/receive) or a new one, then rerun`,
    );
  }
  const unmatched = diff.ranges.find((r) => r.change === 'unmatched');
  if (unmatched) {
    throw new SyncError(`IANA lists range ${unmatched.range}, which matches none of the registry's curated ranges; nothing was written. Add or adjust the range in ${options.source} by hand, then rerun`);
  }
}

export function checkRoundTrip(doc: Document, text: string, source: string): void {
  const printed = doc.toString(YAML_FORMAT);
  if (printed === text) return;
  const before = text.split('\n');
  const after = printed.split('\n');
  const line = before.findIndex((l, i) => l !== after[i]);
  throw new SyncError(
    `${source}: the YAML library would rewrite line ${line + 1} (${JSON.stringify(after[line] ?? '')}) although IANA did not change it; write that line the way it prints it, so that a sync changes only IANA's fields`,
  );
}

/** Small, node-level edits on one Document. */
class Editor {
  constructor(
    private readonly doc: Document,
    private readonly source: string,
  ) {}

  map(node: unknown, what: string): YAMLMap {
    if (!isMap(node)) throw new SyncError(`${this.source}: ${what} is not a mapping; run npm run validate`);
    return node;
  }

  seq(key: string): YAMLSeq {
    const node = this.doc.get(key, true);
    if (!isSeq(node)) throw new SyncError(`${this.source}: ${key} is not a list; run npm run validate`);
    return node;
  }

  value(item: unknown, key: string): unknown {
    return isMap(item) ? item.get(key) : undefined;
  }

  /** A new node, styled as the file styles values: dates and multi-line text double-quoted. */
  node(value: unknown): Node {
    const node = this.doc.createNode(value) as Node;
    visit(node, {
      Scalar(_key, scalar) {
        if (typeof scalar.value === 'string' && needsDoubleQuotes(scalar.value)) scalar.type = Scalar.QUOTE_DOUBLE;
      },
    });
    return node;
  }

  /** Inserts before the first item `isAfter` accepts; spacing copied from the neighbours. */
  insertSorted(seq: YAMLSeq, node: Node, isAfter: (item: unknown) => boolean): number {
    let at = seq.items.findIndex(isAfter);
    if (at === -1) at = seq.items.length;
    const neighbour = (seq.items[at] ?? seq.items[at - 1]) as Node | undefined;
    if (neighbour?.spaceBefore) node.spaceBefore = true;
    seq.items.splice(at, 0, node);
    return at;
  }

  setIanaField(iana: YAMLMap, field: (typeof IANA_FIELDS)[number], value: unknown): void {
    // date and updated are left out when IANA gives none; contact is written as null.
    if (value === null && (field === 'date' || field === 'updated')) iana.delete(field);
    else this.setField(iana, field, value, IANA_FIELDS);
  }

  /**
   * Sets one field. An existing scalar keeps its node (and so its quoting); anything else gets a
   * new node. A new key goes where `order` puts it, so key order matches the rest of the file.
   */
  setField(target: unknown, key: string, value: unknown, order: readonly string[], path: readonly string[] = []): void {
    let map = this.map(target, 'an entry');
    for (const step of path) map = this.map(map.get(step, true), step);
    const existing = map.get(key, true);
    if (isScalar(existing) && typeof existing.value === 'string' && typeof value === 'string') {
      // Keep the node's own quoting, unless it was (or now is) quoted only for the file's rule.
      if (needsDoubleQuotes(value)) existing.type = Scalar.QUOTE_DOUBLE;
      else if (needsDoubleQuotes(existing.value)) existing.type = undefined;
      existing.value = value;
      return;
    }
    const node = this.node(value);
    if (map.has(key)) {
      map.set(key, node);
      return;
    }
    const rank = order.indexOf(key);
    const at = map.items.findIndex((pair) => order.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key)) > rank);
    const pair = this.doc.createPair(key, node);
    if (at === -1) map.items.push(pair);
    else map.items.splice(at, 0, pair);
  }
}
