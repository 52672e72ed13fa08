// npm run sync:iana -- [options]: keeps registry/close-codes.yaml in step with IANA. See README.md.
import { REGISTRY_FILE, REPO_ROOT } from '@wscodes-tools/registry';
import { command, runIfMain, shownPath, userPath } from './cli-support.ts';
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

export const main = command(
  'sync:iana',
  USAGE,
  {
    from: { type: 'string' },
    registry: { type: 'string' },
    'changeset-dir': { type: 'string' },
    'dry-run': { type: 'boolean' },
    check: { type: 'boolean' },
    json: { type: 'boolean' },
    'allow-removal': { type: 'boolean' },
    'remove-deprecated': { type: 'boolean' },
  },
  async (values, io) => {
    const registryFile = values.registry ? userPath(values.registry, io) : REPO_ROOT + REGISTRY_FILE;
    const mode: SyncMode = values.check ? 'check' : values['dry-run'] ? 'dry-run' : 'apply';
    const from = values.from ?? IANA_WEBSOCKET_XML_URL;
    const changesetDir = shownPath(values['changeset-dir'] ? userPath(values['changeset-dir'], io) : REPO_ROOT + '.changeset');
    const registryLabel = values.registry ? shownPath(registryFile) : REGISTRY_FILE;
    if (values['allow-removal']) io.stderr('sync:iana: --allow-removal is no longer needed and is ignored: a code IANA no longer lists is withdrawn by default');
    if (values['remove-deprecated']) {
      if (values.from) {
        io.stderr(`sync:iana: --remove-deprecated reads nothing from IANA, so --from makes no sense with it; run the two separately\n\n${USAGE}`);
        return EXIT.badInput;
      }
      return (await runRemoveDeprecated({ registryFile, registryLabel, changesetDir, mode }, io)).exitCode;
    }
    const options = { from: isUrl(from) ? from : shownPath(userPath(from, io)), registryFile, registryLabel, changesetDir, mode, json: values.json ?? false };
    return (await runSync(options, io)).exitCode;
  },
);

runIfMain(import.meta, main);
