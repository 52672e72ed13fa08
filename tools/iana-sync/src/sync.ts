import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkRegistryText, formatDiagnostic, modulesBeside, type Diagnostic, type Registry } from '@wscodes-tools/registry';
import { applyToYaml } from './apply-yaml.ts';
import { changesetFileName, syncChangeset } from './changeset.ts';
import { diffRegistry, isInSync, type SyncDiff } from './diff.ts';
import { EXIT, SyncError } from './errors.ts';
import { isUrl, readInput } from './input.ts';
import { readCloseCodes } from './parse-iana.ts';
import { parseXml } from './xml-tree.ts';
import { formatReport, reportJson } from './report.ts';
import { REMOVED_CONSTANTS_CHANGESET, removeDeprecated } from './remove-deprecated.ts';
import { registryInSync, type RegistryDiff } from './registries/diff.ts';
import { syncRegistry, type RegistrySync } from './registries/sync-registry.ts';
import { writeFilesAtomically } from './write-files.ts';

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
}

export interface SyncIo {
  /** The report: text or JSON. */
  stdout(text: string): void;
  /** Progress and warnings, one line each. */
  stderr(line: string): void;
}

export interface SyncResult {
  readonly exitCode: number;
  readonly diff: SyncDiff;
  /** IANA's other registries, compared the same way. */
  readonly registries: readonly RegistryDiff[];
  /** Files written, if any. */
  readonly written: readonly string[];
}

/** The whole tool: read, parse, compare every registry, report, and (in apply mode) write. Throws SyncError. */
export async function runSync(options: SyncOptions, io: SyncIo): Promise<SyncResult> {
  io.stderr(`${isUrl(options.from) ? 'fetching' : 'reading'} ${options.from}`);
  const input = await readInput(options.from, { timeoutMs: options.timeoutMs });
  // One tree for all six registries.
  const root = parseXml(input.text, input.source);
  const upstream = readCloseCodes(root, input.source);
  io.stderr(`read ${upstream.codes.length} codes and ${upstream.spans.length} span records from IANA (updated ${upstream.updated})`);

  const registryText = await readRegistry(options);
  const { registry } = validRegistry(registryText, options.registryLabel, 'is invalid', 'run npm run validate to see every problem, fix them, then sync again');
  const diff = diffRegistry(upstream, registry.document);
  // IANA's other registries, each from the same tree, each into its YAML beside the close codes.
  const others: RegistrySync[] = [];
  for (const module of modulesBeside(options.registryFile)) {
    const synced = await syncRegistry(module, root, input.source, options.registryFile, options.registryLabel);
    io.stderr(`compared ${synced.label} (${module.title.toLowerCase()})`);
    others.push(synced);
  }
  const context = { upstreamSource: input.source, registryFile: options.registryLabel };
  const registryDiffs = others.map((o) => o.diff);
  io.stdout(options.json ? reportJson(diff, context, registryDiffs) : formatReport(diff, context, registryDiffs));

  const closeCodesInSync = isInSync(diff);
  const inSync = closeCodesInSync && registryDiffs.every(registryInSync);
  if (options.mode === 'check') return { exitCode: inSync ? EXIT.ok : EXIT.differences, diff, registries: registryDiffs, written: [] };
  if (options.mode === 'dry-run') return { exitCode: EXIT.ok, diff, registries: registryDiffs, written: [] };
  if (inSync) {
    io.stderr('in sync: nothing to write');
    return { exitCode: EXIT.ok, diff, registries: registryDiffs, written: [] };
  }

  const files: { path: string; contents: string; label: string }[] = [];
  if (!closeCodesInSync) {
    const updatedText = applyToYaml(registryText, diff, registry.document, { source: options.registryLabel });
    io.stderr(`validating the updated ${options.registryLabel}`);
    const updated = validRegistry(updatedText, options.registryLabel, 'would become invalid', 'nothing was written; fix the registry by hand or report a sync:iana bug');
    for (const d of updated.diagnostics) io.stderr(formatDiagnostic(options.registryLabel, d));
    if (!isInSync(diffRegistry(upstream, updated.registry.document))) {
      throw new SyncError(`internal error: the updated ${options.registryLabel} still differs from IANA; nothing was written. Please report this sync:iana bug`);
    }
    files.push({ path: options.registryFile, contents: updatedText, label: options.registryLabel });
  }
  for (const other of others) {
    if (other.updatedText === undefined) continue;
    for (const warning of other.warnings) io.stderr(warning);
    files.push({ path: other.file, contents: other.updatedText, label: other.label });
  }

  const changeset = syncChangeset(diff, registryDiffs);
  const changesetPath = join(options.changesetDir, changesetFileName(diff));
  await writeFilesAtomically([{ path: changesetPath, contents: changeset.text }, ...files]);
  io.stderr(`wrote ${files.map((f) => f.label).join(', ')} and ${changesetPath} (${changeset.bump})`);
  for (const w of diff.withdrawn) {
    io.stderr(`WITHDRAWN: IANA no longer registers ${w.code} (${w.reason}). CloseCode.${w.key} stays as a deprecated alias; its verdicts now follow its range. This is a MAJOR release.`);
  }
  for (const d of registryDiffs) {
    for (const w of d.withdrawn) io.stderr(`WITHDRAWN: IANA no longer lists ${d.module.noun} ${w.value}; it stays in ${d.module.file}, marked withdrawn. This is a MAJOR release.`);
  }
  if (diff.added.length || others.some((o) => o.warnings.length)) io.stderr('next: write the curated text of the entries marked pending: true, then npm run build');
  return { exitCode: EXIT.ok, diff, registries: registryDiffs, written: [...files.map((f) => f.path), changesetPath] };
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

async function readRegistry(options: Pick<SyncOptions, 'registryFile' | 'registryLabel'>): Promise<string> {
  try {
    return await readFile(options.registryFile, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new SyncError(`cannot read the registry ${options.registryLabel}: ${code === 'ENOENT' ? 'no such file' : code}; pass it with --registry FILE`);
  }
}

function validRegistry(text: string, label: string, problem: string, fix: string): { registry: Registry; diagnostics: readonly Diagnostic[] } {
  const { registry, diagnostics } = checkRegistryText(text, label);
  if (registry) return { registry, diagnostics };
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0] ? `; first: ${formatDiagnostic(label, errors[0])}` : '';
  throw new SyncError(`${label} ${problem} (${errors.length} error${errors.length === 1 ? '' : 's'}${first}); ${fix}`);
}
