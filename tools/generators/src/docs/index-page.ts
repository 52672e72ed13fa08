import type { Registry } from '@wscodes-tools/registry';
import { codePagePath, rangeHeading } from './code-page.ts';
import { API_CLOSE_ONLY, POLICY_LABEL, apiAllowed, rangeFacts, spanText, yesNo } from './facts.ts';
import { githubSlug, link, md, table } from '../output/markdown.ts';
import { ianaRegistriesIndex } from './iana-registry-pages.ts';
import { troubleshootingCodes } from './troubleshooting-page.ts';
import { COMPAT_PAGE_FILE, WPT_SECTION_HEADING } from '../compat-page-links.ts';

/** compatibility.md, from beside this README in @wscodes/docs. */
const COMPAT_PAGE = COMPAT_PAGE_FILE.replace(/^packages\/docs\//, '');

/** "a, b or c". */
const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? 'nothing yet') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

const COLUMNS = ['Code', 'Name', 'May send', 'Valid on receipt', '`close()` allowed', 'Reconnect'];

/** README.md: one table of every code, one of every range, each row linking to its page. */
export function indexPage(registry: Registry): string {
  const pending = registry.codes.filter((c) => c.pending).length;
  const withdrawn = registry.codes.filter((c) => c.withdrawn).length;
  return [
    '# WebSocket close codes',
    'Every WebSocket close code in the wscodes registry, with its rules and what to do when you receive it. ' +
      `The IANA data matches IANA's registry as updated on ${registry.ianaUpdated}.`,
    '- [Ranges](ranges.md): the five spans of the 16-bit code space and how codes in each are registered.\n' +
      `- [Troubleshooting](troubleshooting.md): my socket closed with ${listOf(troubleshootingCodes(registry).map(String))}.\n` +
      (registry.handshakeStatuses ? '- [Refused handshakes](handshake-statuses.md): the server answered the upgrade with an HTTP status (401, 403, 429, 503, ...) instead of 101, and whether to reconnect.\n' : '') +
      `- [Compatibility](${COMPAT_PAGE}): how real WebSocket implementations handle Close payloads and frames, \`close()\` calls and the opening handshake, summed up per implementation, and [which \`close()\` rules web-platform-tests covers](${COMPAT_PAGE}#${githubSlug(WPT_SECTION_HEADING)}).` +
      (registry.protocols?.protocols.length ? '\n- [Protocols](protocols/README.md): what a code means under the protocol running on the socket, and the [codes that collide](protocols/collisions.md).' : ''),
    'In code, use `@wscodes/core`: `CloseCode` names each code, and `describeCloseCode(code)` explains any number. ' +
      '`@wscodes/schema` has the same data as JSON and JSON Schema.',
    '## Codes',
    '**May send**: an endpoint may put the code in a Close frame. **Valid on receipt**: a receiver takes it; for the other codes, failing with 1002 is common practice, not an RFC 6455 MUST. ' +
      `**\`close()\` allowed**: the WebSocket API's \`close()\` method accepts it (${API_CLOSE_ONLY} only).`,
    withdrawn > 0
      ? `${withdrawn === 1 ? 'One code is' : `${withdrawn} codes are`} marked **withdrawn**: IANA no longer registers ${withdrawn === 1 ? 'it' : 'them'}, so ${withdrawn === 1 ? 'its' : 'their'} rules are those of ${withdrawn === 1 ? 'its' : 'their'} range; ${withdrawn === 1 ? 'its page says' : 'their pages say'} when and why.`
      : undefined,
    pending > 0 ? `${pending === 1 ? 'One entry is' : `${pending} entries are`} marked *pending review*: its curated text is not final.` : undefined,
    table(
      COLUMNS,
      registry.codes.map((c) => [
        md(link(`${c.code}`, codePagePath(c))),
        md(`${link(c.name, codePagePath(c))}${c.pending ? ' *(pending review)*' : ''}${c.withdrawn ? ` **(withdrawn ${c.withdrawn.date})**` : ''}`),
        yesNo(c.send),
        yesNo(c.receive),
        yesNo(apiAllowed(c)),
        POLICY_LABEL[c.reconnect.policy],
      ]),
    ),
    '## Ranges',
    'A code without an entry of its own follows the rule of its range.',
    table(
      ['Codes', 'Range', 'May send', 'Valid on receipt', '`close()` allowed', 'Reconnect'],
      registry.ranges.map((r) => {
        const facts = rangeFacts(registry, r);
        return [
          md(link(spanText(r), `ranges.md#${githubSlug(rangeHeading(r))}`)),
          r.name,
          facts.send,
          facts.receive,
          facts.api,
          facts.reconnect,
        ];
      }),
    ),
    ianaRegistriesIndex(registry),
  ]
    .filter((block): block is string => block !== undefined)
    .join('\n\n');
}
