// Synthetic IANA revisions for the maintainer loop, made at run time from IANA's own websocket.xml.
// Pure string transforms: each changes the records of one registry the way IANA writes them and
// moves the file's <updated> date; every other byte stays, as in a real IANA update. What a
// registry looks like (its value element, the element its words go in, the elements a record
// must have) comes from a LoopRegistry, derived from the registry modules (loop-registries.ts).

/** One of IANA's WebSocket registries, as the loop's transforms need to know it. */
export interface LoopRegistry {
  /** The registry's id for the loop and for `sync:iana --allow-withdrawal ID:VALUE`: its file's name (header-bits). */
  readonly id: string;
  /** The key of its data in the loaded registry (Registry.ianaRegistries), for a module. */
  readonly moduleId?: string;
  /** `<registry id="...">` in websocket.xml. */
  readonly ianaId: string;
  /** Words for messages: "close code", "opcode". */
  readonly noun: string;
  /** The YAML file, relative to the repository root. */
  readonly file: string;
  /** The element holding a record's value: `value` or `id`. */
  readonly valueElement: string;
  /** The element holding a record's words, where IANA writes "Unassigned" or "Reserved". */
  readonly textElement: string;
  /** The elements every record has (the value's aside), in IANA's order: a placeholder keeps them empty. */
  readonly requiredElements: readonly string[];
  /** One value of this registry, or undefined (a span such as 3-7, or text that is no value). */
  readonly parseValue: (text: string) => number | string | undefined;
  /** Values no synthetic revision changes or withdraws: the protocol itself needs them (version 13, the Close opcode). */
  readonly protectedValues: readonly (number | string)[];
  /** The values the loop changes and withdraws, when it may choose (close codes: third parties' 3000-3999). */
  readonly preferred: (value: number | string) => boolean;
}

export class SyntheticUpdateError extends Error {
  override name = 'SyntheticUpdateError';
}

/** A record of one registry, read from the file's text. */
export interface XmlRecord {
  /** The record's text, from the end of what comes before it (blank space included) to `</record>`. */
  readonly text: string;
  /** The value element's text: "1000", "3-7", "permessage-deflate". */
  readonly valueText: string;
  /** A single value of the registry; undefined for a span or text that is no value. */
  readonly value: number | string | undefined;
  /** The numbers the record covers, when its value is a number or a span of numbers. */
  readonly span: { readonly from: number; readonly to: number } | undefined;
  /** The text element's content, '' when empty or absent. */
  readonly words: string;
  /** "Unassigned", or "Reserved" with no contact and no reference: it registers nothing. */
  readonly placeholder: boolean;
}

// A record with the blank space before it (IANA leaves lines of spaces between some records), so
// that editing the records keeps every byte between them.
const RECORD = /\s*\n {4}<record(?: [^>]*)?>[\s\S]*?<\/record>/g;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const elementPattern = (name: string): RegExp => new RegExp(`<${escape(name)}(?: [^>]*)?(?:/>|>([\\s\\S]*?)</${escape(name)}>)`);

/** The content of the first `<name>` in `text`: '' when self-closing, undefined when absent. */
function elementText(text: string, name: string): string | undefined {
  const match = elementPattern(name).exec(text);
  return match ? (match[1] ?? '') : undefined;
}

/** The placeholder rule of IANA's registries: "Unassigned", or "Reserved" naming no contact and no reference. */
export function isPlaceholderRecord(words: string, recordText: string): boolean {
  if (/^\s*unassigned\b/i.test(words)) return true;
  return /^\s*reserved\b/i.test(words) && !/<xref\b/.test(recordText);
}

function block(xml: string, registry: LoopRegistry): { start: number; end: number; body: string; open: string } {
  const open = `<registry id="${registry.ianaId}">`;
  const start = xml.indexOf(open);
  if (start < 0) throw new SyntheticUpdateError(`no <registry id="${registry.ianaId}"> in the file`);
  const end = xml.indexOf('\n  </registry>', start);
  if (end < 0) throw new SyntheticUpdateError(`<registry id="${registry.ianaId}"> is not closed`);
  return { start, end, body: xml.slice(start + open.length, end), open };
}

/** Does the file hold this registry? */
export const hasRegistry = (xml: string, registry: LoopRegistry): boolean => xml.includes(`<registry id="${registry.ianaId}">`);

/** The records of one registry, in file order. */
export function records(xml: string, registry: LoopRegistry): XmlRecord[] {
  return [...block(xml, registry).body.matchAll(RECORD)].map(([text]) => readRecord(text, registry));
}

function readRecord(text: string, registry: LoopRegistry): XmlRecord {
  const valueText = elementText(text, registry.valueElement)?.trim();
  if (valueText === undefined) throw new SyntheticUpdateError(`a ${registry.ianaId} record without <${registry.valueElement}>: ${text.trim()}`);
  const words = elementText(text, registry.textElement) ?? '';
  const numbers = /^(\d+)(?:-(\d+))?$/.exec(valueText);
  const span = numbers ? { from: Number(numbers[1]), to: Number(numbers[2] ?? numbers[1]) } : undefined;
  return { text, valueText, value: registry.parseValue(valueText), span, words, placeholder: isPlaceholderRecord(words, text) };
}

