// Starts a browser as a plain process in its own process group, with a fresh temporary home and
// profile, and ends the whole group (browser, renderers, helpers) and removes the directories.
// A WebDriver browser's process is its driver: the page is opened in one session once it is ready.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserDefinition } from './browsers.ts';
import { awaitDriver, freePort, openPage, WebDriverError } from './webdriver.ts';

const STDERR_TAIL_CHARS = 4000;
const GRACE_MS = 3000;
/** How long a WebDriver server may take to listen (xvfb-run first starts Xvfb). */
const DRIVER_START_MS = 20_000;

export interface RunningBrowser {
  /** Resolves when the browser process exits (on its own or killed). */
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
  /** The last few thousand characters it wrote to stderr, for error messages. */
  stderrTail(): string;
  /** Ends the process group and removes the temporary directories; safe to call twice. */
  stop(): Promise<void>;
}

export async function launchBrowser(browser: BrowserDefinition, url: string): Promise<RunningBrowser> {
  const root = await mkdtemp(join(tmpdir(), `wscodes-${browser.peer}-`));
  const home = join(root, 'home');
  const profile = join(root, 'profile');
  await Promise.all([mkdir(home), mkdir(profile)]);
  let child: ChildProcess;
  const driverPort = browser.opens === 'webdriver' ? await freePort() : undefined;
  try {
    const args = browser.opens === 'webdriver' ? await browser.prepare(profile, driverPort!) : await browser.prepare(profile, url);
    child = spawn(browser.binary, args, {
      // A group of its own, so one signal reaches every helper process the browser starts.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      // A throw-away HOME keeps crash reports, caches and dconf out of the real one.
      // TMPDIR too: xvfb-run keeps its Xauthority file there, which SIGKILL would leave behind.
      env: { ...process.env, ...browser.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'), TMPDIR: root },
    });
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  let tail = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-STDERR_TAIL_CHARS);
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      tail += `\n${error.message}`;
      resolve({ code: null, signal: null });
    });
  });
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is already gone.
    }
  };
  let endSession: (() => Promise<void>) | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await endSession?.();
      if (child.pid !== undefined) {
        signalGroup('SIGTERM');
        // The whole group, not only its leader: Xvfb removes its /tmp/.X<n>-lock as it exits, and a
        // SIGKILL on the leader's exit would leave it behind.
        await groupGone(child.pid);
        // Whatever ignored SIGTERM for GRACE_MS is killed.
        signalGroup('SIGKILL');
        await exited;
        await groupGone(child.pid);
      }
      child.stderr!.destroy();
      await rm(root, { recursive: true, force: true, maxRetries: 3 });
    })());
  const running = { exited, stderrTail: () => tail, stop };
  if (browser.opens === 'webdriver') {
    const base = `http://127.0.0.1:${driverPort}`;
    try {
      await awaitDriver(base, exited, DRIVER_START_MS);
      endSession = await openPage(base, browser.capabilities, url);
    } catch (error) {
      await stop();
      const stderr = tail.trim().split('\n').slice(-3).join(' | ') || '(nothing on stderr)';
      throw new WebDriverError(`${(error as Error).message}; ${browser.binary}'s stderr ends: ${stderr}`);
    }
  }
  return running;
}

/** Waits until no process of the group is left (killed helpers take a moment to be reaped). */
async function groupGone(pgid: number): Promise<void> {
  for (let waited = 0; waited < GRACE_MS; waited += 50) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await sleep(50);
  }
}

/** Waits for `ms`; the timer never keeps the process alive on its own. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
