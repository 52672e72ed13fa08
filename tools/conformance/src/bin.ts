import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPAT_FILE, REPO_ROOT } from '@wscodes-tools/registry';
import { main } from './cli.ts';

process.exitCode = await main(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  // Written beside, then renamed: an interrupted run never leaves half a file.
  writeCompat: (text) => {
    const file = join(REPO_ROOT, COMPAT_FILE);
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  },
});
