import { fileURLToPath } from 'node:url';
import { REGISTRY_FILE } from './close-codes.ts';
import { RegistryError } from './diagnostics.ts';
import { checkRegistryFolder } from './folder.ts';
import type { Registry } from './registry.ts';

export { checkRegistryText, closeCodesSpec, REGISTRY_FILE, type CheckResult } from './close-codes.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Loads and validates the registry file and every registry file beside it (IANA's other registries,
 * the protocols folder, compat.json), through the same checks as `npm run validate`; throws
 * RegistryError listing every problem of every file.
 */
export function loadRegistry(file: string = REPO_ROOT + REGISTRY_FILE, source: string = REGISTRY_FILE): Registry {
  const checked = checkRegistryFolder(file, source);
  if (checked.registry) return checked.registry;
  const problems = checked.files.flatMap((f) => f.diagnostics.map((diagnostic) => ({ file: f.file, diagnostic })));
  const invalid = checked.files.filter((f) => f.diagnostics.some((d) => d.severity === 'error'));
  throw new RegistryError(invalid.length === 1 ? invalid[0]!.file : `${source} and the files beside it`, problems.map((p) => p.diagnostic), problems);
}
