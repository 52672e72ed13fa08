import type { HandshakeStatusClassInfo, HandshakeStatuses, HandshakeStatusInfo } from '@wscodes-tools/registry';
import { githubSlug, inline, link, md, safeUrl, table } from '../output/markdown.ts';
import { classHeading, statusHeading } from '../status-headings.ts';
import { POLICY_LABEL } from './facts.ts';

// handshake-statuses.md: the HTTP statuses that refuse a WebSocket upgrade, from
// registry/handshake-statuses.yaml. The words per status are the registry's; this page lays them out.

export const HANDSHAKE_STATUSES_PAGE = 'handshake-statuses.md';

const SOURCE_WORDS = { rfc: 'the RFCs cited', practice: 'common practice' } as const;

/** The status the Python example's server refuses with: 503 (the refusal that most often carries Retry-After), else the first that honours it. */
export const exampleStatus = (data: HandshakeStatuses): HandshakeStatusInfo | undefined => {
  const honouring = data.statuses.filter((s) => s.advice.retryAfter === 'honoured' && s.advice.policy === 'backoff');
  return honouring.find((s) => s.status === 503) ?? honouring[0];
};

export function handshakeStatusesPage(data: HandshakeStatuses): string {
  const example = exampleStatus(data);
  return [
    '# Refused handshakes: an HTTP status instead of 101',
    '[All codes](README.md) · [Troubleshooting](troubleshooting.md)',
    'A server that will not take a WebSocket connection answers the opening handshake with an HTTP status other than ' +
      '101 Switching Protocols, and the client fails the connection (RFC 6455 §4.1). This is not a close: no Close frame is ever sent. ' +
      'A browser hides the status and reports close code 1006; a client in Node (`ws`), Python (`websockets`) or Go sees it, and there the status, ' +
      'not the close code the library reports, says whether to reconnect.',
    'In code, `describeHandshakeStatus(status, retryAfter)` from `@wscodes/core/http-status` gives the meaning and advice below, with the wait a `Retry-After` header asks for, ' +
      "and `planReconnect` takes it as `context.handshake`. `npx wscodes status 503` prints the same. `@wscodes/schema/handshake-statuses.json` is this table as JSON, for any language.",
    '## Statuses',
    'A status the table does not list gets the answer of its class: RFC 9110 §15 reads an unrecognized status as the x00 status of its class (an unknown 4xx as 400). ' +
      '**Retry-After**: honoured means a `Retry-After` header (delay-seconds or an HTTP-date, RFC 9110 §10.2.3) sets the shortest wait before reconnecting; ignored means the status is not retried automatically.',
    table(
      ['Status', 'Name', 'Reconnect', 'Retry-After'],
      [
        ...data.statuses.map((s) => [md(link(String(s.status), `#${githubSlug(statusHeading(s))}`)), s.name, POLICY_LABEL[s.advice.policy], s.advice.retryAfter]),
        ...data.classes.map((c) => [md(link(`other ${c.class}xx`, `#${githubSlug(classHeading(c))}`)), c.name, POLICY_LABEL[c.advice.policy], c.advice.retryAfter]),
      ],
    ),
    ...data.statuses.flatMap((s) => section(statusHeading(s), s)),
    ...data.classes.flatMap((c) => section(classHeading(c), c)),
    ...(example ? pythonSection(example) : []),
  ].join('\n\n');
}

function section(heading: string, entry: HandshakeStatusInfo | HandshakeStatusClassInfo): string[] {
  const sources = entry.sources.map((s) => {
    const text = `${s.title.split(':')[0]} §${s.section}`;
    const url = safeUrl(`${s.url}#section-${s.section}`);
    return url ? link(text, url) : inline(text);
  });
  return [
    `## ${inline(heading)}`,
    inline(entry.meaning),
    `**Reconnect:** ${POLICY_LABEL[entry.advice.policy]} (${SOURCE_WORDS[entry.advice.source]}). ${inline(entry.advice.text)}`,
    `**Retry-After:** ${entry.advice.retryAfter}. **Sources:** ${sources.join(', ')}.`,
  ];
}

/**
 * Reading the status in Python's websockets, as a runnable example (tools/generators/test/examples.test.ts
 * runs it against Debian's python3-websockets, with a local server that refuses with `example`).
 */
function pythonSection(example: HandshakeStatusInfo): string[] {
  return [
    '## Python `websockets`: read the status',
    'websockets raises `InvalidStatusCode` (with `.status_code` and `.headers`) up to version 13, the one Debian ships as 10.4, and `InvalidStatus` ' +
      '(with `.response.status_code` and `.response.headers`) from version 14. This reads both, then looks the status up in `@wscodes/schema/handshake-statuses.json`:',
    '```python\n' +
      [
        'import asyncio',
        'import json',
        '',
        'import websockets',
        '',
        'with open("node_modules/@wscodes/schema/handshake-statuses.json", encoding="utf-8") as f:',
        '    TABLE = json.load(f)',
        '',
        '',
        'def refused(error):',
        '    """(status, Retry-After) of a refused handshake, or None for another handshake failure."""',
        '    response = getattr(error, "response", None)',
        '    if response is not None:  # websockets 14 and later: InvalidStatus',
        '        return response.status_code, response.headers.get("Retry-After")',
        '    if hasattr(error, "status_code"):  # up to 13: InvalidStatusCode',
        '        return error.status_code, error.headers.get("Retry-After")',
        '    return None',
        '',
        '',
        'def advice(status):',
        '    """The table\'s entry for a status, else its class\'s (RFC 9110 15)."""',
        '    entry = next((s for s in TABLE["statuses"] if s["status"] == status), None)',
        '    return entry or next(c for c in TABLE["classes"] if c["class"] == status // 100)',
        '',
        '',
        'async def main():',
        '    try:',
        '        async with websockets.connect("ws://127.0.0.1:8080/live"):',
        '            pass',
        '    except websockets.exceptions.InvalidHandshake as error:',
        '        status, retry_after = refused(error) or (None, None)',
        '        if status is None:',
        '            raise',
        '        entry = advice(status)',
        '        print(f"HTTP {status} {entry[\'name\']}: {entry[\'advice\'][\'policy\']}, Retry-After {retry_after}")',
        '',
        '',
        'asyncio.run(main())',
      ].join('\n') +
      '\n```',
    `Against a server that refuses with ${example.status} and \`Retry-After: 120\`, it prints \`HTTP ${example.status} ${example.name}: ${example.advice.policy}, Retry-After 120\`.`,
  ];
}
