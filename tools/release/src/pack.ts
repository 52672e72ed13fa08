// `npm pack` as data: what a package's tarball would contain, or the tarball itself.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { byText } from '@wscodes-tools/registry';
import { ReleaseError, run } from './exec.ts';

export interface PackedFile {
  readonly path: string;
  readonly size: number;
}

export interface PackResult {
  readonly name: string;
  readonly version: string;
  /** Tarball file name, e.g. `wscodes-core-1.2.0.tgz`. */
  readonly filename: string;
  /** Gzipped tarball size in bytes. */
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly PackedFile[];
}

/** Parses `npm pack --json` output; lifecycle scripts may print before the JSON. */
export function parsePackJson(stdout: string, dir: string): PackResult {
  const start = stdout.search(/^\[/m);
  let parsed: unknown;
  try {
    parsed = JSON.parse(start >= 0 ? stdout.slice(start) : stdout);
  } catch {
    throw new ReleaseError(`npm pack --json in ${dir} printed something that is not JSON:\n${stdout.slice(0, 500)}`);
  }
  const [first] = parsed as PackResult[];
  if (!first) throw new ReleaseError(`npm pack --json in ${dir} listed no package`);
  return {
    name: first.name,
    version: first.version,
    filename: first.filename,
    size: first.size,
    unpackedSize: first.unpackedSize,
    files: first.files.map((f) => ({ path: f.path, size: f.size })).sort(byText((f) => f.path)),
  };
}

/** What `npm pack` would put in the tarball of the package in `dir`. Writes nothing. */
export function packDryRun(dir: string): PackResult {
  return parsePackJson(run('npm', ['pack', '--dry-run', '--json'], { cwd: dir, what: 'npm pack --dry-run' }), dir);
}

/** Packs the package in `dir` into `destination`; returns the result and the tarball's path. */
export function packInto(dir: string, destination: string): PackResult & { readonly tarball: string } {
  mkdirSync(destination, { recursive: true });
  const result = parsePackJson(
    run('npm', ['pack', '--json', '--pack-destination', destination], { cwd: dir, what: 'npm pack' }),
    dir,
  );
  return { ...result, tarball: join(destination, result.filename) };
}

export const formatBytes = (bytes: number): string =>
  bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
