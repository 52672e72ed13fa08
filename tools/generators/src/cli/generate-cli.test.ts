import { describe, expect, it } from 'vitest';
import { parseProjectLinks, sitePaths, siteUrl } from '../output/links.ts';
import { fixtureRegistry } from '../../test/registry.ts';
import { smallStatusTable } from '../../test/handshake-statuses.ts';
import { classHeading, statusHeading } from '../status-headings.ts';
import { githubSlug } from '../output/markdown.ts';
import { addressExpression, CLI_LINKS_FILE, cliLinksModule, generateCli } from './generate-cli.ts';

const fork = parseProjectLinks(JSON.stringify({ homepage: 'https://fork.example/docs/', repository: 'https://github.com/someone/fork' }));

/** The body of `export const NAME = (params): string => BODY;` in the module, run with `args`. */
function call(module: string, name: string, ...args: unknown[]): string {
  const match = new RegExp(`export const ${name} = \\(([^)]*)\\): string => (.*);$`, 'm').exec(module)!;
  const params = match[1]!.split(',').map((p) => p.split(':')[0]!.trim());
  return new Function(...params, `return ${match[2]};`)(...args) as string;
}

describe('the CLI links module', () => {
  it("gives the site's pages of the root manifest, for a fork too", () => {
    const module = cliLinksModule(fork);
    expect(module).toContain('export const SITE_URL = "https://fork.example/docs/";');
    expect(call(module, 'codePageUrl', 1006)).toBe(siteUrl(fork, sitePaths.code(1006)));
    expect(call(module, 'rangePageUrl', 4000, 4999)).toBe(siteUrl(fork, sitePaths.range(4000, 4999)));
    expect(call(module, 'protocolPageUrl', 'graphql-transport-ws')).toBe(siteUrl(fork, sitePaths.protocol('graphql-transport-ws')));
  });

  it("links each status, and each class, to its section of the statuses page by the docs page's heading", () => {
    const table = smallStatusTable();
    const module = cliLinksModule(fork, table);
    const object = (name: string) => JSON.parse(new RegExp(`export const ${name}: [^=]+= (.*);$`, 'm').exec(module)![1]!) as Record<string, string>;
    const statuses = siteUrl(fork, sitePaths.handshakeStatuses);
    expect(object('STATUS_SECTION_URLS')).toEqual(Object.fromEntries(table.statuses.map((s) => [String(s.status), `${statuses}#${githubSlug(statusHeading(s))}`])));
    expect(object('STATUS_CLASS_SECTION_URLS')).toEqual(Object.fromEntries(table.classes.map((c) => [String(c.class), `${statuses}#${githubSlug(classHeading(c))}`])));
    expect(table.statuses.length).toBeGreaterThan(0); // the table is not empty, so the check above can fail
  });

  it('writes one file with the banner, naming the root manifest too', () => {
    const [file, ...rest] = generateCli(fixtureRegistry(), fork);
    expect(rest).toEqual([]);
    expect(file!.path).toBe(CLI_LINKS_FILE);
    expect(file!.contents).toMatch(/^\/\/ Generated from registry\/close-codes\.yaml by tools\/generators\/src\/cli\/, with the addresses in the root package\.json\. Do not edit/);
  });

  it('quotes the fixed parts, and says when a path no longer uses a parameter', () => {
    expect(addressExpression('https://a.example/"x"/123/', [['123', 'code']])).toBe('"https://a.example/\\"x\\"/" + code + "/"');
    expect(() => addressExpression('https://a.example/', [['123', 'code']])).toThrow(/does not use code/);
  });
});
