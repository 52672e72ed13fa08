// The registries the maintainer loop starts from, and the sync tests that replay IANA's history from
// the same place: IANA's 2015-05-05 revision. Close codes and each registry module with a start file
// in START_REGISTRIES_DIR (IANA's records of 2015 with the project's curated text) start from it. A
// module without one (any module added since) starts derived, as its registry not yet published: its
// workspace file's header, dated START_DATE, with no people, entries or unassigned spans. The sync
// leaves such a registry alone while IANA's file lacks it (or lists nothing in it), and fills it from
// the first revision that lists something, as it would for a registry IANA publishes later.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { checkIanaRegistryText, formatDiagnostic, modulesBeside, REGISTRY_FILE, type IanaRegistryModule } from '@wscodes-tools/registry';

/** The close-code registry the replay starts from: IANA's 2015-05-05 revision with the project's curated text. */
export const START_REGISTRY = 'tools/release/loop/registry-2015-05-05.yaml';
/** IANA's other registries as that revision held them, one file per module, named as in registry/. */
export const START_REGISTRIES_DIR = 'tools/release/loop/2015-05-05';
/** The revision the start files hold; a derived start carries its date. */
export const START_REVISION = 'websocket-2015-05-05.xml';
export const START_DATE = '2015-05-05';

/** A module's start file, relative to the workspace root; it may not exist (the start is then derived). */
export const startFileOf = (module: Pick<IanaRegistryModule, 'file'>): string => `${START_REGISTRIES_DIR}/${basename(module.file)}`;

/**
 * The module's registry not yet published, from its current file's text: the same header, dated
 * START_DATE, and nothing registered. Throws when the module's own rules refuse an empty registry:
 * such a module needs a start file.
 */
export function notYetPublishedText(module: IanaRegistryModule, currentText: string): string {
  const doc = parseDocument(currentText);
  const header = doc.get('iana', true);
  if (!isMap(header)) throw new Error(`${module.file} has no iana header: run npm run validate`);
  header.set('updated', START_DATE);
  doc.set('people', doc.createNode([]));
  doc.set('entries', doc.createNode([]));
  doc.delete('unassigned');
  const text = doc.toString({ lineWidth: 0 });
  const errors = checkIanaRegistryText(module, text, module.file).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new Error(
      `${module.file} cannot start empty (${formatDiagnostic(module.file, errors[0]!)}): write its start file ${startFileOf(module)}, IANA's records of ${START_DATE} with curated text`,
    );
  }
  return text;
}

/**
 * Writes the start registries into `dir`: close-codes.yaml, and one file per module whose file the
 * workspace at `root` holds (a module without a file there stays absent). Returns the names written.
 */
export function writeLoopStart(root: string, dir: string): string[] {
  copyFileSync(join(root, START_REGISTRY), join(dir, basename(REGISTRY_FILE)));
  const modules = modulesBeside(join(root, REGISTRY_FILE));
  for (const module of modules) {
    const start = join(root, startFileOf(module));
    const text = existsSync(start) ? readFileSync(start, 'utf8') : notYetPublishedText(module, readFileSync(join(root, module.file), 'utf8'));
    writeFileSync(join(dir, basename(module.file)), text);
  }
  return [basename(REGISTRY_FILE), ...modules.map((m) => basename(m.file))];
}
