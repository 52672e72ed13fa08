import { SyncError } from './errors.ts';
import { plural, type Bump, type BumpDecision } from './semver.ts';
import type { XmlElement } from './xml-tree.ts';

// The one path every registry goes through: each sync module reads its YAML and IANA's side of the
// same parsed file and compares them once (a RegistryOutcome); the rules that hold for every
// registry (not yet published or refused, the withdrawal guard, the release's bump) live here.

/** What a module is given: IANA's file, parsed once, and where progress goes. */
export interface SyncInput {
  readonly root: XmlElement;
  readonly source: string;
  progress(line: string): void;
}

/** A value IANA no longer registers: the entry stays, marked withdrawn; a constant that named it is deprecated. */
export interface Withdrawal {
  /** The value as the flag and the report write it: "1000", "10", "RSV1", "chat.example". */
  readonly value: string;
  /** The constant that is now deprecated ("CloseCode.Timeout", "Opcode.Pong"), where the registry has constants. */
  readonly constant?: string;
  /** What the value was, in words: `close code 3008 "Timeout"`, `subprotocol chat.example "Example Chat"`. */
  readonly what: string;
  readonly reason: string;
}

/** The YAML's side written back, validated. */
export interface RegistryUpdate {
  readonly text: string;
  /** Diagnostics of the updated file worth a line (entries pending review). */
  readonly warnings: readonly string[];
}

/** One registry compared with IANA's file. */
export interface RegistryOutcome {
  /** The id --allow-withdrawal uses: "close-codes", "opcodes", "header-bits", ... (the file's name). */
  readonly id: string;
  readonly title: string;
  /** The file to write, and as messages show it. */
  readonly file: string;
  readonly label: string;
  /** Values the YAML registers before the sync (withdrawn ones not counted). */
  readonly registered: number;
  /**
   * "missing": IANA's file lacks the registry; "empty": it lists no registered value. Either is
   * "not yet published" when the YAML has no entries, and refused when it has. An empty listing
   * is still compared (every value withdrawn), for --allow-withdrawal to let through.
   */
  readonly absent?: 'missing' | 'empty';
  /** IANA's date for the registry (absent: the YAML's). */
  readonly upstreamUpdated: string;
  readonly inSync: boolean;
  readonly bump: BumpDecision | null;
  readonly withdrawals: readonly Withdrawal[];
  /** The report's section for this registry, without its heading. */
  readonly lines: readonly string[];
  readonly json: Readonly<Record<string, unknown>>;
  /** The changeset's items for users, one line each. */
  readonly changesetItems: readonly string[];
  /** Entries were added whose curated text is pending. */
  readonly pendingReview: boolean;
  /** The YAML with IANA's side applied; called only to write. Throws SyncError. */
  update(): RegistryUpdate;
}

/** One registry's sync: reads its YAML, finds its registry in IANA's file, and compares. Writes nothing. */
export interface SyncModule {
  readonly id: string;
  compare(input: SyncInput): Promise<RegistryOutcome>;
}

/** What a registry that is not compared reports: nothing to do. */
export function notCompared(updated: string) {
  return {
    upstreamUpdated: updated,
    inSync: true,
    bump: null,
    withdrawals: [],
    lines: [],
    json: {},
    changesetItems: [],
    pendingReview: false,
    update: () => {
      throw new SyncError('internal error: nothing to update; please report this sync:iana bug');
    },
  } as const;
}

/** The guard applies from this many registered values. */
export const GUARD_MIN_VALUES = 4;

/** `--allow-withdrawal close-codes:3003,opcodes:10` as a set of "registry:value". */
export type AllowedWithdrawals = ReadonlySet<string>;

/**
 * Parses the flag's values (repeatable, comma-separated). A registry that is not one of `ids` (or
 * an alias of one) is bad usage: a typo must not let a withdrawal through, nor block it silently.
 */
export function parseAllowWithdrawal(values: readonly string[], ids: readonly { id: string; aliases?: readonly string[] }[]): AllowedWithdrawals {
  const allowed = new Set<string>();
  for (const item of values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    const at = item.indexOf(':');
    const registry = at > 0 ? item.slice(0, at) : '';
    const value = at > 0 ? item.slice(at + 1).trim() : '';
    const known = ids.find((r) => r.id === registry || r.aliases?.includes(registry));
    if (!known || !value) {
      throw new SyncError(
        `--allow-withdrawal ${item}: expected REGISTRY:VALUE, where REGISTRY is one of ${ids.map((r) => r.id).join(', ')} (for example close-codes:3003 or opcodes:10)`,
      );
    }
    allowed.add(`${known.id}:${value}`);
  }
  return allowed;
}

