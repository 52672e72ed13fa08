// Written generically over whatever targets.ts lists, so a new target is covered the day it lands:
// output is byte-identical across runs and YAML orderings, sorted, owned by its target, and
// every file opens with the do-not-edit banner naming the registry and its generator's real folder.
import { describe, expect, it } from 'vitest';
import { checkRegistryText, loadRegistry, REGISTRY_FILE, REPO_ROOT, type Registry } from '@wscodes-tools/registry';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DO_NOT_EDIT, renderTargets, targets, type GeneratedFile } from '@wscodes-tools/generators';
import { generatorFolder } from '../src/files.ts';
import { fixtureRegistry, FIXTURE_TEXT } from './registry.ts';

const BANNER = `Generated from ${REGISTRY_FILE} by tools/generators/src/`;

/** The repository paths a banner names: words with a slash, without the full stop that ends a sentence. */
const pathsIn = (text: string): string[] => [...text.matchAll(/[\w.-]+(?:\/[\w.-]*)+/g)].map(([path]) => path.replace(/\.$/, ''));

/** The registry with the YAML lists in a different order (codes 3003 and 3008 swapped, contacts reversed). */
function reorderedRegistry(): Registry {
  const text = FIXTURE_TEXT;
  const a = text.indexOf('\n  - code: 3003\n') + 1;
  const b = text.indexOf('\n  - code: 3008\n') + 1;
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(a);
  let swapped = `${text.slice(0, a)}${text.slice(b).trimEnd()}\n\n${text.slice(a, b).trimEnd()}\n`;
  const contactsStart = swapped.indexOf('\ncontacts:\n') + '\ncontacts:\n'.length;
  const contactsEnd = swapped.indexOf('\n\n', contactsStart);
  const contacts = swapped.slice(contactsStart, contactsEnd).split(/\n(?=  - id: )/).reverse().join('\n');
  swapped = swapped.slice(0, contactsStart) + contacts + swapped.slice(contactsEnd);
  const result = checkRegistryText(swapped);
  expect(result.diagnostics.map((d) => d.severity)).toEqual(['warning']); // only "3003 comes after 3008"
  return result.registry!;
}

/** Where the banner text sits in each kind of file. */
function bannerOf(file: GeneratedFile): string {
  const ext = /\.(d\.ts|[a-z]+)$/.exec(file.path)?.[1];
  switch (ext) {
    case 'ts':
    case 'd.ts':
    case 'js':
    case 'mjs':
    case 'cjs':
    case 'mts':
    case 'cts':
      expect(file.contents, file.path).toMatch(/^\/\/ /);
      return file.contents.slice(3, file.contents.indexOf('\n'));
    case 'md':
      expect(file.contents, file.path).toMatch(/^<!-- .* -->\n/);
      return file.contents.slice(5, file.contents.indexOf(' -->'));
    case 'json': {
      const value: unknown = JSON.parse(file.contents);
      expect(value !== null && typeof value === 'object' && !Array.isArray(value), `${file.path}: a JSON file is an object, to carry "$comment"`).toBe(true);
      const comment = (value as Record<string, unknown>).$comment;
      expect(typeof comment, `${file.path}: top-level "$comment"`).toBe('string');
      return comment as string;
    }
    default:
      throw new Error(`${file.path}: no banner rule for this kind of file; add one to this test and to files.ts`);
  }
}

describe('every target', { timeout: 120_000 }, () => {
  const registry = fixtureRegistry();
  const first = renderTargets(registry, targets);

  it('lists at least the core target, each name once', () => {
    expect(targets.map((t) => t.name)).toContain('core');
    expect(new Set(targets.map((t) => t.name)).size).toBe(targets.length);
  });

  it('renders byte-identical output twice in a row', async () => {
    const again = await renderTargets(registry, targets);
    const { files } = await first;
    expect(files.length).toBeGreaterThan(0);
    expect(again.files.map((f) => f.path)).toEqual(files.map((f) => f.path));
    again.files.forEach((f, i) => expect(f.contents === files[i]!.contents, `${f.path} differs between runs`).toBe(true));
  });

  it('renders the same bytes whatever order the YAML lists are in', async () => {
    const { files } = await first;
    const reordered = await renderTargets(reorderedRegistry(), targets);
    expect(reordered.files.map((f) => f.path)).toEqual(files.map((f) => f.path));
    reordered.files.forEach((f, i) => expect(f.contents === files[i]!.contents, `${f.path} depends on YAML order`).toBe(true));
  });

  it('returns files sorted by path, each path once', async () => {
    const paths = (await first).files.map((f) => f.path);
    for (let i = 1; i < paths.length; i++) expect(paths[i - 1]! < paths[i]!, `${paths[i - 1]} before ${paths[i]}`).toBe(true);
  });

  it.each(targets.map((t) => [t.name, t] as const))('%s: every file it writes is inside what it owns (so the writer can find stale ones)', async (_name, target) => {
    const { files } = await renderTargets(registry, [target]);
    expect(files.length).toBeGreaterThan(0);
    for (const { path } of files) {
      expect(target.owns.some((owned) => (owned.endsWith('/') ? path.startsWith(owned) : path === owned)), `${path} is not owned by ${target.name}`).toBe(true);
    }
  });

  it('names, in every banner, only paths that exist: the registry and the folder of the generator', async () => {
    const named = new Set((await first).files.flatMap((file) => pathsIn(bannerOf(file))));
    expect(named).toContain(REGISTRY_FILE);
    for (const path of named) expect(existsSync(join(REPO_ROOT, path)), `a banner names ${path}, which does not exist`).toBe(true);
  });

  it.each(targets.map((t) => [t.name, t] as const))('%s: its banner names the folder of its own generator', async (name, target) => {
    const { files } = await renderTargets(registry, [target]);
    for (const file of files) expect(pathsIn(bannerOf(file)), file.path).toContain(generatorFolder(name));
  });

  it('every file starts with the do-not-edit banner naming the registry, uses \\n and ends with one', async () => {
    for (const file of (await first).files) {
      const banner = bannerOf(file);
      expect(banner, file.path).toContain(BANNER);
      expect(banner, file.path).toContain(DO_NOT_EDIT);
      expect(file.contents.endsWith('\n'), `${file.path} ends with a newline`).toBe(true);
      expect(file.contents.includes('\r'), `${file.path} has a CR`).toBe(false);
    }
  });
});
