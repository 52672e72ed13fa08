import { join } from 'node:path';
import { IANA_REGISTRIES, modulesBeside, type IanaRegistryModule } from '@wscodes-tools/registry';
import { changesetFileName, syncChangeset } from './changeset.ts';
import { CLOSE_CODES_ID, closeCodeSyncModule, readRegistry, validRegistry } from './close-codes-sync.ts';
import { guardWithdrawals, overallBump, parseAllowWithdrawal, refuseAbsent, unusedAllowances, type RegistryOutcome, type RegistryUpdate, type SyncModule } from './engine.ts';
import { EXIT } from './errors.ts';
import { isUrl, readInput } from './input.ts';
import { registryId, registrySyncModule } from './registries/sync-registry.ts';
import { formatReport, reportJson } from './report.ts';
import { referencesMadeStaleBySync } from './stale-references.ts';
import { PRUNE_COMMAND, type StaleReference } from '@wscodes-tools/generators';
import { REMOVED_CONSTANTS_CHANGESET, removeDeprecated } from './remove-deprecated.ts';
import type { BumpDecision } from './semver.ts';
import { writeFilesAtomically } from './write-files.ts';
import { parseXml } from './xml-tree.ts';

export type SyncMode = 'apply' | 'dry-run' | 'check';

export interface SyncOptions {
  /** IANA's websocket.xml: a file path or an http(s) URL. */
  readonly from: string;
  readonly registryFile: string;
  /** How the registry file is named in messages and diagnostics. */
  readonly registryLabel: string;
  readonly changesetDir: string;
  readonly mode: SyncMode;
  readonly json: boolean;
  readonly timeoutMs?: number;
  /** `--allow-withdrawal`: "REGISTRY:VALUE" items (comma-separated lists accepted). */
  readonly allowWithdrawal?: readonly string[];
}

export interface SyncIo {
  /** The report: text or JSON. */
  stdout(text: string): void;
  /** Progress and warnings, one line each. */
  stderr(line: string): void;
}

export interface SyncResult {
  readonly exitCode: number;
  /** Every registry compared, the close codes first. */
  readonly outcomes: readonly RegistryOutcome[];
  /** The release's bump; null when every registry is in sync. */
  readonly bump: BumpDecision | null;
  /** IANA's latest date among the registries compared: the revision synced with. */
  readonly upstreamUpdated: string;
  /** Files written, if any. */
  readonly written: readonly string[];
}

/** The sync modules of a registry folder: the close codes first, then each registry file beside them. */
export function syncModules(registryFile: string, registryLabel: string): SyncModule[] {
  return [closeCodeSyncModule(registryFile, registryLabel), ...modulesBeside(registryFile).map((m) => registrySyncModule(m, registryFile, registryLabel))];
}

/** Every id --allow-withdrawal accepts: the close codes' and each module's file name (its module id too). */
export const WITHDRAWAL_REGISTRY_IDS: readonly { id: string; aliases: readonly string[] }[] = [
  { id: CLOSE_CODES_ID, aliases: ['closeCodes'] },
  ...(IANA_REGISTRIES as readonly IanaRegistryModule[]).map((m) => ({ id: registryId(m), aliases: [m.id] })),
];

/**
 * The whole tool: read and parse IANA's file once, compare every registry once, apply the rules
 * every registry shares (refusals, the withdrawal guard), report, and (in apply mode) write.
 * Throws SyncError: one line, nothing written.
 */
