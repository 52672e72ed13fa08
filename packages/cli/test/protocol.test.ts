// wscodes CODE --protocol ID, checked against the catalogue @wscodes/core/protocols ships (read, never
// restated here), so that the tests hold whatever protocols and codes the catalogue has.
import { describe, expect, it } from 'vitest';
import { describeCloseCode, PROTOCOLS } from '@wscodes/core/protocols';
import { packageVersion } from '../src/version.ts';
import { json, wscodes } from './helpers.ts';

const withCodes = PROTOCOLS.filter((p) => p.codes.length > 0);
const withToken = PROTOCOLS.find((p) => p.subprotocols.some((t) => t !== p.id));

describe('wscodes CODE --protocol ID', () => {
  it('has a catalogue to test against', () => {
    expect(withCodes.length).toBeGreaterThan(0);
    expect(withToken).toBeDefined();
  });

  it("prints, after IANA's answer, the code's name, meaning, verdict and provenance under each protocol", () => {
    for (const p of withCodes) {
      const entry = p.codes[0]!;
      const run = wscodes([String(entry.code), '--protocol', p.id]);
      expect(run, p.id).toMatchObject({ status: 0, err: '' });
      expect(run.out).toMatch(new RegExp(`^${entry.code} `)); // IANA's answer first, unchanged
      expect(run.out).toContain(`\n${entry.code} under ${p.name} (${p.id})\n`);
      expect(run.out).toContain(`meaning     ${entry.meaning}\n`);
      expect(run.out).toContain(entry.reconnect.advice);
      expect(run.out).toContain(`source      ${p.source.url}`);
      expect(run.out).toContain(`retrieved ${p.source.retrieved}, section "${entry.section}"`);
      expect(run.out).toContain('not IANA');
      expect(run.out).toContain(`docs        https://unpkg.com/@wscodes/docs@${packageVersion()}/protocols/${p.id}.md`);
    }
  });

  it('takes a subprotocol token as well as the catalogue id', () => {
    const token = withToken!.subprotocols.find((t) => t !== withToken!.id)!;
    const code = String(withToken!.codes[0]?.code ?? 4000);
    expect(wscodes([code, '--protocol', token])).toEqual(wscodes([code, '--protocol', withToken!.id]));
  });

  it('says so when the protocol gives the code no meaning', () => {
    // The first protocol and private-use code without a meaning under it, found in the catalogue.
    const found = PROTOCOLS.flatMap((p) => Array.from({ length: 1000 }, (_, i) => ({ p, code: 4000 + i }))).find(({ p, code }) => describeCloseCode(code, { protocol: p.id }).protocol?.meaning === null);
    expect(found).toBeDefined();
    const { p, code } = found!;
    const run = wscodes([String(code), '--protocol', p.id]);
    expect(run.status).toBe(0);
    expect(run.out).toContain('name        no meaning under this protocol');
    expect(run.out).toContain(`${p.name} gives no meaning to ${code}`);
  });

  it('--json adds a protocol member with the documented shape, and none without --protocol', () => {
    const p = withCodes[0]!;
    const entry = p.codes[0]!;
    const report = json(wscodes(['explain', String(entry.code), '--json', '--protocol', p.id])) as Record<string, unknown>;
    expect(Object.keys(report).at(-1)).toBe('protocol');
    const described = describeCloseCode(entry.code, { protocol: p.id }).protocol!;
    expect(report.protocol).toEqual({
      id: p.id,
      name: p.name,
      entry: { key: entry.key, name: entry.name, definedBy: entry.definedBy, localOnly: entry.localOnly },
      range: described.range && { from: described.range.from, to: described.range.to, name: described.range.name },
      meaning: entry.meaning,
      reconnect: {
        policy: entry.reconnect.policy,
        source: entry.reconnect.source,
        advice: entry.reconnect.advice,
        delay: entry.reconnect.delay && { minSeconds: entry.reconnect.delay.minSeconds, maxSeconds: entry.reconnect.delay.maxSeconds },
        conditions: entry.reconnect.conditions.map((c) => c.text),
      },
      ianaOverlap: entry.ianaOverlap,
      notes: p.notes,
      source: { url: p.source.url, revision: p.source.revision, retrieved: p.source.retrieved, section: entry.section },
      provenance: described.provenance.note,
      docs: `https://unpkg.com/@wscodes/docs@${packageVersion()}/protocols/${p.id}.md`,
    });
    expect(json(wscodes([String(entry.code), '--json']))).not.toHaveProperty('protocol');
  });

  it('refuses an unknown protocol with exit 2, listing every known id, without a stack trace', () => {
    for (const name of ['no-such-protocol', '__proto__', 'constructor', '']) {
      const run = wscodes(['4401', '--protocol', name]);
      expect(run.status, name).toBe(2);
      expect(run.out).toBe('');
      expect(run.err).toContain(`wscodes: unknown protocol "${name}"`);
      for (const p of PROTOCOLS) expect(run.err).toContain(p.id);
      expect(run.err).toContain('usage: wscodes explain');
      expect(run.err).not.toMatch(/\n\s+at /);
    }
  });

  it('is an option of explain only, and needs a value', () => {
    expect(wscodes(['decode', '03e8', '--protocol', PROTOCOLS[0]!.id])).toMatchObject({ status: 2, err: expect.stringContaining('--protocol is not an option of wscodes decode') });
    expect(wscodes(['4401', '--protocol'])).toMatchObject({ status: 2, err: expect.stringContaining('--protocol') });
  });

  it('is listed in --help', () => {
    expect(wscodes(['--help']).out).toContain('wscodes CODE --protocol ID');
    expect(wscodes(['explain', '--help']).out).toContain('--protocol ID');
  });
});
