import type { CloseCodeEntry } from '@wscodes-tools/registry';

/**
 * The anchor GitHub gives a heading: lower case, every character that is not a letter, mark,
 * number, `_`, `-` or space removed, then each space turned into `-`. (npm's renderer agrees.)
 * A repeated heading would get -1, -2...; the pages are built so that headings do not repeat.
 */
export const githubSlug = (headingText: string): string =>
  headingText
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');

/**
 * The file name of a code's page: the code and its key in kebab case (1000-normal-closure.md).
 * From the key, not the name: keys never change once released, so links stay valid.
 */
export const codePageName = (entry: Pick<CloseCodeEntry, 'code' | 'key'>): string =>
  `${entry.code}-${entry.key
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()}.md`;
