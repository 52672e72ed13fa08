// A throw-away copy of the workspace in os.tmpdir(), so release steps that rewrite files
// (changeset version, generate, build) never touch the real working tree.
// No install is needed: the copy's node_modules links every entry to the root node_modules,
// except the workspace's own packages, which link to the copy's folders.
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** Folder names never copied: installs, caches and build output (rebuilt in the copy). */
const SKIPPED_NAMES = new Set(['node_modules', '.nx', 'dist', '.git', 'coverage']);

export const isCopied = (name: string): boolean =>
  !SKIPPED_NAMES.has(name) && !name.endsWith('.tgz') && !name.endsWith('.tsbuildinfo') && !name.startsWith('.generate-');

/**
 * Copies `root` into a new folder under os.tmpdir(), or into `destination` (a new folder), and
 * links its node_modules. Returns the copy's path.
 */
export function copyWorkspace(root: string, prefix = 'wscodes-release-', destination?: string): string {
  if (destination !== undefined) mkdirSync(destination);
  const copy = realpathSync(destination ?? mkdtempSync(join(tmpdir(), prefix)));
  cpSync(root, copy, { recursive: true, filter: (source) => source === root || isCopied(basename(source)) });
  linkNodeModules(root, copy);
  return copy;
}

function linkNodeModules(root: string, copy: string): void {
  const realRoot = realpathSync(root);
  const source = join(realRoot, 'node_modules');
  if (!existsSync(source)) throw new Error(`${source} does not exist: run \`npm ci\` first`);
  const target = join(copy, 'node_modules');
  mkdirSync(target);
  for (const entry of readdirSync(source)) {
    if (entry === '.cache' || entry === '.vite') continue; // caches are recreated in the copy
    if (entry.startsWith('@')) {
      mkdirSync(join(target, entry));
      for (const inner of readdirSync(join(source, entry))) {
        linkEntry(join(source, entry, inner), join(target, entry, inner), realRoot, copy);
      }
    } else {
      linkEntry(join(source, entry), join(target, entry), realRoot, copy);
    }
  }
  // Workspace folders may hold their own node_modules (dependencies npm could not hoist).
  for (const group of ['packages', 'tools']) {
    if (!existsSync(join(realRoot, group))) continue;
    for (const name of readdirSync(join(realRoot, group))) {
      const nested = join(realRoot, group, name, 'node_modules');
      if (existsSync(nested) && existsSync(join(copy, group, name))) symlinkSync(nested, join(copy, group, name, 'node_modules'));
    }
  }
}

/** A workspace package (a link into the real tree) points at the copy's folder; anything else at the real install. */
function linkEntry(source: string, target: string, realRoot: string, copy: string): void {
  let destination = source;
  if (lstatSync(source).isSymbolicLink()) {
    const resolved = resolve(dirname(source), readlinkSync(source));
    const inside = relative(realRoot, resolved);
    const isWorkspacePackage = !inside.startsWith('..') && !inside.startsWith('node_modules');
    destination = isWorkspacePackage ? join(copy, inside) : realpathSync(resolved);
  }
  symlinkSync(destination, target);
}
