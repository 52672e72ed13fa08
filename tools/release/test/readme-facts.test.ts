// What the READMEs say about the packages agrees with the packages: where the project lives (every
// manifest's repository, homepage and bugs, and every site or repository address a README spells),
// the Node versions each needs (their `engines`), and how many packages are released together
// (packages/*). What they say about peers is checked against compat.json in
// tools/generators/test/readme-facts.test.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectLinks } from '@wscodes-tools/generators/output';
import { manifestLinkProblems } from '../src/project-links.ts';
import { relativeLinks } from '../src/readme-links.ts';
import { listPublicPackages, REPO_ROOT, type Manifest } from '../src/workspace.ts';

const publicPackages = listPublicPackages();
const links = readProjectLinks();
const rootManifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest & { description: string; engines?: { node?: string } };
const enginesOf = (manifest: Manifest): string | undefined => (manifest as { engines?: { node?: string } }).engines?.node;

/** Every README a reader meets: the root's, then each public package's (its npm page). */
const readmes = [
  { file: 'README.md', manifest: rootManifest as Manifest, text: readFileSync(join(REPO_ROOT, 'README.md'), 'utf8') },
  ...publicPackages.map((p) => ({ file: `${p.relativeDir}/README.md`, manifest: p.manifest, text: readFileSync(join(p.dir, 'README.md'), 'utf8') })),
];

/** Prose as sentences-ish clauses, code blocks left out and lines joined. */
const clausesOf = (markdown: string): string[] =>
  markdown
    .replace(/^```[\s\S]*?^```/gm, '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' '))
    .flatMap((paragraph) => paragraph.split(/(?<=[.;])\s/));

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const minimum = (range: string | undefined): string | undefined => /^>=\s*(\d+(?:\.\d+)*)$/.exec(range ?? '')?.[1];

/** The public packages a clause names: `@wscodes/x`, or the `wscodes` CLI. */
const packagesNamed = (clause: string) =>
  publicPackages.filter((p) => (p.manifest.name.startsWith('@') ? clause.includes(p.manifest.name) : new RegExp(`\`${p.manifest.name}\` CLI|the CLI\\b`).test(clause)));

describe('the public packages, as the READMEs and manifests describe them', () => {
  it('each carry repository (with its folder), homepage and bugs as the root package.json derives them', () => {
    expect(publicPackages.flatMap((p) => manifestLinkProblems(p.manifest, p.relativeDir, links))).toEqual([]);
  });

  it('have READMEs whose links work on npm: none relative', () => {
    for (const { file, text } of readmes.slice(1)) expect(relativeLinks(text), file).toEqual([]);
  });

  it("spell the site's and the repository's addresses only as the root package.json gives them", () => {
    // A fork changes the root; every address still naming the old site or repository is listed here.
    const stale = readmes.flatMap(({ file, text }) =>
      [...text.matchAll(/https?:\/\/[^\s)"'`<>]*(?:github\.io|github\.com\/wscodes)[^\s)"'`<>]*/g)]
        .map((m) => m[0])
        .filter((url) => !url.startsWith(links.site) && !url.startsWith(links.repository))
        .map((url) => `${file}: ${url}`),
    );
    expect(stale).toEqual([]);
  });

  it('state each Node version their engines say, and the CLI needs at least what core needs', () => {
    const found: string[] = [];
    for (const { file, manifest, text } of readmes) {
      for (const clause of clausesOf(text)) {
        let from = 0;
        for (const match of clause.matchAll(/\bNode(?:\.js)? v?(\d+(?:\.\d+)*)(?:\+| or later| or newer)/g)) {
          // The packages named since the previous version are the ones this version is about.
          const version = match[1]!;
          const named = packagesNamed(clause.slice(from, match.index));
          from = match.index + match[0].length;
          const about = named.length > 0 && file === 'README.md' ? named.map((p) => p.manifest) : [manifest];
          for (const m of about) {
            found.push(m.name);
            expect(minimum(enginesOf(m)), `${file}: "Node ${version}" for ${m.name} in: ${clause}`).toBe(version);
          }
        }
      }
    }
    // Each package with JavaScript states its Node version in its own README, and the root README states the workspace's.
    for (const p of publicPackages.filter((p) => enginesOf(p.manifest) !== undefined)) expect(found, p.manifest.name).toContain(p.manifest.name);
    expect(found).toContain(rootManifest.name);
    const version = (name: string) => minimum(enginesOf(publicPackages.find((p) => p.manifest.name === name)!.manifest))!.split('.').map(Number);
    const [core, cli] = [version('@wscodes/core'), version('wscodes')];
    expect(cli[0]! > core[0]! || (cli[0] === core[0] && (cli[1] ?? 0) >= (core[1] ?? 0))).toBe(true);
  });

  it('count the packages released together as packages/* holds them', () => {
    const scoped = publicPackages.filter((p) => p.manifest.name.startsWith('@wscodes/')).length;
    const counts: string[] = [];
    // Also the maintainers' texts that say how a release goes: every tool's README, the changesets' and RELEASING.md.
    const tools = readdirSync(join(REPO_ROOT, 'tools'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `tools/${d.name}/README.md`);
    const more = [...tools, '.changeset/README.md', 'tools/release/RELEASING.md'].filter((file) => existsSync(join(REPO_ROOT, file))).map((file) => ({ file, text: readFileSync(join(REPO_ROOT, file), 'utf8') }));
    for (const { file, text } of [...readmes, ...more, { file: 'package.json description', text: rootManifest.description }]) {
      for (const clause of clausesOf(text)) {
        for (const [, word, kind] of clause.matchAll(/\b(\w+) (`@wscodes\/\*`|(?:public |npm )?packages)/gi)) {
          const n = NUMBER_WORDS.indexOf(word!.toLowerCase());
          if (n < 0) continue;
          counts.push(`${file}: ${word} ${kind}`);
          expect(n, `${file}: "${word} ${kind}" in: ${clause}`).toBe(kind!.startsWith('`@wscodes') ? scoped : publicPackages.length);
        }
      }
    }
    expect(counts.length).toBeGreaterThanOrEqual(3);
  });
});
