import { formatStaleReference, PRUNE_COMMAND, type StaleReference } from '@wscodes-tools/generators';
import { IANA_FIELDS, type FieldChange, type SyncDiff } from './diff.ts';
import type { RegistryOutcome } from './engine.ts';
import type { BumpDecision } from './semver.ts';
import type { IanaFields, IanaXref } from './upstream.ts';

export interface ReportContext {
  /** Where IANA's file came from. */
  readonly upstreamSource: string;
  /** The registry file, as shown to the user. */
  readonly registryFile: string;
}

/** One upstream change per line, shared by the text report and the changeset summary. */
export interface ChangeLine {
  /** + added, - withdrawn or removed, ~ changed, ! needs a person. */
  readonly marker: '+' | '-' | '~' | '!';
  readonly text: string;
}

const ARROW = '→';

export function codeLines(diff: SyncDiff): ChangeLine[] {
  return [
    ...diff.added.map((a): ChangeLine => ({
      marker: '+',
      text: `${a.code} ${quote(oneLine(a.iana.description))} (${fieldsSummary(a.iana)}); new entry: key ${a.key}, name ${quote(a.name)}, curated text pending review`,
    })),
    ...diff.withdrawn.map((w): ChangeLine => ({
      marker: '-',
      text: `${w.code} ${w.key} (${quote(oneLine(w.iana.description))}) withdrawn: ${w.reason}; send ${w.send}, receive ${w.receive} as its range gives; CloseCode.${w.key} stays as a deprecated alias until the next major (breaking)`,
    })),
    ...diff.reinstated.map((r): ChangeLine => ({
      marker: '!',
      text: `${r.code} ${r.key} is withdrawn in the registry, but IANA lists it again as ${quote(oneLine(r.iana.description))}: decide by hand (a new registration, or the old one restored)`,
    })),
    ...diff.changed.map((c): ChangeLine => ({ marker: '~', text: `${c.code} ${fieldChangeText(c)}` })),
  ];
}

export function rangeLines(diff: SyncDiff): ChangeLine[] {
  return diff.ranges.map((r): ChangeLine => {
    switch (r.change) {
      case 'added':
      case 'removed':
        return { marker: r.change === 'added' ? '+' : '-', text: `span ${r.range} ${quote(oneLine(r.iana.description))} (${fieldsSummary(r.iana)})` };
      case 'changed':
        return { marker: '~', text: `span ${r.range} ${fieldChangeText(r)}` };
      case 'registration':
        return { marker: '~', text: `range ${r.range} registration: ${show(r.from)} ${ARROW} ${show(r.to)}` };
      case 'unmatched':
        return { marker: '+', text: `range ${r.range} (registration ${quote(r.registration)}) matches none of the registry's ranges: add it to ranges by hand` };
    }
  });
}

export function contactLines(diff: SyncDiff): ChangeLine[] {
  return diff.contacts.map((c): ChangeLine =>
    c.change === 'changed'
      ? { marker: '~', text: `${c.id} ${c.field}: ${quote(c.from)} ${ARROW} ${quote(c.to)}` }
      : { marker: c.change === 'added' ? '+' : '-', text: `${c.id}: ${c.name} <${c.uri}>` },
  );
}

/** The close codes' section of the report: what IANA changed, and what syncing would do about it. */
export function closeCodeLines(diff: SyncDiff, context: ReportContext, inSync: boolean): string[] {
  const out: string[] = [
    `IANA close-code registry: ${context.upstreamSource} (updated ${diff.upstreamUpdated})`,
    `Registry:                 ${context.registryFile} (synced with IANA's ${diff.registryUpdated})`,
    '',
  ];
  if (diff.upstreamUpdated < diff.registryUpdated) {
    out.push(`Warning: IANA's file (${diff.upstreamUpdated}) is older than the revision the registry was synced with (${diff.registryUpdated}): is --from an old copy?`, '');
  }
  if (inSync) {
    out.push('In sync: the registry matches IANA, nothing to do.');
  } else {
    const section = (title: string, lines: ChangeLine[]) => {
      out.push(`${title} (${lines.length})${lines.length ? ':' : ': none'}`);
      for (const l of lines) out.push(`  ${l.marker} ${l.text}`);
    };
    const lines = codeLines(diff);
    section('Added codes', lines.filter((l) => l.marker === '+'));
    section('Withdrawn codes', lines.filter((l) => l.marker === '-'));
    if (diff.reinstated.length) section('Codes registered again', lines.filter((l) => l.marker === '!'));
    section('Changed fields', lines.filter((l) => l.marker === '~'));
    section('Range changes', rangeLines(diff));
    section('Contact changes', contactLines(diff));
    out.push(
      diff.upstreamUpdated === diff.registryUpdated
        ? `Registry date: ${diff.registryUpdated} (unchanged)`
        : `Registry date: ${diff.registryUpdated} ${ARROW} ${diff.upstreamUpdated}`,
    );
  }
  if (diff.notes.length) {
    out.push("Notes on IANA's data:");
    for (const n of diff.notes) out.push(`  ${n}`);
  }
  return out;
}

