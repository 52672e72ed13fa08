// @wscodes/docs pages of the protocol catalogue: an index, one page per protocol, and the collisions.
import type { CodeIanaOverlap, IanaOverlap, ProtocolCodeEntry, ProtocolInfo, ProtocolRangeEntry, ProtocolVerdict, Registry, VerdictSource } from '@wscodes-tools/registry';
import { banner, withCatalogue, type GeneratedFile } from '../files.ts';
import { codePagePath } from './code-page.ts';
import { POLICY_LABEL, spanText } from './facts.ts';
import { inline, link, md, safeUrl, table, type Markdown } from '../output/markdown.ts';

export const PROTOCOL_DOCS_DIR = 'packages/docs/protocols/';
const COLLISIONS = 'collisions.md';

export const VERDICT_SOURCE: Readonly<Record<VerdictSource, string>> = Object.freeze({
  protocol: 'the protocol',
  client: 'its reference client',
  practice: 'common practice',
});

export const protocolPagePath = (p: Pick<ProtocolInfo, 'id'>): string => `${p.id}.md`;

/** The pages, or none when the registry has no catalogue beside it. */
export function generateProtocolDocs(registry: Registry): GeneratedFile[] {
  const protocols = registry.protocols?.protocols ?? [];
  if (protocols.length === 0) return [];
  const page = (path: string, body: string): GeneratedFile => ({ path: PROTOCOL_DOCS_DIR + path, contents: `${banner.markdown(registry, 'docs', withCatalogue(registry))}\n${body}\n` });
  return [page('README.md', indexPage(protocols)), page(COLLISIONS, collisionsPage(registry, protocols)), ...protocols.map((p) => page(protocolPagePath(p), protocolPage(registry, p)))];
}

const urlLink = (text: string, url: string): string => {
  const safe = safeUrl(url);
  return safe === null ? inline(text) : link(text, safe);
};

const tokens = (p: ProtocolInfo): string => (p.subprotocols.length > 0 ? p.subprotocols.map((t) => `\`${t}\``).join(', ') : 'none (look it up by its id)');

export const verdictLabel = (v: ProtocolVerdict): string => `${POLICY_LABEL[v.policy]} (${VERDICT_SOURCE[v.source]})`;

function indexPage(protocols: readonly ProtocolInfo[]): string {
  return blocks([
    '# Close codes of protocols on WebSocket',
    '[All codes](../README.md) · [Colliding codes](collisions.md)',
    'Most 4xxx close codes are not IANA codes: the protocol running on the socket defines them, and the same number means different things under different protocols. ' +
      'This catalogue keeps each protocol apart from IANA\'s registry. Look a code up with the protocol named: `describeCloseCode(code, { protocol: socket.protocol })` from `@wscodes/core/protocols`, or `wscodes CODE --protocol ID`.',
    table(
      ['Protocol', 'Id', 'Subprotocol tokens', 'Source', 'Retrieved'],
      protocols.map((p) => [
        md(`${link(p.name, protocolPagePath(p))}${p.deprecated ? ' *(deprecated)*' : ''}`),
        md([p.id, ...p.aliases.map((a) => a.id)].map((id) => `\`${id}\``).join(', ')),
        md(tokens(p)),
        md(urlLink(hostOf(p.source.url), p.source.url)),
        p.source.retrieved,
      ]),
    ),
    protocols.some((p) => p.aliases.length > 0) ? 'An id after the first is an alias: another implementation with the same codes, looked up as the protocol it implements.' : undefined,
  ]);
}

/** Markdown blocks, those left out (undefined) dropped. */
const blocks = (parts: readonly (string | undefined)[]): string => parts.filter((b): b is string => b !== undefined).join('\n\n');

const hostOf = (url: string): string => /^https:\/\/([^/]+)/.exec(url)?.[1] ?? url;

/** How a code or range reaches into IANA's space, in words, linking IANA's page for a registered code. */
export function ianaText(registry: Registry, overlap: CodeIanaOverlap | null, span: { from: number; to: number }, fromPages = '../'): Markdown | string {
  if (overlap === null) return 'none';
  if (overlap === 'unregistered-range') return 'unregistered use of IANA\'s 3000-3999';
  const registered = registry.codes.filter((c) => c.withdrawn === undefined && c.code >= span.from && c.code <= span.to);
  const codes = registered.map((c) => link(`${c.code} ${c.name}`, fromPages + codePagePath(c))).join(', ');
  if (overlap === 'same-meaning') return md(`IANA's meaning: ${codes}`);
  if (registered.length === 0) return 'collision: in IANA\'s protocol range, unassigned';
  return md(`collision: IANA's ${codes}`);
}

