import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkDocumentText } from '../check-document.ts';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.ts';
import { freeze } from '../freeze.ts';
import { readRegistryFile } from '../read.ts';
import type { DocumentSpec, Rule } from '../spec.ts';
import type { CloseCodeRegistry } from '../types.ts';
import { byId, compileProtocol } from './compile.ts';
import { ianaSpaceOf, type IanaSpace } from './overlap.ts';
import { IANA_SPACE_RULES, protocolRules } from './rules/index.ts';
import { protocolDocument, type ProtocolDocument } from './schema.ts';
import type { ProtocolCatalogue, ProtocolInfo } from './types.ts';

/** The catalogue's folder, relative to the repository root. */
export const PROTOCOLS_DIR = 'registry/protocols';

type Position = (path: readonly (string | number)[], part?: 'key' | 'value') => { line: number; column: number };

export interface ProtocolCheck {
  /** Present only when the file has no errors (and the close-code registry's IANA space was known). */
  readonly protocol?: ProtocolInfo;
  readonly diagnostics: readonly Diagnostic[];
  /** Where a path of the document is in the file, for checks across files. */
  readonly positionOf: Position;
  /** The id, tokens and alias ids the file claims, where their shape is valid, for the checks across files. */
  readonly names?: { readonly id?: string; readonly subprotocols: readonly string[]; readonly aliases: readonly string[] };
}

/** The file is named after the protocol's id (registry/protocols/ID.yaml). */
function idIsFileName(file: string): Rule<ProtocolDocument, IanaSpace | undefined> {
  const expected = file.split('/').at(-1)!.replace(/\.yaml$/, '');
  return {
    id: 'protocol-id-is-file-name',
    description: "the id is the file's name",
    needsWhole: ['id'],
    check: (doc) =>
      typeof doc.id === 'string' && doc.id !== expected
        ? [{ severity: 'error', path: ['id'], message: `the id ${doc.id} is not the file's name (${expected}.yaml)`, fix: `rename the file to ${doc.id}.yaml, or the id to ${expected}` }]
        : [],
  };
}

/** The spec one protocol file is checked against; without the IANA space, the rules that compare with it are left out and nothing compiles. */
export function protocolSpec(file: string, iana: IanaSpace | undefined): DocumentSpec<ProtocolDocument, ProtocolInfo | undefined, IanaSpace | undefined> {
  const rules = (iana ? protocolRules : protocolRules.filter((r) => !IANA_SPACE_RULES.has(r))) as readonly Rule<ProtocolDocument, IanaSpace | undefined>[];
  return {
    schema: protocolDocument,
    schemaSource: 'tools/registry/src/protocols/schema.ts',
    rules: [...rules, idIsFileName(file)],
    compile: (doc, space) => (space ? compileProtocol(doc, file, space) : undefined),
  };
}

/**
 * Parses one protocol file, checks its shape entry by entry, then runs every rule against the
 * close-code registry's IANA space, through the one engine (check-document.ts). `file` names it in
 * messages (registry/protocols/ID.yaml); its name must be the protocol's id. Never throws.
 */
export function checkProtocolText(text: string, file: string, iana: IanaSpace): ProtocolCheck {
  return checkProtocolDocument(text, file, iana);
}

/** checkProtocolText, also when the IANA space is unknown (close-codes.yaml has errors): then the rules that need it are skipped. */
export function checkProtocolDocument(text: string, file: string, iana: IanaSpace | undefined): ProtocolCheck {
  const checked = checkDocumentText(text, protocolSpec(file, iana), iana);
  const doc = checked.parts?.document as Partial<ProtocolDocument> | undefined;
  const aliases = Array.isArray(doc?.aliases) ? doc.aliases.map((a) => (typeof a?.id === 'string' ? a.id : '')) : [];
  const names = doc ? { ...(typeof doc.id === 'string' ? { id: doc.id } : {}), subprotocols: Array.isArray(doc.subprotocols) ? doc.subprotocols : [], aliases } : undefined;
  return { ...(checked.result ? { protocol: checked.result } : {}), diagnostics: checked.diagnostics, positionOf: checked.positionOf, ...(names ? { names } : {}) };
}

/** A problem in one file of the catalogue. */
export interface CatalogueProblem {
  readonly file: string;
  readonly diagnostic: Diagnostic;
}

/** Thrown when a protocol file has errors; lists every one as file:line:col. */
export class ProtocolCatalogueError extends Error {
  constructor(readonly problems: readonly CatalogueProblem[]) {
    const errors = problems.filter((p) => p.diagnostic.severity === 'error').length;
    super(`${PROTOCOLS_DIR}/ has ${errors} error${errors === 1 ? '' : 's'}:\n${problems.map((p) => formatDiagnostic(p.file, p.diagnostic)).join('\n')}`);
    this.name = 'ProtocolCatalogueError';
  }
}

