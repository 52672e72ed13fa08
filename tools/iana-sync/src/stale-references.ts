import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { COMPAT_FILE, loadRegistry } from '@wscodes-tools/registry';
import { referencesMadeStale, type StaleReference } from '@wscodes-tools/generators';

// A sync can change which vectors the registry generates (IANA registers opcode 3: the reserved-opcode-3
// vectors go). Peer notes and recorded results that name such a vector would then point at nothing;
// the report names each one, where it is, before anything is written.

/**
 * The references that the updated registry files would leave naming a vector the registry no longer
 * generates. Works on a throw-away copy of the registry folder, so it runs in --dry-run and --check
 * too and writes nothing in the repository. Throws what loading the registry throws.
 */
export function referencesMadeStaleBySync(registryFile: string, registryLabel: string, updates: readonly { readonly path: string; readonly contents: string }[]): StaleReference[] {
  const before = loadRegistry(registryFile, registryLabel);
  const parent = mkdtempSync(join(tmpdir(), 'wscodes-sync-'));
  try {
    const folder = join(parent, basename(dirname(registryFile)));
    cpSync(dirname(registryFile), folder, { recursive: true });
    for (const u of updates) writeFileSync(join(folder, basename(u.path)), u.contents);
    const updatedFile = join(folder, basename(registryFile));
    const after = loadRegistry(updatedFile, registryLabel);
    const compat = join(folder, basename(COMPAT_FILE));
    return referencesMadeStale(before, after, {
      registryText: readFileSync(updatedFile, 'utf8'),
      ...(existsSync(compat) ? { compatText: readFileSync(compat, 'utf8') } : {}),
    });
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}