export async function runSync(options: SyncOptions, io: SyncIo): Promise<SyncResult> {
  io.stderr(`${isUrl(options.from) ? 'fetching' : 'reading'} ${options.from}`);
  const input = await readInput(options.from, { timeoutMs: options.timeoutMs });
  const root = parseXml(input.text, input.source);
  const allowed = parseAllowWithdrawal(options.allowWithdrawal ?? [], WITHDRAWAL_REGISTRY_IDS);

  const outcomes: RegistryOutcome[] = [];
  for (const module of syncModules(options.registryFile, options.registryLabel)) {
    const outcome = await module.compare({ root, source: input.source, progress: io.stderr });
    if (outcomes.length) io.stderr(`compared ${outcome.label} (${outcome.title.toLowerCase()})`);
    outcomes.push(outcome);
  }
  refuseAbsent(outcomes, allowed, input.source);
  guardWithdrawals(outcomes, allowed, input.source);
  for (const unused of unusedAllowances(outcomes, allowed)) io.stderr(`warning: --allow-withdrawal ${unused}: this update does not withdraw it`);

  const bump = overallBump(outcomes);
  // The updated files, computed once: the report names the vector references they make stale, and apply writes them.
  let updates: { outcome: RegistryOutcome; update: RegistryUpdate }[] = [];
  let updateError: unknown;
  try {
    updates = outcomes.filter((o) => !o.inSync).map((outcome) => ({ outcome, update: outcome.update() }));
  } catch (error) {
    updateError = error;
  }
  const stale = updateError === undefined && updates.length > 0 ? staleReferences(options, updates, io) : [];
  const context = { upstreamSource: input.source, registryFile: options.registryLabel };
  io.stdout(options.json ? reportJson(outcomes, context, bump, stale) : formatReport(outcomes, bump, stale));

  const inSync = outcomes.every((o) => o.inSync);
  const upstreamUpdated = outcomes.map((o) => o.upstreamUpdated).sort().at(-1)!;
  const done = (exitCode: number, written: readonly string[] = []): SyncResult => ({ exitCode, outcomes, bump, upstreamUpdated, written });
  if (options.mode === 'check') return done(inSync ? EXIT.ok : EXIT.differences);
  if (options.mode === 'dry-run') return done(EXIT.ok);
  if (inSync) {
    io.stderr('in sync: nothing to write');
    return done(EXIT.ok);
  }

  if (updateError !== undefined) throw updateError;
  const files: { path: string; contents: string; label: string }[] = [];
  for (const { outcome: o, update } of updates) {
    for (const warning of update.warnings) io.stderr(warning);
    files.push({ path: o.file, contents: update.text, label: o.label });
  }
  const updated = outcomes.filter((o) => !o.inSync).map((o) => o.upstreamUpdated).sort().at(-1)!;
  const changeset = syncChangeset(outcomes, bump!, updated);
  const changesetPath = join(options.changesetDir, changesetFileName(updated));
  await writeFilesAtomically([{ path: changesetPath, contents: changeset.text }, ...files]);
  io.stderr(`wrote ${files.map((f) => f.label).join(', ')} and ${changesetPath} (${changeset.bump})`);
  for (const o of outcomes) {
    for (const w of o.withdrawals) {
      const constant = w.constant ? `${w.constant} stays as a deprecated alias until the next major` : `It stays in ${o.label}, marked withdrawn`;
      io.stderr(`WITHDRAWN: IANA no longer registers ${w.what} (${w.reason}). ${constant}. This is a MAJOR release.`);
    }
  }
  if (stale.length > 0) io.stderr(`next: ${stale.length} vector reference${stale.length === 1 ? ' is' : 's are'} now stale (listed in the report): run ${PRUNE_COMMAND}, then npm run build`);
  if (outcomes.some((o) => o.pendingReview)) {
    io.stderr('next: write the curated text of the entries marked pending: true, then npm run build');
  }
  return done(EXIT.ok, [...files.map((f) => f.path), changesetPath]);
}

/**
 * `--remove-deprecated`, for the next major after a withdrawal: drops every deprecated constant of a
 * withdrawn code (withdrawn.constant becomes removed) and writes a major changeset naming them.
 * Reads nothing from IANA. In dry-run or check mode it reports and writes nothing.
 */
export async function runRemoveDeprecated(
  options: Pick<SyncOptions, 'registryFile' | 'registryLabel' | 'changesetDir' | 'mode'>,
  io: SyncIo,
): Promise<{ exitCode: number; written: readonly string[] }> {
  const text = await readRegistry(options);
  const { registry } = validRegistry(text, options.registryLabel, 'is invalid', 'run npm run validate to see every problem, fix them, then rerun');
  const result = removeDeprecated(text, registry.document, options.registryLabel);
  if (!result) {
    io.stdout('No deprecated constants: no withdrawn code has constant: deprecated.\n');
    return { exitCode: EXIT.ok, written: [] };
  }
  io.stdout(`Constants to remove (${result.removed.length}, major):\n${result.removed.map((r) => `  - CloseCode.${r.key} (${r.code}), withdrawn ${r.date}`).join('\n')}\n`);
  if (options.mode !== 'apply') return { exitCode: options.mode === 'check' ? EXIT.differences : EXIT.ok, written: [] };
  validRegistry(result.text, options.registryLabel, 'would become invalid', 'nothing was written; report a sync:iana bug');
  const changesetPath = join(options.changesetDir, REMOVED_CONSTANTS_CHANGESET);
  await writeFilesAtomically([
    { path: changesetPath, contents: result.changeset },
    { path: options.registryFile, contents: result.text },
  ]);
  io.stderr(`wrote ${options.registryLabel} and ${changesetPath} (major): ${result.removed.map((r) => `CloseCode.${r.key}`).join(', ')} removed`);
  return { exitCode: EXIT.ok, written: [options.registryFile, changesetPath] };
}


/** The vector references the update makes stale; a registry that cannot be loaded for it is a warning, never a failed sync. */
function staleReferences(options: SyncOptions, updates: readonly { outcome: RegistryOutcome; update: RegistryUpdate }[], io: SyncIo): StaleReference[] {
  try {
    return referencesMadeStaleBySync(options.registryFile, options.registryLabel, updates.map(({ outcome, update }) => ({ path: outcome.file, contents: update.text })));
  } catch (error) {
    io.stderr(`warning: could not check the vector references after the update (${(error as Error).message.split('\n')[0]}); run npm run build to see them`);
    return [];
  }
}
