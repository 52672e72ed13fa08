import { checkRegistryText } from '@wscodes-tools/registry';
import { describe, expect, it } from 'vitest';
import { smallRegistry } from '../test/fixtures.ts';
import { nameFromDescription, newCodeEntry, PENDING_REVIEW, proposeNaming } from './new-entry.ts';

describe('nameFromDescription', () => {
  it('puts IANA wording on one line without a final period', () => {
    expect(nameFromDescription('Timeout')).toBe('Timeout');
    expect(nameFromDescription('The server was acting as a gateway\n        or proxy.')).toBe('The server was acting as a gateway or proxy');
  });
});

describe('proposeNaming', () => {
  const existing = [
    { key: 'Timeout', name: 'Timeout' },
    { key: 'Forbidden', name: 'Forbidden' },
  ];
  it('derives the key with constantKeyFromName', () => {
    expect(proposeNaming(3010, 'Try Again Later', existing)).toEqual({ key: 'TryAgainLater', name: 'Try Again Later' });
    expect(proposeNaming(3011, 'TLS handshake', existing)).toEqual({ key: 'TlsHandshake', name: 'TLS handshake' });
  });
  it('adds the code number when the key would clash, also by case or punctuation', () => {
    expect(proposeNaming(3009, 'Timeout', existing)).toEqual({ key: 'Timeout3009', name: 'Timeout 3009' });
    expect(proposeNaming(3012, 'FORBIDDEN', existing)).toEqual({ key: 'Forbidden3012', name: 'FORBIDDEN 3012' });
    // TimeOut differs from Timeout only in case, which the registry's unique-keys rule forbids.
    expect(proposeNaming(3013, 'time-out', existing)).toEqual({ key: 'TimeOut3013', name: 'time-out 3013' });
  });
});

describe('newCodeEntry', () => {
  const registry = smallRegistry().document;
  const iana = { description: 'Sample Code', contact: 'Sam_Sample', references: [], date: '2030-01-12' };

  it('gives a registered code wire rules true, placeholders pending review, and IANA fields in order', () => {
    const entry = newCodeEntry(3001, iana, { key: 'SampleCode', name: 'Sample Code' }, registry);
    expect(Object.keys(entry)).toEqual(['code', 'key', 'name', 'summary', 'send', 'receive', 'reconnect', 'classify', 'details', 'pending', 'iana']);
    expect(entry).toMatchObject({ code: 3001, key: 'SampleCode', name: 'Sample Code', send: true, receive: true, pending: true, reconnect: { policy: 'depends' } });
    // Classified as its range, until a person reviews it.
    const { cause: _rangeCause, ...rangeVerdict } = registry.ranges.find((r) => r.range.startsWith('3000-'))!.classify;
    const { cause, ...verdict } = entry.classify as typeof rangeVerdict & { cause: string };
    expect(verdict).toEqual(rangeVerdict);
    for (const text of [entry.summary, (entry.reconnect as { advice: string }).advice, cause, entry.details]) {
      expect(text).toMatch(new RegExp(`^${PENDING_REVIEW}: `));
      expect(text).not.toMatch(/\n/);
    }
    expect(entry.iana).toEqual({ description: 'Sample Code', contact: 'Sam_Sample', references: [], date: '2030-01-12' });
  });

  it('gives a protocol code the same wire rules', () => {
    expect(newCodeEntry(1016, iana, { key: 'X', name: 'X' }, registry)).toMatchObject({ send: true, receive: true });
  });

  it('refuses a code outside the registrable ranges', () => {
    expect(() => newCodeEntry(4100, iana, { key: 'X', name: 'X' }, registry)).toThrow(
      'IANA lists code 4100, which falls in range 4000-4999 (Private use), where the registry holds no codes',
    );
  });

  it('yields an entry the registry accepts, with a pending-review warning only', () => {
    const entry = newCodeEntry(3001, { ...iana, contact: 'Pat_Example' }, { key: 'SampleCode', name: 'Sample Code' }, registry);
    const document = {
      ...registry,
      ianaRanges: registry.ianaRanges.map((r) => (r.range === '3001-3999' ? { ...r, range: '3002-3999' } : r)),
      codes: [...registry.codes, entry],
    };
    const { registry: checked, diagnostics } = checkRegistryText(JSON.stringify(document), 'generated.yaml');
    expect(diagnostics.map((d) => `${d.severity}: ${d.message}`)).toEqual(['warning: code 3001 has curated text pending review']);
    expect(checked?.codes.find((c) => c.code === 3001)?.pending).toBe(true);
  });
});
