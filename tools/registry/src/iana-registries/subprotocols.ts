import { z } from 'zod';
import { TOKEN_PATTERN } from '../protocol.ts';
import { error, type IanaRule } from '../spec.ts';
import { defineIanaRegistry } from './define.ts';
import { tokenRules } from './token-rules.ts';

export const SUBPROTOCOL_USAGES = ['websocket', 'webrtc-datachannel'] as const;

// IANA's note: the table also holds identifiers for WebRTC data channels (RFC 8864). Which ones is
// curated from each entry's own references, and a curated usage must cite one of them.
const usageCitesReference: IanaRule = {
  id: 'usage-cites-reference',
  description: 'a curated usage names a reference IANA lists for the entry',
  needsWhole: [],
  check: (doc) =>
    doc.entries.flatMap((e, i) => {
      const usage = e.usage as { source?: string } | undefined;
      if (!usage?.source) return [];
      const cited = JSON.stringify(e.iana).includes(`"data":"${usage.source}"`);
      return cited ? [] : [error(['entries', i, 'usage', 'source'], `usage cites ${usage.source}, which IANA does not list for ${e.value}`, 'cite one of the references in its iana fields')];
    }),
};

export const subprotocols = defineIanaRegistry({
  id: 'subprotocols',
  file: 'registry/subprotocols.yaml',
  ianaId: 'subprotocol-name',
  title: 'Subprotocol names',
  noun: 'subprotocol',
  value: {
    element: 'id',
    schema: z.string().min(1).describe('The identifier sent in Sec-WebSocket-Protocol, case-sensitive, as registered.'),
    parse: (text) => (text.trim() ? text.trim() : undefined),
    words: 'a subprotocol identifier',
  },
  fields: [
    { element: 'common', kind: 'text', label: 'Subprotocol Common Name', description: 'Common name.' },
    { element: 'definition', kind: 'text-with-references', label: 'Subprotocol Definition', description: 'Where it is defined.' },
    { element: 'controller', kind: 'text-with-references', label: 'Change Controller', optional: true, description: 'Change controller.' },
  ],
  curated: {
    usage: z
      .strictObject({
        transports: z.array(z.enum(SUBPROTOCOL_USAGES)).min(1).describe('Where the identifier is used: over WebSocket, in WebRTC data channels, or both.'),
        source: z.string().min(1).describe('The reference (such as rfc8865) that says so; IANA lists it for the entry.'),
      })
      .optional()
      .describe('Curated: set where an entry is meant for WebRTC data channels. Absent means WebSocket.'),
    details: z.string().min(1).optional().describe('Curated Markdown for a page of its own; without it the entry is a row of the registry page.'),
  },
  placeholder: () => ({}),
  rules: [...tokenRules('subprotocol', TOKEN_PATTERN), usageCitesReference],
});
