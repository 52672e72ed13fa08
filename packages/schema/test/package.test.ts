import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderTargets, selectTargets } from '@wscodes-tools/generators';
import { loadRegistry } from '@wscodes-tools/registry';
import { DIALECT, exportedFiles, handshakeStatuses, ianaRegistryFiles, packageJson, protocolCatalogue, publishProblems, readExport, resolveExport, schemaFiles } from './package-files.ts';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
// The generated JSON sits at the package root, where a subpath such as `@wscodes/schema/registry.json`
// names it (resolvers that ignore `exports`, like TypeScript's node10, look there); the banner tells it apart.
const generated = readdirSync(PACKAGE_DIR)
  .filter((file) => file.endsWith('.json') && file !== 'package.json')
  .filter((file) => /Do not edit/.test(JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')).$comment ?? ''))
  .sort();

// Spawns node and npm: generous limits, no timing assertions.
describe('@wscodes/schema exports', { timeout: 60_000 }, () => {
  it('exports every generated file under its own name, and nothing else', () => {
    expect(generated.length).toBeGreaterThan(0);
    expect([...exportedFiles].sort()).toEqual(generated);
    // Each target is the file the subpath names at the root, so node10 resolution finds it too.
    for (const file of exportedFiles) expect(packageJson.exports[`./${file}`]).toBe(`./${file}`);
    expect([...packageJson.files].sort()).toEqual([...generated, 'CHANGELOG.md'].sort());
  });

  it('exports and files list exactly what the schema generator writes (a new registry module adds its two files here)', async () => {
    const { files } = await renderTargets(loadRegistry(), selectTargets(['schema']));
    const written = files.map((f) => f.path.slice('packages/schema/'.length));
    expect(written.length).toBeGreaterThan(0);
    expect(publishProblems(packageJson, written)).toEqual([]);
    // The check can fail: a registry's data file left out, or a file no generator writes.
    const missing = { exports: packageJson.exports, files: packageJson.files.filter((f) => f !== written[0]) };
    expect(publishProblems(missing, written)).toEqual([`${written[0]} is generated but not published: add "${written[0]}" to files in packages/schema/package.json`]);
    expect(publishProblems(packageJson, written.slice(1))).toHaveLength(1);
  });

  it('ships the four code and registry schemas and registry.json', () => {
    expect(exportedFiles).toEqual(
      expect.arrayContaining([
        'close-code.schema.json',
        'registered-close-code.schema.json',
        'api-close-code.schema.json',
        'registry.schema.json',
        'registry.json',
      ]),
    );
  });

  it.each(schemaFiles)('%s has the 2020-12 dialect, a stable $id and the banner', (file) => {
    const schema = readExport(file);
    expect(schema.$schema).toBe(DIALECT);
    expect(schema.$id).toBe(`https://unpkg.com/@wscodes/schema/${file}`);
    // The id is the file's path in this package's tarball, so the CDN serves this very file.
    expect(schema.$id.endsWith(`/@wscodes/schema/${packageJson.exports[`./${file}`]!.slice(2)}`)).toBe(true);
    // A registry's own files name its YAML file, the catalogue's its folder, the handshake statuses' theirs; the others name the close-code registry.
    const source =
      ianaRegistryFiles.find((f) => f.schema === file)?.registry.source ??
      (file === 'protocols.schema.json' ? protocolCatalogue?.source : file === 'handshake-statuses.schema.json' ? handshakeStatuses?.source : undefined) ??
      'registry/close-codes.yaml';
    expect(schema.$comment.startsWith(`Generated from ${source} by tools/generators/src/`), schema.$comment).toBe(true);
    expect(schema.$comment).toMatch(/Do not edit/);
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', '$id', '$comment']);
  });

  it('registry.json names its schema and carries the banner', () => {
    const registry = readExport('registry.json');
    expect(registry.$schema).toBe(readExport('registry.schema.json').$id);
    expect(registry.$comment).toMatch(/Do not edit/);
    expect(registry.codes.map((c: { code: number }) => c.code)).toEqual(
      [...registry.codes.map((c: { code: number }) => c.code)].sort((a, b) => a - b),
    );
  });

  it("ships a schema and a data file for each of IANA's other registries", () => {
    expect(ianaRegistryFiles.length).toBeGreaterThan(0);
    for (const { registry, data, schema } of ianaRegistryFiles) {
      expect(exportedFiles, registry.id).toEqual(expect.arrayContaining([data, schema]));
      const json = readExport(data);
      expect(json.$schema, data).toBe(readExport(schema).$id);
      expect(json.$comment.startsWith(`Generated from ${registry.source} by tools/generators/src/schema/`), json.$comment).toBe(true);
      const { $schema: _s, $comment: _c, ...document } = json;
      expect(document, data).toEqual(JSON.parse(JSON.stringify(registry.document)));
      expect(json.iana.updated, data).toBe(registry.header.updated);
    }
  });

  it('ships the protocol catalogue the repository loads in protocols.json: every protocol, code and range', () => {
    expect(protocolCatalogue?.protocols.length).toBeGreaterThan(0);
    const json = readExport('protocols.json');
    expect(json.$schema).toBe(readExport('protocols.schema.json').$id);
    expect(json.$comment.startsWith(`Generated from ${protocolCatalogue!.source} by tools/generators/src/schema/`), json.$comment).toBe(true);
    const shipped = json.protocols as { id: string; subprotocols: string[]; codes: { code: number; key: string; reconnect: { policy: string } }[]; ranges: { range: string }[] }[];
    expect(shipped.map((p) => p.id)).toEqual(protocolCatalogue!.protocols.map((p) => p.id));
    for (const [i, p] of protocolCatalogue!.protocols.entries()) {
      const written = shipped[i]!;
      expect(written.subprotocols, p.id).toEqual(p.subprotocols);
      expect(written.codes.map((c) => [c.code, c.key, c.reconnect.policy]), p.id).toEqual(p.codes.map((c) => [c.code, c.key, c.reconnect.policy]));
      expect(written.ranges.map((r) => r.range), p.id).toEqual(p.ranges.map((r) => `${r.from}-${r.to}`));
    }
  });

  it("Node's JSON import reads every subpath by package name", () => {
    const script = exportedFiles
      .map((file, i) => `import f${i} from '@wscodes/schema/${file}' with { type: 'json' };`)
      .concat(`console.log(JSON.stringify([${exportedFiles.map((_, i) => `typeof f${i}`).join(',')}]));`)
      .join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: PACKAGE_DIR, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(exportedFiles.map(() => 'object'));
    expect(resolveExport('registry.json')).toMatch(/packages[\\/]schema[\\/]registry\.json$/);
  });

  it('the tarball holds only package.json, LICENSE, the README and the generated JSON', () => {
    const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PACKAGE_DIR, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [{ files }] = JSON.parse(run.stdout) as [{ files: { path: string }[] }];
    expect(files.map((f) => f.path).sort()).toEqual(['LICENSE', 'README.md', ...generated, 'package.json'].sort());
  });

  it('the build check passes on the shipped files', () => {
    const run = spawnSync(process.execPath, ['scripts/check-package.js'], { cwd: PACKAGE_DIR, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`${generated.length} JSON files checked`));
  });
});