/** How a registry's bump reads: "major (1 opcode withdrawn (Opcode.Pong deprecated))", "in sync", "not yet published by IANA". */
export function bumpText(o: RegistryOutcome): string {
  if (o.absent && o.registered === 0) return 'not yet published by IANA: nothing to do';
  return o.bump ? `${o.bump.bump} (${o.bump.reasons.join('; ')})` : 'in sync';
}

/**
 * The report for people: each registry's section (the close codes' first), then the release's one
 * semver bump, last, with each registry's bump under it.
 */
export function formatReport(outcomes: readonly RegistryOutcome[], overall: BumpDecision | null, stale: readonly StaleReference[] = []): string {
  const out: string[] = [];
  for (const [i, o] of outcomes.entries()) {
    if (i === 1) out.push('', "IANA's other WebSocket registries:");
    if (i === 0) out.push(...o.lines);
    else out.push(`${o.title} (${o.label}): ${bumpText(o)}`, ...o.lines);
  }
  if (stale.length > 0) {
    out.push('', `Vector references this update makes stale (${stale.length}): run ${PRUNE_COMMAND} before npm run build`);
    for (const r of stale) out.push(`  ${formatStaleReference(r)}`);
  }
  out.push('', overall ? `Semver: ${overall.bump} (${overall.reasons.join('; ')})` : 'Semver: none, every registry is in sync');
  for (const o of outcomes) out.push(`  ${o.id}: ${bumpText(o)}`);
  return out.join('\n') + '\n';
}

/** The report for machines. The close codes' documented members stay at the top; `bump` is the release's. */
export function reportJson(outcomes: readonly RegistryOutcome[], context: ReportContext, overall: BumpDecision | null, stale: readonly StaleReference[] = []): string {
  const [closeCodes, ...others] = outcomes;
  const perRegistry = (o: RegistryOutcome) => ({ id: o.id, file: o.label, status: o.absent && o.registered === 0 ? 'not-published' : o.inSync ? 'in-sync' : 'changed', bump: o.bump?.bump ?? null, bumpReasons: o.bump?.reasons ?? [] });
  return (
    JSON.stringify(
      {
        ...closeCodes!.json,
        upstreamSource: context.upstreamSource,
        registry: context.registryFile,
        registries: others.map((o) => ({ ...o.json, ...perRegistry(o), withdrawals: o.withdrawals })),
        withdrawals: outcomes.flatMap((o) => o.withdrawals.map((w) => ({ registry: o.id, ...w }))),
        bumps: outcomes.map(perRegistry),
        bump: overall?.bump ?? null,
        bumpReasons: overall?.reasons ?? [],
        allInSync: outcomes.every((o) => o.inSync),
        staleReferences: stale.map(({ kind, file, line, column, peer, vectors }) => ({ kind, file, line, column, peer, vectors })),
      },
      null,
      2,
    ) + '\n'
  );
}

/** The close codes' members of the JSON report, as documented. */
export function closeCodeJson(diff: SyncDiff, inSync: boolean) {
  return {
    upstreamUpdated: diff.upstreamUpdated,
    added: diff.added,
    withdrawn: diff.withdrawn.map((w) => ({ ...w, constant: `CloseCode.${w.key}` })),
    reinstated: diff.reinstated,
    changed: diff.changed,
    ranges: diff.ranges,
    contacts: diff.contacts,
    registryUpdated: diff.registryUpdated,
    inSync,
    notes: diff.notes,
  };
}

function fieldChangeText(c: Pick<FieldChange, 'field' | 'from' | 'to'>): string {
  return `${c.field}: ${show(c.from)} ${ARROW} ${show(c.to)}`;
}

/** The fields besides the description that have a value, or "no contact, no references". */
function fieldsSummary(iana: IanaFields): string {
  const present = IANA_FIELDS.filter((f) => f !== 'description' && iana[f] !== null && iana[f] !== undefined && iana[f].length > 0);
  return present.length ? present.map((f) => `${f} ${show(iana[f]!)}`).join(', ') : 'no contact, no references';
}

function show(value: string | null | readonly IanaXref[]): string {
  if (value === null) return '(none)';
  if (typeof value === 'string') return /\s{2}|\n/.test(value) ? JSON.stringify(value) : value;
  return value.length ? value.map((r) => `${r.type} ${r.data}`).join(', ') : '(none)';
}

const quote = (text: string): string => `"${text}"`;
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
