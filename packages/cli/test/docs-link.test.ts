// Every docs address the CLI prints is the site's page for it, as the root package.json and the
// site's paths give it (tools/generators/src/output/links.ts), through the generated src/generated/site.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOSE_CODE_INFO, CLOSE_CODE_RANGES, describeCloseCode } from '@wscodes/core';
import { PROTOCOLS } from '@wscodes/core/protocols';
import { readProjectLinks, sitePaths, siteUrl } from '@wscodes-tools/generators/output';
import { HANDSHAKE_STATUS_CLASSES, HANDSHAKE_STATUSES, describeHandshakeStatus } from '@wscodes/core/http-status';
import { docsUrl, protocolDocsUrl, statusDocsUrl } from '../src/docs-link.ts';

const links = readProjectLinks();
const page = (path: string): string => siteUrl(links, path);
const namedByProtocol = new Set(PROTOCOLS.flatMap((p) => p.codes.map((c) => c.code)));

describe('docs links', () => {
  it("link each registered code, and each code a protocol names, to the code's page on the site", () => {
    for (const info of Object.values(CLOSE_CODE_INFO)) expect(docsUrl(describeCloseCode(info.code))).toBe(page(sitePaths.code(info.code)));
    const protocolOnly = [...namedByProtocol].filter((code) => !(code in CLOSE_CODE_INFO) && !Object.values(CLOSE_CODE_INFO).some((i) => i.code === code));
    expect(protocolOnly.length).toBeGreaterThan(0);
    for (const code of protocolOnly) expect(docsUrl(describeCloseCode(code))).toBe(page(sitePaths.code(code)));
    expect(docsUrl(describeCloseCode(1006))).toMatch(/^https:\/\/\S+\/codes\/1006\/$/);
  });

  it("link any other code to its range's page", () => {
    for (const range of CLOSE_CODE_RANGES) {
      const unnamed = Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i).find((code) => !namedByProtocol.has(code) && describeCloseCode(code).info === null);
      if (unnamed !== undefined) expect(docsUrl(describeCloseCode(unnamed))).toBe(page(sitePaths.range(range.from, range.to)));
    }
    expect(docsUrl(describeCloseCode(70000))).toBe(page(sitePaths.home));
  });

  it("link each protocol to its page", () => {
    for (const p of PROTOCOLS) expect(protocolDocsUrl(p.id)).toBe(page(sitePaths.protocol(p.id)));
  });

  it("link each status to its section of the statuses page, an unlisted one to its class's, by the headings the docs page has", () => {
    const headings = readFileSync(new URL('../../docs/handshake-statuses.md', import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    const cases = [
      ...HANDSHAKE_STATUSES.map((s) => ({ status: s.status, heading: `${s.status} ${s.name}` })),
      ...HANDSHAKE_STATUS_CLASSES.map((c) => ({ status: c.class * 100 + 99, heading: `${c.class}xx ${c.name}` })),
    ];
    for (const { status, heading } of cases) {
      expect(headings).toContain(heading);
      // The names are plain words: the anchor is the heading in lower case, commas dropped, spaces as hyphens.
      const anchor = heading.toLowerCase().replace(/,/g, '').replace(/ /g, '-');
      expect(statusDocsUrl(describeHandshakeStatus(status)!)).toBe(`${page(sitePaths.handshakeStatuses)}#${anchor}`);
    }
  });
});
