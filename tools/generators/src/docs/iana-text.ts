// IANA's text as Markdown, for the pages of IANA's other WebSocket registries: references, text with
// references, and whole records. The text is IANA's, verbatim; Markdown only collapses its white space.
import type { Contact, IanaRecord, RecordField, textWithReferences, xref } from '@wscodes-tools/registry';
import type { z } from 'zod';
import { inline, link, referenceLink } from '../output/markdown.ts';

export type Xref = z.output<typeof xref>;
export type TextWithReferences = z.output<typeof textWithReferences>;

/** Where a page finds the people a record names: their records, and the heading that lists them. */
export interface PeopleContext {
  readonly people: readonly Contact[];
  /** The link to the People section of the registry page, from the page being written. */
  readonly peopleLink: string;
}

/**
 * One IANA reference: an RFC or an erratum links to the RFC Editor and a URI links as it is (as on
 * the close-code pages), a draft links to the IETF datatracker, a person links to the registry
 * page's list of people, and a text reference is shown as IANA wrote it.
 */
export function xrefMarkdown(ref: Xref, context: PeopleContext): string {
  if (ref.type === 'person' && ref.data) {
    const person = context.people.find((p) => p.id === ref.data);
    return link(person?.name ?? ref.data, context.peopleLink);
  }
  if ((ref.type === 'rfc' || ref.type === 'rfc-errata' || ref.type === 'uri') && ref.data) {
    const { text, url } = referenceLink({ type: ref.type, data: ref.data });
    const label = ref.text?.trim() ? ref.text : text;
    return url ? link(label, url) : inline(label);
  }
  // A draft by name links to its revision on the IETF datatracker.
  if (ref.type === 'draft' && ref.data && /^draft-[a-z0-9-]+$/.test(ref.data)) return link(ref.text?.trim() ? ref.text : ref.data, `https://datatracker.ietf.org/doc/html/${ref.data}`);
  return inline(ref.text?.trim() ? ref.text : (ref.data ?? ''));
}

/** IANA's mixed text: each run escaped, each reference rendered, the spaces between them kept. */
export function textWithReferencesMarkdown(parts: TextWithReferences, context: PeopleContext): string {
  let markdown = '';
  for (const part of parts) {
    const next = 'xref' in part ? xrefMarkdown(part.xref, context) : spaced(part.text);
    // Text ending in ! before a link would make it an image.
    markdown = (next.startsWith('[') && markdown.endsWith('!') ? `${markdown.slice(0, -1)}\\!` : markdown) + next;
  }
  return markdown.replace(/ {2,}/g, ' ').trim();
}

/** A run of text inside a line: escaped as inline text, with a space kept where IANA had white space at either end. */
const spaced = (text: string): string => {
  const body = inline(text);
  if (body === '') return /\s/.test(text) ? ' ' : '';
  return `${/^\s/.test(text) ? ' ' : ''}${body}${/\s$/.test(text) ? ' ' : ''}`;
};

/** A record field as Markdown: plain text escaped, text with references rendered; '' when IANA gives none. */
export function fieldMarkdown(record: IanaRecord, field: Pick<RecordField, 'element' | 'kind'>, context: PeopleContext): string {
  const value = record[field.element];
  if (value === undefined) return '';
  if (typeof value === 'string') return inline(value);
  return textWithReferencesMarkdown(value as TextWithReferences, context);
}

/** A record's references, comma-separated; '' when it has none. */
export const referencesMarkdown = (record: IanaRecord, context: PeopleContext): string =>
  record.references.map((ref) => xrefMarkdown(ref, context)).join(', ');

/** The heading IANA's own table gives the field, as the module declares it. */
export const fieldLabel = (field: Pick<RecordField, 'label'>): string => field.label;

/** What a table cell shows where IANA gives nothing: an empty cell would break the lint's table style. */
export const EMPTY_CELL = '—';