/**
 * A registry IANA's file lacks or lists empty is "not yet published" when the YAML has no entries
 * (nothing to do), and refused when it has (exit 2, one line). An empty listing that withdraws
 * every value passes only when --allow-withdrawal names each one (a registry of one or two values,
 * such as header bits, can really lose them all); a missing registry never does: the file is
 * incomplete. Throws SyncError.
 */
export function refuseAbsent(outcomes: readonly RegistryOutcome[], allowed: AllowedWithdrawals, source: string): void {
  for (const o of outcomes) {
    if (!o.absent || o.registered === 0) continue;
    if (o.absent === 'empty' && o.withdrawals.length && o.withdrawals.every((w) => allowed.has(`${o.id}:${w.value}`))) continue;
    const how = o.absent === 'missing' ? 'lacks the registry' : 'lists no registered value in it';
    const fix =
      o.absent === 'empty' && o.withdrawals.length
        ? `If IANA really withdrew them all, rerun with ${allowFlag(o)}`
        : 'A broken or partial download? Check the file; IANA withdraws values record by record';
    throw new SyncError(`${source} ${how} ${o.id} (${o.title}), where ${o.label} holds ${plural(o.registered, 'registered value')}: refused, nothing was written. ${fix}`);
  }
}

const allowFlag = (o: RegistryOutcome): string => `--allow-withdrawal ${o.withdrawals.map((w) => `${o.id}:${w.value}`).join(',')}`;

/**
 * The withdrawal guard: an update that withdraws more than half of a registry's values at once
 * (for a registry of GUARD_MIN_VALUES or more) is refused unless every such withdrawal is named
 * with --allow-withdrawal. Throws SyncError, one line, naming the flag to pass.
 */
export function guardWithdrawals(outcomes: readonly RegistryOutcome[], allowed: AllowedWithdrawals, source: string): void {
  for (const o of outcomes) {
    if (o.registered < GUARD_MIN_VALUES || o.withdrawals.length * 2 <= o.registered) continue;
    const unnamed = o.withdrawals.filter((w) => !allowed.has(`${o.id}:${w.value}`));
    if (!unnamed.length) continue;
    const flag = allowFlag(o);
    throw new SyncError(
      `${source} withdraws ${o.withdrawals.length} of the ${o.registered} values of ${o.id} (${o.title}) at once, more than half: refused, nothing was written. If IANA really withdrew them, rerun with ${flag}`,
    );
  }
}

/** Flag items that name no value this update withdraws: worth a warning, as they may be typos. */
export function unusedAllowances(outcomes: readonly RegistryOutcome[], allowed: AllowedWithdrawals): string[] {
  const withdrawn = new Set(outcomes.flatMap((o) => o.withdrawals.map((w) => `${o.id}:${w.value}`)));
  return [...allowed].filter((a) => !withdrawn.has(a));
}

const RANK = { major: 0, minor: 1, patch: 2 } as const;

/** The release's bump: the highest any registry asks for; reasons deduplicated, each naming its registries. */
export function overallBump(outcomes: readonly RegistryOutcome[]): BumpDecision | null {
  const changed = outcomes.filter((o) => o.bump);
  if (!changed.length) return null;
  const bump: Bump = changed.map((o) => o.bump!.bump).sort((a, b) => RANK[a] - RANK[b])[0]!;
  const reasons = new Map<string, { bump: Bump; ids: string[] }>();
  for (const o of changed) {
    for (const reason of o.bump!.reasons) {
      const entry = reasons.get(reason) ?? { bump: o.bump!.bump, ids: [] };
      entry.ids.push(o.id);
      reasons.set(reason, entry);
    }
  }
  // The deciding reasons first; a reason shared by several registries is written once.
  const ordered = [...reasons.entries()].sort((a, b) => RANK[a[1].bump] - RANK[b[1].bump]);
  return { bump, reasons: ordered.map(([reason, { ids }]) => (changed.length > 1 ? `${reason} in ${ids.join(', ')}` : reason)) };
}
