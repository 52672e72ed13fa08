// A small protocol catalogue of the generator tests' own, beside the fixture registry, so that what
// the tests assert about the protocol pages and data never depends on registry/protocols/.
import { checkProtocolFiles, type Registry } from '@wscodes-tools/registry';
import { fixtureRegistry } from './registry.ts';

const verdict = (policy: string, source = 'protocol') => `{ policy: ${policy}, source: ${source}, advice: "${policy} advice." }`;

export const ALPHA = `id: alpha
name: Alpha Protocol
subprotocols: [alpha.v1]
summary: Alpha gives meaning by range.
notes: [Alpha is not beta.]
source:
  url: https://example.org/alpha
  revision: r1
  retrieved: 2026-01-02
ranges:
  - range: 4100-4199
    name: Later
    meaning: Come back later.
    section: Ranges
    reconnect: { policy: backoff, source: protocol, delay: { minSeconds: 1, source: protocol }, advice: "Back off." }
codes:
  - code: 3000
    key: Clash
    name: Clash
    meaning: Alpha's clash with IANA.
    section: Codes
    ianaOverlap: collision
    reconnect: ${verdict('backoff')}
  - code: 3100
    key: Squat
    name: Squat
    meaning: Alpha squats in 3xxx.
    section: Codes
    ianaOverlap: unregistered-range
    reconnect: ${verdict('do-not-retry')}
  - code: 4001
    key: AlphaFatal
    name: Alpha fatal
    meaning: Alpha's 4001.
    section: Codes
    definedBy: library
    reconnect: ${verdict('do-not-retry', 'client')}
`;

export const BETA = `id: beta
name: Beta Protocol
subprotocols: []
summary: Beta.
source:
  url: https://example.org/beta
  retrieved: 2026-01-03
codes:
  - code: 4001
    key: BetaRetry
    name: Beta retry
    meaning: Beta's 4001.
    section: Close codes
    reconnect: ${verdict('backoff', 'practice')}
  - code: 4002
    key: BetaOnly
    name: Beta only
    meaning: Beta's 4002.
    section: Close codes
    reconnect: ${verdict('depends')}
`;

/** The second-wave fields: codes in a close message of its own, an alias, deprecation, reason tokens under an IANA code, a withdrawn code. */
export const GAMMA = `id: gamma
name: Gamma Protocol
subprotocols: []
summary: Gamma sends its codes in its own close message.
carriedIn: protocol-message
carriedInNote: Gamma sends c[code] and its client hands it to onclose.
aliases:
  - { id: gamma-server, name: Gamma Server, url: "https://example.org/gamma-server", notes: [Same codes.] }
deprecated: { note: Use Gamma 2., url: "https://example.org/gamma-2" }
source:
  url: https://example.org/gamma
  retrieved: 2026-01-04
codes:
  - code: 1002
    key: Interrupted
    name: Interrupted
    meaning: Gamma's own 1002.
    section: Close
    ianaOverlap: collision
    reconnect: ${verdict('backoff')}
  - code: 1011
    key: ServerError
    name: Server error
    meaning: IANA's 1011, as Gamma sends it.
    section: Errors
    ianaOverlap: same-meaning
    reasons:
      - { token: NET-0001, meaning: No data arrived in time., reconnect: { policy: backoff, source: protocol, advice: "Send data sooner." } }
      - { token: NET-0000, name: Idle, meaning: Nothing went back in time., section: Timeouts }
    reconnect: ${verdict('depends')}
  - code: 2010
    key: StillOpen
    name: Still open
    meaning: Another connection is open.
    section: Close
    ianaOverlap: collision
    reconnect: ${verdict('do-not-retry')}
  - code: 4003
    key: Refused
    name: Refused
    meaning: Gamma's old 4003.
    section: Close
    withdrawn: { date: 2025-05-06, url: "https://example.org/gamma/pull/1", note: Gamma now sends a notice instead. }
    reconnect: ${verdict('do-not-retry')}
`;

/** The fixture registry with the small catalogue beside it. */
export function registryWithCatalogue(): Registry {
  const registry = fixtureRegistry();
  const { catalogue, problems } = checkProtocolFiles(
    [
      { file: 'registry/protocols/alpha.yaml', text: ALPHA },
      { file: 'registry/protocols/beta.yaml', text: BETA },
      { file: 'registry/protocols/gamma.yaml', text: GAMMA },
    ],
    registry,
  );
  if (!catalogue) throw new Error(`the test catalogue is invalid:\n${problems.map((p) => `${p.file}:${p.diagnostic.line}: ${p.diagnostic.message}`).join('\n')}`);
  return { ...registry, protocols: catalogue };
}
