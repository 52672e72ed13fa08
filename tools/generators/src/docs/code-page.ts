import type { AdviceSource, Classification, CloseCodeEntry, IanaData, ReconnectAdvice, Registry } from '@wscodes-tools/registry';
import { API_CLOSE_ONLY, POLICY_LABEL, SOURCE_LABEL, apiAllowed, rangeOf, spanText } from './facts.ts';
import { githubSlug, inline, link, paragraphs, referenceLink } from '../output/markdown.ts';
import { codePageName } from './slug.ts';
import { LIBRARIES, type ExampleLibraries } from './libraries.ts';

export const CODES_DIR = 'codes/';

/** The heading of a range's section in ranges.md, shared so links and anchors agree. */
export const rangeHeading = (range: { from: number; to: number; name: string }): string => `${spanText(range)} ${range.name}`;

export const PENDING_NOTE =
  '> **Pending review.** The curated text of this entry (name, summary, advice and details) is a placeholder that has not been reviewed yet. The IANA data and the wire rules are final.';

/** One page per code: summary, rules, details, reconnect advice, IANA data, an example, and links around. */
export function codePage(registry: Registry, index: number, libraries: ExampleLibraries = LIBRARIES): string {
  const entry = registry.codes[index]!;
  const previous = registry.codes[index - 1];
  const next = registry.codes[index + 1];
  const range = rangeOf(registry, entry.code);
  const title = `${entry.code} ${entry.name}`;
  const around = [
    previous ? `Previous: ${link(`${previous.code} ${previous.name}`, codePageName(previous))}` : undefined,
    next ? `Next: ${link(`${next.code} ${next.name}`, codePageName(next))}` : undefined,
    '[All codes](../README.md)',
  ].filter(Boolean);

  return [
    `# ${inline(title)}`,
    '[All codes](../README.md) · [Ranges](../ranges.md) · [Troubleshooting](../troubleshooting.md)',
    notices(entry),
    inline(entry.summary),
    '## Wire and API rules',
    [
      `- **Constant:** ${constantRule(entry)}`,
      range ? `- **Range:** ${link(rangeHeading(range), `../ranges.md#${githubSlug(rangeHeading(range))}`)}` : undefined,
      `- **Sending:** ${sendingRule(entry)}`,
      `- **Receiving:** ${receivingRule(entry)}`,
      `- **WebSocket API:** ${apiRule(entry, libraries)}`,
    ]
      .filter(Boolean)
      .join('\n'),
    '## Details',
    ...paragraphs(entry.details),
    '## Reconnect',
    ...reconnectBlocks(entry),
    reconnectStructure(entry.reconnect),
    '## In logs',
    logBlock(entry, entry.withdrawn && range ? range.classify : entry.classify),
    '## IANA registration',
    entry.withdrawn ? 'IANA no longer lists this record; this is how it read before the withdrawal:' : undefined,
    ianaSection(entry.iana),
    '## Example',
    example(entry, libraries),
    '---',
    around.join(' · '),
  ]
    .filter((block): block is string => block !== undefined)
    .join('\n\n');
}

/** The notes that open a page, as one blockquote: two quotes with a blank line between read as one (MD028). */
function notices(entry: CloseCodeEntry): string | undefined {
  const notes = [entry.withdrawn ? withdrawnNote(entry) : undefined, entry.pending ? PENDING_NOTE : undefined].filter((n) => n !== undefined);
  return notes.length > 0 ? notes.join('\n>\n') : undefined;
}

/** Said first on a withdrawn code's page: when, why, and what became of its constant. */
function withdrawnNote(entry: CloseCodeEntry): string {
  const w = entry.withdrawn!;
  const constant =
    w.constant === 'deprecated'
      ? `\`CloseCode.${entry.key}\` is deprecated and goes in the next major release.`
      : `\`CloseCode.${entry.key}\` has been removed; use the number ${entry.code}.`;
  return `> **Withdrawn.** IANA withdrew ${entry.code} on ${inline(w.date)}: ${inline(w.reason)}. Its rules below are now those of any unregistered code in its range. ${constant}`;
}

