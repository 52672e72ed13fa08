// Synthetic IANA updates for the maintainer-loop replay. Each takes the text of IANA's
// websocket.xml and returns it with one change to the close-code registry, written the way IANA
// writes its records, and with the file's <updated> date moved on. Pure string transforms: the
// rest of the file stays byte for byte, as it would in a real IANA update.

const CLOSE_REGISTRY = /(<registry id="close-code-number">)([\s\S]*?)(\n {2}<\/registry>)/;
const RECORD = /\n {4}<record(?: [^>]*)?>[\s\S]*?<\/record>/g;

export interface CloseRecord {
  /** The record's text, from the newline before `<record` to `</record>`. */
  readonly text: string;
  readonly from: number;
  readonly to: number;
  readonly description: string;
}

export class SyntheticUpdateError extends Error {
  override name = 'SyntheticUpdateError';
}

const UNASSIGNED = /^(Unassigned|Reserved)$/;

/** The close-code records of an IANA file, in file order. */
export function closeRecords(xml: string): CloseRecord[] {
  const body = closeRegistry(xml)[2]!;
  return [...body.matchAll(RECORD)].map(([text]) => {
    const value = /<value>([0-9]+)(?:-([0-9]+))?<\/value>/.exec(text);
    const description = /<description>([\s\S]*?)<\/description>/.exec(text);
    if (!value || !description) throw new SyntheticUpdateError(`a close-code record without <value> or <description>: ${text.trim()}`);
    const from = Number(value[1]);
    return { text, from, to: value[2] === undefined ? from : Number(value[2]), description: description[1]! };
  });
}

/** Is the record a registered code (one value, not Unassigned or Reserved)? */
export const isRegisteredCode = (record: CloseRecord): boolean => record.from === record.to && !UNASSIGNED.test(record.description);

function closeRegistry(xml: string): RegExpExecArray {
  const match = CLOSE_REGISTRY.exec(xml);
  if (!match) throw new SyntheticUpdateError('no <registry id="close-code-number"> in the file');
  return match;
}

function replaceRecords(xml: string, edit: (records: CloseRecord[]) => string[]): string {
  const match = closeRegistry(xml);
  const body = match[2]!;
  const records = closeRecords(xml);
  const head = body.slice(0, body.indexOf(records[0]!.text));
  const next = `${match[1]}${head}${edit(records).join('')}${match[3]}`;
  return xml.slice(0, match.index) + next + xml.slice(match.index + match[0].length);
}

/** Sets the file's own <updated> date (the first one, before any registry). */
export function setUpdated(xml: string, date: string): string {
  if (!/<updated>[0-9-]+<\/updated>/.test(xml)) throw new SyntheticUpdateError('the file has no <updated> date');
  return xml.replace(/<updated>[0-9-]+<\/updated>/, `<updated>${date}</updated>`);
}

const span = (from: number, to: number): string => (from === to ? `${from}` : `${from}-${to}`);
const unassigned = (from: number, to: number): string =>
  `\n    <record>\n      <value>${span(from, to)}</value>\n      <description>Unassigned</description>\n      <contact/>\n    </record>`;

export interface Addition {
  readonly code: number;
  readonly description: string;
  /** An id from the file's <people>. */
  readonly contact: string;
  readonly date: string;
}

/** Registers `code`, which must lie in an Unassigned span: the span splits around it. */
export function addCode(xml: string, addition: Addition): string {
  const { code } = addition;
  return setUpdated(
    replaceRecords(xml, (records) => {
      const host = records.find((r) => r.from <= code && code <= r.to);
      if (!host || !UNASSIGNED.test(host.description)) throw new SyntheticUpdateError(`${code} is not in an Unassigned span`);
      return records.flatMap((r) => {
        if (r !== host) return [r.text];
        const record =
          `\n    <record date="${addition.date}">\n      <value>${code}</value>\n      <description>${addition.description}</description>\n` +
          `      <contact><xref type="person" data="${addition.contact}"/></contact>\n    </record>`;
        return [...(r.from < code ? [unassigned(r.from, code - 1)] : []), record, ...(code < r.to ? [unassigned(code + 1, r.to)] : [])];
      });
    }),
    addition.date,
  );
}

/** Changes the description of a registered code and marks the record updated. */
export function changeDescription(xml: string, code: number, description: string, date: string): string {
  return setUpdated(
    replaceRecords(xml, (records) => {
      const target = records.find((r) => r.from === code && isRegisteredCode(r));
      if (!target) throw new SyntheticUpdateError(`${code} is not a registered code`);
      return records.map((r) => {
        if (r !== target) return r.text;
        const dated = /updated="[^"]*"/.test(r.text)
          ? r.text.replace(/updated="[^"]*"/, `updated="${date}"`)
          : r.text.replace(/<record( [^>]*)?>/, (open, attributes: string | undefined) => `<record${attributes ?? ''} updated="${date}">`);
        return dated.replace(/<description>[\s\S]*?<\/description>/, `<description>${description}</description>`);
      });
    }),
    date,
  );
}

/** Withdraws a registered code the way IANA does: its value goes back to Unassigned, merged with neighbouring spans. */
export function withdrawCode(xml: string, code: number, date: string): string {
  return setUpdated(
    replaceRecords(xml, (records) => {
      const index = records.findIndex((r) => r.from === code && isRegisteredCode(r));
      if (index < 0) throw new SyntheticUpdateError(`${code} is not a registered code`);
      const before = records[index - 1];
      const after = records[index + 1];
      const mergeBefore = before !== undefined && before.description === 'Unassigned' && before.to + 1 === code;
      const mergeAfter = after !== undefined && after.description === 'Unassigned' && after.from === code + 1;
      const from = mergeBefore ? before.from : code;
      const to = mergeAfter ? after.to : code;
      return records.flatMap((r, i) => {
        if (i === index) return [unassigned(from, to)];
        if ((mergeBefore && i === index - 1) || (mergeAfter && i === index + 1)) return [];
        return [r.text];
      });
    }),
    date,
  );
}

/** A person id the file lists, for a synthetic registration. */
export function firstPerson(xml: string): string {
  const person = /<person id="([^"]+)">/.exec(xml);
  if (!person) throw new SyntheticUpdateError('the file lists no <person>');
  return person[1]!;
}
