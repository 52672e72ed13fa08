// The packaging gates that look at packed tarballs: file allow-lists, dependency links, publint, attw
// (with every JSON subpath resolved in each of attw's modes).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readProjectLinks } from '@wscodes-tools/generators/output';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { checkTarballFiles, formatViolations } from './allow-list.ts';
import type { PackedPackage } from './consumer.ts';
import { ReleaseError, indent, run } from './exec.ts';
import { entryKind, listEntryPoints, referencedFiles } from './exports.ts';
import { describeFailures, jsonEntryPoints, RESOLUTION_MODES, resolveJsonSubpaths, type JsonResolution } from './json-resolution.ts';
import { licenseStates } from './licenses.ts';
import { checkDependencyLinks, checkRuntimeImports } from './manifest-rules.ts';
import { manifestLinkProblems } from './project-links.ts';
import { relativeLinks } from './readme-links.ts';
import { listPackages, type WorkspacePackage } from './workspace.ts';

/** A packed public package and the workspace folder it came from. */
export interface Packed extends PackedPackage {
  readonly pkg: WorkspacePackage;
}

// Each gate returns a one-line summary, or throws ReleaseError listing every problem it found.

export function checkFiles(packed: readonly Packed[], root: string): string {
  const problems: string[] = [];
  for (const p of packed) {
    const violations = checkTarballFiles(p.name, p.files);
    for (const file of referencedFiles(p.manifest).filter((f) => !p.files.includes(f))) {
      violations.push({ path: file, problem: 'package.json points at it, but the tarball does not contain it (run `npm run build` first?)' });
    }
    if (existsSync(join(p.pkg.dir, 'CHANGELOG.md')) && !p.files.includes('CHANGELOG.md')) violations.push({ path: 'CHANGELOG.md', problem: 'exists but is not packed: add "CHANGELOG.md" to "files" in package.json' });
    if (violations.length > 0) problems.push(formatViolations(p.name, violations));
  }
  for (const { pkg, state } of licenseStates(root, packed.map((p) => p.pkg))) {
    if (state !== 'same') problems.push(`${pkg.relativeDir}/LICENSE is ${state}: run \`npm run license:sync\` (it copies the root LICENSE)`);
  }
  if (problems.length > 0) throw new ReleaseError(problems.join('\n'));
  return `${packed.reduce((n, p) => n + p.files.length, 0)} files in ${packed.length} tarballs match their allow-lists; LICENSE matches the root`;
}

export function checkLinks(packed: readonly Packed[], root: string): string {
  const publicNames = new Set(packed.map((p) => p.name));
  const privateNames = new Set([...listPackages(root, 'tools'), ...listPackages(root, 'packages')].filter((p) => p.manifest.private).map((p) => p.manifest.name));
  const problems = checkDependencyLinks(packed.map((p) => p.manifest), publicNames, privateNames);
  for (const p of packed) {
    const built = new Map(p.files.filter((f) => /\.(?:[cm]?js|d\.[cm]?ts)$/.test(f)).map((f) => [f, readFileSync(join(p.pkg.dir, f), 'utf8')]));
    problems.push(...checkRuntimeImports(p.manifest, built));
  }
  // Where the project lives, and READMEs whose links work on npm's page, away from the repository.
  const projectLinks = readProjectLinks(pathToFileURL(join(root, 'package.json')));
  for (const p of packed) {
    for (const problem of manifestLinkProblems(p.manifest, p.pkg.relativeDir, projectLinks)) problems.push({ packageName: p.name, problem });
    const readme = p.files.find((f) => /^readme(?:\.md)?$/i.test(f));
    if (readme === undefined) {
      problems.push({ packageName: p.name, problem: 'packs no README.md: write one, npm shows it as the package page' });
      continue;
    }
    for (const link of relativeLinks(readFileSync(join(p.pkg.dir, readme), 'utf8'))) {
      problems.push({ packageName: p.name, problem: `${readme}:${link.line} links to "${link.target}", which is relative and breaks on npm: link the site or the repository (siteUrl or repositoryFileUrl in tools/generators/src/output/links.ts)` });
    }
  }
  if (problems.length > 0) throw new ReleaseError(problems.map((p) => `${p.packageName} ${p.problem}`).join('\n'));
  const links = packed.flatMap((p) => Object.keys(p.manifest.dependencies ?? {}).filter((d) => publicNames.has(d)).map((d) => `${p.name} → ${d}`));
  return `no peer links between public packages${links.length ? `; dependencies: ${links.join(', ')}` : ''}; repository, homepage and bugs derived from the root; no relative link in any README`;
}