/** The values a registry registers: single values, not placeholders, in file order. */
export const registeredValues = (xml: string, registry: LoopRegistry): (number | string)[] =>
  records(xml, registry)
    .filter((r) => r.value !== undefined && !r.placeholder)
    .map((r) => r.value!);

/** Replaces the registry's records with `edit(records)`; the text around them stays. */
function editRecords(xml: string, registry: LoopRegistry, edit: (records: XmlRecord[]) => string[]): string {
  const { start, end, body, open } = block(xml, registry);
  const all = records(xml, registry);
  const first = all[0] ? body.indexOf(all[0].text) : body.length;
  const last = all.at(-1) ? body.lastIndexOf(all.at(-1)!.text) + all.at(-1)!.text.length : body.length;
  const next = body.slice(0, first) + edit(all).join('') + body.slice(last);
  return xml.slice(0, start) + open + next + xml.slice(end);
}

/**
 * Sets the file's own <updated> date (the first in the file, before any registry), and the
 * registry's own <updated> when it has one: IANA dates both when a registry changes.
 */
export function setUpdated(xml: string, date: string, registry?: LoopRegistry): string {
  if (!/<updated>[0-9-]+<\/updated>/.test(xml)) throw new SyntheticUpdateError('the file has no <updated> date');
  let out = xml.replace(/<updated>[0-9-]+<\/updated>/, `<updated>${date}</updated>`);
  if (registry) {
    const { start, body, open } = block(out, registry);
    const firstRecord = body.search(/\n {4}<record[ >]/);
    const head = firstRecord < 0 ? body : body.slice(0, firstRecord);
    const own = /<updated>[0-9-]+<\/updated>/.exec(head);
    if (own) {
      const at = start + open.length + own.index;
      out = out.slice(0, at) + `<updated>${date}</updated>` + out.slice(at + own[0].length);
    }
  }
  return out;
}

const setElement = (text: string, name: string, content: string): string => text.replace(elementPattern(name), `<${name}>${content}</${name}>`);

/** A record's attributes replaced: `date`/`updated` as given, none when empty. */
function withAttributes(text: string, attributes: string): string {
  return text.replace(/<record(?: [^>]*)?>/, `<record${attributes}>`);
}

/** The blank space before a record, kept when the record is replaced. */
const lead = (text: string): string => text.slice(0, text.indexOf('\n    <record'));
/** A record's text without the blank lines before it: a new record starts on the next line. */
const bare = (text: string): string => text.slice(text.indexOf('\n    <record'));

const spanText = (from: number, to: number): string => (from === to ? `${from}` : `${from}-${to}`);
const isUnassignedSpan = (r: XmlRecord): boolean => r.span !== undefined && /^\s*unassigned\b/i.test(r.words);

/** A span record like `host`, for other values: IANA's own text with the value replaced. */
const respan = (host: XmlRecord, registry: LoopRegistry, from: number, to: number): string =>
  setElement(host.text, registry.valueElement, spanText(from, to));

function registered(all: readonly XmlRecord[], registry: LoopRegistry, value: number | string): XmlRecord {
  const target = all.find((r) => r.value === value && !r.placeholder);
  if (!target) throw new SyntheticUpdateError(`${registry.noun} ${value} is not registered in <registry id="${registry.ianaId}">`);
  return target;
}

export interface Addition {
  readonly value: number | string;
  /** What goes in the registry's text element. */
  readonly words: string;
  readonly date: string;
}

/**
 * Registers a value. The new record copies the shape of the registry's last registered record
 * (its fields, its contact and references), with the value, the words and the date replaced. A
 * number inside an Unassigned span splits the span around it; otherwise the record goes in value
 * order (numbers) or last (names), as IANA appends.
 */
export function addValue(xml: string, registry: LoopRegistry, addition: Addition): string {
  const { value, words, date } = addition;
  if (registry.parseValue(String(value)) !== value) throw new SyntheticUpdateError(`${String(value)} is not a value of <registry id="${registry.ianaId}">`);
  const edited = editRecords(xml, registry, (all) => {
    if (all.some((r) => r.value === value && !r.placeholder)) throw new SyntheticUpdateError(`${registry.noun} ${value} is registered already`);
    const template = all.filter((r) => r.value !== undefined && !r.placeholder).at(-1);
    if (!template) throw new SyntheticUpdateError(`<registry id="${registry.ianaId}"> registers nothing to copy a record's shape from`);
    if (elementText(template.text, registry.textElement) === undefined) throw new SyntheticUpdateError(`${registry.noun} ${template.valueText} has no <${registry.textElement}> to copy`);
    const record = setElement(setElement(withAttributes(bare(template.text), ` date="${date}"`), registry.valueElement, String(value)), registry.textElement, words);
    const texts = all.map((r) => r.text);
    if (typeof value !== 'number') return [...texts, record];
    const host = all.findIndex((r) => r.span !== undefined && r.span.from <= value && value <= r.span.to);
    if (host >= 0) {
      const span = all[host]!;
      if (!isUnassignedSpan(span)) throw new SyntheticUpdateError(`${registry.noun} ${value} lies in "${span.valueText} ${span.words.trim()}", not in an Unassigned span`);
      const pieces = [
        ...(span.span!.from < value ? [respan(span, registry, span.span!.from, value - 1)] : []),
        record,
        ...(value < span.span!.to ? [bare(respan(span, registry, value + 1, span.span!.to))] : []),
      ];
      return [...texts.slice(0, host), ...pieces, ...texts.slice(host + 1)];
    }
    const after = all.findIndex((r) => r.span !== undefined && r.span.from > value);
    return after < 0 ? [...texts, record] : [...texts.slice(0, after), record, ...texts.slice(after)];
  });
  return setUpdated(edited, date, registry);
}

