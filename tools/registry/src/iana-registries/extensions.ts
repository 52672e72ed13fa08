import { z } from 'zod';
import { TOKEN_PATTERN } from '../protocol.ts';
import { defineIanaRegistry } from './define.ts';
import { tokenRules } from './token-rules.ts';

export const extensions = defineIanaRegistry({
  id: 'extensions',
  file: 'registry/extensions.yaml',
  ianaId: 'extension-name',
  title: 'Extension names',
  noun: 'extension',
  value: {
    element: 'id',
    schema: z.string().min(1).describe('The extension token sent in Sec-WebSocket-Extensions.'),
    parse: (text) => (text.trim() ? text.trim() : undefined),
    words: 'an extension token',
  },
  fields: [
    { element: 'common', kind: 'text', label: 'Extension Common Name', description: 'Common name.' },
    { element: 'definition', kind: 'text-with-references', label: 'Extension Definition', description: 'Where it is defined.' },
    { element: 'incompatible', kind: 'text', label: 'Known Incompatible Extensions', description: 'Extensions it cannot be combined with.' },
    { element: 'controller', kind: 'text-with-references', label: 'Change Controller', optional: true, description: 'Change controller.' },
  ],
  curated: {
    details: z.string().min(1).optional().describe('Curated Markdown for a page of its own; without it the entry is a row of the registry page.'),
  },
  placeholder: () => ({}),
  rules: tokenRules('extension', TOKEN_PATTERN),
});
