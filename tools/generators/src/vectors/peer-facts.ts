// What the compatibility matrix says about its peers, in the words prose uses: how many peers, in
// which languages, which browsers and JavaScript runtimes, and which implementations take or refuse
// a received code. The fixtures README is rendered from it, and the hand-written READMEs are checked
// against it (tools/generators/test/readme-facts.test.ts), so no sentence about peers goes stale.
import { compareText, type Compat } from '@wscodes-tools/registry';
import { FAILURE_CODES } from '../vectors-model/receive.ts';

export interface PeerFacts {
  /** Peers: one implementation in one role (ws-server, chromium). */
  readonly peers: number;
  /** Every language, JavaScript first, then in the order of the matrix's peers. */
  readonly languages: readonly string[];
  /** The browser engines, by implementation name. */
  readonly browsers: readonly string[];
  /** Where the JavaScript peers outside browsers run: Node for the `js` runner, else the runtime itself. */
  readonly jsRuntimes: readonly string[];
}

/** The runner that plays libraries on Node; the `runtimes` runner's peers are runtimes themselves. */
const NODE_RUNNER = 'js';

const unique = (items: readonly string[]): string[] => [...new Set(items)];

export function peerFacts(compat: Compat): PeerFacts {
  const peers = Object.values(compat.peers);
  const languages = unique(peers.map((p) => p.language));
  return {
    peers: peers.length,
    languages: [...languages.filter((l) => l === 'JavaScript'), ...languages.filter((l) => l !== 'JavaScript')],
    browsers: unique(peers.filter((p) => p.role === 'browser').map((p) => p.implementation)),
    jsRuntimes: unique(peers.filter((p) => p.language === 'JavaScript' && p.role !== 'browser').map((p) => (p.runner === NODE_RUNNER ? 'Node' : p.implementation))),
  };
}

export interface CodeOnReceipt {
  /** Implementations that fail the connection (a failure code, or no Close) on a Close frame with the code. */
  readonly refusing: readonly string[];
  /** Implementations that take it. */
  readonly taking: readonly string[];
}

/** Who takes and who refuses a received Close frame carrying `code`, from the vector `payload-code-CODE`. */
export function codeOnReceipt(compat: Compat, code: number): CodeOnReceipt {
  const refusing = new Set<string>();
  const taking = new Set<string>();
  for (const [peer, results] of Object.entries(compat.results)) {
    const observed = results[`payload-code-${code}`]?.observed;
    const implementation = compat.peers[peer]?.implementation;
    if (observed === undefined || implementation === undefined || !('reply' in observed)) continue;
    const { reply } = observed;
    if (reply.frame === 'timeout') continue;
    const refused = reply.frame === 'none' || (reply.code !== null && FAILURE_CODES.includes(reply.code));
    (refused ? refusing : taking).add(implementation);
  }
  const sorted = (names: Set<string>): string[] => [...names].sort((a, b) => compareText(a.toLowerCase(), b.toLowerCase()));
  return { refusing: sorted(refusing), taking: sorted(taking) };
}

/** A number as prose writes it: a word up to twelve, digits above. */
export const numberWord = (n: number): string => NUMBER_WORDS[n] ?? `${n}`;

export const NUMBER_WORDS: readonly string[] = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "30 real peers in six languages and three browser engines", as the fixtures README says it. */
export const peersInWords = (facts: PeerFacts): string =>
  facts.peers === 0 ? 'real implementations' : `${facts.peers} real peer${facts.peers === 1 ? '' : 's'} in ${countOf(facts.languages.length, 'language')} and ${countOf(facts.browsers.length, 'browser engine')}`;

/** "one language", "six languages". */
export const countOf = (n: number, noun: string): string => `${numberWord(n)} ${noun}${n === 1 ? '' : 's'}`;
