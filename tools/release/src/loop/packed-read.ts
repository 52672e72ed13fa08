// Packs the public packages of a workspace, unpacks the tarballs and reads what the loop checks.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReleaseError, run } from '../exec.ts';
import type { PackedCore, PackedPackages } from './packed-check.ts';

const PACKAGES = { core: '@wscodes/core', schema: '@wscodes/schema', docs: '@wscodes/docs', fixtures: '@wscodes/fixtures' } as const;

/**
 * `npm pack`s packages/<name> of `workspace` into `into` with one npm run for the four packages
 * (npm starts once, not four times), unpacks each and reads it. `npm` runs npm in the workspace
 * and returns its stdout (the loop's runs it with a heartbeat).
 */
export async function packAndRead(into: string, npm: (args: readonly string[]) => Promise<string>): Promise<PackedPackages> {
  const tarballs = join(into, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  const folders = Object.keys(PACKAGES) as (keyof typeof PACKAGES)[];
  const stdout = await npm(['pack', '--json', '--pack-destination', tarballs, ...folders.flatMap((folder) => ['--workspace', `packages/${folder}`])]);
  const packed = packResults(stdout);
  const roots: Record<string, string> = {};
  for (const folder of folders) {
    const result = packed.find((p) => p.name === PACKAGES[folder]);
    if (!result) throw new ReleaseError(`npm pack listed no ${PACKAGES[folder]} (it listed ${packed.map((p) => p.name).join(', ')})`);
    const unpacked = join(into, folder);
    mkdirSync(unpacked, { recursive: true });
    run('tar', ['-xzf', join(tarballs, result.filename), '-C', unpacked], { cwd: into, what: `unpack ${result.name}` });
    roots[folder] = join(unpacked, 'package');
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

/** The packages `npm pack --json` packed; lifecycle scripts may print before the JSON. */
export function packResults(stdout: string): { readonly name: string; readonly filename: string }[] {
  const start = stdout.search(/^\[/m);
  try {
    return (JSON.parse(start >= 0 ? stdout.slice(start) : stdout) as { name: string; filename: string }[]).map(({ name, filename }) => ({ name, filename }));
  } catch {
    throw new ReleaseError(`npm pack --json printed something that is not JSON:\n${stdout.slice(0, 500)}`);
  }
}
