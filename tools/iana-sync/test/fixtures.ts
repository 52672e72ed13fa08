// Paths to the project's own IANA-format fixtures, and to the real IANA files in ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { checkRegistryText, REPO_ROOT } from '@wscodes-tools/registry';

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
export const fixture = (name: string): string => FIXTURES + name;
export const readFixture = (name: string): string => readFileSync(fixture(name), 'utf8');

/**
 * The registry in step with IANA's 2026-06-11 revision, kept beside the tests: the replays of IANA's
 * real files run against it, not against registry/close-codes.yaml, which follows later updates.
 */
export const SYNCED_REGISTRY = fixture('registry-2026-06-10.yaml');

/** ../shared/iana beside the repository: IANA's real files, byte for byte. */
export const SHARED_IANA = `${REPO_ROOT}../shared/iana/`;
export const HISTORY = ['2015-05-05', '2023-02-23', '2024-02-02', '2025-07-17', '2025-07-30', '2026-06-11'] as const;
export const historyFile = (revision: (typeof HISTORY)[number]): string => `${SHARED_IANA}history/websocket-${revision}.xml`;

/**
 * Whether the real IANA files are present. Without them the real-update tests skip loudly, and
 * fail instead when WSCODES_REQUIRE_ALL=1 (as in CI).
 */
export function sharedIanaAvailable(dir = SHARED_IANA): boolean {
  if (existsSync(`${dir}websocket.xml`)) return true;
  const message = `IANA's real files are missing at ${dir}: the real-update tests of tools/iana-sync are SKIPPED`;
  if (process.env.WSCODES_REQUIRE_ALL === '1') throw new Error(`${message}, and WSCODES_REQUIRE_ALL=1 forbids skipping`);
  console.warn(`\n!!! ${message} !!!\n`);
  return false;
}

/** The small fixture registry, loaded and validated. */
export function smallRegistry() {
  const { registry, diagnostics } = checkRegistryText(readFixture('small-registry.yaml'), 'small-registry.yaml');
  if (!registry) throw new Error(`small-registry.yaml is invalid: ${JSON.stringify(diagnostics)}`);
  return registry;
}

/** The small IANA fixture with text edits applied, each of which must match exactly once. */
export function smallUpstreamXml(...edits: readonly (readonly [string, string])[]): string {
  let text = readFixture('small-websocket.xml');
  for (const [from, to] of edits) {
    if (text.split(from).length !== 2) throw new Error(`fixture edit must match once: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

/** IANA registering 3001 in the fixture, carved out of 3001-3999. */
export const ADD_3001 = [
  '<value>3001-3999</value>',
  `<value>3001</value>
      <description>Sample Code</description>
      <contact><xref type="person" data="Sam_Sample"/></contact>
    </record>
    <record>
      <value>3002-3999</value>`,
] as const;

/** IANA withdrawing 3000 in the fixture: its record goes, and the unassigned span grows over it. */
export const WITHDRAW_3000 = [
  `<record date="2030-01-10" updated="2030-01-14">
      <value>3000</value>
      <description>A fixture code whose description
        runs over two lines &amp; keeps its indentation.</description>
      <contact><xref type="person" data="Pat_Example"/></contact>
      <xref type="uri" data="https://example.org/close?a=1&amp;b=2"/>
      <xref type="rfc-errata" data="1234"/>
    </record>
    <record>
      <value>3001-3999</value>`,
  `<record>
      <value>3000-3999</value>`,
] as const;

/** IANA changing the description of 1000. */
export const DESCRIBE_1000 = ['<description>Normal Closure</description>', '<description>Normal Closure (clean shutdown)</description>'] as const;

/** IANA's registry date moving on, as every real update does. */
export const NEW_DATE = ['<updated>2030-01-15</updated>', '<updated>2030-02-01</updated>'] as const;
