// A small handshake-status table of the generator tests' own, so that what they assert about the
// rendered module, page and JSON stays true when registry/handshake-statuses.yaml changes.
import { checkHandshakeStatusesText, type HandshakeStatuses, type Registry } from '@wscodes-tools/registry';
import { fixtureRegistry } from './registry.ts';

const TEXT = `references:
  - id: rfc9110
    title: 'RFC 9110: HTTP Semantics'
    url: https://www.rfc-editor.org/rfc/rfc9110
classes:
  - class: 4
    name: Client error
    meaning: Refused as made.
    advice: { policy: do-not-retry, source: rfc, retryAfter: ignored, text: Fix the request. }
    sources: [{ ref: rfc9110, section: '15.5' }]
  - class: 5
    name: Server error
    meaning: The server failed.
    advice: { policy: backoff, source: rfc, retryAfter: honoured, text: Try later. }
    sources: [{ ref: rfc9110, section: '15.6' }]
statuses:
  - status: 503
    name: Service Unavailable
    meaning: Down for now.
    advice: { policy: backoff, source: rfc, retryAfter: honoured, text: Wait then back off. }
    sources: [{ ref: rfc9110, section: '15.6.4' }, { ref: rfc9110, section: '10.2.3' }]
  - status: 401
    name: Unauthorized
    meaning: No credentials.
    advice: { policy: do-not-retry, source: practice, retryAfter: ignored, text: Sign in again. }
    sources: [{ ref: rfc9110, section: '15.5.2' }]
`;

export function smallStatusTable(): HandshakeStatuses {
  const checked = checkHandshakeStatusesText(TEXT, 'registry/handshake-statuses.yaml');
  if (!checked.result) throw new Error(`the test table is invalid: ${JSON.stringify(checked.diagnostics)}`);
  return checked.result;
}

/** The fixture registry with the small table beside it. */
export const registryWithStatuses = (): Registry => ({ ...fixtureRegistry(), handshakeStatuses: smallStatusTable() });
