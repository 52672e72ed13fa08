import { describe, expect, it } from 'vitest';
import { describeCloseCodeInDetail as describeCloseCode } from '@wscodes/core/details';
import { PROTOCOLS } from '@wscodes/core/protocols';
import { readProjectLinks, sitePaths, siteUrl } from '@wscodes-tools/generators/output';
import { json, wscodes } from './helpers.ts';

// The site's addresses, derived from the root package.json as the generator derives them.
const page = (path: string): string => siteUrl(readProjectLinks(), path);
/** A private-use code that no catalogued protocol names: only its range explains it. */
const rangeOnly = Array.from({ length: 1000 }, (_, i) => 4000 + i).find((code) => !PROTOCOLS.some((p) => p.codes.some((c) => c.code === code)))!;

describe('wscodes CODE and wscodes explain CODE', () => {
  it('explains 1006: name, status, meaning, rules, reconnect advice, what to check, docs link', () => {
    const run = wscodes(['1006']);
    expect(run).toMatchObject({ status: 0, err: '' });
    const d = describeCloseCode(1006);
    expect(run.out).toMatch(/^1006 Abnormal Closure\n/);
    expect(run.out).toContain('status      registered (range 1000-2999 Protocol)');
    expect(run.out).toContain(`meaning     ${d.summary}`);
    expect(run.out).toContain('wire        may send: no · valid on receipt: no');
    expect(run.out).toContain('close()     accepts it: no');
    expect(run.out).toContain('reconnect   reconnect with backoff (common practice)');
    expect(run.out).toContain(d.advice);
    expect(run.out).toContain(`check next  ${d.conditions[0]?.text}`);
    expect(run.out).toMatch(new RegExp(`\ndocs        ${page(sitePaths.code(1006)).replace(/[.?]/g, '\\$&')}\n$`));
    expect(page(sitePaths.code(1006))).toMatch(/^https:\/\/\S+\/codes\/1006\/$/);
  });

  it('says the same for `explain 1006` as for `1006`', () => {
    expect(wscodes(['explain', '1006'])).toEqual(wscodes(['1006']));
  });

  it('shows a registered delay (1012: 5-30 s, picked at random)', () => {
    expect(wscodes(['1012']).out).toContain('delay: 5-30 s, picked at random (IANA registration)');
  });

  it('explains a code without an entry from its range, linking the range page', () => {
    const run = wscodes([String(rangeOnly)]);
    expect(run.status).toBe(0);
    expect(run.out).toMatch(new RegExp(`^${rangeOnly} `));
    expect(run.out).toContain('status      private-use (range 4000-4999 Private use)');
    expect(run.out).toContain('close()     accepts it: yes');
    expect(run.out).toContain(`docs        ${page(sitePaths.range(4000, 4999))}\n`);
    expect(run.out).toContain('check next  The docs page lists the causes and the rules.');
  });

  it('explains the edges of the code space, 0 and 65535', () => {
    expect(wscodes(['0']).out).toContain('status      not-used (range 0-999 Not used)');
    expect(wscodes(['65535']).out).toContain('status      out-of-range (range 5000-65535 Outside the protocol)');
  });

  it('--json prints the documented shape', () => {
    const run = wscodes(['explain', '1012', '--json']);
    expect(run.status).toBe(0);
    const report = json(run);
    expect(Object.keys(report as object)).toEqual(['command', 'code', 'name', 'status', 'meaning', 'range', 'wire', 'api', 'reconnect', 'withdrawn', 'next', 'docs', 'protocols']);
    expect(report).toEqual({
      command: 'explain',
      code: 1012,
      name: 'Service Restart',
      status: 'registered',
      meaning: describeCloseCode(1012).summary,
      range: { from: 1000, to: 2999, name: 'Protocol', kind: 'protocol' },
      wire: { send: true, receive: true },
      api: { close: false },
      reconnect: { policy: 'backoff', source: 'registration', advice: describeCloseCode(1012).advice, delay: { minSeconds: 5, maxSeconds: 30, randomized: true } },
      withdrawn: null,
      next: describeCloseCode(1012).conditions.map((c) => c.text),
      docs: page(sitePaths.code(1012)),
      protocols: expect.any(Array), // its content: test/protocol.test.ts
    });
  });

  it('--json works before the code and without the command word', () => {
    expect(json(wscodes(['--json', '1000']))).toMatchObject({ command: 'explain', code: 1000, api: { close: true }, reconnect: { policy: 'not-needed' } });
  });
});
