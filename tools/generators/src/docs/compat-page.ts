import { COMPAT_FILE, EMPTY_COMPAT, type CompatResult, type Registry, type Verdict } from '@wscodes-tools/registry';
import { buildFixtures } from '../fixtures/generate-fixtures.ts';
import { REQUIREMENT_TITLES, requirementKey } from '../fixtures/requirements.ts';
import { idsForRole } from '../fixtures/roles.ts';
import type { Requirement } from '../shared/fixture-shapes.ts';
import { inline, md, table } from './markdown.ts';

// compatibility.md: the recorded matrix (registry/compat.json) as one table per rule, like a
// browser-compat table for close handling. Where an implementer checks "does X do Y".

export const COMPAT_PAGE = 'compatibility.md';

const MARK: Readonly<Record<Verdict, string>> = {
  conforms: '✓',
  alternative: '≈',
  informational: 'ℹ',
  'violates-should': '⚠',
  'violates-must': '✗',
};

const LEGEND: readonly (readonly [Verdict, string])[] = [
  ['conforms', 'conforms: the outcome the vector prefers'],
  ['alternative', 'conforms with an alternative the vector allows: a listed code, another reply code where the code is only typical, or the other outcome where the rule leaves the choice'],
  ['informational', 'informational: nothing is required; the cell shows what the peer did'],
  ['violates-should', 'violates a SHOULD'],
  ['violates-must', 'violates a MUST'],
];

/** What the peer did, in a few words: its reply, and its close event or close() outcome. */
export function observedInWords(result: CompatResult, expectedEvent?: { code: number; reason: string; wasClean: boolean } | null): string {
  const o = result.observed;
  if ('outcome' in o) return o.outcome === 'accepted' ? `sent ${o.payloadHex === '' ? 'no body' : o.payloadHex}` : `threw ${o.outcome}`;
  const reply = o.reply.frame === 'close' ? (o.reply.code === null ? 'empty Close' : `${o.reply.code}`) : o.reply.frame === 'none' ? 'no Close' : 'left open';
  const event = o.closeEvent;
  if (event === undefined) return reply;
  if (event === null) return `${reply}, no close event`;
  const differs = !expectedEvent || event.code !== expectedEvent.code || event.reason !== expectedEvent.reason || event.wasClean !== expectedEvent.wasClean;
  return differs ? `${reply}, event ${event.code}${event.reason ? ` "${event.reason}"` : ''}${event.wasClean ? '' : ' unclean'}` : reply;
}

const cell = (result: CompatResult | undefined, expectedEvent?: Parameters<typeof observedInWords>[1]): string =>
  result ? `${MARK[result.verdict]} ${result.verdict === 'conforms' ? '' : observedInWords(result, expectedEvent)}`.trim() : '·';

const requirementLine = (r: Requirement): string =>
  `**${inline(r.level)}**, ${inline(r.source)}: “${inline(r.quote)}” It binds the ${r.binds}; tested on ${r.role === 'both' ? 'clients and servers' : `${r.role}s`} (${r.scope === 'whatwg' ? 'the WHATWG WebSocket API' : 'an RFC 6455 endpoint'}).`;

const code = (text: string) => md(`\`${text}\``);

