// The repository's import graph, as TypeScript reads it: every import, export-from, require and
// dynamic import, type-only ones included. The house rule is "no import circle"; a circle of
// `import type` edges breaks nothing at run time, but it still tangles what a reader must learn first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** File path (relative to the root, `/`-separated) to the files it imports, in source order. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

const TS_FILE = /\.(?:ts|mts|cts|tsx)$/;

/**
 * Every TypeScript file under `root` that git knows of: tracked, or new and not ignored. Outside a
 * git checkout (the maintainer loop's copy of the workspace has no .git), every file below `root`
 * but those in dot-folders and in the folders the root .gitignore names (node_modules/, dist/, ...).
 */
export function typeScriptFiles(root: string): string[] {
  let listed: string[];
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }).split('\0');
  } catch {
    listed = walk(root, ignoredFolders(root));
  }
  // A file deleted in the work tree but not yet from the index is still listed: keep what exists.
  return listed.filter((file) => TS_FILE.test(file) && existsSync(join(root, file)));
}

/** Folder names the root .gitignore ignores anywhere (its `name/` lines). */
function ignoredFolders(root: string): Set<string> {
  const gitignore = join(root, '.gitignore');
  const lines = existsSync(gitignore) ? readFileSync(gitignore, 'utf8').split('\n') : [];
  return new Set(lines.map((line) => line.trim()).filter((line) => /^[^#!*/][^*/]*\/$/.test(line)).map((line) => line.slice(0, -1)));
}

function walk(root: string, skip: ReadonlySet<string>, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) return entry.name.startsWith('.') || skip.has(entry.name) ? [] : walk(root, skip, path);
    return entry.isFile() ? [path] : [];
  });
}

/**
 * Workspace package names (and subpaths) mapped to the TypeScript file their `exports` name, for
 * packages whose exports are sources (tools/*); exports into dist/ are build output, not part of the graph.
 */
export function workspaceEntries(root: string, files: ReadonlySet<string>): Map<string, string> {
  const entries = new Map<string, string>();
  const manifests = new Set([...files].filter((f) => f.split('/').length > 2).map((f) => f.split('/').slice(0, 2).join('/') + '/package.json'));
  for (const manifest of manifests) {
    if (!existsSync(join(root, manifest))) continue;
    const { name, exports } = JSON.parse(readFileSync(join(root, manifest), 'utf8')) as { name?: string; exports?: unknown };
    if (typeof name !== 'string' || exports === undefined) continue;
    const subpaths = typeof exports === 'string' ? { '.': exports } : (exports as Record<string, unknown>);
    for (const [subpath, target] of Object.entries(subpaths)) {
      const file = typeof target === 'string' ? posix.join(posix.dirname(manifest), target) : undefined;
      if (file && files.has(file)) entries.set(subpath === '.' ? name : posix.join(name, subpath), file);
    }
  }
  return entries;
}

/** Where a specifier lands among `files`: a relative path (`.js` written for `.ts` allowed, or a folder's index), or a workspace entry. */
export function resolveImport(from: string, specifier: string, files: ReadonlySet<string>, entries: ReadonlyMap<string, string>): string | undefined {
  if (!specifier.startsWith('.')) return entries.get(specifier);
  const base = posix.join(posix.dirname(from), specifier);
  const candidates = [base, base.replace(/\.([mc]?)js$/, '.$1ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
  return candidates.find((c) => files.has(c));
}

/** The import graph of `files` (relative to `root`); `read` gives a file's text. */
export function importGraph(root: string, files: readonly string[], read: (file: string) => string = (f) => readFileSync(join(root, f), 'utf8')): ImportGraph {
  const known = new Set(files);
  const entries = workspaceEntries(root, known);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(read(file), true, true);
    const targets = importedFiles.map((i) => resolveImport(file, i.fileName, known, entries)).filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Files that import one another in a circle: a strongly connected component of the graph. */
export interface ImportKnot {
  /** Every file of the knot, sorted. */
  readonly files: readonly string[];
  /** One shortest circle through the knot's first file, ending where it starts: `[a, b, a]`. */
  readonly circle: readonly string[];
}

/** Every knot of the graph (Tarjan's strongly connected components, without recursion); [] when there is no circle. */
export function importKnots(graph: ImportGraph): ImportKnot[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const target = edges[frame.edge++]!;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || edges.includes(frame.node)) components.push(component);
    }
  }
  return components.map((component) => ({ files: component.sort(), circle: circleThrough(graph, new Set(component)) }));
}

/** A shortest circle through the component's first file (in sorted order), by breadth-first search inside it. */
function circleThrough(graph: ImportGraph, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const target of graph.get(node) ?? []) {
      if (!component.has(target)) continue;
      if (target === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  throw new Error(`no circle through ${start}: not a strongly connected component`);
}

/** "a.ts -> b.ts -> a.ts, in a knot of 17 files: a.ts, b.ts, ...". */
export function formatKnot(knot: ImportKnot): string {
  const circle = knot.circle.join(' -> ');
  return knot.files.length === knot.circle.length - 1 ? circle : `${circle}, in a knot of ${knot.files.length} files: ${knot.files.join(', ')}`;
}