/** The code cell of a protocol's table: the number, with what sets it apart. */
const codeCell = (c: ProtocolCodeEntry): Markdown =>
  md(`${c.code}${c.definedBy === 'library' ? ' *(library)*' : ''}${c.localOnly ? ' *(never on the wire)*' : ''}${c.withdrawn ? ' *(withdrawn)*' : ''}`);

const carrierText = (p: ProtocolInfo): string =>
  p.carriedIn === 'protocol-message' ? `a close message of ${inline(p.name)}'s own, not a WebSocket Close frame. ${inline(p.carriedInNote ?? '')}`.trimEnd() : 'the WebSocket Close frame';

function protocolPage(registry: Registry, p: ProtocolInfo): string {
  const s = p.source;
  const withReasons = p.codes.filter((c) => c.reasons.length > 0);
  const withdrawn = p.codes.filter((c) => c.withdrawn !== undefined);
  return blocks([
    `# ${inline(p.name)}`,
    '[All protocols](README.md) · [Colliding codes](collisions.md) · [All codes](../README.md)',
    p.deprecated ? `> **Deprecated.** ${inline(p.deprecated.note)}${p.deprecated.url ? ` (${urlLink('source', p.deprecated.url)})` : ''}` : undefined,
    inline(p.summary),
    [
      `- **Catalogue id:** \`${p.id}\``,
      `- **Subprotocol tokens:** ${tokens(p)}`,
      `- **Codes travel in:** ${carrierText(p)}`,
      `- **Source:** ${urlLink(s.url, s.url)}${s.revision ? ` (${inline(s.revision)})` : ''}, retrieved ${s.retrieved}`,
      ...(s.alsoRead ?? []).map((url) => `- **Also checked against:** ${urlLink(url, url)}`),
      `- **Provenance:** every meaning and verdict on this page comes from ${inline(p.name)} (or, where marked, from its reference client or common practice), not from IANA.`,
    ].join('\n'),
    ...(p.aliases.length > 0
      ? [
          '## Aliases',
          'Other implementations that speak this protocol with the same codes; look a code up under any of these ids.',
          table(['Id', 'Implementation', 'Notes'], p.aliases.map((a) => [md(`\`${a.id}\``), md(urlLink(a.name, a.url)), a.notes.join(' ') || '-'])),
        ]
      : []),
    ...(p.notes.length > 0 ? ['## Notes', p.notes.map((n) => `- ${inline(n)}`).join('\n')] : []),
    ...(p.ranges.length > 0
      ? [
          '## Ranges',
          'A code without an entry of its own follows its range.',
          table(
            ['Codes', 'Name', 'Meaning', 'Reconnect', 'IANA', 'Section'],
            p.ranges.map((r: ProtocolRangeEntry) => [spanText(r), r.name, r.meaning, verdictLabel(r.reconnect), ianaText(registry, r.ianaOverlap, r), r.section]),
          ),
        ]
      : []),
    '## Codes',
    table(
      ['Code', 'Name', 'Meaning', 'Reconnect', 'IANA', 'Section'],
      p.codes.map((c) => [codeCell(c), c.name, c.meaning, verdictLabel(c.reconnect), ianaText(registry, c.ianaOverlap, { from: c.code, to: c.code }), c.section]),
    ),
    p.codes.some((c) => c.definedBy === 'library') ? '*(library)*: used by an implementation of the protocol, not by the protocol text.' : undefined,
    ...(withReasons.length > 0
      ? [
          '## Reason tokens',
          `${inline(p.name)} says more in the close reason: a token under the code. Pass the reason to the lookup (\`describeCloseCode(code, { protocol: '${p.id}', reason })\`) to read it.`,
          table(
            ['Code', 'Token', 'Meaning', 'Reconnect', 'Section'],
            withReasons.flatMap((c) => c.reasons.map((r) => [String(c.code), md(`\`${r.token}\``), r.name ? `${r.name}: ${r.meaning}` : r.meaning, verdictLabel(r.reconnect ?? c.reconnect), r.section ?? c.section])),
          ),
        ]
      : []),
    ...(withdrawn.length > 0
      ? [
          '## Withdrawn codes',
          `${inline(p.name)} no longer defines these codes; old peers may still send them, so lookups still find them, marked withdrawn.`,
          withdrawn.map((c) => `- **${c.code} ${inline(c.name)}:** withdrawn${c.withdrawn!.date ? ` ${c.withdrawn!.date}` : ''} (${urlLink('record', c.withdrawn!.url)}). ${inline(c.withdrawn!.note)}`).join('\n'),
        ]
      : []),
    '## Reconnect verdicts',
    [...p.ranges.map((r) => ({ title: `${spanText(r)} ${r.name}`, v: r.reconnect })), ...p.codes.flatMap((c) => [{ title: `${c.code} ${c.name}`, v: c.reconnect }, ...c.reasons.flatMap((r) => (r.reconnect ? [{ title: `${c.code} with ${r.token}`, v: r.reconnect }] : []))])]
      .map(({ title, v }) => `- **${inline(title)}:** ${verdictLabel(v)}. ${inline(v.advice)}${delayText(v)}${v.conditions.map((c) => ` Before reconnecting: ${inline(c.text)} (${VERDICT_SOURCE[c.source]})`).join('')}`)
      .join('\n'),
  ]);
}

