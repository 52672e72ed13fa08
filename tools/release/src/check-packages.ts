// npm run check:packages [-- --only files,links,publint,attw,consumer,size] [--keep]
//                        [--budget ID=BYTES ...]
// The packaging gates, over every public package (packages/* that are not private). Run after
// `npm run build`. Packs each package once into a temporary folder, then checks the tarballs:
//   files     only the allow-listed files; everything package.json points at; LICENSE = root LICENSE
//   links     siblings linked through dependencies (never peers); built code imports only dependencies
//             repository, homepage and bugs as the root derives them; no relative link in a packed README
//   publint   publint reports nothing (suggestions included)
//   attw      @arethetypeswrong/cli reports nothing on every subpath of the export map (packages without
//             JavaScript have no types for it, and say so); every JSON subpath of every package resolves
//             to the file exports names under node10, node16 (CJS, ESM) and bundler (TypeScript's resolver)
//   consumer  offline install into a scratch project; Node ESM, Node CJS, tsc (node16, bundler), esbuild browser
//   size      @wscodes/core size budgets, one row per import (esbuild minify + gzip -9; see size.ts)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONSUMER_CHECKS, installScratchProject, runConsumerCheck } from './consumer.ts';
import { ReleaseError, indent, seconds } from './exec.ts';
import { checkAttw, checkFiles, checkLinks, checkPublint, type Packed } from './gates.ts';
import { formatBytes, packInto } from './pack.ts';
import { catalogueInMainEntry, formatTable, measureCore, overBudget, SIZE_ROWS, withBudgets } from './size.ts';
import { listPublicPackages, REPO_ROOT } from './workspace.ts';

const GATES = ['files', 'links', 'publint', 'attw', 'consumer', 'size'] as const;
type Gate = (typeof GATES)[number];

const USAGE = `usage: npm run check:packages -- [--only ${GATES.join(',')}] [--keep] [--budget ID=BYTES ...]
  --budget ID=BYTES  replace the size budget of one row (ids: ${SIZE_ROWS.map((r) => r.id).join(', ')})`;
const log = (message: string): void => console.log(`check:packages ${message}`);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      keep: { type: 'boolean' },
      budget: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const gates = selectGates(values.only);
  const rows = withBudgets(SIZE_ROWS, values.budget ?? []);

  const publicPackages = listPublicPackages();
  if (publicPackages.length === 0) throw new ReleaseError('no public package under packages/*');
  const work = mkdtempSync(join(tmpdir(), 'wscodes-check-'));
  const failures: string[] = [];
  const results: string[] = [];
  try {
    let start = performance.now();
    const packed: Packed[] = publicPackages.map((pkg) => {
      const result = packInto(pkg.dir, join(work, 'tarballs'));
      log(`packed ${result.name}@${result.version}: ${result.files.length} files, ${formatBytes(result.size)}`);
      return { pkg, name: result.name, version: result.version, tarball: result.tarball, manifest: pkg.manifest, files: result.files.map((f) => f.path) };
    });
    log(`packed ${packed.length} packages into ${work} (${seconds(start)})`);

    const gate = async (name: Gate, body: () => Promise<string> | string): Promise<void> => {
      if (!gates.includes(name)) return;
      start = performance.now();
      console.log(`\n== ${name}`);
      try {
        const summary = await body();
        console.log(`ok: ${summary} (${seconds(start)})`);
        results.push(`${name} ok`);
      } catch (error) {
        if (!(error instanceof ReleaseError)) throw error;
        console.log(`FAILED (${seconds(start)})\n${indent(error.message, '  ')}`);
        failures.push(name);
        results.push(`${name} FAILED`);
      }
    };

    await gate('files', () => checkFiles(packed, REPO_ROOT));
    await gate('links', () => checkLinks(packed, REPO_ROOT));
    await gate('publint', () => checkPublint(packed));
    await gate('attw', () => checkAttw(packed, REPO_ROOT));
    if (gates.includes('consumer') || gates.includes('size')) {
      const scratch = join(work, 'consumer');
      start = performance.now();
      installScratchProject(scratch, packed);
      log(`installed the ${packed.length} tarballs offline into ${scratch} (${seconds(start)})`);
      await gate('consumer', async () => {
        const problems: string[] = [];
        for (const check of CONSUMER_CHECKS) {
          const checkStart = performance.now();
          try {
            const summary = await runConsumerCheck(check, { dir: scratch, packages: packed, repoRoot: REPO_ROOT });
            console.log(`${check.padEnd(16)} ${summary} (${seconds(checkStart)})`);
          } catch (error) {
            if (!(error instanceof ReleaseError)) throw error;
            console.log(`${check.padEnd(16)} FAILED`);
            problems.push(`${check}: ${error.message}`);
          }
        }
        if (problems.length > 0) throw new ReleaseError(problems.join('\n'));
        return `${CONSUMER_CHECKS.length} ways of consuming the packed packages`;
      });
      await gate('size', async () => {
        if (!packed.some((p) => p.name === '@wscodes/core')) return 'skipped: there is no @wscodes/core package';
        const { context, measurements } = await measureCore(scratch, rows);
        console.log(formatTable(rows, measurements, context));
        const problems = overBudget(rows, measurements, context);
        // An app that imports only the main entry must ship none of the protocol catalogue.
        const leaked = await catalogueInMainEntry(scratch);
        console.log(`protocol catalogue in the main entry: ${leaked.length === 0 ? 'none' : `${leaked.length} texts`}`);
        if (leaked.length > 0) problems.push(`the main entry of @wscodes/core bundles the protocol catalogue (found: ${leaked.slice(0, 3).map((t) => JSON.stringify(t)).join(', ')}); keep it behind @wscodes/core/protocols`);
        if (problems.length > 0) throw new ReleaseError(`${problems.join('\n')}\nshrink the package, or change its row in SIZE_ROWS (tools/release/src/size.ts) with a reason.`);
        return `${rows.filter((r) => r.budget !== null).length} imports within budget`;
      });
    }
  } finally {
    if (values.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(`\ncheck:packages ${results.join(', ')}`);
  if (failures.length > 0) {
    console.error(`check:packages failed: ${failures.join(', ')}`);
    return 1;
  }
  return 0;
}

function selectGates(only: string | undefined): readonly Gate[] {
  if (!only) return GATES;
  const chosen = only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = chosen.filter((g) => !(GATES as readonly string[]).includes(g));
  if (unknown.length > 0) throw new ReleaseError(`unknown gate(s) ${unknown.join(', ')}\n${USAGE}`);
  return chosen as Gate[];
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ReleaseError) {
      console.error(`check:packages failed: ${error.message}`);
      process.exit(1);
    }
    throw error;
  },
);
