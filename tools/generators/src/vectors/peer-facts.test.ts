import { describe, expect, it } from 'vitest';
import type { Compat } from '@wscodes-tools/registry';
import { codeOnReceipt, countOf, peerFacts, peersInWords } from './peer-facts.ts';

const peer = (implementation: string, language: string, role: 'client' | 'server' | 'browser', runner: string) => ({ implementation, version: '1', language, role, runner });
const reply = (code: number | null) => ({ verdict: 'conforms' as const, observed: { reply: { frame: 'close' as const, code } } });

const compat: Compat = {
  peers: {
    'ws-server': peer('ws', 'JavaScript', 'server', 'js'),
    'bun-client': peer('Bun', 'JavaScript', 'client', 'runtimes'),
    'go-client': peer('gorilla/websocket', 'Go', 'client', 'go'),
    'go-server': peer('gorilla/websocket', 'Go', 'server', 'go'),
    chromium: peer('Chromium', 'JavaScript', 'browser', 'browser'),
    'py-server': peer('websockets', 'Python', 'server', 'python'),
  },
  results: {
    'ws-server': { 'payload-code-1014': reply(1014) },
    'bun-client': { 'payload-code-1014': { verdict: 'violates-must', observed: { reply: { frame: 'none' } } } },
    'go-client': { 'payload-code-1014': reply(1002) },
    'go-server': { 'payload-code-1014': reply(1002), 'payload-code-1012': reply(1012) },
    chromium: { 'payload-code-1014': reply(1014) },
    'py-server': { 'payload-code-1014': { verdict: 'informational', observed: { reply: { frame: 'timeout' } } } },
  },
};

describe('peer facts', () => {
  it('counts peers, languages (JavaScript first), browsers and the runtimes JavaScript runs on', () => {
    expect(peerFacts(compat)).toEqual({ peers: 6, languages: ['JavaScript', 'Go', 'Python'], browsers: ['Chromium'], jsRuntimes: ['Node', 'Bun'] });
    expect(peersInWords(peerFacts(compat))).toBe('6 real peers in three languages and one browser engine');
    expect(countOf(1, 'language')).toBe('one language');
  });

  it('sorts implementations into those that refuse a received code (a failure code or no Close) and those that take it', () => {
    expect(codeOnReceipt(compat, 1014)).toEqual({ refusing: ['Bun', 'gorilla/websocket'], taking: ['Chromium', 'ws'] });
    expect(codeOnReceipt(compat, 1012)).toEqual({ refusing: [], taking: ['gorilla/websocket'] });
  });
});
