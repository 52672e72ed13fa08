// The browser runner of the conformance suite (tools/conformance/PROTOCOL.md, role `browser`):
// starts Debian's chromium and firefox-esr headless, and WebKitGTK's MiniBrowser through its WebDriver
// server under Xvfb, each on a loopback page that plays every close vector and every client-side
// handshake vector with the browser's own WebSocket, and prints the observations as JSON lines.
import { parseArgs } from 'node:util';
import { BROWSER_PEERS, BROWSERS, BrowserUnavailable, type BrowserPeer } from './browsers.ts';
import { playInBrowser, SessionError, PAGE_CONCURRENCY } from './session.ts';
import { FixtureError, loadBrowserVectors } from './vectors.ts';

const USAGE = `Usage: npx tsx tools/conformance/runners/browser/run.ts --fixtures DIR [--browser chromium|firefox-esr|webkitgtk|all] [--only SUBSTRING]

Plays the close vectors and the client-side handshake vectors of @wscodes/fixtures in browsers
(Debian's chromium and firefox-esr headless, WebKitGTK's MiniBrowser through WebKitWebDriver under
xvfb-run) through their WebSocket API, over loopback only, and prints one JSON line per peer and per
vector played (tools/conformance/PROTOCOL.md). Progress goes to stderr.

  --fixtures DIR      the folder with close-payloads.json, close-frames.json, api-close-calls.json
                      and handshake.json (in the repository: packages/fixtures)
  --browser NAME      chromium, firefox-esr, webkitgtk, or all (the default); browsers run at once
  --only SUBSTRING    play only the vectors whose id contains SUBSTRING
  --help              print this help

Exits 0 when every vector was played, whatever the browsers did; 1 with a one-line reason when the
runner cannot work (a browser is missing or does not load the page, the fixtures are unreadable).`;

class UsageError extends Error {}

interface Options {
  readonly fixtures: string;
  readonly browsers: readonly BrowserPeer[];
  readonly only?: string;
}

function parseOptions(argv: string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        fixtures: { type: 'string' },
        browser: { type: 'string', default: 'all' },
        only: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; see --help`);
  }
  if (values.help) return 'help';
  if (!values.fixtures) throw new UsageError('--fixtures DIR is required (packages/fixtures in the repository); see --help');
  const browser = values.browser!;
  if (browser !== 'all' && !(BROWSER_PEERS as readonly string[]).includes(browser)) {
    throw new UsageError(`--browser must be ${BROWSER_PEERS.join(', ')} or all, not "${browser}"`);
  }
  const browsers = browser === 'all' ? BROWSER_PEERS : [browser as BrowserPeer];
  return { fixtures: values.fixtures, browsers, ...(values.only === undefined ? {} : { only: values.only }) };
}

const progress = (line: string): void => void process.stderr.write(`${line}\n`);
const emit = (line: object): void => void process.stdout.write(`${JSON.stringify(line)}\n`);

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const vectors = await loadBrowserVectors(options.fixtures, options.only);
  if (vectors.length === 0) throw new FixtureError(`no vector id contains "${options.only}"`);
  const peers = options.browsers.map((peer) => BROWSERS[peer]);
  const versions = await Promise.all(peers.map((browser) => browser.version()));
  peers.forEach((browser, index) =>
    emit({ type: 'peer', peer: browser.peer, implementation: browser.implementation, version: versions[index], language: 'JavaScript', role: 'browser' }),
  );
  const problems: string[] = [];
  // The browsers share nothing (each has its own raw server, page server and ports), so they play at
  // once: the slowest engine's time, not the sum. Each starts once for every vector. A harness error
  // waits for the other browsers, so every process group is ended before it is reported.
  const settled = await Promise.allSettled(
    peers.map(async (browser) => {
      const started = Date.now();
      progress(`${browser.peer}: playing ${vectors.length} vectors, ${PAGE_CONCURRENCY} WebSockets at a time`);
      try {
        const { observations, unplayed } = await playInBrowser(browser, vectors, progress);
        for (const { id, observed } of observations) emit({ type: 'result', peer: browser.peer, id, observed });
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        progress(`${browser.peer}: ${observations.length} played, ${unplayed.length} not played, in ${seconds} s`);
        for (const { id, reason } of unplayed) progress(`${browser.peer}: ${id} not played: ${reason}`);
        if (unplayed.length > 0) problems.push(`${browser.peer} did not play ${unplayed.length} vectors (first: ${unplayed[0]!.id}: ${unplayed[0]!.reason})`);
      } catch (error) {
        if (!(error instanceof SessionError)) throw error;
        problems.push(`${browser.peer}: ${error.message}`);
      }
    }),
  );
  const broken = settled.find((outcome) => outcome.status === 'rejected');
  if (broken) throw broken.reason;
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('; ')}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof FixtureError || error instanceof BrowserUnavailable;
    process.stderr.write(`${known ? (error as Error).message : (error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = known && error instanceof UsageError ? 2 : 1;
  },
);
