// The hand-written READMEs' sentences about real peers agree with the compatibility matrix
// (registry/compat.json): how many peers, languages, JavaScript runtimes and browser engines, and
// who refuses 1012-1014 on receipt. The fixtures README says the same things generated (peer-facts.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPAT_FILE, REPO_ROOT, type Compat } from '@wscodes-tools/registry';
import { codeOnReceipt, NUMBER_WORDS, peerFacts } from '../src/vectors/peer-facts.ts';

const compat = JSON.parse(readFileSync(REPO_ROOT + COMPAT_FILE, 'utf8')) as Compat;
const facts = peerFacts(compat);
const implementations = [...new Set(Object.values(compat.peers).map((p) => p.implementation))];
const read = (path: string): string => readFileSync(REPO_ROOT + path, 'utf8').replace(/\s+/g, ' ');
const ROOT = read('README.md');
const CORE = read('packages/core/README.md');

/** A number written as a word or in digits. */
const numberOf = (text: string): number => (/^\d+$/.test(text) ? Number(text) : NUMBER_WORDS.indexOf(text.toLowerCase()));
/** A list written "a, b and c" or "a, b, c". */
const listOf = (text: string): string[] => text.split(/, | and /).map((s) => s.trim()).filter(Boolean);
/** The implementations of the matrix a piece of prose names, in the order it names them. */
const named = (text: string): string[] =>
  implementations
    .map((name) => ({ name, at: text.search(new RegExp(`(?<![\\w/.-])${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w/-])`)) }))
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((n) => n.name);
const sorted = (names: readonly string[]): string[] => [...names].sort();

describe('what the READMEs say about real peers', () => {
  it('the root README counts the peers, languages, runtimes and browser engines of the matrix', () => {
    const lines = [...ROOT.matchAll(/(\d+) real peers in (\w+) languages \(([^)]*)\) and (\w+) browser engines/g)];
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const [sentence, peers, languages, detail, browsers] of lines) {
      expect(Number(peers), sentence).toBe(facts.peers);
      expect(numberOf(languages!), sentence).toBe(facts.languages.length);
      expect(numberOf(browsers!), sentence).toBe(facts.browsers.length);
      // "JavaScript on Node, Bun, Deno and workerd; Python, Go, ..." or "four JavaScript runtimes: Node, Bun, Deno, workerd"
      const runtimes = /JavaScript on ([^;]+)/.exec(detail!)?.[1] ?? /(\w+) JavaScript runtimes: (.+)/.exec(detail!)?.[2];
      expect(sorted(listOf(runtimes ?? '')), sentence).toEqual(sorted(facts.jsRuntimes));
      const count = /(\w+) JavaScript runtimes/.exec(detail!)?.[1];
      if (count) expect(numberOf(count), sentence).toBe(facts.jsRuntimes.length);
      const others = /; (.+)$/.exec(detail!)?.[1];
      if (others) expect(sorted(['JavaScript', ...listOf(others)]), sentence).toEqual(sorted(facts.languages));
    }
  });

  it('the root README names who refuses 1012-1014 on receipt, and who takes them', () => {
    const bullet = /Implementations disagree on 1012–1014\. (.*?) IANA registers them/.exec(ROOT)?.[1];
    expect(bullet).toBeDefined();
    const [allThree, only1014, takers] = bullet!.split('; ');
    const refusing = [1012, 1013, 1014].map((code) => codeOnReceipt(compat, code).refusing);
    const everyTime = refusing[2]!.filter((name) => refusing[0]!.includes(name) && refusing[1]!.includes(name));
    expect(allThree).toMatch(/refuse all three on receipt$/);
    expect(sorted(named(allThree!))).toEqual(sorted(everyTime));
    expect(only1014).toMatch(/refuse 1014 alone$/);
    expect(sorted(named(only1014!))).toEqual(sorted(refusing[2]!.filter((name) => !everyTime.includes(name)) ));
    expect(refusing[0]).toEqual(refusing[1]); // the bullet says "all three", so 1012 and 1013 are refused by the same ones
    const taking = [1012, 1013, 1014].map((code) => codeOnReceipt(compat, code).taking);
    for (const name of named(takers!)) for (const takes of taking) expect(takes, `${name} in: ${takers}`).toContain(name);
  });

  it("the core README's 1014 section names every implementation that refuses 1014, and counts the others", () => {
    const section = /## 1014 Bad Gateway: implementations disagree (.*?) ## /.exec(CORE)?.[1];
    expect(section).toBeDefined();
    const { refusing, taking } = codeOnReceipt(compat, 1014);
    const [refused, took] = /In the \[compatibility matrix\]\([^)]*\), (.*?); (the other .*?)\./.exec(section!)!.slice(1);
    expect(sorted(named(refused!))).toEqual(sorted(refusing));
    expect(numberOf(/the other (\w+) implementations/.exec(took!)![1]!)).toBe(taking.length);
    expect(named(took!).length).toBeGreaterThan(0);
    for (const name of named(took!)) expect(taking).toContain(name);
    expect(section).not.toMatch(/tungstenite/); // a library the matrix does not play
  });
});
