// npm run test:site: the built site (npm run site) served on loopback and driven in Debian's
// chromium by playwright-core (no downloaded browser). Every expectation comes from the data: the
// pages from sitemap.xml and site.json, the searches from the registry, the known cell from compat.json.
// Prints progress as it goes and ends with "N passed, N failed".
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { loadRegistry } from '@wscodes-tools/registry';
import { sitePaths } from '@wscodes-tools/generators/output';
import { numberedCodes, type SiteData } from '@wscodes-tools/generators/site';
import { DIST_DIR, PAGES_DIR } from '../src/paths.ts';
import { serveSite } from '../src/serve.ts';

const CHROMIUM = process.env.WSCODES_CHROMIUM ?? '/usr/bin/chromium';
/** Where the screenshots go: the CI run's artifacts folder (git-ignored). */
const ARTIFACTS = resolve(process.env.WSCODES_CI_ARTIFACTS ?? 'ci-artifacts', 'site');
const WEIGHT_BUDGET = 100 * 1024;
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

if (!existsSync(join(PAGES_DIR, 'site.json')) || !existsSync(join(DIST_DIR, 'sitemap.xml'))) {
  process.stderr.write(`no built site in ${DIST_DIR}: run npm run site first\n`);
  process.exit(1);
}
const data = JSON.parse(readFileSync(join(PAGES_DIR, 'site.json'), 'utf8')) as SiteData;
const registry = loadRegistry();
let lastOutput = Date.now();
const log = (line: string) => {
  lastOutput = Date.now();
  process.stdout.write(`${line}\n`);
};
// A heartbeat while one check runs long (axe over the compatibility page's thousands of cells).
const testStarted = Date.now();
const heartbeat = setInterval(() => Date.now() - lastOutput >= 20_000 && log(`  … still checking (${Math.round((Date.now() - testStarted) / 1000)} s)`), 5_000);
const results: { name: string; ok: boolean; detail?: string }[] = [];
function check(name: string, ok: boolean, detail?: string): void {
  results.push({ name, ok, detail });
  log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

const { server, origin } = await serveSite(DIST_DIR, data.base);
const local = (path: string) => `${origin}${data.base}${path}`;
/** A site address (absolute, as the sitemap writes it) on the loopback server. */
const toLocal = (url: string) => (url.startsWith(data.site) ? local(url.slice(data.site.length)) : url);

let browser: Browser | undefined;
try {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // As the conformance runner: root has no sandbox; this machine has no network beyond loopback.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-crash-reporter', '--disable-breakpad'],
  });
} catch (error) {
  check(`launch ${CHROMIUM} with playwright-core`, false, `${(error as Error).message.split('\n')[0]} (apt-get install chromium)`);
}

if (browser) {
  try {
    await run(browser);
  } catch (error) {
    check('the browser test ran to its end', false, (error as Error).stack ?? String(error));
  }
  await browser.close();
}
server.close();
clearInterval(heartbeat);
const failed = results.filter((r) => !r.ok).length;
log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

