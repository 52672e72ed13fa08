// wscodes status STATUS: a refused handshake explained. Expectations come from the registry's
// handshake-status table (through @wscodes/core/http-status), never from today's wording.
import { describe, expect, it } from 'vitest';
import { describeHandshakeStatus, HANDSHAKE_STATUS_CLASSES, HANDSHAKE_STATUSES } from '@wscodes/core/http-status';
import { readProjectLinks, sitePaths, siteUrl } from '@wscodes-tools/generators/output';
import { json, wscodes } from './helpers.ts';

const page = (path: string): string => siteUrl(readProjectLinks(), path);
const honoured = HANDSHAKE_STATUSES.find((s) => s.advice.retryAfter === 'honoured')!;
const ignored = HANDSHAKE_STATUSES.find((s) => s.advice.retryAfter === 'ignored')!;

describe('wscodes status STATUS', () => {
  it.each(HANDSHAKE_STATUSES.map((s) => [s.status, s] as const))('%i: meaning, advice, Retry-After handling, sources, docs', (status, entry) => {
    const run = wscodes(['status', String(status)]);
    expect(run).toMatchObject({ status: 0, err: '' });
    expect(run.out).toMatch(new RegExp(`^${status} ${entry.name}\\n`));
    expect(run.out).toContain(`meaning     ${entry.meaning}`);
    expect(run.out).toContain(entry.advice.text);
    expect(run.out).toContain(`Retry-After ${entry.advice.retryAfter}`);
    for (const s of entry.sources) expect(run.out).toContain(`${s.title}, section ${s.section}: ${s.url}#section-${s.section}`);
    expect(run.out).toContain(`docs        ${page(sitePaths.handshakeStatuses)}#${status}-${entry.name.toLowerCase().replace(/ /g, '-')}`);
  });

  it('a status without an entry gets its class\'s answer, and says so', () => {
    const cls = HANDSHAKE_STATUS_CLASSES.find((c) => c.class === 4)!;
    const unlisted = Array.from({ length: 100 }, (_, i) => 400 + i).find((n) => !HANDSHAKE_STATUSES.some((s) => s.status === n))!;
    const run = wscodes(['status', String(unlisted)]);
    expect(run.status).toBe(0);
    expect(run.out).toMatch(new RegExp(`^${unlisted} ${cls.name} \\(${unlisted} is not listed: read as its class, RFC 9110 15\\)`));
    expect(run.out).toContain(`docs        ${page(sitePaths.handshakeStatuses)}#4xx-${cls.name.toLowerCase().replace(/ /g, '-')}`);
  });

  it('--retry-after: the wait read from it on a status that honours it, or why it is ignored', () => {
    expect(wscodes(['status', String(honoured.status), '--retry-after', '120']).out).toContain(describeHandshakeStatus(honoured.status, '120')!.retryAfterNote!);
    expect(wscodes(['status', String(honoured.status), '--retry-after', 'soon']).out).toMatch(/Retry-After "soon" is neither delay-seconds nor an HTTP-date/);
    expect(wscodes(['status', String(ignored.status), '--retry-after', '120']).out).toContain(`Retry-After ignored: ${ignored.status} is not retried automatically`);
  });

  it('--json prints the documented shape', () => {
    const report = json(wscodes(['status', String(honoured.status), '--json', '--retry-after', '30'])) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['command', 'status', 'name', 'listed', 'meaning', 'reconnect', 'retryAfter', 'sources', 'docs']);
    expect(report).toMatchObject({
      command: 'status',
      status: honoured.status,
      name: honoured.name,
      listed: true,
      reconnect: { policy: honoured.advice.policy, source: honoured.advice.source, advice: honoured.advice.text, retryAfter: 'honoured' },
      retryAfter: { value: '30', ms: 30_000 },
    });
    expect(Object.keys(json(wscodes(['status', '404', '--json'])) as object)).not.toContain('retryAfter');
  });

  it('is plain text off a terminal, coloured with FORCE_COLOR', () => {
    expect(wscodes(['status', '503']).out).not.toMatch(/\u001b\[/);
    expect(wscodes(['status', '503'], { env: { FORCE_COLOR: '1' } }).out).toMatch(/\u001b\[/);
  });

  it.each([
    ['101', /^wscodes: 101 Switching Protocols is the handshake succeeding, not a refusal/],
    ['100', /^wscodes: 100 is an interim \(1xx\) response, not a refusal/],
    ['600', /^wscodes: 600 is not an HTTP status: statuses run from 100 to 599/],
    ['abc', /^wscodes: "abc" is not an HTTP status/],
    ['9'.repeat(100_000), /^wscodes: "9{24}\.\.\." \(100000 characters\) is not an HTTP status/],
  ])('%s is refused in one line of the CLI\'s own words, exit 2', (arg, message) => {
    const run = wscodes(['status', arg]);
    expect(run.status).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(message);
    expect(run.err.split('\n')[0]!.length).toBeLessThan(200);
    expect(run.err).toContain('usage: wscodes status');
  });

  it('needs exactly one status, and takes no option of another command', () => {
    expect(wscodes(['status']).err).toMatch(/^wscodes: give the HTTP status/);
    expect(wscodes(['status', '503', '404']).err).toMatch(/^wscodes: status takes one HTTP status, got 2/);
    expect(wscodes(['status', '--api', '503']).err).toMatch(/^wscodes: --api is not an option of wscodes status/);
    expect(wscodes(['1006', '--retry-after', '5']).err).toMatch(/^wscodes: --retry-after is not an option of wscodes explain/);
  });

  it('--help and help status print its usage', () => {
    const usage = wscodes(['status', '--help']);
    expect(usage).toMatchObject({ status: 0, err: '' });
    expect(usage.out).toMatch(/^usage: wscodes status \[--json\] \[--retry-after VALUE\] STATUS/);
    expect(wscodes(['help', 'status']).out).toBe(usage.out);
    expect(wscodes(['--help']).out).toContain('wscodes status STATUS');
  });

  it('wscodes 503 (a close code never used) points at wscodes status 503', () => {
    expect(wscodes(['503']).out).toContain('wscodes status 503');
    expect(wscodes(['1006']).out).not.toContain('wscodes status');
    expect(wscodes(['99']).out).not.toContain('wscodes status');
  });
});
