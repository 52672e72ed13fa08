import { describe, expect, it } from 'vitest';
import { checkDependencyLinks, checkRuntimeImports, importedPackages } from './manifest-rules.ts';

const PUBLIC = new Set(['@wscodes/core', '@wscodes/fixtures']);
const PRIVATE = new Set(['@wscodes-tools/registry']);

describe('checkDependencyLinks', () => {
  it('accepts a sibling in dependencies', () => {
    expect(checkDependencyLinks([{ name: '@wscodes/fixtures', version: '1.0.0', dependencies: { '@wscodes/core': '1.0.0' } }], PUBLIC, PRIVATE)).toEqual([]);
  });
  it('rejects a sibling in peerDependencies or optionalDependencies, saying to use dependencies', () => {
    for (const field of ['peerDependencies', 'optionalDependencies']) {
      const problems = checkDependencyLinks([{ name: '@wscodes/fixtures', version: '1.0.0', [field]: { '@wscodes/core': '^1.0.0' } }], PUBLIC, PRIVATE);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.problem).toContain(`in ${field}: move it to "dependencies"`);
    }
  });
  it('rejects tool packages and build-time libraries as runtime dependencies', () => {
    const problems = checkDependencyLinks(
      [{ name: '@wscodes/core', version: '1.0.0', dependencies: { '@wscodes-tools/registry': '0.0.0', zod: '^4' } }],
      PUBLIC,
      PRIVATE,
    );
    expect(problems.map((p) => p.problem.split(':')[0])).toEqual([
      'lists the private tool package @wscodes-tools/registry in dependencies',
      'lists zod in dependencies',
    ]);
  });
});

describe('importedPackages', () => {
  it('finds bare imports and requires, without subpaths, relative paths or node: built-ins', () => {
    const source = [
      'import { a } from "@wscodes/core";',
      "const b = require('@wscodes/core/package.json');",
      'export * from "./lookup.js";',
      'import type { T } from "@wscodes/schema/registry.json";',
      "const c = await import('lodash/get');",
      'import "side-effect";',
      'import fs from "node:fs";',
    ].join('\n');
    expect(importedPackages(source)).toEqual(['@wscodes/core', '@wscodes/schema', 'lodash', 'side-effect']);
  });
});

describe('checkRuntimeImports', () => {
  it('flags an import of a package missing from dependencies', () => {
    const manifest = { name: '@wscodes/fixtures', version: '1.0.0', devDependencies: { '@wscodes/core': '1.0.0' } };
    const problems = checkRuntimeImports(manifest, new Map([['dist/index.js', 'import { x } from "@wscodes/core";']]));
    expect(problems).toEqual([{ packageName: '@wscodes/fixtures', problem: 'dist/index.js imports @wscodes/core, which is not in "dependencies"' }]);
    expect(checkRuntimeImports({ ...manifest, dependencies: { '@wscodes/core': '1.0.0' } }, new Map([['dist/index.js', 'import { x } from "@wscodes/core";']]))).toEqual([]);
  });
});
