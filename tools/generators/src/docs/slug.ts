import type { CloseCodeEntry } from '@wscodes-tools/registry';

/**
 * The file name of a code's page: the code and its key in kebab case (1000-normal-closure.md).
 * From the key, not the name: keys never change once released, so links stay valid.
 */
export const codePageName = (entry: Pick<CloseCodeEntry, 'code' | 'key'>): string =>
  `${entry.code}-${entry.key
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()}.md`;
