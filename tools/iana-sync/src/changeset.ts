import { inline, link, referenceLink } from '@wscodes-tools/generators/output';
import type { FieldChange, FieldValue, SyncDiff } from './diff.ts';
import type { RegistryOutcome } from './engine.ts';
import type { Bump, BumpDecision } from './semver.ts';
import type { IanaXref } from './upstream.ts';

/** The packages whose data an IANA update changes; the fixed group releases the CLI with them, at one version. */
export const PUBLIC_PACKAGES = ['@wscodes/core', '@wscodes/schema', '@wscodes/docs', '@wscodes/fixtures'] as const;

/** One file per IANA revision; syncing the same revision again rewrites the same draft. */
export const changesetFileName = (updated: string): string => `iana-sync-${updated}.md`;

const IANA_REGISTRY_LINK = link("IANA's WebSocket close-code registry", 'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number');
const ARROW = '→';

/**
 * A changeset (see the changesets project) whose summary tells users what changed, constant by
 * constant. It ends up in every package's CHANGELOG.md, which the docs lint with markdownlint: so
 * IANA's text is escaped, references are links, text is one line per item, and contacts are named
 * without their mail addresses.
 */
export function changesetText(diff: SyncDiff, decision: BumpDecision): string {
  return changeset(decision.bump, `Sync the close codes with ${IANA_REGISTRY_LINK} as updated on ${diff.upstreamUpdated} (${decision.bump}: ${decision.reasons.join('; ')}).`, closeCodeItems(diff));
}

/** The close codes' changeset items: constants added, deprecated and changed, records, contacts, the date. */
export function closeCodeItems(diff: SyncDiff): string[] {
  const items = [...codeItems(diff), ...rangeItems(diff), ...contactItems(diff)];
  if (diff.upstreamUpdated !== diff.registryUpdated) items.push(`IANA's registry date: ${diff.registryUpdated} ${ARROW} ${diff.upstreamUpdated}.`);
  return items;
}

/**
 * The one changeset of a sync: every changed registry's items, the close codes' first, under the
 * release's one bump (the highest any registry asks for). When only the close codes changed, it is
 * exactly changesetText's.
 */
export function syncChangeset(outcomes: readonly RegistryOutcome[], overall: BumpDecision, updated: string): { bump: Bump; text: string } {
  const changed = outcomes.filter((o) => o.bump);
  const only = changed.length === 1 ? changed[0]! : undefined;
  const what = only?.id === 'close-codes' ? `the close codes with ${IANA_REGISTRY_LINK}` : `with ${link("IANA's WebSocket registries", 'https://www.iana.org/assignments/websocket/websocket.xhtml')}`;
  const summary = `Sync ${what} as updated on ${updated} (${overall.bump}: ${overall.reasons.join('; ')}).`;
  return { bump: overall.bump, text: changeset(overall.bump, summary, changed.flatMap((o) => o.changesetItems)) };
}

/** The major changeset of `sync:iana --remove-deprecated`: the constants it drops. */
export function removedConstantsChangeset(removed: readonly { code: number; key: string; date: string; reason: string }[]): string {
  return changeset(
    'major',
    'Remove the deprecated `CloseCode` constants of codes IANA withdrew; they were kept for one major.',
    removed.map(
      (r) =>
        `${constant(r.key, r.code)} removed: IANA withdrew ${r.code} on ${r.date} (${inline(r.reason)}). Use the number ${r.code}, or \`describeCloseCode(${r.code})\`, instead.`,
    ),
  );
}

function changeset(bump: string, summary: string, items: readonly string[]): string {
  return ['---', ...PUBLIC_PACKAGES.map((name) => `"${name}": ${bump}`), '---', '', summary, '', ...items.map((item) => `- ${item}`), ''].join('\n');
}

const constant = (key: string, code: number): string => `\`CloseCode.${key}\` (${code})`;

function codeItems(diff: SyncDiff): string[] {
  const added = diff.added.map((a) => {
    const registered = a.iana.date ? ` on ${a.iana.date}` : '';
    const contact = a.iana.contact ? `, contact ${inline(diff.contactNames[a.iana.contact] ?? a.iana.contact)}` : '';
    return `${constant(a.key, a.code)} added: IANA registered ${a.code}${registered} as "${inline(a.iana.description)}"${contact}. Its name and advice are pending review.`;
  });
  const withdrawn = diff.withdrawn.map((w) => {
    const verdict = w.receive ? 'valid to send and to receive, as any unregistered code in its range' : 'no longer valid to send or to receive';
    return `${constant(w.key, w.code)} deprecated: IANA withdrew ${w.code} (${inline(w.reason)}). It is now ${verdict}. The constant stays as a deprecated alias until the next major release.`;
  });
  const reinstated = diff.reinstated.map((r) => `${r.code} registered again by IANA as "${inline(r.iana.description)}".`);
  // One item per code, every changed field in it.
  const byCode = new Map<number, FieldChange[]>();
  for (const c of diff.changed) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
  const changed = [...byCode.values()].map((changes) => {
    const { code, key } = changes[0]!;
    return `${constant(key, code)} changed: ${changes.map((c) => fieldChange(c, diff)).join('; ')}.`;
  });
  return [...added, ...withdrawn, ...reinstated, ...changed];
}

function rangeItems(diff: SyncDiff): string[] {
  return diff.ranges.map((r) => {
    switch (r.change) {
      case 'added':
      case 'removed':
        return `IANA ${r.change} the record ${r.range} "${inline(r.iana.description)}".`;
      case 'changed':
        return `IANA's record ${r.range} changed: ${fieldChange(r, diff)}.`;
      case 'registration':
        return `Range ${r.range}: IANA's registration rule ${quoted(r.from)} ${ARROW} ${quoted(r.to)}.`;
      case 'unmatched':
        return `IANA lists a new range ${r.range} (registration "${inline(r.registration)}").`;
    }
  });
}

function contactItems(diff: SyncDiff): string[] {
  return diff.contacts.map((c) => {
    if (c.change !== 'changed') return `IANA contact ${inline(c.name)} ${c.change}.`;
    const who = inline(diff.contactNames[c.id] ?? c.id);
    // A mail address is never copied into a changelog.
    return c.field === 'name' ? `IANA contact ${inline(c.from)} renamed ${inline(c.to)}.` : `IANA contact ${who}: contact address changed.`;
  });
}

function fieldChange(c: Pick<FieldChange, 'field' | 'from' | 'to'>, diff: SyncDiff): string {
  const label = { description: 'description', contact: 'contact', references: 'references', date: 'registration date', updated: 'last update' }[c.field];
  return `IANA's ${label} ${value(c.field, c.from, diff)} ${ARROW} ${value(c.field, c.to, diff)}`;
}

function value(field: FieldChange['field'], v: FieldValue, diff: SyncDiff): string {
  if (v === null) return 'none';
  if (Array.isArray(v)) return v.length ? (v as readonly IanaXref[]).map(reference).join(', ') : 'none';
  const text = v as string;
  if (field === 'contact') return inline(diff.contactNames[text] ?? text);
  return field === 'description' ? `"${inline(text)}"` : inline(text);
}

function reference(r: IanaXref): string {
  const { text, url } = referenceLink(r);
  return url ? link(text, url) : inline(text);
}

const quoted = (text: string | null): string => (text === null ? 'none' : `"${inline(text)}"`);
