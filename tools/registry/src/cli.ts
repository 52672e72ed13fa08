// npm run validate [-- FILE]: checks the registry and prints every problem as file:line:col.
import { relative } from 'node:path';
import { readFileSync } from 'node:fs';
import { checkRegistryText, formatDiagnostic, REGISTRY_FILE, REPO_ROOT } from './index.ts';

const file = process.argv[2] ?? REPO_ROOT + REGISTRY_FILE;
const shown = relative(process.cwd(), file) || file;
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (cause) {
  console.error(`cannot read ${shown}: ${(cause as NodeJS.ErrnoException).code ?? cause}`);
  process.exit(2);
}
const { registry, diagnostics } = checkRegistryText(text, shown);
for (const d of diagnostics) console.error(formatDiagnostic(shown, d));
if (!registry) {
  console.error(`\n${shown}: ${diagnostics.filter((d) => d.severity === 'error').length} error(s); nothing was generated.`);
  process.exit(1);
}
console.log(`${shown}: ${registry.codes.length} codes, ${registry.ranges.length} ranges, valid.`);
