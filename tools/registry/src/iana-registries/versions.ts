import { z } from 'zod';
import { error } from '../spec.ts';
import { SUPPORTED_VERSION, VERSION_SPACE } from '../protocol.ts';
import { defineIanaRegistry } from './define.ts';

export const versions = defineIanaRegistry({
  id: 'versions',
  file: 'registry/versions.yaml',
  ianaId: 'version-number',
  title: 'Version numbers',
  noun: 'version',
  value: {
    element: 'value',
    schema: z.number().int('a version is a whole number').min(VERSION_SPACE.from).max(VERSION_SPACE.to, 'a version is 0-255 (RFC 6455 section 4.1)'),
    parse: (text) => (/^(0|[1-9]\d{0,2})$/.test(text) && Number(text) <= VERSION_SPACE.to ? Number(text) : undefined),
    words: `a version number, ${VERSION_SPACE.from}-${VERSION_SPACE.to}`,
  },
  fields: [
    { element: 'status', kind: 'text', label: 'Status', description: 'Standard, Interim, or empty for a reserved number.' },
    { element: 'controller', kind: 'text-with-references', label: 'Change Controller', optional: true, description: 'Change controller.' },
  ],
  curated: {},
  placeholder: () => ({}),
  rules: [
    {
      id: 'supported-version-registered',
      description: `version ${SUPPORTED_VERSION}, the one RFC 6455 speaks, is registered as Standard`,
      needsWhole: ['entries'],
      check(doc) {
        const at = doc.entries.findIndex((e) => e.value === SUPPORTED_VERSION);
        if (at >= 0 && doc.entries[at]!.iana.status === 'Standard') return [];
        return [
          error(at >= 0 ? ['entries', at, 'iana', 'status'] : ['entries'], `version ${SUPPORTED_VERSION} must be registered with status Standard: RFC 6455 section 4.1 requires it`, 'sync the registry from IANA (npm run sync:iana); a withdrawal of 13 would need a new protocol version in tools/registry/src/protocol.ts'),
        ];
      },
    },
  ],
});
