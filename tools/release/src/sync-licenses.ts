// npm run license:sync — copies the root LICENSE into every public package (npm ships only the
// package folder's own LICENSE). `check:packages` fails while a copy is missing or differs.
import { syncLicenses } from './licenses.ts';
import { listPublicPackages, REPO_ROOT } from './workspace.ts';

const written = syncLicenses(REPO_ROOT, listPublicPackages());
console.log(
  written.length === 0
    ? 'license:sync: every public package already carries the root LICENSE'
    : `license:sync: wrote LICENSE into ${written.map((p) => p.relativeDir).join(', ')}`,
);
