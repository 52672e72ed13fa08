import { readFile } from 'node:fs/promises';
import { besideFile, checkIanaRegistryText, formatDiagnostic, type IanaRegistryModule } from '@wscodes-tools/registry';
import { SyncError } from '../errors.ts';
import type { XmlElement } from '../xml-tree.ts';
import { applyRegistryDiff } from './apply.ts';
import { diffIanaRegistry, registryInSync, type RegistryDiff } from './diff.ts';
import { parseIanaRegistry } from './parse.ts';

/** One registry compared with IANA, and (when it differs) its YAML with IANA's side applied. */
export interface RegistrySync {
  readonly diff: RegistryDiff;
  readonly file: string;
  readonly label: string;
  /** The updated YAML, validated; absent when in sync. */
  readonly updatedText?: string;
  /** Warnings of the updated file (entries pending review). */
  readonly warnings: readonly string[];
}

/**
 * Reads one module's registry out of IANA's file, compares it with the YAML beside the close-code
 * registry, and prepares the update. Writes nothing. Throws SyncError naming the file and the fix.
 */
export async function syncRegistry(module: IanaRegistryModule, root: XmlElement, source: string, closeCodeFile: string, closeCodeLabel: string): Promise<RegistrySync> {
  const file = besideFile(closeCodeFile, module);
  const label = besideFile(closeCodeLabel, module);
  const text = await readFile(file, 'utf8');
  const current = valid(module, text, label, 'is invalid', 'run npm run validate to see every problem, fix them, then sync again');
  const upstream = parseIanaRegistry(module, root, source);
  const diff = diffIanaRegistry(upstream, current.document);
  if (registryInSync(diff)) return { diff, file, label, warnings: [] };
  const updatedText = applyRegistryDiff(text, upstream, diff);
  const updated = valid(module, updatedText, label, 'would become invalid', 'nothing was written; fix the registry by hand or report a sync:iana bug');
  if (!registryInSync(diffIanaRegistry(upstream, updated.document))) {
    throw new SyncError(`internal error: the updated ${label} still differs from IANA; nothing was written. Please report this sync:iana bug`);
  }
  return { diff, file, label, updatedText, warnings: updated.warnings };
}

function valid(module: IanaRegistryModule, text: string, label: string, problem: string, fix: string) {
  const { registry, diagnostics } = checkIanaRegistryText(module, text, label);
  if (!registry) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    throw new SyncError(`${label} ${problem} (${errors.length} error${errors.length === 1 ? '' : 's'}; first: ${formatDiagnostic(label, errors[0]!)}); ${fix}`);
  }
  return { document: registry.document, warnings: diagnostics.map((d) => formatDiagnostic(label, d)) };
}