function delayText(v: ProtocolVerdict): string {
  const d = v.delay;
  if (!d) return '';
  const wait = d.maxSeconds === undefined ? `at least ${d.minSeconds} s` : d.minSeconds === d.maxSeconds ? (d.minSeconds === 0 ? 'none' : `${d.minSeconds} s`) : `${d.minSeconds} to ${d.maxSeconds} s`;
  return ` First wait: ${wait} (${VERDICT_SOURCE[d.source]}).`;
}

interface Said {
  readonly protocol: ProtocolInfo;
  readonly entry: ProtocolCodeEntry | null;
  readonly range: ProtocolRangeEntry | null;
}

/**
 * Every code that two or more protocols define with a meaning of their own, with what each protocol
 * says of it (by entry, or by the range it falls in). A range alone makes no collision: Centrifugo's
 * app ranges would otherwise list every code. Nor does an entry that keeps IANA's meaning (Deepgram's 1011).
 */
export function sharedCodes(protocols: readonly ProtocolInfo[]): { code: number; said: Said[] }[] {
  const own = (c: ProtocolCodeEntry) => c.ianaOverlap !== 'same-meaning';
  const codes = [...new Set(protocols.flatMap((p) => p.codes.filter(own).map((c) => c.code)))].sort((a, b) => a - b);
  return codes
    .map((code) => ({
      code,
      said: protocols
        .map((protocol) => ({ protocol, entry: protocol.codes.find((c) => c.code === code && own(c)) ?? null, range: protocol.ranges.find((r) => code >= r.from && code <= r.to) ?? null }))
        .filter((s) => s.entry !== null || s.range !== null),
    }))
    .filter((c) => c.said.filter((s) => s.entry !== null).length >= 2);
}

/** Every code and range of the catalogue that reaches into IANA's space, with how; sorted by number, then protocol. */
export function ianaOverlaps(protocols: readonly ProtocolInfo[]): { p: ProtocolInfo; span: { from: number; to: number }; name: string; meaning: string; overlap: CodeIanaOverlap; entry: ProtocolCodeEntry | null }[] {
  return protocols
    .flatMap((p) => [
      ...p.ranges.flatMap((r) => (r.ianaOverlap === null ? [] : [{ p, span: { from: r.from, to: r.to }, name: r.name, meaning: r.meaning, overlap: r.ianaOverlap as CodeIanaOverlap, entry: null }])),
      ...p.codes.flatMap((c) => (c.ianaOverlap === null ? [] : [{ p, span: { from: c.code, to: c.code }, name: c.name, meaning: c.meaning, overlap: c.ianaOverlap, entry: c }])),
    ])
    .sort((a, b) => a.span.from - b.span.from || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0));
}