function constantRule(entry: CloseCodeEntry): string {
  if (entry.withdrawn?.constant === 'removed') return `none: \`CloseCode.${entry.key}\` was removed after the withdrawal`;
  const deprecated = entry.withdrawn ? ' (deprecated: withdrawn)' : '';
  return `\`CloseCode.${entry.key}\` in \`@wscodes/core\`${deprecated}`;
}

/** The advice, then the policy as @wscodes/core reports it (the advice usually says it in words). */
export const reconnectBlocks = (entry: CloseCodeEntry): string[] => [
  inline(entry.reconnect.advice),
  `In code: \`describeCloseCode(${entry.code}).reconnect.policy\` is \`'${entry.reconnect.policy}'\` (${POLICY_LABEL[entry.reconnect.policy]}).`,
];

/** The structured parts of the advice, each with its source, as @wscodes/core returns them. */
export function reconnectStructure(reconnect: ReconnectAdvice): string {
  const from = (source: AdviceSource) => `(source: ${SOURCE_LABEL[source]})`;
  const { delay } = reconnect;
  return [
    `- **Policy:** ${POLICY_LABEL[reconnect.policy]} ${from(reconnect.source)}`,
    delay
      ? `- **Delay:** ${delay.randomized ? 'a random wait of ' : ''}${delay.minSeconds === delay.maxSeconds ? delay.minSeconds : `${delay.minSeconds} to ${delay.maxSeconds}`} seconds ${from(delay.source)}`
      : undefined,
    ...reconnect.conditions.map((c) => `- **Condition:** ${inline(c.text)} ${from(c.source)}`),
  ]
    .filter(Boolean)
    .join('\n');
}

const OUTCOME_TEXT: Readonly<Record<Classification['outcome'], string>> = { expected: 'an expected end', failure: 'a failure worth attention' };
const SIDE_TEXT: Readonly<Record<Classification['likelySide'], string>> = {
  client: 'the client',
  server: 'the server',
  network: 'the network between them, or a dropped connection',
  unknown: 'either side: the code does not say',
};

/** The registry's classification, as classifyClose and formatClose in @wscodes/core/classify report it (a withdrawn code's: its range's). */
function logBlock(entry: CloseCodeEntry, c: Classification): string {
  return [
    `- **Outcome:** ${OUTCOME_TEXT[c.outcome]}`,
    `- **Log level:** \`${c.logLevel}\``,
    `- **Likely side:** ${SIDE_TEXT[c.likelySide]}`,
    `- **In words:** ${inline(c.cause ?? '')}`,
    '',
    `In code: \`classifyClose(event)\` from \`@wscodes/core/classify\` says so; \`formatClose(event)\` writes one log line with the code, the name and \`(${c.outcome}, ${c.likelySide})\`. A close with \`wasClean: false\` on an expected code counts as a failure.`,
  ].join('\n');
}

function sendingRule(entry: CloseCodeEntry): string {
  return entry.send
    ? `an endpoint may put ${entry.code} in a Close frame.`
    : `never. No endpoint may put ${entry.code} in a Close frame.`;
}

function receivingRule(entry: CloseCodeEntry): string {
  return entry.receive
    ? `valid. A receiver accepts ${entry.code} in a Close frame.`
    : `invalid. A receiver that finds ${entry.code} in a Close frame commonly fails the connection with 1002 (Protocol Error), as Autobahn|Testsuite 7.9 expects. RFC 6455 only forbids sending it, so a receiver that accepts it also conforms.`;
}

function apiRule(entry: CloseCodeEntry, libraries: ExampleLibraries): string {
  if (apiAllowed(entry)) return `\`close(${entry.code})\` is allowed.`;
  const library = libraries.wsSends(entry.code) ? 'their WebSocket library' : 'a WebSocket library that takes any code (not ws, which checks its own list)';
  const sent = entry.send ? ` Servers and non-browser clients send it through ${library} instead.` : '';
  return `\`close(${entry.code})\` throws an \`InvalidAccessError\`: the API accepts only ${API_CLOSE_ONLY}.${sent}`;
}

