// The main entry never imports the protocol catalogue, so an app that does not use protocols does
// not pay for it (check:packages also measures the bundle). Walks the import graph of the sources.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeCloseCode as describeMain } from '../src/index.ts';
import { describeCloseCode, getProtocol, PROTOCOLS } from '../src/protocols.ts';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Every module a source file reaches through its static imports and re-exports. */
function reached(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const [, spec] of text.matchAll(/(?:import|export)[^'";]*?from\s+['"](\.[^'"]+)['"]/g)) reached(resolve(dirname(entry), spec!), seen);
  return seen;
}

describe('the main entry and the catalogue', () => {
  it('reaches no module of the catalogue from src/index.ts, while src/protocols.ts does', () => {
    const catalogue = join(SRC, 'generated/protocols.ts');
    expect(reached(join(SRC, 'protocols.ts'))).toContain(catalogue);
    const fromMain = [...reached(join(SRC, 'index.ts'))];
    expect(fromMain.length).toBeGreaterThan(3);
    expect(fromMain).not.toContain(catalogue);
    expect(fromMain).not.toContain(join(SRC, 'protocols.ts'));
  });

  it('answers every entry of the generated catalogue by its id, each alias and each token, with its meaning, reason tokens, withdrawal and provenance', () => {
    expect(PROTOCOLS.length).toBeGreaterThan(0);
    for (const p of PROTOCOLS) {
      expect(getProtocol(p.id)).toBe(p);
      for (const token of p.subprotocols) expect(getProtocol(token)?.subprotocols, token).toContain(token);
      for (const alias of p.aliases) expect(describeCloseCode(1000, { protocol: alias.id }).protocol, alias.id).toMatchObject({ id: p.id, alias: { id: alias.id } });
      for (const entry of p.codes) {
        const described = describeCloseCode(entry.code, { protocol: p.id });
        expect(described.protocol?.entry, `${p.id} ${entry.code}`).toBe(entry);
        expect(described.protocol?.provenance).toMatchObject({ url: p.source.url, retrieved: p.source.retrieved, section: entry.section });
        expect(described.protocol?.withdrawn, `${p.id} ${entry.code}`).toBe(entry.withdrawn);
        for (const reason of entry.reasons) {
          expect(describeCloseCode(entry.code, { protocol: p.id, reason: `${reason.token}: text` }).protocol, reason.token).toMatchObject({ reason, meaning: reason.meaning });
        }
        // A bare number never gets the protocol's meaning.
        expect(describeMain(entry.code)).not.toHaveProperty('protocol');
      }
    }
  });
});
