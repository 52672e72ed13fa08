import { CODE_SPACE_TEXT, type RangeInfo, type Registry } from '@wscodes-tools/registry';
import { codePagePath, rangeHeading, reconnectStructure } from './code-page.ts';
import { API_CLOSE_ONLY, rangeFacts, spanText } from './facts.ts';
import { githubSlug, inline, link, md, paragraphs, table } from '../output/markdown.ts';

/** ranges.md: every range with its registration rule, the IANA spans inside it, and its codes. */
export function rangesPage(registry: Registry): string {
  return [
    '# Ranges of close codes',
    '[All codes](README.md) · [Troubleshooting](troubleshooting.md)',
    `A close code is an unsigned 16-bit number, ${CODE_SPACE_TEXT}. The registry splits that space into ${registry.ranges.length} ranges. ` +
      `Each range has its own rule for registering codes and for taking them on receipt (rejecting a code that may not be sent is common practice, not an RFC 6455 MUST). The WebSocket API's \`close()\` accepts only ${API_CLOSE_ONLY}.`,
    table(
      ['Codes', 'Range', 'Registration', 'May send', 'Valid on receipt', '`close()` allowed'],
      registry.ranges.map((r) => {
        const facts = rangeFacts(registry, r);
        return [md(link(spanText(r), `#${githubSlug(rangeHeading(r))}`)), r.name, r.registration ?? 'none', facts.send, facts.receive, facts.api];
      }),
    ),
    ...registry.ranges.flatMap((r) => rangeSection(registry, r)),
  ].join('\n\n');
}

function rangeSection(registry: Registry, range: RangeInfo): string[] {
  const facts = rangeFacts(registry, range);
  const spans = registry.ianaRanges.filter((s) => s.to >= range.from && s.from <= range.to);
  const ianaCodes = facts.codes.filter((c) => c.iana);
  return [
    `## ${inline(rangeHeading(range))}`,
    inline(range.summary),
    [
      `- **Registration:** ${range.registration ? `${inline(range.registration)} (IANA)` : 'none: IANA does not register codes here'}`,
      `- **May send:** ${facts.send}`,
      `- **Valid on receipt:** ${facts.receive}`,
      `- **\`close()\` allowed:** ${facts.api}`,
      `- **A code without its own entry is called:** ${inline(range.label)}`,
    ].join('\n'),
    `### Reconnect after a code without its own entry in ${spanText(range)}`,
    inline(range.reconnect.advice),
    reconnectStructure(range.reconnect),
    facts.codes.length > 0
      ? [
          `### Registered codes in ${spanText(range)}`,
          facts.codes.map((c) => `- ${link(`${c.code} ${c.name}`, codePagePath(c))}${c.pending ? ' *(pending review)*' : ''}`).join('\n'),
        ].join('\n\n')
      : undefined,
    spans.length > 0 || ianaCodes.length > 0
      ? [
          `### IANA records in ${spanText(range)}`,
          table(
            ['Codes', 'IANA description'],
            [
              ...ianaCodes.map((c) => ({ from: c.code, row: [md(link(`${c.code}`, codePagePath(c))), c.iana!.description] })),
              ...spans.map((s) => ({ from: s.from, row: [spanText(s), s.iana.description] })),
            ]
              .sort((a, b) => a.from - b.from)
              .map((r) => r.row),
          ),
        ].join('\n\n')
      : undefined,
  ].filter((block): block is string => block !== undefined);
}