function ianaSection(iana: IanaData | undefined): string {
  if (!iana) return 'IANA has no record of its own for this code.';
  const references = iana.references.map((r) => {
    const { text, url } = referenceLink(r);
    return url ? link(text, url) : inline(text);
  });
  return [
    `- **Description:** ${inline(iana.description)}`,
    `- **Contact:** ${iana.contact ? `${inline(iana.contact.name)} (${inline(iana.contact.uri)})` : 'none listed'}`,
    `- **References:** ${references.length > 0 ? references.join(', ') : 'none listed'}`,
    iana.date ? `- **Registered:** ${inline(iana.date)}` : undefined,
    iana.updated ? `- **Last updated:** ${inline(iana.updated)}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A short example with @wscodes/core. Only the key (a checked identifier) and the code (a number)
 * come from the registry, so no registry text can end the code block. A code is sent only through
 * an API that accepts it: the browser's close() for 1000 and 3000-4999, ws for the codes on ws's own
 * list, and websocket-driver (which sends any code it is given) for a code IANA registered after ws's list.
 */
function example(entry: CloseCodeEntry, libraries: ExampleLibraries): string {
  // A withdrawn code's constant is deprecated or gone: the example uses the number.
  const constant = entry.withdrawn ? String(entry.code) : `CloseCode.${entry.key}`;
  const core = entry.withdrawn ? "import { describeCloseCode } from '@wscodes/core';" : "import { CloseCode, describeCloseCode } from '@wscodes/core';";
  const explain = [
    "socket.addEventListener('close', (event) => {",
    `  if (event.code === ${constant}) {`,
    '    const { name, reconnect } = describeCloseCode(event.code);',
    "    console.log(`${event.code} ${name}: ${reconnect.policy}`);",
    '  }',
    '});',
  ];
  let lines: string[];
  if (!entry.send) {
    lines = [
      core,
      '',
      `// ${entry.code} must never be sent in a Close frame. Recognise it in a close handler:`,
      "const socket = new WebSocket('wss://example.com/live');",
      ...explain,
    ];
  } else if (apiAllowed(entry)) {
    lines = [
      core,
      '',
      "const socket = new WebSocket('wss://example.com/live');",
      ...explain,
      '',
      '// The browser WebSocket API may close with it, once the connection is open:',
      `socket.addEventListener('open', () => socket.close(${constant}));`,
    ];
  } else if (!libraries.wsSends(entry.code)) {
    lines = [
      "import { createServer } from 'node:http';",
      "import websocket from 'websocket-driver';",
      core,
      '',
      `// ws and the browser's close() refuse ${entry.code}: ws checks its own list, which IANA's registration`,
      "// is newer than. A Node server using websocket-driver may send it, as close(reason, code):",
      'const server = createServer();',
      "server.on('upgrade', (request, socket, body) => {",
      '  const driver = websocket.http(request);',
      '  driver.io.write(body);',
      '  socket.pipe(driver.io).pipe(socket);',
      '  driver.start();',
      `  driver.close('', ${constant});`,
      '});',
      'server.listen(8080);',
      '',
      `// A client whose library does not know ${entry.code} yet (ws, undici, browsers) fails the`,
      "// connection with 1002 when it arrives, and reports 1006. Where a client reads it, explain it:",
      `const { name, reconnect } = describeCloseCode(${constant});`,
      `console.log(\`\${${constant}} \${name}: \${reconnect.policy}\`);`,
    ];
  } else {
    lines = [
      "import { WebSocketServer } from 'ws';",
      core,
      '',
      "// A Node server using the ws package may send it (the browser's close() may not):",
      'const server = new WebSocketServer({ port: 8080 });',
      `server.on('connection', (client) => client.close(${constant}));`,
      '',
      '// The client explains it when it arrives:',
      "const socket = new WebSocket('ws://localhost:8080');",
      ...explain,
    ];
  }
  return ['```ts', ...lines, '```'].join('\n');
}

export const codePagePath = (entry: CloseCodeEntry): string => CODES_DIR + codePageName(entry);
