// The three browsers, as Debian installs them: how to ask their version and how to start them on one
// URL with a throw-away profile, so nothing of a run survives it and nothing leaves loopback.
// Chromium and Firefox take the URL on their command line, headless; WebKitGTK has no headless mode
// of its own, so its WebDriver server runs under a virtual X display and opens the URL in a session.
import { execFile } from 'node:child_process';
import { access, constants, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const BROWSER_PEERS = ['chromium', 'firefox-esr', 'webkitgtk'] as const;
export type BrowserPeer = (typeof BROWSER_PEERS)[number];

interface BrowserBase {
  readonly peer: BrowserPeer;
  readonly implementation: string;
  /** The program to start. */
  readonly binary: string;
  readonly debianPackage: string;
  /** Extra environment for the process. */
  readonly env: Readonly<Record<string, string>>;
  /** The version as installed; throws BrowserUnavailable when the browser is missing. */
  version(): Promise<string>;
}

/** A browser started on the page's URL. */
export interface CommandLineBrowser extends BrowserBase {
  readonly opens: 'command-line';
  /** The command line after the binary; `profileDir` is fresh and empty, and may be written to first. */
  prepare(profileDir: string, url: string): Promise<string[]>;
}

/** A WebDriver server listening on `port`; the runner opens one session on the page's URL. */
export interface WebDriverBrowser extends BrowserBase {
  readonly opens: 'webdriver';
  prepare(profileDir: string, port: number): Promise<string[]>;
  /** The session's capabilities besides pageLoadStrategy. */
  readonly capabilities: Readonly<Record<string, unknown>>;
}

export type BrowserDefinition = CommandLineBrowser | WebDriverBrowser;

const chromium: CommandLineBrowser = {
  peer: 'chromium',
  implementation: 'Chromium',
  binary: '/usr/bin/chromium',
  debianPackage: 'chromium',
  env: {},
  opens: 'command-line',
  version: () => versionFlag(chromium),
  prepare: async (profileDir, url) => [
    '--headless=new',
    // Root cannot use Chromium's sandbox; the page is ours and only talks to loopback.
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    `--user-data-dir=${profileDir}`,
    // Debian's wrapper drops --disable-background-networking once it enables remote extensions.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-default-browser-check',
    // Otherwise a crashpad handler outlives the process group and writes under $HOME.
    '--disable-crash-reporter',
    '--disable-breakpad',
    url,
  ],
};

// user.js: no first-run or welcome pages, no telemetry, updates or other calls home.
const FIREFOX_PREFERENCES: Readonly<Record<string, boolean | number | string>> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.aboutwelcome.enabled': false,
  'startup.homepage_welcome_url': '',
  'startup.homepage_first_run_url': '',
  'browser.newtabpage.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.search.update': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'media.gmp-manager.updateEnabled': false,
  'browser.tabs.crashReporting.sendReport': false,
  'browser.sessionstore.resume_from_crash': false,
};

const userJs = (): string =>
  Object.entries(FIREFOX_PREFERENCES)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');

const firefoxEsr: CommandLineBrowser = {
  peer: 'firefox-esr',
  implementation: 'Firefox ESR',
  binary: '/usr/bin/firefox-esr',
  debianPackage: 'firefox-esr',
  opens: 'command-line',
  version: () => versionFlag(firefoxEsr),
  // The crash helper would otherwise leave the process group.
  env: { MOZ_CRASHREPORTER_DISABLE: '1' },
  prepare: async (profileDir, url) => {
    await writeFile(join(profileDir, 'user.js'), userJs());
    return ['--headless', '--no-remote', '--profile', profileDir, url];
  },
};

const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const WEBKIT_LIBRARY = 'libwebkit2gtk-4.1-0';

// WebKitWebDriver starts Debian's MiniBrowser (in libwebkit2gtk-4.1-0) for a session, with an
// ephemeral profile; `--headless` fails there, so xvfb-run gives it a display of its own (-a: a free
// display number). The driver listens on loopback only (its default --host=local).
const webkitgtk: WebDriverBrowser = {
  peer: 'webkitgtk',
  implementation: 'WebKitGTK',
  binary: '/usr/bin/xvfb-run',
  debianPackage: 'webkit2gtk-driver xvfb',
  env: {},
  opens: 'webdriver',
  capabilities: {},
  prepare: async (_profileDir, port) => ['-a', WEBKIT_DRIVER, `--port=${port}`],
  version: async () => {
    await present('/usr/bin/xvfb-run', 'xvfb');
    await present(WEBKIT_DRIVER, 'webkit2gtk-driver');
    // The engine's Debian version: the driver has no --version, and MiniBrowser's comes with a session.
    return debianVersion(WEBKIT_LIBRARY, 'webkit2gtk-driver');
  },
};

export const BROWSERS: Readonly<Record<BrowserPeer, BrowserDefinition>> = { chromium, 'firefox-esr': firefoxEsr, webkitgtk };

/** Thrown when a browser is missing or does not answer; the message says how to fix it. */
export class BrowserUnavailable extends Error {}

const run = promisify(execFile);

async function present(binary: string, debianPackage: string): Promise<void> {
  try {
    await access(binary, constants.X_OK);
  } catch {
    throw new BrowserUnavailable(`${binary} is missing: install the Debian package with apt-get install ${debianPackage}`);
  }
}

/** The version from `<binary> --version` ("Chromium 156.0.8078.108 built on ..." → "156.0.8078.108"). */
async function versionFlag({ binary, debianPackage }: CommandLineBrowser): Promise<string> {
  await present(binary, debianPackage);
  let stdout: string;
  try {
    ({ stdout } = await run(binary, ['--version'], { timeout: 10_000 }));
  } catch (error) {
    throw new BrowserUnavailable(`${binary} --version failed (${(error as Error).message.split('\n')[0]}): reinstall ${debianPackage}`);
  }
  const version = /\d+(?:\.\d+)+\w*/.exec(stdout)?.[0];
  if (!version) throw new BrowserUnavailable(`${binary} --version printed no version ("${stdout.trim()}"): reinstall ${debianPackage}`);
  return version;
}

/** A Debian package's version (`dpkg-query -W -f='${Version}'`), as PROTOCOL.md asks for Debian peers. */
async function debianVersion(library: string, debianPackage: string): Promise<string> {
  try {
    const { stdout } = await run('dpkg-query', ['-W', '-f=${Version}', library], { timeout: 10_000 });
    if (stdout.trim() !== '') return stdout.trim();
  } catch {
    // Reported below.
  }
  throw new BrowserUnavailable(`dpkg-query knows no installed ${library}: install it with apt-get install ${debianPackage}`);
}
