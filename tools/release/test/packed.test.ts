// The real public packages, as npm would pack them. Run after `npm run build` (CI does); an
// end-to-end check (npm pack for each package), so part of `npm run test:release`, not `npm test`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTarballFiles } from '../src/allow-list.ts';
import { referencedFiles } from '../src/exports.ts';
import { packDryRun } from '../src/pack.ts';
import { listPublicPackages } from '../src/workspace.ts';

describe('the public packages, packed', () => {
  describe.each(listPublicPackages().map((p) => [p.manifest.name, p] as const))('%s tarball (npm pack --dry-run)', (_name, pkg) => {
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
