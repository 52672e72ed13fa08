// wscodes CODE --protocol ID, checked against the catalogue @wscodes/core/protocols ships (read, never
// restated here), so that the tests hold whatever protocols and codes the catalogue has.
import { describe, expect, it } from 'vitest';
import { describeCloseCode, getProtocol as getProtocolByName, PROTOCOLS } from '@wscodes/core/protocols';
import { readProjectLinks, sitePaths, siteUrl } from '@wscodes-tools/generators/output';
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
      expect(run.out).toContain(describeCloseCode(entry.code, { protocol: p.id }).protocol!.provenance.note);
      expect(run.out).toContain(`docs        ${siteUrl(readProjectLinks(), sitePaths.protocol(p.id))}`);
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
      alias: null,
      carriedIn: p.carriedIn,
      deprecated: p.deprecated,
      entry: { key: entry.key, name: entry.name, definedBy: entry.definedBy, localOnly: entry.localOnly },
      withdrawn: entry.withdrawn,
      reasons: entry.reasons.map((r) => ({ token: r.token, meaning: r.meaning })),
      reason: null,
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
      docs: siteUrl(readProjectLinks(), sitePaths.protocol(p.id)),
    });
    expect(json(wscodes([String(entry.code), '--json']))).not.toHaveProperty('protocol');
  });

  it('takes an alias id, answers with the protocol it implements, and names the alias', () => {
    const p = PROTOCOLS.find((q) => q.aliases.length > 0 && q.codes.length > 0);
    expect(p).toBeDefined();
    const alias = p!.aliases[0]!;
    const code = String(p!.codes[0]!.code);
    const run = wscodes([code, '--protocol', alias.id]);
    expect(run).toMatchObject({ status: 0, err: '' });
    expect(run.out).toContain(`\n${code} under ${p!.name} (${p!.id})\nalias       ${alias.id} (${alias.name}) speaks ${p!.name} with the same codes\n`);
    expect((json(wscodes(['explain', code, '--json', '--protocol', alias.id])) as { protocol: { alias: unknown } }).protocol.alias).toEqual({ id: alias.id, name: alias.name, url: alias.url });
  });

  it("says where a protocol's codes travel when not in a Close frame, and that a withdrawn code is withdrawn", () => {
    const carried = PROTOCOLS.find((q) => q.carriedIn === 'protocol-message' && q.codes.length > 0);
    expect(carried, 'a protocol with codes in its own close message').toBeDefined();
    expect(wscodes([String(carried!.codes[0]!.code), '--protocol', carried!.id]).out).toContain(`${carried!.name} sends its codes in a close message of its own, not a WebSocket Close frame`);
    const withdrawn = PROTOCOLS.flatMap((q) => q.codes.filter((c) => c.withdrawn !== null).map((c) => ({ q, c })))[0];
    expect(withdrawn, 'a withdrawn code').toBeDefined();
    const out = wscodes([String(withdrawn!.c.code), '--protocol', withdrawn!.q.id]).out;
    expect(out).toContain(`name        ${withdrawn!.c.name} (withdrawn)\n`);
    expect(out).toContain(`withdrawn   ${withdrawn!.c.withdrawn!.date ? `${withdrawn!.c.withdrawn!.date}: ` : ''}${withdrawn!.c.withdrawn!.note} (${withdrawn!.c.withdrawn!.url})`);
  });

  it('lists the reason tokens of a code, and with --reason answers with the one the reason carries', () => {
    const found = PROTOCOLS.flatMap((q) => q.codes.filter((c) => c.reasons.length > 0).map((c) => ({ q, c })))[0];
    expect(found, 'a code with reason tokens').toBeDefined();
    const { q, c } = found!;
    const token = c.reasons.at(-1)!;
    const listed = wscodes([String(c.code), '--protocol', q.id]).out;
    for (const r of c.reasons) expect(listed).toContain(`${r.token}: ${r.meaning}`);
    // A token with spaces or shell characters is quoted, so that the line can be pasted.
    const first = c.reasons[0]!.token;
    expect(listed).toContain(`ask: wscodes ${c.code} --protocol ${q.id} --reason ${/^[\w.:-]+$/.test(first) ? first : `'${first}'`}\n`);
    const run = wscodes([String(c.code), '--protocol', q.id, '--reason', `${token.token}: the server's words`]);
    expect(run).toMatchObject({ status: 0, err: '' });
    expect(run.out).toContain(`reason      ${token.token}\nmeaning     ${token.meaning}\n`);
    expect(wscodes([String(c.code), '--reason', token.token])).toMatchObject({ status: 2, err: expect.stringContaining('--reason needs --protocol') });
  });

  it("suggests every id that starts with a vendor's name given alone", () => {
    const vendor = PROTOCOLS.map((p) => /^([a-z0-9]+)-/.exec(p.id)?.[1]).find((v) => v !== undefined && getProtocolByName(v) === undefined);
    expect(vendor, 'an id with a vendor prefix').toBeDefined();
    const ids = PROTOCOLS.flatMap((p) => [p.id, ...p.aliases.map((a) => a.id), ...p.subprotocols]).filter((n) => n.startsWith(`${vendor}-`));
    expect(wscodes(['4000', '--protocol', vendor!]).err).toContain(`(did you mean ${ids.join(' or ')}?)`);
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

describe('wscodes CODE without --protocol: the catalogued protocols that define it', () => {
  /** What the catalogue says about a code, protocol by protocol, read through @wscodes/core/protocols. */
  const defining = (code: number) =>
    PROTOCOLS.map((p) => describeCloseCode(code, { protocol: p.id }).protocol!).filter((m) => m.meaning !== null);
  const withRanges = PROTOCOLS.filter((p) => p.ranges.length > 0);

  it('has codes and ranges to test against', () => {
    expect(withCodes.length).toBeGreaterThan(0);
    expect(withRanges.length).toBeGreaterThan(0);
  });

  it("lists each protocol's own entry for a code, and shows how to ask for its meaning", () => {
    for (const p of withCodes) {
      for (const entry of p.codes) {
        const run = wscodes([String(entry.code)]);
        expect(run.status).toBe(0);
        expect(run.out, `${p.id} ${entry.code}`).toContain(`${p.id} (${p.name}): ${entry.code} ${entry.name}\n`);
        const ask = run.out.match(/ask: wscodes (\d+) --protocol (\S+)\n/);
        expect(ask, `${p.id} ${entry.code}`).not.toBeNull();
        expect(ask![1]).toBe(String(entry.code));
        // The suggested command works, and names a protocol with its own entry for the code.
        const asked = wscodes([ask![1]!, '--protocol', ask![2]!]);
        expect(asked.status).toBe(0);
        expect(describeCloseCode(entry.code, { protocol: ask![2] }).protocol?.entry).not.toBeNull();
      }
    }
  });

  it("lists a protocol that gives the code meaning by range", () => {
    for (const p of withRanges) {
      const range = p.ranges[0]!;
      const code = Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i).find((c) => !p.codes.some((e) => e.code === c));
      if (code === undefined) continue;
      expect(wscodes([String(code)]).out, p.id).toContain(`${p.id} (${p.name}): range ${range.from}-${range.to} ${range.name}\n`);
    }
  });

  it('--json lists them all, in catalogue order, for every code a protocol names', () => {
    const codes = new Set(PROTOCOLS.flatMap((p) => [...p.codes.map((e) => e.code), ...p.ranges.map((r) => r.from)]));
    for (const code of codes) {
      const report = json(wscodes([String(code), '--json'])) as { protocols: unknown };
      expect(report.protocols, String(code)).toEqual(
        defining(code).map((m) => ({ id: m.id, name: m.name, entry: m.entry && m.entry.name, range: m.range && { from: m.range.from, to: m.range.to, name: m.range.name } })),
      );
    }
  });

  it('prints nothing about protocols for a code none defines, nor when --protocol is given', () => {
    const none = Array.from({ length: 0x10000 }, (_, c) => c).find((c) => defining(c).length === 0)!;
    expect(wscodes([String(none)]).out).not.toMatch(/^protocols /m);
    expect(json(wscodes([String(none), '--json']))).toMatchObject({ protocols: [] });
    const p = withCodes[0]!;
    const code = String(p.codes[0]!.code);
    expect(wscodes([code]).out).toMatch(/^protocols /m);
    const run = wscodes([code, '--protocol', p.id]);
    expect(run.out).not.toMatch(/^protocols /m);
    expect(run.out).not.toContain('ask: wscodes');
  });
});
