import { describe, expect, it } from 'vitest';
import type { SyncDiff } from './diff.ts';
import { bumpFor } from './semver.ts';

const none: SyncDiff = { upstreamUpdated: '2030-01-15', registryUpdated: '2030-01-15', added: [], withdrawn: [], reinstated: [], changed: [], ranges: [], contacts: [], contactNames: {}, notes: [] };
const iana = { description: 'X', contact: null, references: [] };
const added = { code: 3001, key: 'X', name: 'X', iana };
const withdrawn = { code: 3000, key: 'Y', name: 'Y', iana, reason: 'no longer listed by IANA on 2030-01-15', send: true, receive: true };
const changed = { code: 1000, key: 'NormalClosure', field: 'references' as const, from: [], to: [{ type: 'rfc' as const, data: 'rfc1' }] };

describe('bumpFor (DESIGN.md semver policy)', () => {
  it('is null when nothing changed', () => expect(bumpFor(none)).toBeNull());
  it('is patch for a new registry date alone', () => expect(bumpFor({ ...none, upstreamUpdated: '2030-02-01' })?.bump).toBe('patch'));
  it('is patch for a reference change', () => expect(bumpFor({ ...none, changed: [changed] })).toEqual({ bump: 'patch', reasons: ['1 IANA field changed'] }));
  it('is patch for a registration rule change', () =>
    expect(bumpFor({ ...none, ranges: [{ change: 'registration', range: '1000-2999', from: 'a', to: 'b' }] })?.bump).toBe('patch'));
  it('is patch for a contact change', () =>
    expect(bumpFor({ ...none, contacts: [{ change: 'changed', id: 'A', field: 'uri', from: 'a', to: 'b' }] })?.bump).toBe('patch'));
  it('is minor for an addition, even with patch-level changes', () =>
    expect(bumpFor({ ...none, added: [added], changed: [changed] })).toEqual({ bump: 'minor', reasons: ['1 code added', '1 IANA field changed'] }));
  it('is minor for a new span record', () => expect(bumpFor({ ...none, ranges: [{ change: 'added', range: '3002-3999', iana }] })?.bump).toBe('minor'));
  it('is major for a withdrawal, whatever else changed', () =>
    expect(bumpFor({ ...none, added: [added], withdrawn: [withdrawn, { ...withdrawn, code: 3003 }], changed: [changed] })).toEqual({
      bump: 'major',
      reasons: ['2 codes withdrawn', '1 code added', '1 IANA field changed'],
    }));
  it('is major for a withdrawn code IANA lists again (its verdicts would change)', () =>
    expect(bumpFor({ ...none, reinstated: [{ code: 3000, key: 'Y', iana }] })).toEqual({ bump: 'major', reasons: ['1 withdrawn code registered again'] }));
});
