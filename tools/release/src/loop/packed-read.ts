// Packs the public packages of a workspace, unpacks the tarballs and reads what the loop checks.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../exec.ts';
import { packInto } from '../pack.ts';
import type { PackedCore, PackedPackages } from './packed-check.ts';

const PACKAGES = { core: '@wscodes/core', schema: '@wscodes/schema', docs: '@wscodes/docs', fixtures: '@wscodes/fixtures' } as const;

/** `npm pack`s packages/<name> of `workspace` into `into`, unpacks each and reads it; `onPacked` hears of each package (a progress line). */
export async function packAndRead(workspace: string, into: string, onPacked?: (name: string, seconds: number) => void): Promise<PackedPackages> {
  const roots: Record<string, string> = {};
  for (const [folder, name] of Object.entries(PACKAGES)) {
    const start = performance.now();
    const { tarball } = packInto(join(workspace, 'packages', folder), join(into, 'tarballs'));
    const unpacked = join(into, folder);
    mkdirSync(unpacked, { recursive: true });
    run('tar', ['-xzf', tarball, '-C', unpacked], { cwd: into, what: `unpack ${name}` });
    roots[folder] = join(unpacked, 'package');
    onPacked?.(name, (performance.now() - start) / 1000);
  }
  const json = (folder: string, file: string): unknown => JSON.parse(readFileSync(join(roots[folder]!, file), 'utf8'));
  const importCore = async (file: string) => (await import(pathToFileURL(join(roots.core!, 'dist', file)).href)) as Partial<PackedCore>;
  const core = { ...(await importCore('index.js')), ...(await importCore('details.js')) } as PackedCore;
  // Every entry point of core's export map, for the tables of IANA's other registries.
  const coreExports = (JSON.parse(readFileSync(join(roots.core!, 'package.json'), 'utf8')) as { exports: Record<string, { import?: { default?: string } }> }).exports;
  const coreEntries: Record<string, Record<string, unknown>> = {};
  for (const [subpath, target] of Object.entries(coreExports)) {
    const file = target.import?.default;
    if (file) coreEntries[subpath] = (await import(pathToFileURL(join(roots.core!, file)).href)) as Record<string, unknown>;
  }
  const fixtures = (await import(pathToFileURL(join(roots.fixtures!, 'dist/index.js')).href)) as { closePayloads: PackedPackages['payloadVectorsLoader'] };
  return {
    core,
    registryJson: json('schema', 'registry.json') as PackedPackages['registryJson'],
    docs: new Map(markdownFiles(roots.docs!).map((file) => [relative(roots.docs!, file), readFileSync(file, 'utf8')])),
    payloadVectorsJson: (json('fixtures', 'close-payloads.json') as { vectors: PackedPackages['payloadVectorsJson'] }).vectors,
    payloadVectorsLoader: fixtures.closePayloads,
    coreEntries,
    schemaFile: (name) => {
      try {
        return json('schema', name);
      } catch {
        return undefined;
      }
    },
  };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}
