// The codes the hand-written helpers name (src/local-codes.ts) are the registry's: a key renamed or
// a number mistyped there fails here, not in an app.
import { describe, expect, it } from 'vitest';
import { CloseCode } from '../src/index.ts';
import * as local from '../src/local-codes.ts';

describe('local-codes', () => {
  it.each([
    ['NO_STATUS_RECEIVED', 'NoStatusReceived'],
    ['ABNORMAL_CLOSURE', 'AbnormalClosure'],
    ['TRY_AGAIN_LATER', 'TryAgainLater'],
  ] as const)('%s is CloseCode.%s', (name, key) => {
    expect(local[name]).toBe(CloseCode[key]);
  });

  it('names no code the test above does not check', () => {
    expect(Object.keys(local).sort()).toEqual(['ABNORMAL_CLOSURE', 'NO_STATUS_RECEIVED', 'TRY_AGAIN_LATER']);
  });
});
