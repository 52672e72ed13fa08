import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, parseDocument, type Node, type YAMLSeq } from 'yaml';
import { compatSourceOf, findStaleReferences, formatStaleReference, type StaleReference } from '@wscodes-tools/generators';
import { toJson } from '@wscodes-tools/generators/output';
import { checkRegistryText, COMPAT_FILE, COMPAT_INLINE_FROM, loadRegistry, parseCompat, REGISTRY_FILE, type Registry } from '@wscodes-tools/registry';

// `npm run conformance -- --prune`: removes the peer notes and recorded results that name vectors
// the registry no longer generates (see stale-references.ts in the generators), and nothing else.
// The registry is curated text, so it is edited in place: every other byte, comment and style
// stays. compat.json is recorded data, written in the one format `npm run conformance` writes.

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The registry's YAML without the stale peer notes (whole entries, or vector ids inside one), every
 * other byte kept. Pure. Throws when the result would read differently anywhere else: a bug, never
 * a write.
 */
export function pruneRegistryText(text: string, stale: readonly StaleReference[]): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => (p.key as { value?: unknown } | null)?.value === 'peerNotes') : undefined;
  const notes = pair?.value;
  if (!pair || !isSeq(notes)) throw new Error('the registry has no peerNotes list to prune');
  const wholeNotes = new Set(stale.filter((r) => r.kind === 'peer-note').map((r) => r.path[1] as number));
  const ids = new Map<number, Set<number>>();
  for (const r of stale.filter((r) => r.kind === 'peer-note-vector')) {
    const note = r.path[1] as number;
    ids.set(note, (ids.get(note) ?? new Set()).add(r.path[3] as number));
  }

  const edits: Edit[] = [];
  if (wholeNotes.size === notes.items.length) {
    // No note is left: an empty list keeps the key and the comment that documents it.
    const keyEnd = (pair.key as Node).range![1];
    edits.push({ start: keyEnd, end: contentEnd(text, notes), text: ': []' });
  } else {
    edits.push(...removeItems(text, notes, wholeNotes));
    for (const [note, removed] of ids) {
      if (wholeNotes.has(note)) continue;
      const entry = notes.items[note];
      const vectors = isMap(entry) ? entry.get('vectors', true) : undefined;
      if (!isSeq(vectors)) throw new Error(`peerNotes[${note}] has no vectors list`);
      if (removed.size === vectors.items.length) throw new Error(`peerNotes[${note}] would name no vector: remove the whole note`);
      edits.push(...removeItems(text, vectors, removed));
    }
  }
  const pruned = apply(text, edits);
  assertOnlyPruned(text, pruned, wholeNotes, ids);
  return pruned;
}

/** compat.json without the stale results, in the format `npm run conformance` records. Pure. */
export function pruneCompatText(text: string, stale: readonly StaleReference[]): string {
  // Parsed raw, not through the schema, so that each result keeps its keys in the recorded order.
  const raw = JSON.parse(text) as { results: Record<string, Record<string, unknown>> };
  for (const r of stale.filter((r) => r.kind === 'compat-result')) {
    const [, peer, id] = r.path as [string, string, string];
    if (!raw.results[peer] || !(id in raw.results[peer])) throw new Error(`${r.file} has no result ${peer}.${id} to prune`);
    delete raw.results[peer][id];
  }
  return toJson(raw, COMPAT_INLINE_FROM);
}

/**
 * Edits that cut items out of a sequence, keeping the layout of the rest. In a flow list
 * (`[ a, b, c ]`) an item goes with the comma after it, or before it when no kept item follows.
 * In a block list an item goes with its lines: the blank lines after it, or before it when no
 * kept item follows; comments on lines of their own stay.
 */
function removeItems(text: string, seq: YAMLSeq, removed: ReadonlySet<number>): Edit[] {
  const items = seq.items as Node[];
  const flow = seq.flow === true;
  return [...removed].map((i): Edit => {
    const item = items[i]!;
    const keptAfter = items.some((_, j) => j > i && !removed.has(j));
    if (flow) {
      return keptAfter
        ? { start: item.range![0], end: items[i + 1]!.range![0], text: '' }
        : { start: contentEnd(text, items[i - 1]!), end: contentEnd(text, item), text: '' };
    }
    const start = lineStart(text, item.range![0]);
    const end = lineEnd(text, contentEnd(text, item));
    return keptAfter ? { start, end: skipBlankLines(text, end), text: '' } : { start: backOverBlankLines(text, start), end, text: '' };
  });
}