/** Changes a registered value's words and marks its record updated, as IANA does. */
export function changeWords(xml: string, registry: LoopRegistry, value: number | string, words: string, date: string): string {
  const edited = editRecords(xml, registry, (all) => {
    const target = registered(all, registry, value);
    if (elementText(target.text, registry.textElement) === undefined) {
      throw new SyntheticUpdateError(`${registry.noun} ${value} has no <${registry.textElement}> to change`);
    }
    return all.map((r) => {
      if (r !== target) return r.text;
      const dated = /updated="[^"]*"/.test(r.text)
        ? r.text.replace(/updated="[^"]*"/, `updated="${date}"`)
        : r.text.replace(/<record( [^>]*)?>/, (_open, attributes: string | undefined) => `<record${attributes ?? ''} updated="${date}">`);
      return setElement(dated, registry.textElement, words);
    });
  });
  return setUpdated(edited, date, registry);
}

/** How IANA stops registering a value: the record goes, or it says "Unassigned", or "Reserved" with no contact or reference. */
export const WITHDRAWALS = ['deletion', 'unassigned', 'reserved'] as const;
export type Withdrawal = (typeof WITHDRAWALS)[number];

/** A placeholder record for `value`: the value, the word, the other required elements empty; no dates, contact or reference. */
function placeholderRecord(registry: LoopRegistry, valueText: string, word: string): string {
  const fields = registry.requiredElements.map((name) => (name === registry.textElement ? `<${name}>${word}</${name}>` : `<${name}/>`));
  return ['\n    <record>', `<${registry.valueElement}>${valueText}</${registry.valueElement}>`, ...fields].join('\n      ') + '\n    </record>';
}

/**
 * Withdraws a registered value. By deletion the record goes. By "Unassigned" the value joins the
 * Unassigned spans beside it, when there are any (close codes, opcodes), or becomes an Unassigned
 * record of its own. By "Reserved" it becomes a Reserved record with no contact and no reference.
 */
export function withdrawValue(xml: string, registry: LoopRegistry, value: number | string, how: Withdrawal, date: string): string {
  const edited = editRecords(xml, registry, (all) => {
    const target = registered(all, registry, value);
    const index = all.indexOf(target);
    const texts = all.map((r) => r.text);
    if (how === 'deletion') return texts.filter((_, i) => i !== index);
    const replaced = (word: string) => texts.map((t, i) => (i === index ? lead(t) + placeholderRecord(registry, target.valueText, word) : t));
    if (how === 'reserved') return replaced('Reserved');
    const before = all[index - 1];
    const after = all[index + 1];
    const n = target.span?.from;
    const mergeBefore = n !== undefined && before !== undefined && isUnassignedSpan(before) && before.span!.to + 1 === n;
    const mergeAfter = n !== undefined && after !== undefined && isUnassignedSpan(after) && after.span!.from === n + 1;
    if (!mergeBefore && !mergeAfter) return replaced('Unassigned');
    const host = mergeBefore ? before! : after!;
    const merged = respan(host, registry, mergeBefore ? before!.span!.from : n!, mergeAfter ? after!.span!.to : n!);
    return texts.flatMap((t, i) => {
      if (i === index) return [merged];
      if ((mergeBefore && i === index - 1) || (mergeAfter && i === index + 1)) return [];
      return [t];
    });
  });
  return setUpdated(edited, date, registry);
}

/** The registry with no records at all: its title, rules and notes stay. */
export function emptyRegistry(xml: string, registry: LoopRegistry, date: string): string {
  return setUpdated(
    editRecords(xml, registry, () => []),
    date,
    registry,
  );
}

/** The file without the registry. */
export function dropRegistry(xml: string, registry: LoopRegistry, date: string): string {
  const { start, end } = block(xml, registry);
  const lineStart = xml.lastIndexOf('\n', start);
  const close = end + '\n  </registry>'.length;
  return setUpdated(xml.slice(0, lineStart) + xml.slice(close), date);
}

/** Decodes the five XML entities, as a parser would read IANA's text. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
