import { describe, expect, it } from 'vitest';
import { githubSlug } from '../output/markdown.ts';
import { codePageName } from './slug.ts';

describe('githubSlug', () => {
  it('lower-cases, drops punctuation and turns spaces into hyphens', () => {
    expect(githubSlug('1000-2999 Protocol')).toBe('1000-2999-protocol');
    expect(githubSlug('My socket closed with 1006')).toBe('my-socket-closed-with-1006');
    expect(githubSlug('A & B: close()?')).toBe('a--b-close');
    expect(githubSlug('snake_case Ünïcødé 日本語 🙂')).toBe('snake_case-ünïcødé-日本語-');
  });
});

describe('codePageName', () => {
  it('is the code and the key in kebab case', () => {
    expect(codePageName({ code: 1000, key: 'NormalClosure' })).toBe('1000-normal-closure.md');
    expect(codePageName({ code: 1015, key: 'TlsHandshake' })).toBe('1015-tls-handshake.md');
    expect(codePageName({ code: 4000, key: 'HTTPError2' })).toBe('4000-http-error2.md');
  });
});
