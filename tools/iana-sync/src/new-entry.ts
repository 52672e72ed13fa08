import { constantKeyFromName, parseSpan, spanContains, type RegistryDocument } from '@wscodes-tools/registry';
import { SyncError } from './errors.ts';
import type { IanaFields } from './upstream.ts';

/** Every placeholder starts with this, so a reviewer (and a grep) finds them all. */
export const PENDING_REVIEW = 'Pending review';

export interface Naming {
  readonly key: string;
  readonly name: string;
}

/** IANA's description on one line, as a first display name: "Timeout". A person refines it. */
export function nameFromDescription(description: string): string {
  return description.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/**
 * The name and constant key a new code gets: derived from IANA's description with
 * constantKeyFromName, the same function the registry's rules use. When that would clash with an
 * existing key or name, the code number is appended ("Timeout 3009" -> Timeout3009), because a
 * clash would fail validation and a key is permanent once released.
 */
export function proposeNaming(code: number, description: string, existing: readonly Naming[]): Naming {
  const taken = (name: string) => {
    const key = constantKeyFromName(name);
    return existing.some((e) => e.key.toLowerCase() === key.toLowerCase() || constantKeyFromName(e.name) === key);
  };
  const base = nameFromDescription(description);
  const name = taken(base) ? `${base} ${code}` : base;
  return { key: constantKeyFromName(name), name };
}

/**
 * A complete registry entry for a code IANA added: IANA's fields, a derived key and name, wire
 * rules and classification from its range, and placeholders marked pending review. Generation still succeeds: the
 * registry reports `pending: true` as a warning and the docs show the entry as pending.
 */
export function newCodeEntry(code: number, iana: IanaFields, naming: Naming, registry: RegistryDocument): Record<string, unknown> {
  const range = registry.ranges.find((r) => spanContains(parseSpan(r.range), code));
  // Registered codes are valid to send and to receive; only the RFC's reserved ones (1004-1006,
  // 1015) are not, and those are never added by IANA again.
  if (range?.kind !== 'protocol' && range?.kind !== 'iana') {
    throw new SyncError(
      `IANA lists code ${code}, which falls in ${range ? `range ${range.range} (${range.name})` : 'no range'}, where the registry holds no codes; add it by hand after checking IANA's registry`,
    );
  }
  const registered = iana.date ? ` on ${iana.date}` : '';
  return {
    code,
    key: naming.key,
    name: naming.name,
    summary: `${PENDING_REVIEW}: IANA registered ${code} as ${naming.name}; this summary has not been written yet.`,
    send: true,
    receive: true,
    reconnect: {
      policy: 'depends',
      source: 'practice',
      advice: `${PENDING_REVIEW}: no reconnect advice has been written for ${code} yet. Decide from your own app state.`,
    },
    // Until reviewed, the code classifies as its range does: valid, and no claim of our own.
    classify: {
      outcome: range.classify.outcome,
      logLevel: range.classify.logLevel,
      likelySide: range.classify.likelySide,
      cause: `${PENDING_REVIEW}: IANA registered ${code} as ${naming.name}`,
    },
    details: `${PENDING_REVIEW}: IANA registered ${code}${registered}; who sends it, its common causes and what to do have not been written yet.`,
    pending: true,
    iana: ianaFieldsInOrder(iana),
  };
}

/** IANA fields in the order the registry writes them, absent ones left out. */
export function ianaFieldsInOrder(iana: IanaFields): Record<string, unknown> {
  return {
    description: iana.description,
    contact: iana.contact,
    references: iana.references.map(({ type, data }) => ({ type, data })),
    ...(iana.date !== undefined ? { date: iana.date } : {}),
    ...(iana.updated !== undefined ? { updated: iana.updated } : {}),
  };
}
