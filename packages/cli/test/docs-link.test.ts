// Every docs address the CLI derives names a page (and a heading) that @wscodes/docs really has.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOSE_CODE_INFO, CLOSE_CODE_RANGES, describeCloseCode } from '@wscodes/core';
import { HANDSHAKE_STATUS_CLASSES, HANDSHAKE_STATUSES, describeHandshakeStatus } from '@wscodes/core/http-status';
import { codePageName, docsPath, rangeAnchor, statusDocsUrl } from '../src/docs-link.ts';

const DOCS = new URL('../../docs/', import.meta.url);

describe('docs links', () => {
  it('each registered code links to its own page, and each page is linked by its code', () => {
    const pages = readdirSync(new URL('codes/', DOCS)).filter((f) => f.endsWith('.md')).sort();
    const linked = Object.values(CLOSE_CODE_INFO).map((info) => docsPath(describeCloseCode(info.code))).map((p) => p.replace(/^codes\//, '')).sort();
    expect(linked).toEqual(pages);
    expect(codePageName(1006, 'AbnormalClosure')).toBe('1006-abnormal-closure.md');
    expect(codePageName(1015, 'TLSHandshake')).toBe('1015-tls-handshake.md');
  });

  it('each range links to a heading of ranges.md', () => {
    const headings = readFileSync(new URL('ranges.md', DOCS), 'utf8').split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    for (const range of CLOSE_CODE_RANGES) {
      expect(headings).toContain(`${range.from}-${range.to} ${range.name}`);
      expect(rangeAnchor(range)).toMatch(/^\d+-\d+-[a-z-]+$/);
    }
    expect(docsPath(describeCloseCode(4001))).toBe('ranges.md#4000-4999-private-use');
    expect(existsSync(new URL('ranges.md', DOCS))).toBe(true);
  });

  it('each handshake status, and each class, links to a heading of handshake-statuses.md', () => {
    const headings = readFileSync(new URL('handshake-statuses.md', DOCS), 'utf8').split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    const cases = [
      ...HANDSHAKE_STATUSES.map((s) => ({ status: s.status, heading: `${s.status} ${s.name}` })),
      ...HANDSHAKE_STATUS_CLASSES.map((c) => ({ status: c.class * 100 + 99, heading: `${c.class}xx ${c.name}` })),
    ];
    for (const { status, heading } of cases) {
      expect(headings).toContain(heading);
      // The names are plain words: GitHub's anchor is the heading in lower case, commas dropped, spaces as hyphens.
      const anchor = heading.toLowerCase().replace(/,/g, '').replace(/ /g, '-');
      expect(statusDocsUrl(describeHandshakeStatus(status)!, '1.0.0')).toBe(`https://unpkg.com/@wscodes/docs@1.0.0/handshake-statuses.md#${anchor}`);
    }
  });
});
