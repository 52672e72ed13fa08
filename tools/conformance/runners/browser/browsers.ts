// The two browsers, as Debian installs them: how to ask their version and how to start them headless
// on one URL with a throw-away profile, so nothing of a run survives it and nothing leaves loopback.
import { execFile } from 'node:child_process';
import { access, constants, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const BROWSER_PEERS = ['chromium', 'firefox-esr'] as const;
export type BrowserPeer = (typeof BROWSER_PEERS)[number];

export interface BrowserDefinition {
  readonly peer: BrowserPeer;
  readonly implementation: string;
  readonly binary: string;
  readonly debianPackage: string;
  /** The command line after the binary; `profileDir` is fresh and empty, and may be written to first. */
  prepare(profileDir: string, url: string): Promise<string[]>;
  /** Extra environment for the process. */
  readonly env: Readonly<Record<string, string>>;
}

const chromium: BrowserDefinition = {
  peer: 'chromium',
  implementation: 'Chromium',
  binary: '/usr/bin/chromium',
  debianPackage: 'chromium',
  env: {},
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

const firefoxEsr: BrowserDefinition = {
  peer: 'firefox-esr',
  implementation: 'Firefox ESR',
  binary: '/usr/bin/firefox-esr',
  debianPackage: 'firefox-esr',
  // The crash helper would otherwise leave the process group.
  env: { MOZ_CRASHREPORTER_DISABLE: '1' },
  prepare: async (profileDir, url) => {
    await writeFile(join(profileDir, 'user.js'), userJs());
    return ['--headless', '--no-remote', '--profile', profileDir, url];
  },
};

export const BROWSERS: Readonly<Record<BrowserPeer, BrowserDefinition>> = { chromium, 'firefox-esr': firefoxEsr };

/** Thrown when a browser is missing or does not answer; the message says how to fix it. */
export class BrowserUnavailable extends Error {}

/** The version from `<binary> --version` ("Chromium 156.0.8078.108 built on ..." → "156.0.8078.108"). */
export async function browserVersion(browser: BrowserDefinition): Promise<string> {
  try {
    await access(browser.binary, constants.X_OK);
  } catch {
    throw new BrowserUnavailable(`${browser.binary} is missing: install the Debian package with apt-get install ${browser.debianPackage}`);
  }
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(browser.binary, ['--version'], { timeout: 10_000 }));
  } catch (error) {
    throw new BrowserUnavailable(`${browser.binary} --version failed (${(error as Error).message.split('\n')[0]}): reinstall ${browser.debianPackage}`);
  }
  const version = /\d+(?:\.\d+)+\w*/.exec(stdout)?.[0];
  if (!version) throw new BrowserUnavailable(`${browser.binary} --version printed no version ("${stdout.trim()}"): reinstall ${browser.debianPackage}`);
  return version;
}