/** A protocol's name linked to its page, with how its codes travel where that is not a Close frame. */
const protocolCell = (p: ProtocolInfo): Markdown => md(`${link(p.name, protocolPagePath(p))}${p.carriedIn === 'protocol-message' ? ' *(own close message)*' : ''}`);

function collisionsPage(registry: Registry, protocols: readonly ProtocolInfo[]): string {
  const shared = sharedCodes(protocols);
  const iana = (code: number) => registry.codes.find((c) => c.code === code && c.withdrawn === undefined);
  const overlaps = ianaOverlaps(protocols);
  const byOverlap = (kind: CodeIanaOverlap) => overlaps.filter((x) => x.overlap === kind);
  const carried = protocols.filter((p) => p.carriedIn === 'protocol-message');
  return blocks([
    '# Colliding close codes',
    '[All protocols](README.md) · [All codes](../README.md)',
    'A close code means what the protocol on the socket says it means. The same number is defined by several protocols, with different meanings and opposite reconnect verdicts; some protocols also use numbers IANA assigns. ' +
      'Read a code only under the protocol the socket negotiated: `describeCloseCode(code, { protocol })` from `@wscodes/core/protocols` never answers for a bare number.',
    '## Codes that several protocols define',
    'Codes with an entry in two or more protocols. Each row gives the meaning under one protocol (from its own entry, or from the range the code falls in), and IANA\'s where IANA registers the code. Provenance (source and retrieval date) is on each protocol\'s page.',
    shared.length > 0
      ? table(
          ['Code', 'Under', 'Name', 'Meaning', 'Reconnect'],
          shared.flatMap(({ code, said }) => {
            const registered = iana(code);
            const rows: (string | Markdown)[][] = said.map(({ protocol, entry, range }) => [
              String(code),
              md(link(protocol.name, protocolPagePath(protocol))),
              entry ? `${entry.name}${entry.withdrawn ? ' (withdrawn)' : ''}` : `(range ${spanText(range!)}) ${range!.name}`,
              entry?.meaning ?? range!.meaning,
              verdictLabel((entry ?? range!).reconnect),
            ]);
            if (registered) rows.unshift([String(code), md(link('IANA', `../${codePagePath(registered)}`)), registered.name, registered.summary, POLICY_LABEL[registered.reconnect.policy]]);
            return rows;
          }),
        )
      : 'No two protocols in the catalogue define the same code.',
    '## Protocol codes on IANA\'s codes',
    'Codes in 1000-2999, or on a code IANA registered, with a meaning of the protocol\'s own: a client that knows only IANA\'s table reads them with IANA\'s meaning.',
    byOverlap('collision').length > 0
      ? table(
          ['Codes', 'Protocol', 'Its name', 'Its meaning', 'IANA'],
          byOverlap('collision').map(({ p, span, name, meaning }) => [spanText(span), protocolCell(p), name, meaning, ianaText(registry, 'collision', span)]),
        )
      : 'None.',
    carried.length > 0
      ? `*(own close message)*: the protocol sends the code in a close message of its own, not in a WebSocket Close frame; its client hands it to the app's \`onclose\` all the same (${carried.map((p) => link(p.name, protocolPagePath(p))).join(', ')}).`
      : undefined,
    '## Unregistered use of IANA\'s range',
    'Codes elsewhere in 3000-3999, which IANA registers first come, first served; these protocols use them without registering.',
    byOverlap('unregistered-range').length > 0
      ? byOverlap('unregistered-range').map(({ p, span, name }) => `- ${spanText(span)} ${inline(name)}: ${link(p.name, protocolPagePath(p))}`).join('\n')
      : 'None.',
    ...(byOverlap('same-meaning').length > 0
      ? [
          '## IANA\'s codes with IANA\'s meaning',
          'Codes IANA registers that a protocol sends with IANA\'s meaning, often with reason tokens that say more. Not collisions: IANA\'s description holds, and the protocol\'s page lists the tokens.',
          table(
            ['Code', 'Protocol', 'IANA', 'Reason tokens'],
            byOverlap('same-meaning').map(({ p, span, entry }) => [spanText(span), md(link(p.name, protocolPagePath(p))), ianaText(registry, 'same-meaning', span), md(entry!.reasons.map((r) => `\`${r.token}\``).join(', ') || 'none')]),
          ),
        ]
      : []),
  ]);
}
