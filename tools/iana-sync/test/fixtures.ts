// Paths to the project's own IANA-format fixtures, and to the real IANA files in ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { REPO_ROOT } from '@wscodes-tools/registry';

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
export const fixture = (name: string): string => FIXTURES + name;
export const readFixture = (name: string): string => readFileSync(fixture(name), 'utf8');

/** ../shared/iana beside the repository: IANA's real files, byte for byte. */
export const SHARED_IANA = `${REPO_ROOT}../shared/iana/`;
export const HISTORY = ['2015-05-05', '2023-02-23', '2024-02-02', '2025-07-17', '2025-07-30', '2026-06-11'] as const;
export const historyFile = (revision: (typeof HISTORY)[number]): string => `${SHARED_IANA}history/websocket-${revision}.xml`;

/**
 * Whether the real IANA files are present. Without them the real-update tests skip loudly, and
 * fail instead when WSCODES_REQUIRE_ALL=1 (as in CI).
 */
export function sharedIanaAvailable(): boolean {
  if (existsSync(`${SHARED_IANA}websocket.xml`)) return true;
  const message = `IANA's real files are missing at ${SHARED_IANA}: the real-update tests of tools/iana-sync are SKIPPED`;
  if (process.env.WSCODES_REQUIRE_ALL === '1') throw new Error(`${message}, and WSCODES_REQUIRE_ALL=1 forbids skipping`);
  console.warn(`\n!!! ${message} !!!\n`);
  return false;
}