export async function checkPublint(packed: readonly Packed[]): Promise<string> {
  const problems: string[] = [];
  for (const p of packed) {
    const bytes = readFileSync(p.tarball);
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { messages, pkg } = await publint({ pack: { tarball }, level: 'suggestion', strict: true });
    console.log(`${p.name.padEnd(20)} ${messages.length === 0 ? 'nothing reported' : `${messages.length} message(s)`}`);
    for (const message of messages) problems.push(`${p.name}: ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
  }
  if (problems.length > 0) throw new ReleaseError(problems.join('\n'));
  return `publint (suggestions included) reports nothing for ${packed.length} packages`;
}

export function checkAttw(packed: readonly Packed[], root: string): string {
  const attw = join(root, 'node_modules/.bin/attw');
  const problems: string[] = [];
  let checked = 0;
  let jsonResolutions = 0;
  for (const p of packed) {
    const entries = listEntryPoints(p.manifest, p.files);
    // TypeScript's resolver, on the unpacked tarball: attw analyses only packages that ship types,
    // and every package's JSON subpaths must resolve in every mode attw reports.
    const resolutions = resolvePackedJson(p);
    jsonResolutions += resolutions.length;
    const unresolved = describeFailures(resolutions);
    if (unresolved.length > 0) problems.push(`${p.name}: JSON subpaths that do not resolve to the file exports names:\n${indent(unresolved.join('\n'), '  ')}`);
    const jsonSummary = resolutions.length === 0 ? 'no JSON subpaths' : `${resolutions.length / RESOLUTION_MODES.length} JSON subpath(s) ${unresolved.length === 0 ? 'resolve' : 'do NOT all resolve'} under ${RESOLUTION_MODES.map((m) => m.name).join(', ')}`;
    if (!entries.some((e) => entryKind(e.esm ?? e.cjs) === 'js')) {
      console.log(`${p.name.padEnd(20)} ${jsonSummary}; attw skipped: no JavaScript entry point, so no types for it to analyse`);
      continue;
    }
    // Every subpath of the export map, JSON included: attw resolves those in all four modes too.
    const entrypointArgs = ['--entrypoints', ...entries.map((e) => e.subpath)];
    // attw reads the same tarball `npm pack` made (what `attw --pack` does); no @types lookup, so no network.
    const args = [p.tarball, '--no-definitely-typed', ...entrypointArgs, '--format', 'json'];
    let report: { analysis?: { types?: unknown }; problems?: unknown };
    try {
      report = JSON.parse(run(attw, args, { cwd: root, what: `attw ${p.name}` })) as typeof report;
    } catch (error) {
      if (!(error instanceof ReleaseError)) throw error;
      // attw exits 1 when it finds problems: show its readable table.
      const table = (() => { try { return run(attw, [p.tarball, '--no-definitely-typed', ...entrypointArgs, '--format', 'ascii', '--no-color', '--no-emoji'], { cwd: root, what: `attw ${p.name}` }); } catch (e) { return e instanceof Error ? e.message : String(e); } })();
      problems.push(`${p.name}:\n${indent(table.trim(), '  ')}`);
      continue;
    }
    if (report.analysis?.types === false) {
      problems.push(`${p.name} has JavaScript entry points but ships no type declarations`);
      continue;
    }
    const count = Array.isArray(report.problems) ? report.problems.length : Object.keys(report.problems ?? {}).length;
    console.log(`${p.name.padEnd(20)} attw: ${count === 0 ? 'no problems' : `${count} problem(s)`} in ${entries.length} entry point(s); ${jsonSummary}`);
    if (count > 0) problems.push(`${p.name}: ${JSON.stringify(report.problems)}`);
    checked++;
  }
  if (problems.length > 0) throw new ReleaseError(problems.join('\n'));
  return `attw reports nothing for ${checked} package(s) with JavaScript; ${jsonResolutions} resolutions of JSON subpaths in ${packed.length} package(s) reach the file exports names`;
}

/** Unpacks the tarball as node_modules/<name> of a scratch folder and resolves its JSON subpaths there. */
function resolvePackedJson(p: Packed): JsonResolution[] {
  if (jsonEntryPoints(p.manifest, p.files).length === 0) return [];
  const scratch = mkdtempSync(join(tmpdir(), 'wscodes-json-resolution-'));
  try {
    run('tar', ['-xzf', p.tarball, '-C', scratch], { cwd: scratch, what: `unpack ${p.name}` });
    const installed = join(scratch, 'node_modules', p.name);
    mkdirSync(dirname(installed), { recursive: true });
    renameSync(join(scratch, 'package'), installed);
    return resolveJsonSubpaths(scratch, p.manifest, p.files);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
