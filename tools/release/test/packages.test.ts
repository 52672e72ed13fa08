// The real public packages: their manifests, links and LICENSE. What npm packs from them is checked by
// test/packed.test.ts (npm run test:release) and the files gate of `npm run check:packages`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licenseStates } from '../src/licenses.ts';
import { checkDependencyLinks } from '../src/manifest-rules.ts';
import { listPackages, listPublicPackages, REPO_ROOT } from '../src/workspace.ts';

const publicPackages = listPublicPackages();
const publicNames = new Set(publicPackages.map((p) => p.manifest.name));

describe('the public packages', () => {
  it('are the @wscodes/* packages and the unscoped CLI wscodes, all under packages/, core among them', () => {
    for (const name of publicNames) expect(name).toMatch(/^(?:@wscodes\/[a-z-]+|wscodes)$/);
    for (const { relativeDir } of publicPackages) expect(relativeDir).toMatch(/^packages\//);
    expect(publicNames.has('@wscodes/core')).toBe(true);
  });

  it('each installed command is built into a shipped file that starts with a node shebang', () => {
    for (const { dir, manifest } of publicPackages) {
      const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
      for (const bin of bins) {
        expect(manifest.files ?? []).toContain(bin.replace(/^\.\//, '').split('/')[0]);
        expect(readFileSync(join(dir, bin), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
      }
    }
  });

  it('link to each other through dependencies, never peerDependencies (checked over packages/*/package.json)', () => {
    const privateNames = new Set(listPackages(REPO_ROOT, 'tools').map((p) => p.manifest.name));
    expect(checkDependencyLinks(publicPackages.map((p) => p.manifest), publicNames, privateNames)).toEqual([]);
    for (const { manifest } of publicPackages) {
      expect(Object.keys(manifest.peerDependencies ?? {}).filter((d) => d.startsWith('@wscodes/'))).toEqual([]);
    }
  });

  it('each carry a LICENSE identical to the root MIT LICENSE', () => {
    expect(readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} wscodes contributors\n/);
    expect(licenseStates(REPO_ROOT, publicPackages).map((s) => [s.pkg.relativeDir, s.state])).toEqual(
      publicPackages.map((p) => [p.relativeDir, 'same']),
    );
  });
});