/** Checks every *.yaml file of a folder as one catalogue: each file, then ids and tokens across files. */
export function checkProtocolFiles(files: readonly { file: string; text: string }[], registry: Pick<CloseCodeRegistry, 'ranges' | 'codes'>, source = PROTOCOLS_DIR): { catalogue?: ProtocolCatalogue; problems: CatalogueProblem[] } {
  return checkProtocolCatalogue(files, ianaSpaceOf(registry), source);
}

/** checkProtocolFiles against an IANA space, or none when the close-code registry has errors (then no catalogue). */
export function checkProtocolCatalogue(files: readonly { file: string; text: string }[], iana: IanaSpace | undefined, source = PROTOCOLS_DIR): { catalogue?: ProtocolCatalogue; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const protocols: ProtocolInfo[] = [];
  // Who claims each name a lookup answers to: catalogue ids, alias ids and subprotocol tokens share one namespace.
  const claimed = new Map<string, string>();
  for (const { file, text } of files) {
    const result = checkProtocolDocument(text, file, iana);
    problems.push(...result.diagnostics.map((diagnostic) => ({ file, diagnostic })));
    const id = result.names?.id;
    if (id !== undefined) {
      const names = [
        { name: id, path: ['id'] },
        ...result.names!.subprotocols.map((name, i) => ({ name, path: ['subprotocols', i] })),
        ...result.names!.aliases.map((name, i) => ({ name, path: ['aliases', i, 'id'] })),
      ].filter(({ name }) => name !== '');
      for (const { name, path } of names) {
        const owner = claimed.get(name);
        if (owner !== undefined && owner !== id) {
          problems.push({ file, diagnostic: { severity: 'error', path, ...result.positionOf(path), message: `"${name}" already names the protocol ${owner}: a lookup by it would be ambiguous`, fix: 'give each protocol ids, alias ids and tokens of its own; a token belongs to the protocol that negotiates it, an alias to the protocol it implements' } });
        }
        claimed.set(name, id);
      }
    }
    if (result.protocol) protocols.push(result.protocol);
  }
  if (!iana || problems.some((p) => p.diagnostic.severity === 'error')) return { problems };
  return { catalogue: freeze({ source, protocols: protocols.sort(byId) }), problems };
}

/** Loads every protocol file of `dir`; throws ProtocolCatalogueError listing every problem. */
export function loadProtocolCatalogue(dir: string, source: string, registry: Pick<CloseCodeRegistry, 'ranges' | 'codes'>): ProtocolCatalogue {
  const { catalogue, problems } = checkProtocolFolder(dir, source, registry);
  if (!catalogue) throw new ProtocolCatalogueError(problems);
  return catalogue;
}

/** Reads and checks every protocol file of `dir`: the catalogue when there is no error, and every problem (warnings too). */
export function checkProtocolFolder(dir: string, source: string, registry: Pick<CloseCodeRegistry, 'ranges' | 'codes'>): { catalogue?: ProtocolCatalogue; problems: CatalogueProblem[] } {
  return checkProtocolFiles(readProtocolFolder(dir, source), registry, source);
}

/** The *.yaml files of a protocols folder, sorted by name, each read within the size limit (`read` gets the path and the name messages use). */
export function readProtocolFolder(dir: string, source: string, read: (path: string, file: string) => string = (path) => readRegistryFile(path)): { file: string; text: string }[] {
  const names = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  return names.map((name) => ({ file: `${source}/${name}`, text: read(join(dir, name), `${source}/${name}`) }));
}

/** The protocols/ folder beside a registry file, as a path and as messages name it; undefined when there is none. */
export function protocolsBeside(registryFile: string, source: string): { dir: string; source: string } | undefined {
  const dir = join(dirname(registryFile), 'protocols');
  if (!existsSync(dir)) return undefined;
  return { dir, source: dirname(source) === '.' ? 'protocols' : `${dirname(source).split('\\').join('/')}/protocols` };
}

/** The catalogue in the protocols/ folder beside a registry file; absent when there is none. Throws on errors, not on warnings. */
export function loadProtocolsBeside(registryFile: string, source: string, registry: Pick<CloseCodeRegistry, 'ranges' | 'codes'>): ProtocolCatalogue | undefined {
  const folder = protocolsBeside(registryFile, source);
  return folder && loadProtocolCatalogue(folder.dir, folder.source, registry);
}
