import { isMap, isSeq, parseDocument } from 'yaml';
import type { RegistryDocument } from '@wscodes-tools/registry';
import { checkRoundTrip, YAML_FORMAT } from './apply-yaml.ts';
import { removedConstantsChangeset } from './changeset.ts';
import { SyncError } from './errors.ts';

export interface RemovedConstant {
  readonly code: number;
  readonly key: string;
  readonly date: string;
  readonly reason: string;
}

/** The changeset that goes with a removal; one file, rewritten if run twice before a release. */
export const REMOVED_CONSTANTS_CHANGESET = 'remove-deprecated-constants.md';

/**
 * For the next major after a withdrawal: every `withdrawn.constant: deprecated` becomes `removed`,
 * so core stops exporting those constants. Returns the new YAML text (only those scalars change),
 * the constants removed and their changeset; null when there is nothing to remove. Pure.
 */
export function removeDeprecated(
  text: string,
  registry: RegistryDocument,
  source: string,
): { text: string; removed: readonly RemovedConstant[]; changeset: string } | null {
  const removed = registry.codes.flatMap((c) =>
    c.withdrawn?.constant === 'deprecated' ? [{ code: c.code, key: c.key, date: c.withdrawn.date, reason: c.withdrawn.reason }] : [],
  );
  if (removed.length === 0) return null;
  const doc = parseDocument(text);
  if (doc.errors.length) throw new SyncError(`${source}: YAML syntax: ${doc.errors[0]!.message.split('\n')[0]}; run npm run validate`);
  checkRoundTrip(doc, text, source);
  const codes = doc.get('codes', true);
  const items: readonly unknown[] = isSeq(codes) ? codes.items : [];
  for (const r of removed) {
    const entry = items.find((item) => isMap(item) && Number(item.get('code')) === r.code);
    const withdrawn = isMap(entry) ? entry.get('withdrawn', true) : undefined;
    if (!isMap(withdrawn)) throw new SyncError(`${source}: code ${r.code} has no withdrawn: mapping to edit; run npm run validate`);
    withdrawn.set('constant', 'removed');
  }
  return { text: doc.toString(YAML_FORMAT), removed, changeset: removedConstantsChangeset(removed) };
}
