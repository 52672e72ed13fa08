// wscodes NAME and wscodes name NAME, checked against the names @wscodes/core ships (read, never
// restated here), so that the tests hold whatever codes and protocols the data has.
import { describe, expect, it } from 'vitest';
import { CLOSE_CODE_INFO } from '@wscodes/core';
import { findCloseCodesByName } from '@wscodes/core/names';
import { findCloseCodesByName as findUnderProtocol, PROTOCOLS } from '@wscodes/core/protocols';
import { quote } from '../src/io.ts';
import { json, wscodes } from './helpers.ts';

/** Every protocol code with the names it shares: with IANA's codes, and with no code of IANA's. */
const protocolCodes = PROTOCOLS.flatMap((p) => p.codes.map((entry) => ({ p, entry, ianaToo: findCloseCodesByName(entry.name).length > 0 })));
const shared = protocolCodes.filter((c) => c.ianaToo);
const protocolOnly = protocolCodes.filter((c) => !c.ianaToo);
/** What the name means in every protocol of the catalogue, as the report lists it. */
const everyProtocol = (name: string) => PROTOCOLS.flatMap((p) => findUnderProtocol(name, { protocol: p.id }).filter((m) => m.source === p.id));

describe('wscodes NAME', () => {
  it('has names to test against: IANA codes, and protocol codes that share a name with IANA and that do not', () => {
    expect(CLOSE_CODE_INFO.length).toBeGreaterThan(0);
    expect(shared.length).toBeGreaterThan(0);
    expect(protocolOnly.length).toBeGreaterThan(0);
  });

  it('finds each IANA code by its name given as words, and says how to ask about it', () => {
    for (const info of CLOSE_CODE_INFO) {
      const run = wscodes(info.name.split(' '));
      expect(run, info.name).toMatchObject({ status: 0, err: '' });
      const matches = findCloseCodesByName(info.name);
      if (matches.length === 1) {
        expect(run.out).toMatch(new RegExp(`^${info.code} ${info.name}\nsource      IANA, CloseCode.${info.key}\ndetails     wscodes ${info.code}\n`));
      } else {
        for (const m of matches) expect(run.out).toContain(`wscodes ${m.code}\n`);
      }
      expect(wscodes(['name', info.key]).out, 'by key, through the command').toBe(run.out);
    }
  });

  it('--json gives the documented shape: IANA matches, and every protocol that names a code so', () => {
    for (const info of CLOSE_CODE_INFO) {
      const text = info.key.toUpperCase();
      expect(json(wscodes(['name', text, '--json']))).toEqual({ command: 'name', name: text, protocol: null, matches: findCloseCodesByName(text), protocols: everyProtocol(text) });
    }
  });

  it("lists the protocols that also name the code so, with the command that asks under one", () => {
    for (const { p, entry } of shared) {
      const run = wscodes(['name', entry.name]);
      expect(run.status).toBe(0);
      expect(run.out, `${p.id} ${entry.name}`).toContain(`${p.id} (${p.name}): ${entry.code} ${entry.name}\n`);
      expect(run.out).toMatch(/\n {12}ask: wscodes name \w+ --protocol [\w.-]+\n$/);
    }
  });

  it('under --protocol, an ambiguous name lists every match, the protocol’s first, each with how to pick it', () => {
    for (const { p, entry } of shared) {
      const matches = findUnderProtocol(entry.name, { protocol: p.id });
      const run = wscodes(['name', entry.name, '--protocol', p.id]);
      expect(run, `${p.id} ${entry.name}`).toMatchObject({ status: 0, err: '' });
      expect(run.out).toContain(`names ${matches.length} close codes: pick one by its number`);
      const lines = run.out.trimEnd().split('\n').slice(1);
      expect(lines).toHaveLength(matches.length);
      matches.forEach((m, i) => {
        expect(lines[i]).toMatch(new RegExp(`^${m.code} `));
        expect(lines[i]).toMatch(m.source === 'iana' ? new RegExp(`wscodes ${m.code}$`) : new RegExp(`wscodes ${m.code} --protocol ${m.source}$`));
      });
      expect(lines[0]).toContain(p.id);
      expect(json(wscodes(['name', entry.name, '--protocol', p.id, '--json']))).toMatchObject({ protocol: p.id, matches });
    }
  });

  it('a name only protocols have is an error without --protocol that names them, and an answer with it', () => {
    for (const { p, entry } of protocolOnly) {
      const run = wscodes(['name', entry.key]);
      expect(run.status, `${p.id} ${entry.key}`).toBe(2);
      expect(run.out).toBe('');
      const line = run.err.split('\n')[0]!;
      expect(line).toContain(`no IANA close code is named ${quote(entry.key)}; under a protocol: `);
      expect(line).toContain(`${p.id} ${entry.code}`);
      expect(wscodes(['name', entry.key, '--protocol', p.id]).status).toBe(0);
    }
  });

  it('a name no code has is one line with the nearest names, and the bare form suggests commands too', () => {
    const info = CLOSE_CODE_INFO.find((i) => findCloseCodesByName(i.name.slice(0, -1)).length === 0 && everyProtocol(i.name.slice(0, -1)).length === 0)!;
    const typo = info.name.slice(0, -1);
    const run = wscodes(['name', typo]);
    expect(run.status).toBe(2);
    expect(run.err.split('\n')[0]).toMatch(new RegExp(`^wscodes: no close code is named ${quote(typo)} \\(did you mean [^)]*${info.name}[^)]*\\?\\); a protocol's names need --protocol ID$`));
    expect(wscodes(typo.split(' ')).err.split('\n')[0]).toContain(`is not a command, a close code or a close code's name (did you mean`);
    expect(wscodes(['chek', '1000']).err.split('\n')[0]).toContain('(did you mean check?)');
    expect(wscodes(['name', 'zzzzzzzzzzzz']).err.split('\n')[0]).not.toContain('did you mean');
  });
});
