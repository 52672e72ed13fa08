import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { besideFile, checkIanaRegistryText, formatDiagnostic, type IanaRegistryModule } from '@wscodes-tools/registry';
import { notCompared, type RegistryOutcome, type SyncModule, type Withdrawal } from '../engine.ts';
import { SyncError } from '../errors.ts';
import { applyRegistryDiff, newEntry } from './apply.ts';
import { bumpForRegistry, diffIanaRegistry, registryInSync, type RegistryDiff } from './diff.ts';
import { findIanaRegistry, parseIanaRegistry } from './parse.ts';
import { describeRecord, registryChangesetItems, registryJson, registryLines } from './report.ts';

/** The id --allow-withdrawal and the report use for a registry: its file's name ("header-bits"). */
export const registryId = (module: IanaRegistryModule): string => basename(module.file, '.yaml');

/** A deprecated constant ("Opcode.Pong") or, for a registry without constants, what the value was. */
export function withdrawalOf(module: IanaRegistryModule, w: RegistryDiff['withdrawn'][number]): Withdrawal {
  const described = describeRecord(w.iana);
  return {
    value: String(w.value),
    ...(module.constants && w.key ? { constant: `${module.constants}.${w.key}` } : {}),
    what: `${module.noun} ${w.value}${described ? ` ${described}` : ''}`,
    reason: w.reason,
  };
}

/**
 * One of IANA's registries besides close codes as a sync module: its YAML beside the close-code
 * registry, compared with its registry in IANA's file. Writes nothing.
 */
export function registrySyncModule(module: IanaRegistryModule, closeCodeFile: string, closeCodeLabel: string): SyncModule {
  const id = registryId(module);
  return {
    id,
    async compare({ root, source }): Promise<RegistryOutcome> {
      const file = besideFile(closeCodeFile, module);
      const label = besideFile(closeCodeLabel, module);
      const text = await readFile(file, 'utf8');
      const current = valid(module, text, label, 'is invalid', 'run npm run validate to see every problem, fix them, then sync again');
      const registered = current.document.entries.filter((e) => !e.withdrawn).length;
      const base = { id, title: module.title, file, label, registered };
      const element = findIanaRegistry(module, root);
      const upstream = element ? parseIanaRegistry(module, root, source) : undefined;
      const empty = upstream !== undefined && upstream.entries.length === 0;
      if (!upstream || (empty && registered === 0)) {
        return { ...base, absent: upstream ? 'empty' : 'missing', ...notCompared(current.document.iana.updated) };
      }
      const diff = diffIanaRegistry(upstream, current.document);
      const inSync = registryInSync(diff);
      return {
        ...base,
        ...(empty ? { absent: 'empty' as const } : {}),
        upstreamUpdated: diff.upstreamUpdated,
        inSync,
        bump: bumpForRegistry(diff),
        withdrawals: diff.withdrawn.map((w) => withdrawalOf(module, w)),
        lines: registryLines(diff),
        json: registryJson(diff, inSync),
        changesetItems: registryChangesetItems(diff),
        pendingReview: diff.added.some((a) => newEntry(module, a).pending === true),
        update() {
          const updatedText = applyRegistryDiff(text, upstream, diff);
          const updated = valid(module, updatedText, label, 'would become invalid', 'nothing was written; fix the registry by hand or report a sync:iana bug');
          if (!registryInSync(diffIanaRegistry(upstream, updated.document))) {
            throw new SyncError(`internal error: the updated ${label} still differs from IANA; nothing was written. Please report this sync:iana bug`);
          }
          return { text: updatedText, warnings: updated.warnings };
        },
      };
    },
  };
}

function valid(module: IanaRegistryModule, text: string, label: string, problem: string, fix: string) {
  const { registry, diagnostics } = checkIanaRegistryText(module, text, label);
  if (!registry) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    throw new SyncError(`${label} ${problem} (${errors.length} error${errors.length === 1 ? '' : 's'}; first: ${formatDiagnostic(label, errors[0]!)}); ${fix}`);
  }
  return { document: registry.document, warnings: diagnostics.map((d) => formatDiagnostic(label, d)) };
}
