import { z } from 'zod';
import { constantKeyFromName } from '../keys.ts';
import { OPCODE_SPACE } from '../protocol.ts';
import { defineIanaRegistry } from './define.ts';

export const opcodes = defineIanaRegistry({
  id: 'opcodes',
  file: 'registry/opcodes.yaml',
  ianaId: 'opcode',
  title: 'Opcodes',
  constants: 'Opcode',
  noun: 'opcode',
  value: {
    element: 'value',
    schema: z.number().int('an opcode is a whole number').min(OPCODE_SPACE.from).max(OPCODE_SPACE.to, 'an opcode is 4 bits: 0-15'),
    parse: (text) => (/^\d{1,2}$/.test(text) && Number(text) <= OPCODE_SPACE.to ? Number(text) : undefined),
    space: OPCODE_SPACE,
    words: `an opcode, ${OPCODE_SPACE.from}-${OPCODE_SPACE.to}`,
  },
  fields: [{ element: 'description', kind: 'text', label: 'Description', description: "IANA's description." }],
  curated: {
    key: z
      .string()
      .regex(/^[A-Z][A-Za-z0-9]*$/, 'a key is a PascalCase identifier such as Close')
      .describe('Constant name in @wscodes/core (Opcode.Close). Never changes once released.'),
  },
  placeholder: (_value, iana) => ({ key: constantKeyFromName(String(iana.description ?? '').replace(/\bframe\b/i, '')) }),
});
