// Every docs address the CLI prints is the site's page for it, as the root package.json and the
// site's paths give it (tools/generators/src/output/links.ts), through the generated src/generated/site.ts.
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

  it("link each status the table lists to its page, and any other to the page of every status", () => {
    for (const s of HANDSHAKE_STATUSES) expect(statusDocsUrl(describeHandshakeStatus(s.status)!)).toBe(page(sitePaths.handshakeStatus(s.status)));
    const listed = new Set(HANDSHAKE_STATUSES.map((s) => s.status));
    for (const c of HANDSHAKE_STATUS_CLASSES) {
      const other = Array.from({ length: 100 }, (_, i) => c.class * 100 + i).find((status) => !listed.has(status) && status !== 101);
      if (other !== undefined) expect(statusDocsUrl(describeHandshakeStatus(other)!)).toBe(page(sitePaths.handshakeStatuses));
    }
  });
});
