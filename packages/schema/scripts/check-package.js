// The build of a JSON-only package: proves that what would ship is complete and well-formed.
// Every `exports` target exists and parses, every JSON file at the package root is exported under
// its own name (node10 resolution ignores `exports` and looks there), and every schema
// carries the 2020-12 dialect, a $id named after its file, and the do-not-edit banner.
// Plain Node, no dependencies: it runs before anything else is installed or built.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const problems = [];

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const targets = Object.entries(pkg.exports).filter(([subpath]) => subpath !== './package.json');
const documents = new Map();
for (const [subpath, target] of targets) {
  if (target !== subpath) problems.push(`exports["${subpath}"] -> ${target}: point it at ${subpath}, the file at the package root, where resolvers that ignore exports look`);
  try {
    documents.set(basename(target), JSON.parse(readFileSync(join(root, target), 'utf8')));
  } catch (error) {
    problems.push(`exports["${subpath}"] -> ${target}: ${error.code === 'ENOENT' ? 'missing' : error.message}`);
  }
}
const exported = new Set(targets.map(([, target]) => target));
for (const file of readdirSync(root).filter((f) => f.endsWith('.json') && f !== 'package.json')) {
  if (!exported.has(`./${file}`)) problems.push(`${file} is at the package root but not in exports: add "./${file}"`);
  if (!pkg.files.includes(file)) problems.push(`${file} is at the package root but not in "files": add "${file}"`);
}
for (const [file, document] of documents) {
  if (!/Do not edit/.test(document.$comment ?? '')) problems.push(`${file}: no do-not-edit banner in $comment`);
  if (!file.endsWith('.schema.json')) continue;
  if (document.$schema !== DIALECT) problems.push(`${file}: $schema should be ${DIALECT}`);
  if (typeof document.$id !== 'string' || !document.$id.endsWith(`/${file}`)) problems.push(`${file}: $id should end in /${file}`);
}
const registrySchemaId = documents.get('registry.schema.json')?.$id;
if (documents.get('registry.json')?.$schema !== registrySchemaId) problems.push('registry.json: $schema should be the $id of registry.schema.json');
// Each data file names its schema (opcodes.json -> opcodes.schema.json); the schema must ship too.
const schemaIds = new Set([...documents].filter(([file]) => file.endsWith('.schema.json')).map(([, schema]) => schema.$id));
for (const [file, document] of documents) {
  if (file.endsWith('.schema.json') || document.$schema === undefined) continue;
  if (!schemaIds.has(document.$schema)) problems.push(`${file}: $schema ${document.$schema} is the $id of no schema in this package`);
}

if (problems.length > 0) {
  console.error(`@wscodes/schema is not ready to ship:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  console.error('regenerate with `npm run generate`, and keep package.json exports and files in step with the JSON at the package root.');
  process.exit(1);
}
console.log(`@wscodes/schema: ${documents.size} JSON files checked`);
