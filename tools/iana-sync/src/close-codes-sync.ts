import { readFile } from 'node:fs/promises';
import { checkRegistryText, formatDiagnostic, type Diagnostic, type Registry } from '@wscodes-tools/registry';
import { applyToYaml } from './apply-yaml.ts';
import { closeCodeItems } from './changeset.ts';
import { diffRegistry, isInSync, type SyncDiff } from './diff.ts';
import { notCompared, type RegistryOutcome, type RegistryUpdate, type SyncModule } from './engine.ts';
import { SyncError } from './errors.ts';
import { findCloseCodeRegistry, readCloseCodes } from './parse-iana.ts';
import { closeCodeJson, closeCodeLines } from './report.ts';
import { bumpFor } from './semver.ts';

/** The close codes' id in --allow-withdrawal and in the report. */
export const CLOSE_CODES_ID = 'close-codes';

/** The close-code registry as the first sync module: registry/close-codes.yaml against <registry id="close-code-number">. */
export function closeCodeSyncModule(registryFile: string, registryLabel: string): SyncModule {
  return {
    id: CLOSE_CODES_ID,
    async compare({ root, source, progress }): Promise<RegistryOutcome> {
      const text = await readRegistry({ registryFile, registryLabel });
      const { registry } = validRegistry(text, registryLabel, 'is invalid', 'run npm run validate to see every problem, fix them, then sync again');
      const document = registry.document;
      const base = { id: CLOSE_CODES_ID, title: 'Close codes', file: registryFile, label: registryLabel, registered: document.codes.filter((c) => c.iana && !c.withdrawn).length };
      if (!findCloseCodeRegistry(root, source)) return { ...base, absent: 'missing', ...notCompared(document.iana.updated) };
      const upstream = readCloseCodes(root, source);
      progress(`read ${upstream.codes.length} codes and ${upstream.spans.length} span records from IANA (updated ${upstream.updated})`);
      const empty = upstream.codes.length === 0;
      if (empty && base.registered === 0) return { ...base, absent: 'empty', ...notCompared(document.iana.updated) };

      const diff = diffRegistry(upstream, document);
      const outcome = closeCodeOutcome(diff, { ...base, source }, () => {
        const updatedText = applyToYaml(text, diff, document, { source: registryLabel });
        progress(`validating the updated ${registryLabel}`);
        const updated = validRegistry(updatedText, registryLabel, 'would become invalid', 'nothing was written; fix the registry by hand or report a sync:iana bug');
        // The one check that the edit did what the diff said.
        if (!isInSync(diffRegistry(upstream, updated.registry.document))) {
          throw new SyncError(`internal error: the updated ${registryLabel} still differs from IANA; nothing was written. Please report this sync:iana bug`);
        }
        return { text: updatedText, warnings: updated.diagnostics.map((d) => formatDiagnostic(registryLabel, d)) };
      });
      return empty ? { ...outcome, absent: 'empty' } : outcome;
    },
  };
}

/** The close codes' outcome for a diff: computed once, read by the report, the JSON and the changeset. Pure. */
export function closeCodeOutcome(
  diff: SyncDiff,
  where: { readonly file: string; readonly label: string; readonly registered: number; readonly source: string },
  update: () => RegistryUpdate,
): RegistryOutcome {
  const inSync = isInSync(diff);
  return {
    id: CLOSE_CODES_ID,
    title: 'Close codes',
    file: where.file,
    label: where.label,
    registered: where.registered,
    upstreamUpdated: diff.upstreamUpdated,
    inSync,
    bump: bumpFor(diff),
    withdrawals: diff.withdrawn.map((w) => ({ value: String(w.code), constant: `CloseCode.${w.key}`, what: `close code ${w.code} "${w.name}"`, reason: w.reason })),
    lines: closeCodeLines(diff, { upstreamSource: where.source, registryFile: where.label }, inSync),
    json: closeCodeJson(diff, inSync),
    changesetItems: inSync ? [] : closeCodeItems(diff),
    pendingReview: diff.added.length > 0,
    update,
  };
}

export async function readRegistry(options: { readonly registryFile: string; readonly registryLabel: string }): Promise<string> {
  try {
    return await readFile(options.registryFile, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new SyncError(`cannot read the registry ${options.registryLabel}: ${code === 'ENOENT' ? 'no such file' : code}; pass it with --registry FILE`);
  }
}

export function validRegistry(text: string, label: string, problem: string, fix: string): { registry: Registry; diagnostics: readonly Diagnostic[] } {
  const { registry, diagnostics } = checkRegistryText(text, label);
  if (registry) return { registry, diagnostics };
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0] ? `; first: ${formatDiagnostic(label, errors[0])}` : '';
  throw new SyncError(`${label} ${problem} (${errors.length} error${errors.length === 1 ? '' : 's'}${first}); ${fix}`);
}
