// The first-screen timing of `npm run bench` in WebKit (many Dutch phones are iPhones): first
// contentful paint, and largest contentful paint where this WebKit reports it, of the app and of the
// static copy, for a new and a returning visitor. Debian's WebKitWebDriver (MiniBrowser) under
// xvfb-run, driven by WebdriverIO as in tests/webkit/session.ts. No throttling exists here, so the
// times are a fast desktop's, short and noisy: the ratio says more than the milliseconds. Median of 3.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remote } from 'webdriverio';
import { warmServers } from './benchLighthouse.mjs';

// BENCH_RUNS=1 for a quick look while working; the bench itself keeps three.
const runs = Number(process.env.BENCH_RUNS ?? 3);

/** WebKitWebDriver in a virtual display, in its own process group so it stops with everything it started. */
async function startDriver(port, home) {
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
    // A home of its own (nothing touches the real one) and the C locale: MiniBrowser then starts in Dutch.
    env: {
      ...process.env,
      HOME: home,
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CACHE_HOME: join(home, 'cache'),
      LANG: 'C.UTF-8',
    },
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return driver;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-driver.pid, 'SIGTERM');
  throw new Error('WebKitWebDriver did not start');
}

/** Every session starts a MiniBrowser with fresh website data: a new phone. */
function openBrowser(port) {
  return remote({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: { browserName: 'MiniBrowser', 'wdio:enforceWebDriverClassic': true },
  });
}

/** FCP and LCP of the page just loaded, read once the app (if any) has hydrated. */
function paintTimes(browser) {
  return browser.executeAsync((done) => {
    const supported = PerformanceObserver.supportedEntryTypes ?? [];
    const hasLcp = supported.includes('largest-contentful-paint');
    const lcp = [];
    if (hasLcp)
      new PerformanceObserver((list) => lcp.push(...list.getEntries())).observe({
        type: 'largest-contentful-paint',
        buffered: true,
      });
    const isApp = document.querySelector('meta[name="verder-app"]') !== null;
    const started = performance.now();
    const check = () => {
      const isReady = !isApp || document.documentElement.hasAttribute('data-verder-ready');
      if ((!isReady || performance.now() - started < 500) && performance.now() - started < 15_000) {
        setTimeout(check, 50);
        return;
      }
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      done({
        fcpMs: fcp ? Math.round(fcp.startTime) : null,
        lcpMs: lcp.length > 0 ? Math.round(lcp[lcp.length - 1].startTime) : null,
        screen: document.getElementById('root')?.dataset.screen ?? null,
        hasLcp,
      });
    };
    check();
  });
}

/** A returning visitor's first visit: Dutch chosen, the worker in control and the start page kept. */
async function warmUp(browser, url) {
  await browser.url(url);
  const choice = await browser.$('button.language-choice[lang="nl"]');
  if (!(await choice.isExisting())) return;
  await browser.$('html[data-verder-ready]').waitForExist({ timeout: 20_000 });
  await choice.click();
  await browser.waitUntil(
    () =>
      browser.executeAsync((done) => {
        navigator.serviceWorker.ready
          .then(() => caches.open('verder-pages'))
          .then((cache) => cache.match('/start/nl.html'))
          .then((kept) => done(Boolean(kept)))
          .catch(() => done(false));
      }),
    { timeout: 30_000, interval: 300, timeoutMsg: 'WebKit warm-up: the start page was not kept' },
  );
}

async function measureOne(port, url, returning) {
  const browser = await openBrowser(port);
  try {
    await browser.setWindowSize(360, 800);
    // The browser's own start-up (its web process) is not the page's: a blank page first.
    await browser.url('about:blank');
    if (returning) {
      await warmUp(browser, url);
      // The next visit is the controlled one (no clients.claim); the one after it is measured.
      await browser.url(url);
      await browser
        .$('html[data-verder-ready]')
        .waitForExist({ timeout: 20_000 })
        .catch(() => undefined);
    }
    await browser.url(url);
    return await paintTimes(browser);
  } finally {
    await browser.deleteSession();
  }
}

const median = (values) => {
  const known = values.filter((value) => value !== null).sort((a, b) => a - b);
  return known.length > 0 ? known[Math.floor(known.length / 2)] : null;
};
const ratio = (a, b) => (a !== null && b !== null && b > 0 ? Math.round((a / b) * 100) / 100 : null);

async function medianOf(port, url, returning) {
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await measureOne(port, url, returning));
  return {
    fcpMs: median(results.map((result) => result.fcpMs)),
    lcpMs: median(results.map((result) => result.lcpMs)),
    fcpMsRuns: results.map((result) => result.fcpMs),
    screens: [...new Set(results.map((result) => result.screen))],
    // WebKitGTK 2.50 reports no largest-contentful-paint entries: FCP is then the measure.
    lcpSupported: results.some((result) => result.hasLcp),
  };
}

async function compare(port, appUrl, staticUrl, returning) {
  await warmServers(appUrl, staticUrl);
  const app = await medianOf(port, appUrl, returning);
  const staticCopy = await medianOf(port, staticUrl, returning);
  return {
    app,
    staticCopy,
    fcpRatio: ratio(app.fcpMs, staticCopy.fcpMs),
    lcpRatio: ratio(app.lcpMs, staticCopy.lcpMs),
  };
}

/** urls: { app, new, returning } (the two static copies); driverPort: a free port for WebKitWebDriver. */
export async function measureWebKit(urls, driverPort) {
  const hasDriver = ['WebKitWebDriver', 'xvfb-run'].every(
    (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0,
  );
  if (!hasDriver) return { skipped: 'WebKitWebDriver or xvfb-run not installed (webkit2gtk-driver, xvfb)' };
  const home = mkdtempSync(join(tmpdir(), 'verder-bench-webkit-'));
  const driver = await startDriver(driverPort, home);
  try {
    const version = spawnSync('dpkg-query', ['-W', '-f', '${Version}', 'webkit2gtk-driver'], { encoding: 'utf8' });
    return {
      engine: `webkit2gtk-driver ${version.stdout.trim() || 'unknown version'}`,
      note: 'no throttling: a fast desktop, short and noisy times; median of 3',
      newVisitor: await compare(driverPort, urls.app, urls.new, false),
      returningVisitor: await compare(driverPort, urls.app, urls.returning, true),
    };
  } finally {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    rmSync(home, { recursive: true, force: true });
  }
}
