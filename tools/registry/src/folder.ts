import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkCompatText, COMPAT_FILE, EMPTY_COMPAT } from './compat.ts';
import type { Compat } from './compat-shape.ts';
import type { Diagnostic } from './diagnostics.ts';
import { checkIanaRegistryText, besideFile, modulesBeside } from './iana-registries/load.ts';
import type { IanaRegistries } from './iana-registries/index.ts';
import { checkRegistryText } from './close-codes.ts';
import { checkHandshakeStatusesText, handshakeStatusesBeside, type HandshakeStatuses } from './handshake-statuses/load.ts';
import { ianaSpaceOf } from './protocols/overlap.ts';
import { checkProtocolCatalogue, protocolsBeside, readProtocolFolder } from './protocols/load.ts';
import { readRegistryFile } from './read.ts';
import type { ProtocolCatalogue } from './protocols/types.ts';
import type { Registry } from './registry.ts';
import type { IanaRegistryData } from './spec.ts';

// Every file of a registry folder through the one engine: close-codes.yaml, IANA's other registries
// beside it, each protocol file (with the checks across them), handshake-statuses.yaml and compat.json. Used by
// `npm run validate` and by loadRegistry, so that both see the same problems.

export type RegistryFileKind = 'close-codes' | 'iana-registry' | 'protocol' | 'handshake-statuses' | 'compat';

export interface CheckedFile {
  /** How messages name the file (relative to the repository root, or as given). */
  readonly file: string;
  readonly kind: RegistryFileKind;
  /** Errors and warnings, sorted by position; a protocol file's include the checks across files. */
  readonly diagnostics: readonly Diagnostic[];
  /** What the file holds, in words, when it has no errors: "19 codes, 6 ranges". */
  readonly summary?: string;
}

export interface FolderCheck {
  /** Present when no file has an error (warnings allowed). */
  readonly registry?: Registry;
  /** Every file checked, in order: close codes, IANA's other registries, protocols, handshake statuses, compat.json. */
  readonly files: readonly CheckedFile[];
}

/** Thrown for a registry file that cannot be read at all (it does not exist, or is a folder). */
export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`cannot read ${file}: ${code}`);
    this.name = 'UnreadableFileError';
  }
}

function read(path: string, shown: string): string {
  try {
    return readRegistryFile(path);
  } catch (cause) {
    throw new UnreadableFileError(shown, (cause as NodeJS.ErrnoException).code ?? String(cause));
  }
}

const hasError = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

/**
 * Checks the close-code registry `registryFile` (named `source` in messages) and every registry file
 * beside it. Reports every problem of every file; a file that depends on another (a protocol file on
 * the close-code registry's IANA space) is checked as far as it can be without it. Throws only
 * UnreadableFileError.
 */
export function checkRegistryFolder(registryFile: string, source: string): FolderCheck {
  const files: CheckedFile[] = [];
  const closeCodes = checkRegistryText(read(registryFile, source), source);
  const registry = closeCodes.registry;
  files.push({ file: source, kind: 'close-codes', diagnostics: closeCodes.diagnostics, ...(registry ? { summary: `${registry.codes.length} codes, ${registry.ranges.length} ranges` } : {}) });

  const ianaRegistries: Record<string, IanaRegistryData> = {};
  for (const module of modulesBeside(registryFile)) {
    const file = besideFile(source, module);
    const checked = checkIanaRegistryText(module, read(besideFile(registryFile, module), file), file);
    if (checked.registry) ianaRegistries[module.id] = checked.registry;
    files.push({ file, kind: 'iana-registry', diagnostics: checked.diagnostics, ...(checked.registry ? { summary: `${checked.registry.entries.length} ${module.noun}s` } : {}) });
  }

  let protocols: ProtocolCatalogue | undefined;
  const folder = protocolsBeside(registryFile, source);
  if (folder) {
    const texts = readProtocolFolder(folder.dir, folder.source, read);
    const checked = checkProtocolCatalogue(texts, registry ? ianaSpaceOf(registry) : undefined, folder.source);
    protocols = checked.catalogue;
    for (const { file } of texts) {
      const diagnostics = checked.problems.filter((p) => p.file === file).map((p) => p.diagnostic);
      const compiled = protocols?.protocols.find((p) => p.file === file);
      const summary = hasError(diagnostics)
        ? undefined
        : compiled
          ? `${compiled.codes.length} codes, ${compiled.ranges.length} ranges`
          : `checked without the IANA overlap rules (${source} has errors)`;
      files.push({ file, kind: 'protocol', diagnostics, ...(summary ? { summary } : {}) });
    }
  }

  let handshakeStatuses: HandshakeStatuses | undefined;
  const statusesFile = handshakeStatusesBeside(registryFile, source);
  if (statusesFile) {
    const checked = checkHandshakeStatusesText(read(statusesFile.path, statusesFile.file), statusesFile.file);
    handshakeStatuses = checked.result;
    files.push({ file: statusesFile.file, kind: 'handshake-statuses', diagnostics: checked.diagnostics, ...(checked.result ? { summary: handshakeStatusesSummary(checked.result) } : {}) });
  }

  let compat: Compat | undefined;
  const compatName = basename(COMPAT_FILE);
  const compatPath = join(dirname(registryFile), compatName);
  if (existsSync(compatPath)) {
    const file = join(dirname(source), compatName).split('\\').join('/');
    const checked = checkCompatText(read(compatPath, file));
    compat = checked.result;
    const results = compat ? Object.values(compat.results).reduce((n, r) => n + Object.keys(r).length, 0) : 0;
    files.push({ file, kind: 'compat', diagnostics: checked.diagnostics, ...(compat ? { summary: `${Object.keys(compat.peers).length} peers, ${results} results` } : {}) });
  } else {
    compat = EMPTY_COMPAT;
  }

  if (!registry || files.some((f) => hasError(f.diagnostics))) return { files };
  return {
    files,
    registry: { ...registry, compat: compat!, ianaRegistries: ianaRegistries as Partial<IanaRegistries>, ...(protocols ? { protocols } : {}), ...(handshakeStatuses ? { handshakeStatuses } : {}) },
  };
}

/** What handshake-statuses.yaml holds, in words. */
export const handshakeStatusesSummary = (table: HandshakeStatuses): string => `${table.statuses.length} statuses, ${table.classes.length} classes`;
