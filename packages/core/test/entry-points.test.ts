// The main entry must not reach the modules of @wscodes/core/frames and /handshake: an app that
// handles close codes does not ship IANA's other registries (the size rows measure the bundles; this
// names the import that would break it).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IANA_REGISTRIES } from '@wscodes-tools/registry';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const relativeImports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)].map((m) => normalize(join(dirname(file), m[1]!)));

/** Every source file an entry reaches through relative imports (type-only ones included: stricter). */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    relativeImports(file).forEach(visit);
  };
  visit(join(SRC, entry));
  return seen;
}

const registryModules = IANA_REGISTRIES.map((m) => join(SRC, 'generated', m.file.replace(/^registry\//, '').replace(/\.yaml$/, '.ts')));

describe('entry points', () => {
  it('the main entry and /details reach none of the IANA registry modules', () => {
    for (const entry of ['index.ts', 'details.ts']) {
      const files = reached(entry);
      expect(files.size).toBeGreaterThan(1); // the walk follows imports (the test can fail)
      expect([...files].filter((f) => registryModules.includes(f) || /\/(frames|handshake|subprotocols|http-status|handshake-statuses)\.ts$/.test(f)), entry).toEqual([]);
    }
  });

  it('/frames and /handshake reach the registry modules they serve, and not the close-code tables', () => {
    const frames = reached('frames.ts');
    const handshake = reached('handshake.ts');
    expect(registryModules.filter((f) => frames.has(f)).map((f) => f.slice(SRC.length))).toEqual(['/generated/opcodes.ts', '/generated/header-bits.ts']);
    expect(registryModules.filter((f) => handshake.has(f)).map((f) => f.slice(SRC.length))).toEqual(['/generated/versions.ts', '/generated/extensions.ts', '/generated/subprotocols.ts']);
    for (const files of [frames, handshake]) expect(files.has(join(SRC, 'generated', 'registry.ts'))).toBe(false);
  });

  it('/names reaches IANA\'s close codes and no other table: neither the catalogue nor another registry', () => {
    const names = reached('names.ts');
    expect(names.has(join(SRC, 'generated', 'registry.ts'))).toBe(true);
    expect([...names].filter((f) => registryModules.includes(f) || f === join(SRC, 'generated', 'protocols.ts') || f === join(SRC, 'generated', 'details.ts'))).toEqual([]);
  });

  it('the main entry reaches no classification; /classify reaches neither defineCloseCodes nor the protocol catalogue', () => {
    const main = reached('index.ts');
    const classify = reached('classify.ts');
    expect(classify.has(join(SRC, 'generated', 'classify.ts'))).toBe(true); // the walk finds what it looks for
    expect([...main].filter((f) => /\/(classify|classification|define)\.ts$/.test(f))).toEqual([]);
    expect([...classify].filter((f) => /\/(define|protocols|protocol-lookup)\.ts$/.test(f))).toEqual([]);
  });

  it('every generated module ships: an entry of the export map reaches it (a registry module without a core module has none)', () => {
    const exportsMap = JSON.parse(readFileSync(join(SRC, '..', 'package.json'), 'utf8')).exports as Record<string, unknown>;
    const entries = Object.keys(exportsMap).filter((s) => s !== './package.json').map((s) => (s === '.' ? 'index.ts' : `${s.slice(2)}.ts`));
    const shipped = new Set(entries.flatMap((entry) => [...reached(entry)]));
    const generated = readdirSync(join(SRC, 'generated')).map((f) => join(SRC, 'generated', f));
    expect(generated.length).toBeGreaterThan(1);
    expect(generated.filter((f) => !shipped.has(f)), 'export it from frames.ts or handshake.ts (or an entry of its own)').toEqual([]);
  });
});
