import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constantKeyFromName, registrySchema } from '@wscodes-tools/registry';

describe('constantKeyFromName', () => {
  it.each([
    ['Normal Closure', 'NormalClosure'],
    ['No Status Received', 'NoStatusReceived'],
    ['Invalid Frame Payload Data', 'InvalidFramePayloadData'],
    ['TLS Handshake', 'TlsHandshake'],
    ['Going-Away', 'GoingAway'],
    ['going_away', 'GoingAway'],
    ['  GOING   away!! ', 'GoingAway'],
    ['Mandatory Ext.', 'MandatoryExt'],
    ['HTTP/2 Upgrade Failed', 'Http2UpgradeFailed'],
    ["Don't Retry", 'DonTRetry'],
  ])('%j -> %s', (name, key) => {
    expect(constantKeyFromName(name)).toBe(key);
  });

  it('folds accents and compatibility characters to ASCII', () => {
    expect(constantKeyFromName('Café Crème')).toBe('CafeCreme');
    expect(constantKeyFromName('ﬁle Error')).toBe('FileError'); // U+FB01 ligature
    expect(constantKeyFromName('Ｆｕｌｌ Width')).toBe('FullWidth');
  });

  it('prefixes Code when the name starts with a digit or has no Latin letters', () => {
    expect(constantKeyFromName('3rd Party Failure')).toBe('Code3rdPartyFailure');
    expect(constantKeyFromName('1000')).toBe('Code1000');
    expect(constantKeyFromName('中文')).toBe('Code');
    expect(constantKeyFromName('')).toBe('Code');
  });

  it('never yields __proto__ or constructor as a key', () => {
    expect(constantKeyFromName('__proto__')).toBe('Proto');
    expect(constantKeyFromName('constructor')).toBe('Constructor');
  });

  it('maps names that differ only in case and punctuation to the same key (what distinct-names relies on)', () => {
    expect(constantKeyFromName('Going Away')).toBe(constantKeyFromName('going-away'));
    expect(constantKeyFromName('Try Again Later')).not.toBe(constantKeyFromName('Try Again Latter'));
  });

  it('always gives a key the registry schema accepts, for any text', () => {
    const keySchema = registrySchema.codeEntry.shape.key;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const key = constantKeyFromName(name);
        expect(keySchema.safeParse(key).success).toBe(true);
        expect(key).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      }),
      { numRuns: 2000 },
    );
  });
});
