import { IANA_FIELDS, isInSync, type FieldChange, type SyncDiff } from './diff.ts';
import { registryInSync, type RegistryDiff } from './registries/diff.ts';
import { registryJson, registrySection } from './registries/report.ts';
import { bumpFor } from './semver.ts';
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

/** The report for people: what IANA changed, and what syncing would do about it. */
export function formatReport(diff: SyncDiff, context: ReportContext, registries: readonly RegistryDiff[] = []): string {
  const out: string[] = [
    `IANA close-code registry: ${context.upstreamSource} (updated ${diff.upstreamUpdated})`,
    `Registry:                 ${context.registryFile} (synced with IANA's ${diff.registryUpdated})`,
    '',
  ];
  if (diff.upstreamUpdated < diff.registryUpdated) {
    out.push(`Warning: IANA's file (${diff.upstreamUpdated}) is older than the revision the registry was synced with (${diff.registryUpdated}): is --from an old copy?`, '');
  }
  if (isInSync(diff)) {
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
    const bump = bumpFor(diff)!;
    out.push(`Semver: ${bump.bump} (${bump.reasons.join('; ')})`);
  }
  if (diff.notes.length) {
    out.push('Notes on IANA\'s data:');
    for (const n of diff.notes) out.push(`  ${n}`);
  }
  if (registries.length) {
    out.push('', "IANA's other WebSocket registries:");
    for (const r of registries) out.push(...registrySection(r));
  }
  return out.join('\n') + '\n';
}

/** The report for machines. The documented members are kept; the rest are additions. */
export function reportJson(diff: SyncDiff, context: ReportContext, registries: readonly RegistryDiff[] = []): string {
  const bump = bumpFor(diff);
  return (
    JSON.stringify(
      {
        upstreamUpdated: diff.upstreamUpdated,
        added: diff.added,
        withdrawn: diff.withdrawn,
        reinstated: diff.reinstated,
        changed: diff.changed,
        ranges: diff.ranges,
        contacts: diff.contacts,
        registryUpdated: diff.registryUpdated,
        inSync: isInSync(diff),
        bump: bump?.bump ?? null,
        bumpReasons: bump?.reasons ?? [],
        notes: diff.notes,
        upstreamSource: context.upstreamSource,
        registry: context.registryFile,
        registries: registries.map(registryJson),
        allInSync: isInSync(diff) && registries.every(registryInSync),
      },
      null,
      2,
    ) + '\n'
  );
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
