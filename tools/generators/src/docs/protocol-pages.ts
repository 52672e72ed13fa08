// @wscodes/docs pages of the protocol catalogue: an index, one page per protocol, and the collisions.
import type { IanaOverlap, ProtocolCodeEntry, ProtocolInfo, ProtocolRangeEntry, ProtocolVerdict, Registry, VerdictSource } from '@wscodes-tools/registry';
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
  return [
    '# Close codes of protocols on WebSocket',
    '[All codes](../README.md) · [Colliding codes](collisions.md)',
    'Most 4xxx close codes are not IANA codes: the protocol running on the socket defines them, and the same number means different things under different protocols. ' +
      'This catalogue keeps each protocol apart from IANA\'s registry. Look a code up with the protocol named: `describeCloseCode(code, { protocol: socket.protocol })` from `@wscodes/core/protocols`, or `wscodes CODE --protocol ID`.',
    table(
      ['Protocol', 'Id', 'Subprotocol tokens', 'Source', 'Retrieved'],
      protocols.map((p) => [md(link(p.name, protocolPagePath(p))), md(`\`${p.id}\``), md(tokens(p)), md(urlLink(hostOf(p.source.url), p.source.url)), p.source.retrieved]),
    ),
  ].join('\n\n');
}

const hostOf = (url: string): string => /^https:\/\/([^/]+)/.exec(url)?.[1] ?? url;

/** How a code or range reaches into IANA's space, in words, linking IANA's page for a registered code. */
export function ianaText(registry: Registry, overlap: IanaOverlap | null, span: { from: number; to: number }, fromPages = '../'): Markdown | string {
  if (overlap === null) return 'none';
  if (overlap === 'unregistered-range') return 'unregistered use of IANA\'s 3000-3999';
  const registered = registry.codes.filter((c) => c.withdrawn === undefined && c.code >= span.from && c.code <= span.to);
  if (registered.length === 0) return 'collision: in IANA\'s protocol range';
  return md(`collision: IANA's ${registered.map((c) => link(`${c.code} ${c.name}`, fromPages + codePagePath(c))).join(', ')}`);
}

function protocolPage(registry: Registry, p: ProtocolInfo): string {
  const s = p.source;
  return [
    `# ${inline(p.name)}`,
    '[All protocols](README.md) · [Colliding codes](collisions.md) · [All codes](../README.md)',
    inline(p.summary),
    [
      `- **Catalogue id:** \`${p.id}\``,
      `- **Subprotocol tokens:** ${tokens(p)}`,
      `- **Source:** ${urlLink(s.url, s.url)}${s.revision ? ` (${inline(s.revision)})` : ''}, retrieved ${s.retrieved}`,
      ...(s.alsoRead ?? []).map((url) => `- **Also checked against:** ${urlLink(url, url)}`),
      `- **Provenance:** every meaning and verdict on this page comes from ${inline(p.name)} (or, where marked, from its reference client or common practice), not from IANA.`,
    ].join('\n'),
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
      p.codes.map((c) => [md(`${c.code}${c.definedBy === 'library' ? ' *(library)*' : ''}${c.localOnly ? ' *(never on the wire)*' : ''}`), c.name, c.meaning, verdictLabel(c.reconnect), ianaText(registry, c.ianaOverlap, { from: c.code, to: c.code }), c.section]),
    ),
    p.codes.some((c) => c.definedBy === 'library') ? '*(library)*: used by an implementation of the protocol, not by the protocol text.' : undefined,
    '## Reconnect verdicts',
    [...p.ranges.map((r) => ({ title: `${spanText(r)} ${r.name}`, v: r.reconnect })), ...p.codes.map((c) => ({ title: `${c.code} ${c.name}`, v: c.reconnect }))]
      .map(({ title, v }) => `- **${inline(title)}:** ${verdictLabel(v)}. ${inline(v.advice)}${delayText(v)}${v.conditions.map((c) => ` Before reconnecting: ${inline(c.text)} (${VERDICT_SOURCE[c.source]})`).join('')}`)
      .join('\n'),
  ]
    .filter((block): block is string => block !== undefined)
    .join('\n\n');
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
 * Every code that two or more protocols define with an entry of their own, with what each protocol
 * says of it (by entry, or by the range it falls in). A range alone makes no collision: Centrifugo's
 * app ranges would otherwise list every code.
 */
export function sharedCodes(protocols: readonly ProtocolInfo[]): { code: number; said: Said[] }[] {
  const codes = [...new Set(protocols.flatMap((p) => p.codes.map((c) => c.code)))].sort((a, b) => a - b);
  return codes
    .map((code) => ({
      code,
      said: protocols
        .map((protocol) => ({ protocol, entry: protocol.codes.find((c) => c.code === code) ?? null, range: protocol.ranges.find((r) => code >= r.from && code <= r.to) ?? null }))
        .filter((s) => s.entry !== null || s.range !== null),
    }))
    .filter((c) => c.said.filter((s) => s.entry !== null).length >= 2);
}

function collisionsPage(registry: Registry, protocols: readonly ProtocolInfo[]): string {
  const shared = sharedCodes(protocols);
  const iana = (code: number) => registry.codes.find((c) => c.code === code && c.withdrawn === undefined);
  const inIana = protocols.flatMap((p) => [
    ...p.ranges.filter((r) => r.ianaOverlap !== null).map((r) => ({ p, span: r as { from: number; to: number }, name: r.name, meaning: r.meaning, overlap: r.ianaOverlap })),
    ...p.codes.filter((c) => c.ianaOverlap !== null).map((c) => ({ p, span: { from: c.code, to: c.code }, name: c.name, meaning: c.meaning, overlap: c.ianaOverlap })),
  ]);
  const byOverlap = (kind: IanaOverlap) => inIana.filter((x) => x.overlap === kind).sort((a, b) => a.span.from - b.span.from || (a.p.id < b.p.id ? -1 : 1));
  return [
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
              entry?.name ?? `(range ${spanText(range!)}) ${range!.name}`,
              entry?.meaning ?? range!.meaning,
              verdictLabel((entry ?? range!).reconnect),
            ]);
            if (registered) rows.unshift([String(code), md(link('IANA', `../${codePagePath(registered)}`)), registered.name, registered.summary, POLICY_LABEL[registered.reconnect.policy]]);
            return rows;
          }),
        )
      : 'No two protocols in the catalogue define the same code.',
    '## Protocol codes on IANA\'s codes',
    'Codes in 1000-2999, or on a code IANA registered: a client that knows only IANA\'s table reads them with IANA\'s meaning.',
    byOverlap('collision').length > 0
      ? table(
          ['Codes', 'Protocol', 'Its name', 'Its meaning', 'IANA'],
          byOverlap('collision').map(({ p, span, name, meaning }) => [spanText(span), md(link(p.name, protocolPagePath(p))), name, meaning, ianaText(registry, 'collision', span)]),
        )
      : 'None.',
    '## Unregistered use of IANA\'s range',
    'Codes elsewhere in 3000-3999, which IANA registers first come, first served; these protocols use them without registering.',
    byOverlap('unregistered-range').length > 0
      ? byOverlap('unregistered-range').map(({ p, span, name }) => `- ${spanText(span)} ${inline(name)}: ${link(p.name, protocolPagePath(p))}`).join('\n')
      : 'None.',
  ].join('\n\n');
}
