// Each target's generator folder stands alone: it may import what targets share (src/json-schemas/,
// src/rfc6455.ts, src/status-headings.ts, src/vectors-model/, src/output/, src/files.ts) but never another target's folder,
// so targets can change apart.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { targets } from '../src/targets.ts';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** The relative import specifiers of a TypeScript file (import and export ... from, and import()). */
const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map(([, spec]) => spec!);

/** Which target folder a path under src/ belongs to, if any. */
const targetOf = (path: string): string | undefined => {
  const [first] = relative(SRC, path).split(sep);
  return targets.some((t) => t.name === first) ? first : undefined;
};

describe('the target folders', () => {
  it('finds the imports it checks', () => {
    expect(importsOf("import a from './a.ts';\nexport { b } from \"../b.ts\";\nawait import('../c/d.ts');")).toEqual(['./a.ts', '../b.ts', '../c/d.ts']);
  });

  it.each(targets.map((t) => t.name))('%s imports no other target folder', (name) => {
    const dir = join(SRC, name);
    const crossings = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => {
        const path = join(dir, file);
        return importsOf(readFileSync(path, 'utf8'))
          .filter((spec) => (targetOf(join(dirname(path), spec)) ?? name) !== name)
          .map((spec) => `${name}/${file} imports ${spec}: move what both need out of the target folders (as src/json-schemas/)`);
      });
    expect(crossings).toEqual([]);
  });
});