/** Where a node's own text ends: before the line breaks and spaces yaml counts into its range. */
function contentEnd(text: string, node: Node): number {
  const [start, valueEnd] = node.range!;
  return start + text.slice(start, valueEnd).trimEnd().length;
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

function lineEnd(text: string, at: number): number {
  const next = text.indexOf('\n', at);
  return next < 0 ? text.length : next + 1;
}

function skipBlankLines(text: string, at: number): number {
  while (at < text.length && /^[ \t]*(\r?\n|$)/.test(text.slice(at, lineEnd(text, at)))) at = lineEnd(text, at);
  return at;
}

function backOverBlankLines(text: string, at: number): number {
  while (at > 0) {
    const previous = lineStart(text, at - 1);
    if (!/^[ \t]*\r?\n$/.test(text.slice(previous, at))) break;
    at = previous;
  }
  return at;
}

function apply(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = text.length;
  for (const e of sorted) {
    if (e.end > limit) throw new Error('two prune edits overlap');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** The pruned text must read as the old one with exactly those notes and ids taken out. */
function assertOnlyPruned(before: string, after: string, wholeNotes: ReadonlySet<number>, ids: ReadonlyMap<number, ReadonlySet<number>>): void {
  const was = parseDocument(before).toJS() as { peerNotes: { vectors: string[] }[] };
  const parsed = parseDocument(after);
  if (parsed.errors.length > 0) throw new Error(`pruning would break the YAML (${parsed.errors[0]!.message.split('\n')[0]})`);
  const expected = {
    ...was,
    peerNotes: was.peerNotes
      .map((note, i) => ({ ...note, vectors: note.vectors.filter((_, j) => !ids.get(i)?.has(j)) }))
      .filter((_, i) => !wholeNotes.has(i)),
  };
  if (!isDeepStrictEqual(parsed.toJS(), expected)) throw new Error('pruning would change more than the stale references: nothing was written');
}

export interface PruneIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Replaces every file or none (paths relative to the root). */
  readonly replaceFiles: (files: readonly { readonly path: string; readonly text: string }[]) => void;
}

/** The prune command on the registry under `root`. Runs no runner, so it needs no peer installed. */
export function prune(root: string, io: PruneIo): number {
  const registryFile = join(root, REGISTRY_FILE);
  const compatFile = join(root, COMPAT_FILE);
  let registry: Registry;
  try {
    registry = loadRegistry(registryFile, REGISTRY_FILE);
  } catch (error) {
    io.err(`conformance --prune: ${(error as Error).message}`);
    io.err('conformance --prune: fix the registry first (npm run validate); nothing was written.');
    return 1;
  }
  const registryText = readFileSync(registryFile, 'utf8');
  const compatText = existsSync(compatFile) ? readFileSync(compatFile, 'utf8') : undefined;
  const stale = findStaleReferences(registry, { registryText, ...(compatText === undefined ? {} : { compatText }) });
  if (stale.length === 0) {
    io.out(`conformance --prune: nothing is stale: every peer note in ${REGISTRY_FILE} and every result in ${COMPAT_FILE} names a vector the registry generates; nothing was written.`);
    return 0;
  }
  const notes = stale.filter((r) => r.kind !== 'compat-result');
  const results = stale.filter((r) => r.kind === 'compat-result');
  const files: { path: string; text: string }[] = [];
  try {
    if (notes.length > 0) files.push({ path: REGISTRY_FILE, text: pruneRegistryText(registryText, notes) });
    if (results.length > 0) files.push({ path: COMPAT_FILE, text: pruneCompatText(compatText!, results) });
    assertNothingStale(registry, files, registryText, compatText);
  } catch (error) {
    io.err(`conformance --prune: ${(error as Error).message}; nothing was written (please report this as a bug)`);
    return 1;
  }
  io.replaceFiles(files);
  for (const r of stale) io.out(`pruned ${formatStaleReference(r).replace(/ {2}\(run .*\)$/, '')}`);
  const count = (kind: StaleReference['kind'], one: string, many: string) => {
    const n = stale.filter((r) => r.kind === kind).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  };
  const removed = [...count('peer-note', 'peer note', 'peer notes'), ...count('peer-note-vector', 'vector id from a note', 'vector ids from notes'), ...count('compat-result', 'result', 'results')];
  io.out(`conformance --prune: removed ${removed.join(', ')} (${files.map((f) => f.path).join(', ')}); run npm run build`);
  return 0;
}

/** The pruned files must load as a valid registry with no stale reference left. */
function assertNothingStale(registry: Registry, files: readonly { path: string; text: string }[], registryText: string, compatText: string | undefined): void {
  const text = (path: string, old: string | undefined) => files.find((f) => f.path === path)?.text ?? old;
  const nextRegistryText = text(REGISTRY_FILE, registryText)!;
  const nextCompatText = text(COMPAT_FILE, compatText);
  const checked = checkRegistryText(nextRegistryText, REGISTRY_FILE);
  if (!checked.registry) throw new Error(`the pruned ${REGISTRY_FILE} would not validate`);
  const compat = nextCompatText === undefined ? undefined : parseCompat(nextCompatText, compatSourceOf(registry));
  const next: Registry = { ...registry, ...checked.registry, ...(compat ? { compat } : {}) };
  const left = findStaleReferences(next, { registryText: nextRegistryText, ...(nextCompatText === undefined ? {} : { compatText: nextCompatText }) });
  if (left.length > 0) throw new Error(`${left.length} stale references would be left`);
}
