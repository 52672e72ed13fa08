// The real public packages, as npm would pack them. Run after `npm run build` (CI does).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTarballFiles } from '../src/allow-list.ts';
import { referencedFiles } from '../src/exports.ts';
import { licenseStates } from '../src/licenses.ts';
import { checkDependencyLinks } from '../src/manifest-rules.ts';
import { packDryRun } from '../src/pack.ts';
import { listPackages, listPublicPackages, REPO_ROOT } from '../src/workspace.ts';

const publicPackages = listPublicPackages();
const publicNames = new Set(publicPackages.map((p) => p.manifest.name));

describe('the public packages', () => {
  it('are the four packages of the design, all under packages/', () => {
    expect([...publicNames].sort()).toEqual(['@wscodes/core', '@wscodes/docs', '@wscodes/fixtures', '@wscodes/schema']);
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

  describe.each(publicPackages.map((p) => [p.manifest.name, p] as const))('%s tarball (npm pack --dry-run)', (_name, pkg) => {
    const pack = packDryRun(pkg.dir);
    const shipped = pack.files.map((f) => f.path);

    it('holds only allow-listed files, and README, LICENSE and package.json', () => {
      expect(checkTarballFiles(pack.name, shipped)).toEqual([]);
    });

    it('holds every file its package.json points at (run `npm run build` first)', () => {
      expect(referencedFiles(pkg.manifest).filter((f) => !shipped.includes(f))).toEqual([]);
    });

    it('packs CHANGELOG.md whenever the package has one', () => {
      if (existsSync(join(pkg.dir, 'CHANGELOG.md'))) expect(shipped).toContain('CHANGELOG.md');
      // Before the first release there is none; the release dry run checks the one changesets writes.
      expect(pkg.manifest.files === undefined || pkg.manifest.files.some((f) => f === 'CHANGELOG.md' || f === '*.md')).toBe(true);
    });
  });
});
