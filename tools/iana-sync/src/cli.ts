// npm run sync:iana -- [options]: keeps registry/close-codes.yaml in step with IANA. See README.md.
import { REGISTRY_FILE, REPO_ROOT } from '@wscodes-tools/registry';
import { command, runIfMain, shownPath, userPath } from './cli-support.ts';
import { EXIT } from './errors.ts';
import { IANA_WEBSOCKET_XML_URL, isUrl } from './input.ts';
import { GUARD_MIN_VALUES } from './engine.ts';
import { runRemoveDeprecated, runSync, WITHDRAWAL_REGISTRY_IDS, type SyncMode } from './sync.ts';

export const USAGE = `usage: npm run sync:iana -- [options]

Compares IANA's six WebSocket registries with registry/close-codes.yaml and the registry files
beside it, prints what differs, and (by default) updates the YAML and writes one changeset for the
public packages.

options:
  --from FILE|URL       IANA's websocket.xml (default ${IANA_WEBSOCKET_XML_URL})
  --registry FILE       the registry to sync (default ${REGISTRY_FILE})
  --changeset-dir DIR   where the changeset goes (default .changeset)
  --dry-run             print the report, write nothing
  --check               print the report, write nothing, exit 1 if anything differs
  --json                print the report as JSON
  --remove-deprecated   for the next major: drop the deprecated constants of withdrawn codes
                        and write a major changeset naming them (reads nothing from IANA)
  --allow-withdrawal REGISTRY:VALUE[,REGISTRY:VALUE...]
                        let this update withdraw more than half of a registry's values at once
                        (refused otherwise, for a registry of ${GUARD_MIN_VALUES} or more values); repeatable.
                        REGISTRY is the registry file's name: ${WITHDRAWAL_REGISTRY_IDS.map((r) => r.id).join(', ')}
                        (module ids such as headerBits are accepted too); VALUE as IANA lists it:
                        close-codes:3003, opcodes:10, header-bits:RSV1, subprotocols:chat.example
  --allow-removal       obsolete, accepted and ignored: a value IANA no longer lists is withdrawn
                        by default (kept, marked, its constant deprecated; a major release)
  --debug               on an unexpected error, print its stack (WSCODES_DEBUG=1 does the same)
  -h, --help            show this help

A registry IANA's file lacks, or lists with no registered value, is "not yet published" when its
YAML has no entries (nothing to do), and refused (exit 2, nothing written) when it has; an
empty listing passes when --allow-withdrawal names every value it withdraws.

exit status: 0 done or in sync, 1 differences found by --check, 2 bad input, refused update or usage`;

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
    'allow-withdrawal': { type: 'string', multiple: true },
    debug: { type: 'boolean' },
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
    const options = {
      from: isUrl(from) ? from : shownPath(userPath(from, io)),
      registryFile,
      registryLabel,
      changesetDir,
      mode,
      json: values.json ?? false,
      allowWithdrawal: values['allow-withdrawal'] ?? [],
    };
    return (await runSync(options, io)).exitCode;
  },
);

runIfMain(import.meta, main);
