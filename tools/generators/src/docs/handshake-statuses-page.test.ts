// handshake-statuses.md, on the small table of test/handshake-statuses.ts.
import { describe, expect, it } from 'vitest';
import { fixtureRegistry } from '../../test/registry.ts';
import { readProjectLinks, sitePaths, siteUrl } from '../output/links.ts';
import { registryWithStatuses, smallStatusTable } from '../../test/handshake-statuses.ts';
import { generateDocs } from './generate-docs.ts';
import { exampleStatus, HANDSHAKE_STATUSES_PAGE, handshakeStatusesPage } from './handshake-statuses-page.ts';

describe('handshake-statuses.md', () => {
  const page = handshakeStatusesPage(smallStatusTable());

  it('has a section per status and per class, each in the overview table with its anchor', () => {
    for (const heading of ['401 Unauthorized', '503 Service Unavailable', '4xx Client error', '5xx Server error']) expect(page).toContain(`\n## ${heading}\n`);
    expect(page).toContain('| [503](#503-service-unavailable) | Service Unavailable | reconnect with backoff | honoured |');
    expect(page).toContain('| [other 4xx](#4xx-client-error) | Client error | do not retry blindly | ignored |');
  });

  it('links each source to its section of the RFC', () => {
    expect(page).toContain('[RFC 9110 §15.6.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4)');
    expect(page).toContain('**Reconnect:** do not retry blindly (common practice). Sign in again.');
  });

  it('shows the Python example against the status it prefers, 503', () => {
    expect(exampleStatus(smallStatusTable())?.status).toBe(503);
    expect(page).toContain('```python\n');
    expect(page).toContain('it prints `HTTP 503 Service Unavailable: backoff, Retry-After 120`');
  });

  it('is a page of the docs, linked from the index, only when the registry folder has the table', () => {
    const withTable = generateDocs(registryWithStatuses());
    expect(withTable.find((f) => f.path.endsWith(HANDSHAKE_STATUSES_PAGE))?.contents).toMatch(/^<!-- Generated from registry\/handshake-statuses\.yaml /);
    expect(withTable.find((f) => f.path.endsWith('/README.md'))?.contents).toContain(`(${siteUrl(readProjectLinks(), sitePaths.handshakeStatuses)})`);
    const without = generateDocs(fixtureRegistry());
    expect(without.some((f) => f.path.endsWith(HANDSHAKE_STATUSES_PAGE))).toBe(false);
    expect(without.find((f) => f.path.endsWith('/README.md'))?.contents).not.toContain('handshake-statuses.md');
  });
});
