// npm run release:dry [-- --bump patch|minor|major] [--keep]
// Shows what a release would publish, without touching the working tree: in a temporary copy of the
// workspace it runs `changeset version`, builds every package, then `npm pack --dry-run` for each
// public package, and prints each name, version and file list. Fails when the versions differ, a
// package depends on a sibling at another version, or a tarball holds a file outside its allow-list.
import { existsSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkTarballFiles, formatViolations } from './allow-list.ts';
import { referencedFiles } from './exports.ts';
import { ReleaseError, run, seconds } from './exec.ts';
import { packDryRun, type PackResult } from './pack.ts';
import { BUMPS, formatListing, isChangesetFile, placeholderChangeset, staleInternalDependencies, versionMismatch, type Bump } from './release-plan.ts';
import { copyWorkspace } from './temp-copy.ts';
import { listPublicPackages, REPO_ROOT } from './workspace.ts';

const USAGE = 'usage: npm run release:dry -- [--bump patch|minor|major] [--keep]';

/** Where the command writes: the process's streams, or a test's. */
export interface ReleaseDryIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Runs the dry run; returns the exit status (0 ok, 1 a release would fail or bad usage). */
export function main(argv: readonly string[], io: ReleaseDryIo): number {
  try {
    dryRun(argv, io);
    return 0;
  } catch (error) {
    if (!(error instanceof ReleaseError) && !isUsageError(error)) throw error;
    io.stderr(`release:dry failed: ${(error as Error).message}${error instanceof ReleaseError ? '' : `\n${USAGE}`}\n`);
    return 1;
  }
}

/** node:util's parseArgs throws TypeErrors with an ERR_PARSE_ARGS_* code for options it does not know. */
const isUsageError = (error: unknown): boolean => String((error as { code?: unknown })?.code).startsWith('ERR_PARSE_ARGS_');

function dryRun(argv: readonly string[], io: ReleaseDryIo): void {
  const say = (text: string): void => io.stdout(`${text}\n`);
  const log = (message: string): void => say(`release:dry ${message}`);
  const { values } = parseArgs({ args: [...argv], options: { bump: { type: 'string', default: 'patch' }, keep: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help) return say(USAGE);
  if (!BUMPS.includes(values.bump as Bump)) throw new ReleaseError(`--bump must be one of ${BUMPS.join(', ')}\n${USAGE}`);

  let start = performance.now();
  const copy = copyWorkspace(REPO_ROOT);
  log(`copied the workspace to ${copy} (${seconds(start)}); the working tree is not touched`);
  try {
    const publicPackages = listPublicPackages(copy);
    if (publicPackages.length === 0) throw new ReleaseError('no public package under packages/*');
    const names = publicPackages.map((p) => p.manifest.name);

    const changesetDir = join(copy, '.changeset');
    const pending = existsSync(changesetDir) ? readdirSync(changesetDir).filter(isChangesetFile) : [];
    if (pending.length === 0) {
      writeFileSync(join(changesetDir, 'release-dry-placeholder.md'), placeholderChangeset(names, values.bump as Bump));
      log(`no pending changeset: added a temporary ${values.bump} changeset in the copy to show the next version`);
    } else {
      log(`${pending.length} pending changeset(s): ${pending.join(', ')}`);
    }

    // As npm run version-packages does: the sync's changesets name the constant keys the registry holds now.
    run(join(copy, 'node_modules/.bin/tsx'), ['tools/iana-sync/src/refresh-changesets.ts'], { cwd: copy, what: 'refresh-changesets' });

    start = performance.now();
    log('changeset version …');
    run(join(copy, 'node_modules/.bin/changeset'), ['version'], { cwd: copy, what: 'changeset version' });
    log(`changeset version done (${seconds(start)})`);

    start = performance.now();
    log('building every package (nx run-many -t build) …');
    run(join(copy, 'node_modules/.bin/nx'), ['run-many', '-t', 'build', '--outputStyle=static'], {
      cwd: copy,
      what: 'build',
      env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
      inherit: true,
    });
    log(`build done (${seconds(start)})`);

    start = performance.now();
    const packs: PackResult[] = [];
    const problems: string[] = [];
    for (const pkg of listPublicPackages(copy)) {
      const pack = packDryRun(pkg.dir);
      packs.push(pack);
      say(`\n${formatListing(pack)}`);
      const shipped = pack.files.map((f) => f.path);
      const violations = checkTarballFiles(pack.name, shipped);
      if (existsSync(join(pkg.dir, 'CHANGELOG.md')) && !shipped.includes('CHANGELOG.md')) {
        violations.push({ path: 'CHANGELOG.md', problem: 'written by changeset version but not packed: add "CHANGELOG.md" to "files" in package.json' });
      }
      for (const file of referencedFiles(pkg.manifest).filter((f) => !shipped.includes(f))) {
        violations.push({ path: file, problem: 'package.json points at it, but the tarball does not contain it' });
      }
      if (violations.length > 0) problems.push(formatViolations(pack.name, violations));
    }
    say('');
    log(`packed ${packs.length} packages (dry run, ${seconds(start)})`);

    const mismatch = versionMismatch(packs);
    if (mismatch) problems.unshift(mismatch);
    const stale = staleInternalDependencies(listPublicPackages(copy).map((p) => p.manifest));
    if (stale) problems.unshift(stale);
    if (problems.length > 0) throw new ReleaseError(problems.join('\n\n'));
    log(`ok: ${packs.length} packages would be published at ${packs[0]?.version}, siblings pinned to it: ${names.join(', ')}`);
  } finally {
    if (values.keep) log(`kept the copy at ${copy}`);
    else rmSync(copy, { recursive: true, force: true });
  }
}

// Run only as a command (tsx tools/release/src/release-dry.ts), not when a test imports main.
if (process.argv[1] && realpathSync(process.argv[1]) === import.meta.filename) {
  process.exitCode = main(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) });
}
