// npm run validate [-- [--quiet] FILE]: checks the registry and prints every problem as file:line:col.
import { relative } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkRegistryText, formatDiagnostic, REGISTRY_FILE, REPO_ROOT } from './index.ts';

const USAGE = 'usage: npm run validate [-- [--quiet] FILE]   (FILE defaults to registry/close-codes.yaml; --quiet prints nothing when it is valid)';
let args;
try {
  args = parseArgs({ options: { help: { type: 'boolean', short: 'h' }, quiet: { type: 'boolean', short: 'q' } }, allowPositionals: true });
} catch (e) {
  // An option this command does not know: say so, with the usage, never a stack trace.
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help || args.positionals.length > 1) {
  (args.values.help ? console.log : console.error)(USAGE);
  process.exit(args.values.help ? 0 : 2);
}
const file = args.positionals[0] ?? REPO_ROOT + REGISTRY_FILE;
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
  console.error(`\n${shown}: ${diagnostics.filter((d) => d.severity === 'error').length} error(s). Fix them, then run again.`);
  process.exit(1);
}
if (!args.values.quiet) console.log(`${shown}: ${registry.codes.length} codes, ${registry.ranges.length} ranges, valid.`);