export function compatPage(registry: Registry): string {
  const compat = registry.compat ?? EMPTY_COMPAT;
  const fixtures = buildFixtures(registry);
  const vectors = [...fixtures.closePayloads, ...fixtures.closeFrames, ...fixtures.apiCloseCalls];
  const peers = Object.keys(compat.peers);
  const resultOf = (peer: string, id: string) => compat.results[peer]?.[id];
  const notes = registry.peerNotes ?? [];
  const out: string[] = [];

  out.push('# How real implementations handle close');
  out.push('');
  out.push(
    `Every vector of \`@wscodes/fixtures\`, played over loopback against ${peers.length} real implementations by \`npm run conformance\`, and judged from the requirement level the vector states. The results are data: \`@wscodes/fixtures/compat.json\` (recorded in \`${COMPAT_FILE}\`). CI plays them again and fails when a result changes while the implementation's version has not.`,
  );
  out.push('');
  out.push(table(['mark', 'meaning'], [...LEGEND.map(([v, text]) => [MARK[v], text]), ['·', 'not played: the peer has no such role or API']]));
  out.push('');
  out.push(
    'After the mark: what the peer sent back (a code, `empty Close`, `no Close` when it closed the connection without one, `left open` when it did neither within 10 seconds), its close event when that differs from the expected one, or what `close()` did.',
  );
  out.push('');
  out.push('## The implementations');
  out.push('');
  const tally = (peer: string, verdict: Verdict) => Object.values(compat.results[peer] ?? {}).filter((r) => r.verdict === verdict).length;
  out.push(
    table(
      ['peer', 'implementation', 'version', 'language', 'role', ...LEGEND.map(([v]) => MARK[v])],
      peers.map((peer) => {
        const p = compat.peers[peer]!;
        return [code(peer), p.implementation, code(p.version), p.language, p.role, ...LEGEND.map(([v]) => String(tally(peer, v)))];
      }),
    ),
  );
  out.push('');

  out.push('## Violations');
  out.push('');
  const violations = peers.flatMap((peer) => {
    const byClause = new Map<string, string[]>();
    for (const [id, r] of Object.entries(compat.results[peer] ?? {})) {
      if (r.verdict !== 'violates-must' && r.verdict !== 'violates-should') continue;
      const key = `${r.clause ?? 'unknown clause'} (${r.verdict === 'violates-must' ? 'MUST' : 'SHOULD'})`;
      byClause.set(key, [...(byClause.get(key) ?? []), id]);
    }
    return [...byClause].map(([clause, ids]) => `- \`${peer}\` breaks ${inline(clause)}: ${ids.map((id) => `\`${id}\``).join(', ')}.`);
  });
  out.push(violations.length > 0 ? violations.join('\n') : 'None recorded.');
  out.push('');

  // One table per rule, in the order the vectors first meet it.
  const groups = new Map<string, typeof vectors>();
  for (const v of vectors) {
    const key = requirementKey(v.requirement) ?? v.requirement.source;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  out.push('## Rule by rule');
  for (const [key, group] of groups) {
    const title = REQUIREMENT_TITLES[key as keyof typeof REQUIREMENT_TITLES] ?? key;
    const columns = peers.filter((peer) => group.some((v) => resultOf(peer, v.id)));
    out.push('');
    out.push(`### ${inline(title)}`);
    out.push('');
    out.push(requirementLine(group[0]!.requirement));
    out.push('');
    if (columns.length === 0) {
      out.push('No results recorded yet.');
      continue;
    }
    out.push(
      table(
        ['vector', ...columns.map((c) => `\`${c}\``)],
        group.map((v) => [code(v.id), ...columns.map((peer) => cell(resultOf(peer, v.id), 'closeEvent' in v ? expectedEventFor(v, resultOf(peer, v.id)) : undefined))]),
      ),
    );
    const ids = new Set(group.map((v) => v.id));
    const relevant = notes.filter((n) => n.vectors.some((id) => ids.has(id)));
    if (relevant.length > 0) {
      out.push('');
      for (const n of relevant) out.push(`- \`${n.peer}\`: ${inline(n.note)}`);
    }
  }
  out.push('');

  const unrecorded = peers.flatMap((peer) => {
    const recorded = compat.results[peer] ?? {};
    const hasApi = fixtures.apiCloseCalls.some((v) => recorded[v.id]);
    const missing = idsForRole(fixtures, compat.peers[peer]!.role, hasApi).filter((id) => !recorded[id]);
    return missing.length > 0 ? [`- \`${peer}\`: ${missing.map((id) => `\`${id}\``).join(', ')}`] : [];
  });
  out.push('## Unrecorded');
  out.push('');
  out.push(unrecorded.length > 0 ? `Vectors with no result yet; \`npm run conformance\` records them.\n\n${unrecorded.join('\n')}` : 'Every implementation has a result for every vector it plays.');
  return out.join('\n');
}

/** The close event the branch the peer took would fire, so that a cell only shows an event that differs. */
function expectedEventFor(
  v: { closeEvent: { code: number; reason: string; wasClean: boolean } | null; alternative: { closeEvent: { code: number; reason: string; wasClean: boolean } | null } | null },
  result: CompatResult | undefined,
) {
  if (result?.verdict === 'alternative' && v.alternative) return v.alternative.closeEvent;
  return v.closeEvent;
}
