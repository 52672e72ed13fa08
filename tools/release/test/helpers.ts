// Test helpers: run a tools/release CLI, and build small synthetic packages to prove the gates fail.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Packed } from '../src/gates.ts';
import { packInto } from '../src/pack.ts';
import { readManifest, REPO_ROOT } from '../src/workspace.ts';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `tsx tools/release/src/<script>` from the repository root. */
export function runCli(script: string, args: readonly string[] = []): CliResult {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(REPO_ROOT, 'tools/release/src', script), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporaryFolders: string[] = [];

/** A new folder under os.tmpdir(), removed by removeTemporaryFolders(). */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryFolders.push(dir);
  return dir;
}

/** Call from afterAll. */
export function removeTemporaryFolders(): void {
  for (const dir of temporaryFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` (path → contents) into a new temporary package folder and packs it. */
export function syntheticPackage(files: Readonly<Record<string, string>>): Packed {
  const root = temporaryFolder('wscodes-synthetic-');
  const dir = join(root, 'package');
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  const result = packInto(dir, join(root, 'tarballs'));
  const manifest = readManifest(dir);
  return {
    pkg: { dir, relativeDir: 'packages/synthetic', manifest },
    name: result.name,
    version: result.version,
    tarball: result.tarball,
    manifest,
    files: result.files.map((f) => f.path),
  };
}

export const MIT = 'MIT License\n';
