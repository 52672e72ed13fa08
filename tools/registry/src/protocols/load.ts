import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { byPosition, formatDiagnostic, type Diagnostic } from '../diagnostics.ts';
import { checkParts } from '../shape.ts';
import { parseSource } from '../source.ts';
import type { Registry } from '../types.ts';
import { byId, compileProtocol, deepFreeze } from './compile.ts';
import { ianaSpaceOf, type IanaSpace } from './overlap.ts';
import { protocolRules } from './rules/index.ts';
import { protocolDocument, type ProtocolDocument } from './schema.ts';
import type { ProtocolCatalogue, ProtocolInfo } from './types.ts';

/** The catalogue's folder, relative to the repository root. */
export const PROTOCOLS_DIR = 'registry/protocols';

type Position = (path: readonly (string | number)[], part?: 'key' | 'value') => { line: number; column: number };

export interface ProtocolCheck {
  /** Present only when the file has no errors. */
  readonly protocol?: ProtocolInfo;
  readonly diagnostics: readonly Diagnostic[];
  /** Where a path of the document is in the file, for checks across files. */
  readonly positionOf: Position;
}

/**
 * Parses one protocol file, checks its shape entry by entry, then runs every rule against the
 * close-code registry's IANA space. `file` names it in messages (registry/protocols/ID.yaml); its
 * name must be the protocol's id. Never throws.
 */
export function checkProtocolText(text: string, file: string, iana: IanaSpace): ProtocolCheck {
  const parsed = parseSource(text);
  const diagnostics: Diagnostic[] = parsed.yamlErrors.map((e) => ({
    severity: 'error' as const,
    line: e.line,
    column: e.column,
    path: [],
    message: `YAML: ${e.message}`,
    fix: e.code === 'DUPLICATE_KEY' ? 'remove one of the two keys' : 'correct the YAML at this position',
  }));
  const positionOf: Position = (path, part) => parsed.positionOf(path, part);
  if (parsed.data === undefined) return { diagnostics, positionOf };
  const syntaxBroken = parsed.yamlErrors.some((e) => e.code !== 'DUPLICATE_KEY');
  const shape = checkParts(protocolDocument, parsed, syntaxBroken);
  diagnostics.push(...shape.diagnostics);
  if (shape.parts) {
    const { document, indexes } = shape.parts;
    const doc = { ranges: [], codes: [], subprotocols: [], ...document } as unknown as ProtocolDocument;
    // Rules see list sections without the items the shape check left out: map their paths back.
    const original = (path: readonly (string | number)[]) => {
      const [section, index, ...rest] = path;
      const at = typeof section === 'string' && typeof index === 'number' ? indexes.get(section)?.[index] : undefined;
      return at === undefined ? [...path] : [section!, at, ...rest];
    };
    for (const rule of protocolRules) {
      let findings;
      try {
        findings = rule.check(doc, iana);
      } catch {
        continue; // it read a part whose shape is broken; that part's own error has been reported
      }
      for (const { path, part, ...finding } of findings) {
        const at = original(path);
        diagnostics.push({ ...finding, path: at, ...parsed.positionOf(at, part) });
      }
    }
    const expected = file.split('/').at(-1)!.replace(/\.yaml$/, '');
    if (typeof document.id === 'string' && document.id !== expected) {
      diagnostics.push({ severity: 'error', path: ['id'], ...parsed.positionOf(['id']), message: `the id ${document.id} is not the file's name (${expected}.yaml)`, fix: `rename the file to ${document.id}.yaml, or the id to ${expected}` });
    }
  }
  diagnostics.sort(byPosition);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, positionOf };
  const whole = protocolDocument.parse(parsed.data);
  return { protocol: compileProtocol(whole, file, iana), diagnostics, positionOf };
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
export function checkProtocolFiles(files: readonly { file: string; text: string }[], registry: Pick<Registry, 'ranges' | 'codes'>, source = PROTOCOLS_DIR): { catalogue?: ProtocolCatalogue; problems: CatalogueProblem[] } {
  const iana = ianaSpaceOf(registry);
  const problems: CatalogueProblem[] = [];
  const protocols: ProtocolInfo[] = [];
  // Who claims each name a lookup answers to: catalogue ids and subprotocol tokens share one namespace.
  const claimed = new Map<string, string>();
  for (const { file, text } of files) {
    const result = checkProtocolText(text, file, iana);
    problems.push(...result.diagnostics.map((diagnostic) => ({ file, diagnostic })));
    if (!result.protocol) continue;
    const names = [{ name: result.protocol.id, path: ['id'] }, ...result.protocol.subprotocols.map((name, i) => ({ name, path: ['subprotocols', i] }))];
    for (const { name, path } of names) {
      const owner = claimed.get(name);
      if (owner !== undefined && owner !== result.protocol.id) {
        problems.push({ file, diagnostic: { severity: 'error', path, ...result.positionOf(path), message: `"${name}" already names the protocol ${owner}: a lookup by it would be ambiguous`, fix: 'give each protocol ids and tokens of its own; a token belongs to the protocol that negotiates it' } });
      }
      claimed.set(name, result.protocol.id);
    }
    protocols.push(result.protocol);
  }
  if (problems.some((p) => p.diagnostic.severity === 'error')) return { problems };
  return { catalogue: deepFreeze({ source, protocols: protocols.sort(byId) }), problems };
}

/** Loads every protocol file of `dir`; throws ProtocolCatalogueError listing every problem. */
export function loadProtocolCatalogue(dir: string, source: string, registry: Pick<Registry, 'ranges' | 'codes'>): ProtocolCatalogue {
  const { catalogue, problems } = checkProtocolFolder(dir, source, registry);
  if (!catalogue) throw new ProtocolCatalogueError(problems);
  return catalogue;
}

/** Reads and checks every protocol file of `dir`: the catalogue when there is no error, and every problem (warnings too). */
export function checkProtocolFolder(dir: string, source: string, registry: Pick<Registry, 'ranges' | 'codes'>): { catalogue?: ProtocolCatalogue; problems: CatalogueProblem[] } {
  const names = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
  return checkProtocolFiles(names.map((name) => ({ file: `${source}/${name}`, text: readFileSync(join(dir, name), 'utf8') })), registry, source);
}

/** The protocols/ folder beside a registry file, as a path and as messages name it; undefined when there is none. */
export function protocolsBeside(registryFile: string, source: string): { dir: string; source: string } | undefined {
  const dir = join(dirname(registryFile), 'protocols');
  if (!existsSync(dir)) return undefined;
  return { dir, source: dirname(source) === '.' ? 'protocols' : `${dirname(source).split('\\').join('/')}/protocols` };
}

/** The catalogue in the protocols/ folder beside a registry file; absent when there is none. Throws on errors, not on warnings. */
export function loadProtocolsBeside(registryFile: string, source: string, registry: Pick<Registry, 'ranges' | 'codes'>): ProtocolCatalogue | undefined {
  const folder = protocolsBeside(registryFile, source);
  return folder && loadProtocolCatalogue(folder.dir, folder.source, registry);
}
