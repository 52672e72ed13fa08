import { z } from 'zod';
import { REGISTRABLE_HEADER_BITS } from '../protocol.ts';
import { defineIanaRegistry } from './define.ts';

export const headerBits = defineIanaRegistry({
  id: 'headerBits',
  file: 'registry/header-bits.yaml',
  ianaId: 'framing-header-bits',
  title: 'Framing header bits',
  constants: 'HeaderBit',
  noun: 'header bit',
  value: {
    element: 'value',
    schema: z.enum(REGISTRABLE_HEADER_BITS).describe('The bit, as RFC 6455 section 5.2 names it.'),
    parse: (text) => (REGISTRABLE_HEADER_BITS as readonly string[]).includes(text) ? (text as (typeof REGISTRABLE_HEADER_BITS)[number]) : undefined,
    words: `one of ${REGISTRABLE_HEADER_BITS.join(', ')}`,
  },
  fields: [{ element: 'description', kind: 'text', label: 'Description', description: "IANA's description of what the bit means." }],
  curated: {
    key: z
      .string()
      .regex(/^[A-Z][A-Za-z0-9]*$/, 'a key is a PascalCase identifier such as Rsv1')
      .describe('Constant name in @wscodes/core (HeaderBit.Rsv1). Never changes once released.'),
  },
  placeholder: (value) => ({ key: value.charAt(0) + value.slice(1).toLowerCase() }),
});
