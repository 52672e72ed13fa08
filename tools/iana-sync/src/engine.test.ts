import { describe, expect, it } from 'vitest';
import { SyncError } from './errors.ts';
import { guardWithdrawals, notCompared, overallBump, parseAllowWithdrawal, refuseAbsent, unusedAllowances, type RegistryOutcome, type Withdrawal } from './engine.ts';

const withdrawal = (value: string): Withdrawal => ({ value, what: `value ${value}`, reason: 'gone' });
function outcome(id: string, registered: number, withdrawn: string[], extra: Partial<RegistryOutcome> = {}): RegistryOutcome {
  return { ...notCompared('2030-01-01'), id, title: id, file: id, label: id, registered, withdrawals: withdrawn.map(withdrawal), ...extra };
}
const ids = [{ id: 'close-codes', aliases: ['closeCodes'] }, { id: 'header-bits', aliases: ['headerBits'] }];

describe('parseAllowWithdrawal', () => {
  it('reads repeated and comma-separated items, by id or alias', () => {
    expect([...parseAllowWithdrawal(['close-codes:3003,headerBits:RSV1', 'close-codes:3008'], ids)]).toEqual(['close-codes:3003', 'header-bits:RSV1', 'close-codes:3008']);
  });
  it.each(['opcodes:10', 'close-codes', 'close-codes:', ':3003'])('refuses %j as bad usage naming the ids', (item) => {
    expect(() => parseAllowWithdrawal([item], ids)).toThrow(SyncError);
    expect(() => parseAllowWithdrawal([item], ids)).toThrow(/REGISTRY is one of close-codes, header-bits/);
  });
});

describe('the guard', () => {
  it('refuses more than half of 4 or more values, unless every one is named', () => {
    const many = [outcome('close-codes', 4, ['1', '2', '3'])];
    expect(() => guardWithdrawals(many, new Set(), 'x.xml')).toThrow(/withdraws 3 of the 4 values of close-codes .* rerun with --allow-withdrawal close-codes:1,close-codes:2,close-codes:3$/);
    expect(() => guardWithdrawals(many, new Set(['close-codes:1', 'close-codes:2']), 'x.xml')).toThrow(SyncError);
    expect(() => guardWithdrawals(many, new Set(['close-codes:1', 'close-codes:2', 'close-codes:3']), 'x.xml')).not.toThrow();
  });
  it('lets half through, and any share of a registry under 4 values', () => {
    expect(() => guardWithdrawals([outcome('close-codes', 4, ['1', '2'])], new Set(), 'x.xml')).not.toThrow();
    expect(() => guardWithdrawals([outcome('header-bits', 3, ['A', 'B', 'C'])], new Set(), 'x.xml')).not.toThrow();
  });
  it('warns of flag items that withdraw nothing', () => {
    expect(unusedAllowances([outcome('close-codes', 4, ['1'])], new Set(['close-codes:1', 'close-codes:9']))).toEqual(['close-codes:9']);
  });
});

describe('missing and empty registries', () => {
  it('are nothing to do when the YAML has no entries', () => {
    expect(() => refuseAbsent([outcome('header-bits', 0, [], { absent: 'missing' }), outcome('close-codes', 0, [], { absent: 'empty' })], new Set(), 'x.xml')).not.toThrow();
  });
  it('are refused when it has; an empty one passes when every withdrawal is named, a missing one never', () => {
    expect(() => refuseAbsent([outcome('header-bits', 1, [], { absent: 'missing' })], new Set(['header-bits:RSV1']), 'x.xml')).toThrow(/^x\.xml lacks the registry header-bits/);
    const emptied = [outcome('header-bits', 1, ['RSV1'], { absent: 'empty' })];
    expect(() => refuseAbsent(emptied, new Set(), 'x.xml')).toThrow(/lists no registered value in it header-bits .* rerun with --allow-withdrawal header-bits:RSV1$/);
    expect(() => refuseAbsent(emptied, new Set(['header-bits:RSV1']), 'x.xml')).not.toThrow();
  });
});

describe('overallBump', () => {
  it('is the highest bump; a reason shared by registries is written once, naming them', () => {
    const date = "IANA's registry date changed";
    const bump = overallBump([
      outcome('close-codes', 4, [], { bump: { bump: 'patch', reasons: [date] } }),
      outcome('opcodes', 4, [], { bump: { bump: 'major', reasons: ['1 opcode withdrawn', date] } }),
      outcome('versions', 4, [], { bump: null }),
    ]);
    expect(bump).toEqual({ bump: 'major', reasons: ['1 opcode withdrawn in opcodes', `${date} in close-codes, opcodes`] });
  });
  it('keeps a lone registry\'s reasons as they are, and is null when nothing changed', () => {
    expect(overallBump([outcome('close-codes', 4, [], { bump: { bump: 'minor', reasons: ['1 code added'] } })])).toEqual({ bump: 'minor', reasons: ['1 code added'] });
    expect(overallBump([outcome('close-codes', 4, [])])).toBeNull();
  });
});
