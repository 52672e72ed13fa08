// The generator tests' own registry (fixtures/close-codes.yaml, a frozen copy of a past IANA
// revision), so that what they assert about rendered pages, vectors and schemas stays true when the
// real registry follows an IANA update.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRegistry, type Registry } from '@wscodes-tools/registry';

export const FIXTURE_FILE = fileURLToPath(new URL('./fixtures/close-codes.yaml', import.meta.url));

/** The fixture's YAML text, for tests that edit it before loading. */
export const FIXTURE_TEXT = readFileSync(FIXTURE_FILE, 'utf8');

/** The fixture, loaded and validated; banners name registry/close-codes.yaml as a real run does. */
export const fixtureRegistry = (): Registry => loadRegistry(FIXTURE_FILE);
