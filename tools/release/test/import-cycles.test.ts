import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatKnot, importGraph, importKnots, typeScriptFiles, type ImportGraph } from '../src/import-graph.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('the repository', () => {
  const files = typeScriptFiles(REPO_ROOT);
  const graph = importGraph(REPO_ROOT, files);

  it('has no import circle among its TypeScript files, type-only imports included', () => {
    expect(files.length).toBeGreaterThan(0);
    const knots = importKnots(graph).map(formatKnot);
    expect(knots, 'break each circle: move what both sides need into a file of its own, below both').toEqual([]);
  });

  it("keeps the registry's aggregate on top: only the files that build or return it import registry.ts", () => {
    // The modules, the engine and the protocol catalogue sit below the aggregate Registry (tools/registry/README.md, Layers).
    const top = new Set(['tools/registry/src/folder.ts', 'tools/registry/src/load.ts', 'tools/registry/src/index.ts']);
    const importers = [...graph].filter(([file, targets]) => targets.includes('tools/registry/src/registry.ts') && file.startsWith('tools/registry/src/')).map(([file]) => file);
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !top.has(file)), 'import CloseCodeRegistry (types.ts) or a module spec (spec.ts) instead').toEqual([]);
    expect(graph.get('tools/registry/src/span.ts'), 'span.ts is basic: it imports nothing').toEqual([]);
  });
});

describe('importGraph and importKnots', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  /** Writes `files` into a new folder and returns the graph of its TypeScript files. */
  function graphOf(files: Record<string, string>): ImportGraph {
    const root = mkdtempSync(join(tmpdir(), 'wscodes-import-graph-'));
    roots.push(root);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return importGraph(root, Object.keys(files).filter((f) => f.endsWith('.ts')));
  }

  it('lists the TypeScript files of a folder outside git (the loop\'s copy), leaving out dot-folders and the folders .gitignore names', () => {
    const root = mkdtempSync(join(tmpdir(), 'wscodes-import-files-'));
    roots.push(root);
    const files: Record<string, string> = {
      '.gitignore': 'node_modules/\ndist/\n*.tgz\n',
      'tools/a/src/index.ts': '',
      'tools/a/src/notes.md': '',
      'tools/a/node_modules/dep/index.ts': '',
      'tools/a/dist/index.d.ts': '',
      '.nx/cache/x.ts': '',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    expect(typeScriptFiles(root)).toEqual(['tools/a/src/index.ts']);
  });

  it('follows type-only imports, export-from, dynamic imports, .js specifiers, folder indexes and workspace package names', () => {
    const graph = graphOf({
      'tools/a/package.json': JSON.stringify({ name: '@x/a', exports: { '.': './src/index.ts', './extra': './src/extra.ts' } }),
      'tools/a/src/index.ts': "import type { B } from './b.js';\nexport * from './c';\n",
      'tools/a/src/b.ts': "export type B = 1;\nconst later = () => import('./d/index.ts');\n",
      'tools/a/src/c.ts': "export { e } from './d';\n",
      'tools/a/src/d/index.ts': 'export const d = 1;\n',
      'tools/a/src/extra.ts': "import { x } from 'not-a-workspace-package';\n",
      'tools/b/src/use.ts': "import '@x/a';\nimport '@x/a/extra';\nimport '../../a/src/missing.ts';\n",
    });
    expect(graph.get('tools/a/src/index.ts')).toEqual(['tools/a/src/b.ts', 'tools/a/src/c.ts']);
    expect(graph.get('tools/a/src/b.ts')).toEqual(['tools/a/src/d/index.ts']);
    expect(graph.get('tools/a/src/c.ts')).toEqual(['tools/a/src/d/index.ts']);
    expect(graph.get('tools/a/src/extra.ts')).toEqual([]);
    expect(graph.get('tools/b/src/use.ts')).toEqual(['tools/a/src/index.ts', 'tools/a/src/extra.ts']);
    expect(importKnots(graph)).toEqual([]);
  });

  it('finds a circle of type-only imports and names a shortest one, with every file of its knot', () => {
    const graph = graphOf({
      'a.ts': "import type { B } from './b.ts';\nimport type { D } from './d.ts';\nexport type A = B | D;\n",
      'b.ts': "import type { C } from './c.ts';\nexport type B = C;\n",
      'c.ts': "import type { A } from './a.ts';\nexport type C = 1;\n",
      'd.ts': "import type { A } from './a.ts';\nexport type D = 2;\n",
      'e.ts': "import './a.ts';\n",
    });
    const knots = importKnots(graph);
    expect(knots).toEqual([{ files: ['a.ts', 'b.ts', 'c.ts', 'd.ts'], circle: ['a.ts', 'd.ts', 'a.ts'] }]);
    expect(formatKnot(knots[0]!)).toBe('a.ts -> d.ts -> a.ts, in a knot of 4 files: a.ts, b.ts, c.ts, d.ts');
  });

  it('counts a file that imports itself, and reports separate knots separately', () => {
    const graph = graphOf({
      'self.ts': "export const x = 1;\nimport { x as y } from './self.ts';\n",
      'p.ts': "import './q.ts';\n",
      'q.ts': "import './p.ts';\n",
      'diamond.ts': "import './p.ts';\nimport './self.ts';\n",
    });
    expect(importKnots(graph).map(formatKnot).sort()).toEqual(['p.ts -> q.ts -> p.ts', 'self.ts -> self.ts']);
  });
});
