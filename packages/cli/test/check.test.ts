import { describe, expect, it } from 'vitest';
import { CLOSE_CODE_INFO } from '@wscodes/core';
import { acceptedSpans } from '../src/codes.ts';
import { json, wscodes } from './helpers.ts';

describe('wscodes check --api CODE', () => {
  it('1001: close() does not accept it; use 1000 or a private-use code; exit 1', () => {
    expect(wscodes(['check', '--api', '1001'])).toEqual({
      status: 1,
      err: '',
      out: [
        '1001 Going Away',
        'close()   accepts 1001: no (close(1001) throws an InvalidAccessError); it accepts 1000, 3000-4999',
        'instead   1000 Normal Closure',
        '          4000-4999 Private use: a code of your own, documented for both ends',
        '',
      ].join('\n'),
    });
  });

  it('4000: accepted, nothing instead, exit 0', () => {
    const run = wscodes(['check', '4000', '--api']);
    expect(run.status).toBe(0);
    expect(run.out).toContain('close()   accepts 4000: yes; it accepts 1000, 3000-4999');
    expect(run.out).not.toContain('instead');
  });

  it('--json prints the documented shape', () => {
    expect(json(wscodes(['check', '--api', '--json', '1001']))).toEqual({
      command: 'check', target: 'api', code: 1001, name: 'Going Away', accepted: false, accepts: '1000, 3000-4999', receivable: null,
      instead: [{ from: 1000, to: 1000, name: 'Normal Closure' }, { from: 4000, to: 4999, name: 'Private use' }],
    });
  });
});

/** What may be sent, from the registry and RFC 6455 7.4: 3000-4999, and each registered code its entry lets endpoints send. */
const SENDABLE = acceptedSpans((code) => (code >= 3000 && code <= 4999) || CLOSE_CODE_INFO.some((i) => i.code === code && i.send && i.withdrawn === undefined));

describe('wscodes check CODE (the wire rules)', () => {
  it('1001 may be sent and is valid on receipt', () => {
    const run = wscodes(['check', '1001']);
    expect(run.status).toBe(0);
    expect(SENDABLE).toMatch(/^1000.*3000-4999$/);
    expect(run.out).toContain(`send      may go in a Close frame: yes; endpoints may send ${SENDABLE}`);
    expect(run.out).toContain('receive   valid on receipt: yes');
  });

  it('1006 may not be sent: exit 1, with what to use instead', () => {
    const run = wscodes(['check', '1006', '--json']);
    expect(run.status).toBe(1);
    expect(json(run)).toEqual({
      command: 'check', target: 'wire', code: 1006, name: 'Abnormal Closure', accepted: false, accepts: SENDABLE, receivable: false,
      instead: [{ from: 1000, to: 1000, name: 'Normal Closure' }, { from: 4000, to: 4999, name: 'Private use' }],
    });
  });
});

describe('acceptedSpans', () => {
  it('writes the runs a predicate accepts, single codes and spans, up to the last code', () => {
    expect(acceptedSpans((c) => c === 7 || (c >= 10 && c <= 12) || c === 65535)).toBe('7, 10-12, 65535');
    expect(acceptedSpans(() => false)).toBe('');
  });
});
