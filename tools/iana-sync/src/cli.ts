// npm run sync:iana -- [options]: keeps registry/close-codes.yaml in step with IANA. See README.md.
import { parseArgs } from 'node:util';
import { REGISTRY_FILE, REPO_ROOT } from '@wscodes-tools/registry';
import { runCli, shownPath, userPath } from './cli-support.ts';
import { EXIT } from './errors.ts';
import { IANA_WEBSOCKET_XML_URL, isUrl } from './input.ts';
import { runRemoveDeprecated, runSync, type SyncMode } from './sync.ts';

export const USAGE = `usage: npm run sync:iana -- [options]

Compares IANA's WebSocket close-code registry with registry/close-codes.yaml, prints what
differs, and (by default) updates the YAML and writes a changeset for the public packages.

options:
  --from FILE|URL       IANA's websocket.xml (default ${IANA_WEBSOCKET_XML_URL})
  --registry FILE       the registry to sync (default ${REGISTRY_FILE})
  --changeset-dir DIR   where the changeset goes (default .changeset)
  --dry-run             print the report, write nothing
  --check               print the report, write nothing, exit 1 if anything differs
  --json                print the report as JSON
  --remove-deprecated   for the next major: drop the deprecated constants of withdrawn codes
                        and write a major changeset naming them (reads nothing from IANA)
  --allow-removal       obsolete, accepted and ignored: a code IANA no longer lists is withdrawn
                        by default (kept, marked, its constant deprecated; a major release)
  -h, --help            show this help

exit status: 0 done or in sync, 1 differences found by --check, 2 bad input or usage`;

const OPTIONS = {
  from: { type: 'string' },
  registry: { type: 'string' },
  'changeset-dir': { type: 'string' },
  'dry-run': { type: 'boolean' },
  check: { type: 'boolean' },
  json: { type: 'boolean' },
  'allow-removal': { type: 'boolean' },
  'remove-deprecated': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function main(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (cause) {
    process.stderr.write(`sync:iana: ${(cause as Error).message.split('\n')[0]}\n\n${USAGE}\n`);
    return EXIT.badInput;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const registryFile = values.registry ? userPath(values.registry) : REPO_ROOT + REGISTRY_FILE;
  const mode: SyncMode = values.check ? 'check' : values['dry-run'] ? 'dry-run' : 'apply';
  const from = values.from ?? IANA_WEBSOCKET_XML_URL;
  const io = { stdout: (text: string) => process.stdout.write(text), stderr: (line: string) => process.stderr.write(`${line}\n`) };
  const changesetDir = shownPath(values['changeset-dir'] ? userPath(values['changeset-dir']) : REPO_ROOT + '.changeset');
  const registryLabel = values.registry ? shownPath(registryFile) : REGISTRY_FILE;
  if (values['allow-removal']) io.stderr('sync:iana: --allow-removal is no longer needed and is ignored: a code IANA no longer lists is withdrawn by default');
  if (values['remove-deprecated']) {
    if (values.from) {
      process.stderr.write(`sync:iana: --remove-deprecated reads nothing from IANA, so --from makes no sense with it; run the two separately\n\n${USAGE}\n`);
      return EXIT.badInput;
    }
    return (await runRemoveDeprecated({ registryFile, registryLabel, changesetDir, mode }, io)).exitCode;
  }

  const result = await runSync(
    {
      from: isUrl(from) ? from : shownPath(userPath(from)),
      registryFile,
      registryLabel,
      changesetDir,
      mode,
      json: values.json ?? false,
    },
    io,
  );
  return result.exitCode;
}

runCli('sync:iana', () => main(process.argv.slice(2)));
