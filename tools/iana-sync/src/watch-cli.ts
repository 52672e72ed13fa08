// npm run watch:iana: the weekly IANA watch. See README.md ("Watching IANA").
import { REGISTRY_FILE, REPO_ROOT } from '@wscodes-tools/registry';
import { command, runIfMain, userPath } from './cli-support.ts';
import { EXIT } from './errors.ts';
import { IANA_WEBSOCKET_XML_URL, isUrl } from './input.ts';
import { runWatch } from './watch.ts';

const USAGE = `usage: npm run watch:iana -- [--from FILE|URL] [--registry FILE] [--changeset-dir DIR] [--out DIR]

Syncs the registry with IANA (writing the registry and a changeset, as sync:iana does). When
something changed, writes branch.txt, title.txt and body.md to --out (default .watch-iana) and,
under GitHub Actions, changed/branch/title/body-file to $GITHUB_OUTPUT. When nothing changed, says
so, writes changed=false, and exits 0.

exit status: 0 changed or in sync, 2 bad input or usage`;

export const main = command(
  'watch:iana',
  USAGE,
  { from: { type: 'string' }, registry: { type: 'string' }, 'changeset-dir': { type: 'string' }, out: { type: 'string' } },
  async (values, io) => {
    const from = values.from ?? IANA_WEBSOCKET_XML_URL;
    const registryFile = values.registry ? userPath(values.registry, io) : REPO_ROOT + REGISTRY_FILE;
    await runWatch(
      {
        from: isUrl(from) ? from : userPath(from, io),
        registryFile,
        registryLabel: values.registry ? registryFile : REGISTRY_FILE,
        changesetDir: values['changeset-dir'] ? userPath(values['changeset-dir'], io) : REPO_ROOT + '.changeset',
        outDir: userPath(values.out ?? '.watch-iana', io),
        githubOutput: io.env.GITHUB_OUTPUT || undefined,
      },
      io,
    );
    return EXIT.ok;
  },
);

runIfMain(import.meta, main);