async function run(browser: Browser): Promise<void> {
  // --- every page from the sitemap: loads with no console error and no failed request; its links are collected.
  const sitemap = readFileSync(join(DIST_DIR, 'sitemap.xml'), 'utf8');
  const pageUrls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => toLocal(m[1]!));
  check('sitemap.xml lists every generated page', data.pages.every((p) => pageUrls.includes(local(p.path))), `${pageUrls.length} URLs, ${data.pages.length} pages`);
  check('robots.txt names the sitemap', readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8').includes(`Sitemap: ${data.site}sitemap.xml`));

  const context = await browser.newContext({ viewport: LAPTOP });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // ERR_ABORTED is a request the next navigation cancelled (the favicon is fetched after load): not the
  // site's failure. A missing file is an HTTP status, below; a file the server cannot send fails otherwise.
  page.on('requestfailed', (r) => r.failure()?.errorText === 'net::ERR_ABORTED' || problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const links = new Map<string, string>(); // target -> a page that links it
  let loaded = 0;
  const started = Date.now();
  let lastReport = Date.now();
  for (const url of pageUrls) {
    problems.length = 0;
    await page.goto(url, { waitUntil: 'load' });
    const title = await page.title();
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const expected = data.pages.find((p) => local(p.path) === url);
    const metaOk = expected !== undefined && title === expected.title && description === expected.description && canonical === `${data.site}${expected.path}`;
    if (problems.length > 0 || !metaOk) check(`page ${url}`, false, [...problems, metaOk ? '' : `title/description/canonical: ${title} | ${description} | ${canonical}`].filter(Boolean).join('; '));
    else loaded++;
    for (const href of await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      if (href.startsWith(origin) && !links.has(href)) links.set(href, url);
    }
    if (Date.now() - lastReport > 15_000) {
      log(`  … ${loaded} of ${pageUrls.length} pages loaded (${Math.round((Date.now() - started) / 1000)} s)`);
      lastReport = Date.now();
    }
  }
  check('every page loads with no console error and no failed request, with its title, description and canonical URL', loaded === pageUrls.length, `${loaded} of ${pageUrls.length} pages`);

  // --- every internal link and anchor resolves (against the served HTML, which has every heading's id)
  const html = new Map<string, { status: number; ids: Set<string> }>();
  const broken: string[] = [];
  for (const [href, from] of links) {
    const target = new URL(href);
    const key = `${target.origin}${target.pathname}`;
    if (!html.has(key)) {
      const response = await fetch(key);
      const text = await response.text();
      html.set(key, { status: response.status, ids: new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)) });
    }
    const got = html.get(key)!;
    const anchor = decodeURIComponent(target.hash.slice(1));
    if (got.status !== 200) broken.push(`${href} (HTTP ${got.status}, linked from ${from})`);
    else if (anchor && !got.ids.has(anchor)) broken.push(`${href} (no #${anchor}, linked from ${from})`);
  }
  check('every internal link and anchor resolves', broken.length === 0, broken.length === 0 ? `${links.size} links` : broken.slice(0, 10).join('; '));

  // --- search: "1006" finds IANA's page; "4401" finds its page and every protocol that defines it
  const numbers = numberedCodes(registry);
  for (const code of [1006, 4401]) {
    const expected = [sitePaths.code(code), ...(numbers.get(code) ?? []).map((s) => sitePaths.protocol(s.protocol.id))];
    problems.length = 0;
    await page.goto(local(`${sitePaths.search}?q=${code}`), { waitUntil: 'networkidle' });
    await page.locator('.site-search-results a').first().waitFor({ timeout: 10_000 });
    const found = (await page.$$eval('.site-search-results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).map((p) => p.slice(data.base.length));
    const missing = expected.filter((p) => !found.includes(p));
    check(`a search for "${code}" finds ${expected.join(', ')}, its own page first`, missing.length === 0 && found[0] === sitePaths.code(code) && problems.length === 0, `found ${found.slice(0, 8).join(', ')}${missing.length ? `; missing ${missing.join(', ')}` : ''}${problems.join('; ')}`);
  }
  // A number only a range covers: the search answers with the range's page.
  const uncovered = [...Array(1000).keys()].map((n) => 4000 + n).find((n) => !numbers.has(n))!;
  const range = registry.ranges.find((r) => uncovered >= r.from && uncovered <= r.to)!;
  await page.goto(local(`${sitePaths.search}?q=${uncovered}`), { waitUntil: 'networkidle' });
  await page.locator('.site-search-direct a').first().waitFor({ timeout: 10_000 });
  const direct = await page.$$eval('.site-search-direct a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  check(`a search for "${uncovered}" (no entry of its own) answers with its range's page`, direct.includes(`${data.base}${sitePaths.range(range.from, range.to)}`), direct.join(', '));

  // --- the compatibility matrix renders a known cell: the first MUST violation compat.json records
  const compat = registry.compat!;
  const known = Object.entries(compat.results).flatMap(([peer, byVector]) => Object.entries(byVector).map(([vector, r]) => ({ peer, vector, verdict: r.verdict }))).find((r) => r.verdict === 'violates-must')!;
  await page.goto(local(sitePaths.compatibility), { waitUntil: 'networkidle' });
  const cell = page.locator(`td[data-peer="${known.peer}"][data-vector="${known.vector}"]`);
  const cellOk = (await cell.count()) === 1 && (await cell.getAttribute('data-verdict')) === known.verdict && (await cell.isVisible());
  check(`the compatibility table renders ${known.peer} × ${known.vector} as ${known.verdict}`, cellOk);
  const wide = await page.$$eval('.compat-wrap', (wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth + 1).length);
  check(`every compatibility table fits a ${LAPTOP.width} px laptop screen without scrolling`, wide === 0, `${wide} tables scroll`);

  // --- no serious or critical axe violation, one page of each kind (and the 404 page)
  const byKind = new Map<string, string>();
  for (const p of data.pages) if (!byKind.has(p.kind) || (p.kind === 'codes' && !registry.codes.some((c) => local(sitePaths.code(c.code)) === byKind.get('codes')))) byKind.set(p.kind, local(p.path));
  const protocolOnly = [...numbers.keys()].find((n) => !registry.codes.some((c) => c.code === n));
  if (protocolOnly !== undefined) byKind.set('codes (a protocol\'s only)', local(sitePaths.code(protocolOnly)));
  byKind.set('404', local('no-such-page/'));
  for (const [kind, url] of byKind) {
    // Light on every kind; dark too on the code pages, which carry every colour the others do.
    for (const scheme of kind.startsWith('codes') ? (['light', 'dark'] as const) : (['light'] as const)) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url, { waitUntil: 'networkidle' });
      // Detail for violations only: the compatibility page's thousands of cells make full results slow.
      const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
      const counts = axe.violations.reduce<Record<string, number>>((n, v) => ({ ...n, [v.impact ?? 'none']: (n[v.impact ?? 'none'] ?? 0) + v.nodes.length }), {});
      const grave = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      check(`axe on ${kind} (${scheme}): no serious or critical violation`, grave.length === 0, `${url.slice(origin.length)}; violations by impact ${JSON.stringify(counts)}; ${axe.passes.length} rules pass${axe.violations.length ? `; ${axe.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`).join('; ')}` : ''}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await context.close();

  // --- readable without JavaScript, and dark mode follows the system
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: LAPTOP });
  const plain = await noJs.newPage();
  await plain.goto(local(sitePaths.code(1006)));
  check('a code page is readable without JavaScript', (await plain.locator('h1').first().textContent())?.includes('1006') === true && (await plain.locator('.vp-doc h2').count()) > 1);
  await noJs.close();
  const dark = await browser.newContext({ colorScheme: 'dark', viewport: LAPTOP });
  const darkPage = await dark.newPage();
  await darkPage.goto(local(sitePaths.code(1006)), { waitUntil: 'networkidle' });
  check('dark mode follows the system', await darkPage.evaluate(() => document.documentElement.classList.contains('dark')));
  await dark.close();

  // --- screenshots of a code page at phone and laptop widths, and its weight
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [name, viewport] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
    const shot = await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile: name === 'phone', hasTouch: name === 'phone' });
    const p = await shot.newPage();
    await p.goto(local(sitePaths.code(1006)), { waitUntil: 'networkidle' });
    const file = join(ARTIFACTS, `code-1006-${name}-${viewport.width}px.png`);
    await p.screenshot({ path: file });
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(`a code page at ${viewport.width} px: no horizontal scroll; screenshot ${file}`, overflow <= 0, `${overflow} px too wide`);
    await shot.close();
  }
  await weigh(browser, local(sitePaths.code(1006)));
}

/** The gzipped bytes a code page loads, fonts and the search index excluded; prefetches of other pages listed apart. */
async function weigh(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: LAPTOP });
  const page: Page = await context.newPage();
  const loads: { url: string; gzip: number; prefetch: boolean }[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(woff2?|ttf|otf)$/.test(path) || path.includes('/pagefind/')) return;
    // A prefetch of another page's chunk (config.ts turns the theme's off) would be counted apart.
    const prefetch = (r.request().resourceType() === 'other' && path.endsWith('.js')) || /prefetch/i.test(r.request().headers()['sec-purpose'] ?? '');
    // Weighed from the built file: a cancelled prefetch has no body to read.
    const file = join(DIST_DIR, path.slice(data.base.length) + (path.endsWith('/') ? 'index.html' : ''));
    loads.push({ url: path, gzip: gzipSync(readFileSync(file), { level: 9 }).length, prefetch });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  const needed = loads.filter((l) => !l.prefetch);
  const total = needed.reduce((n, l) => n + l.gzip, 0);
  for (const l of needed.sort((a, b) => b.gzip - a.gzip)) log(`  ${(l.gzip / 1024).toFixed(1).padStart(6)} KB  ${l.url}`);
  const prefetched = loads.filter((l) => l.prefetch);
  if (prefetched.length > 0) log(`  (prefetched for other pages, not counted: ${prefetched.length} files, ${(prefetched.reduce((n, l) => n + l.gzip, 0) / 1024).toFixed(1)} KB)`);
  check(`a code page weighs at most ${WEIGHT_BUDGET / 1024} KB gzipped, fonts and the search index excluded`, total <= WEIGHT_BUDGET, `${(total / 1024).toFixed(1)} KB in ${needed.length} files`);
  writeFileSync(join(ARTIFACTS, 'code-page-weight.json'), `${JSON.stringify({ url, totalGzipBytes: total, files: needed }, null, 2)}\n`);
}
