import type { CloseCodeEntry, Registry } from '@wscodes-tools/registry';
import { codePagePath, reconnectBlocks } from './code-page.ts';
import { inline, link } from './markdown.ts';
import { githubSlug } from './slug.ts';

/**
 * Curated guidance for the closes people search for. The prose is the generator's own; every
 * fact about a code (its name, summary, rules and reconnect advice) comes from the registry.
 */
interface Guide {
  readonly code: number;
  /** What the close means, in a sentence or two, for someone staring at a log. */
  readonly meaning: string;
  /** Things to check, most likely first. Markdown written here, never registry text. */
  readonly checks: readonly string[];
}

const GUIDES: readonly Guide[] = [
  {
    code: 1006,
    meaning:
      'No Close frame arrived. The connection ended without a closing handshake, so the peer sent no code at all: your own WebSocket implementation reports 1006, with an empty `reason` and `event.wasClean === false`.',
    checks: [
      'Did the connection ever open? If the `open` event never fired, the opening handshake failed. Browsers report DNS errors, refused connections, TLS errors and HTTP errors on the upgrade request (such as 401, 403, 404 or 502) all as 1006 with no detail, on purpose. The browser console and the Network panel (filter by WS) show the real cause.',
      "Do the drops come after a fixed time of silence? Proxies and load balancers close idle connections; nginx's `proxy_read_timeout` defaults to 60 seconds. Send heartbeats more often than the shortest idle timeout on the path.",
      'Is there a reverse proxy in front of the server? It must pass the upgrade through: nginx, for example, needs `proxy_http_version 1.1` and must forward the `Upgrade` and `Connection` headers.',
      'Did the server crash or restart? A server process that exits without closing its sockets leaves every client with 1006. Check its logs at the time of the close.',
      'Did the device sleep or change networks? Mobile devices and laptops drop connections when they suspend or switch from Wi-Fi to cellular.',
      "In Node with the `ws` package, the `error` event fires before `close` and carries the cause, such as `Unexpected server response: 502`.",
    ],
  },
  {
    code: 1005,
    meaning:
      'The peer closed the connection properly, but its Close frame had an empty body, so there was no code to report. The close was orderly (`event.wasClean === true`); only the explanation is missing.',
    checks: [
      'Who called `close()` without a code? In the browser, `socket.close()` with no arguments sends an empty Close frame, and so does `close()` without a code in many server libraries, including Node\'s `ws`.',
      'Was the close expected? If your app or the server ended the session on purpose, treat it like 1000 and do nothing.',
      'If you own the peer, close with an explicit code, such as 1000 and a short reason, so the other side can tell an orderly end from a problem.',
      'Never send 1005 yourself: `socket.close(1005)` throws an `InvalidAccessError`, and a Close frame carrying 1005 is a protocol error.',
    ],
  },
  {
    code: 1009,
    meaning: 'The peer received a message bigger than it is willing to accept, and closed the connection instead of processing it.',
    checks: [
      'Which message was it? Usually the last one sent before the close: a file, an image, or a JSON document that has grown over time.',
      "What is the receiver's limit? Most libraries set one: Node's `ws` has `maxPayload` (100 MiB by default), Python's `websockets` has `max_size` (1 MiB by default), and gorilla/websocket has `SetReadLimit`. Some apply it to the decompressed size when `permessage-deflate` is on.",
      'Split large payloads into smaller messages, paginate or compress them, or send a link and fetch the data over HTTP. If you control the receiver, raise its limit.',
    ],
  },
  {
    code: 1011,
    meaning: 'The server hit an unexpected condition while handling the connection: the WebSocket counterpart of an HTTP 500.',
    checks: [
      'Read the server logs at the time of the close. An unhandled exception in a message handler, or a failed dependency such as a database or an upstream API, is the usual cause.',
      'Look at `event.reason`. Servers often put a short hint there (at most 123 bytes).',
      'Does one particular message always trigger it? Then the server mishandles that input: report it to the server\'s owner along with the message.',
      'Otherwise the error may be transient: reconnect with backoff, and cap the number of attempts.',
    ],
  },
  {
    code: 1008,
    meaning:
      'The other side refused you on purpose, because something broke one of its rules. 1008 is the generic code for that, used when no more specific code fits.',
    checks: [
      'Read `event.reason`. Servers often name the rule there, though some keep it vague on purpose.',
      'Authentication: a missing, invalid or expired token, whether it travels in the URL, a cookie or the first message.',
      'Origin: servers compare the handshake\'s `Origin` header with an allow-list. A new domain or port, or `http` instead of `https`, changes the origin.',
      'Limits: too many connections, messages or subscriptions from the same user or address.',
      'Content: a message the application does not accept.',
      'Fix the cause before reconnecting. A reconnect loop with the same credentials is refused again, and may count against a rate limit.',
    ],
  },
];

const heading = (code: number) => `My socket closed with ${code}`;

/** The guides whose code the registry has, in the order above. */
function sectionsFor(registry: Registry): { guide: Guide; entry: CloseCodeEntry }[] {
  return GUIDES.flatMap((guide) => {
    const entry = registry.codes.find((c) => c.code === guide.code);
    return entry ? [{ guide, entry }] : [];
  });
}

/** The codes troubleshooting.md covers, for the index to announce. */
export const troubleshootingCodes = (registry: Registry): number[] => sectionsFor(registry).map((s) => s.entry.code);

/** troubleshooting.md: one section per guide whose code the registry has. */
export function troubleshootingPage(registry: Registry): string {
  const sections = sectionsFor(registry);
  return [
    '# Troubleshooting: why did my WebSocket close?',
    '[All codes](README.md) · [Ranges](ranges.md)',
    'A close event tells you three things: `event.code`, `event.reason` (often empty) and `event.wasClean`. ' +
      'Start from the code. `describeCloseCode(event.code)` from `@wscodes/core` gives its name and the advice below.',
    sections.map(({ guide }) => `- [${heading(guide.code)}](#${githubSlug(heading(guide.code))})`).join('\n'),
    ...sections.flatMap(({ guide, entry }) => section(guide, entry)),
    '## Another code?',
    'Look it up in the [index of every code](README.md). A code from 4000 to 4999 is private: the application that sent it defines it. A code from 3000 to 3999 without an entry is unregistered, so its sender defines it.',
  ].join('\n\n');
}

function section(guide: Guide, entry: CloseCodeEntry): string[] {
  return [
    `## ${heading(guide.code)}`,
    `${link(`${entry.code} ${entry.name}`, codePagePath(entry))}: ${inline(entry.summary)}`,
    guide.meaning,
    `### What to check for ${entry.code}`,
    guide.checks.map((check, i) => `${i + 1}. ${check}`).join('\n'),
    `### Reconnect after ${entry.code}?`,
    ...reconnectBlocks(entry),
  ];
}
