// wscodes name NAME (and wscodes NAME): the close codes with a name, IANA's or a protocol's, from
// findCloseCodesByName of @wscodes/core. An ambiguous name lists every match, never a guess.
import { nearest } from './did-you-mean.ts';
import { quote, UsageError } from './io.ts';
import { CLOSE_CODE_INFO, findCloseCodesByName, findUnderProtocol, getProtocol, PROTOCOLS, type CloseCodeNameMatch, type ProtocolRecord } from './lookups.ts';
import type { Style } from './style.ts';

/** The --json shape of name (documented in the README; changing it is a breaking change). */
export interface NameReport {
  readonly command: 'name';
  /** The name as given. */
  readonly name: string;
  /** The catalogue id of --protocol, or null. */
  readonly protocol: string | null;
  /** Every code with the name: the protocol's first, then IANA's (`source` 'iana'). */
  readonly matches: readonly CloseCodeNameMatch[];
  /** Every catalogued protocol's code with the name, in catalogue order, whether or not --protocol names it. */
  readonly protocols: readonly CloseCodeNameMatch[];
}

/** What the name denotes in every catalogued protocol (their own codes, not IANA's). */
const underEveryProtocol = (name: string): CloseCodeNameMatch[] =>
  PROTOCOLS.flatMap((p) => findUnderProtocol(name, { protocol: p.id }).filter((m) => m.source === p.id));

/**
 * The codes named `name`; a usage error when there are none, with the nearest names (and commands,
 * for the bare form `wscodes NAME`), or the protocols that do name a code so.
 */
export function lookUpName(name: string, protocol: ProtocolRecord | undefined, usage: string, commands?: readonly string[]): NameReport {
  const matches = protocol ? findUnderProtocol(name, { protocol: protocol.id }) : findCloseCodesByName(name);
  const protocols = underEveryProtocol(name);
  if (matches.length > 0) return { command: 'name', name, protocol: protocol?.id ?? null, matches, protocols };
  if (protocols.length > 0) {
    const listed = protocols.map((m) => `${m.source} ${m.code}`).join(', ');
    throw new UsageError(`no IANA close code is named ${quote(name)}; under a protocol: ${listed} (ask: wscodes name ${protocols[0]!.key} --protocol ${protocols[0]!.source})`, usage);
  }
  const near = nearestNames(name, protocol, commands);
  const guess = near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : '';
  if (commands) throw new UsageError(`${quote(name)} is not a command, a close code or a close code's name${guess}: the commands are ${commands.join(', ')}`, usage);
  throw new UsageError(`no close code${protocol ? `, IANA's or ${protocol.id}'s,` : ''} is named ${quote(name)}${guess}${protocol ? '' : '; a protocol\'s names need --protocol ID'}`, usage);
}

/** The names (display names, each once) nearest to a mistyped name, and the commands nearest to its first word. */
function nearestNames(name: string, protocol: ProtocolRecord | undefined, commands: readonly string[] = []): string[] {
  const display = new Map<string, string>();
  for (const entry of [...(protocol?.codes ?? []), ...CLOSE_CODE_INFO]) {
    for (const text of [entry.name, entry.key]) if (!display.has(text)) display.set(text, entry.name);
  }
  const names = nearest(name, [...display.keys()]).map((text) => display.get(text)!);
  return [...new Set([...nearest(name.split(' ')[0]!, commands), ...names])];
}

/** How to ask about one match: the code, under its protocol when it is a protocol's. */
const askFor = (m: CloseCodeNameMatch): string => `wscodes ${m.code}${m.source === 'iana' ? '' : ` --protocol ${m.source}`}`;
const whose = (m: CloseCodeNameMatch): string => (m.source === 'iana' ? `IANA, CloseCode.${m.key}` : `${m.source}, key ${m.key}`);

export function formatName(report: NameReport, style: Style): string {
  const label = (text: string): string => style.dim(text.padEnd(11));
  const indent = ' '.repeat(12);
  const lines: string[] = [];
  const [only] = report.matches;
  if (report.matches.length === 1) {
    lines.push(style.bold(`${only!.code} ${only!.name}`), `${label('source')} ${whose(only!)}`, `${label('details')} ${askFor(only!)}`);
  } else {
    lines.push(style.bold(`${quote(report.name)} names ${report.matches.length} close codes: pick one by its number`));
    const width = Math.max(...report.matches.map((m) => `${m.code} ${m.name}`.length));
    const whoseWidth = Math.max(...report.matches.map((m) => whose(m).length));
    lines.push(...report.matches.map((m) => `${`${m.code} ${m.name}`.padEnd(width)}   ${whose(m).padEnd(whoseWidth)}   ${askFor(m)}`));
  }
  // Without --protocol, say which protocols name a code so, and how to ask (as explain does for a number).
  if (report.protocol === null && report.protocols.length > 0) {
    lines.push(...report.protocols.map((m, i) => `${i === 0 ? `${label('protocols')} ` : indent}${m.source} (${getProtocol(m.source)!.name}): ${m.code} ${m.name}`));
    lines.push(`${indent}ask: wscodes name ${report.protocols[0]!.key} --protocol ${report.protocols[0]!.source}`);
  }
  return `${lines.join('\n')}\n`;
}
