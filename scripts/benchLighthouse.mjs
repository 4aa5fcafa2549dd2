// Lighthouse 12.2.3 mobile runs for `npm run bench`: a new visitor (empty browser) and a returning one
// (a warm-up visit first chose a language and let the service worker take control; Lighthouse then
// runs with disableStorageReset, so the worker, its caches and IndexedDB stay). Each target is run
// three times and the run with the median LCP is kept: single runs on a shared machine jump around.
// Both Lighthouse's simulated LCP (what the score uses) and the LCP the browser observed are kept,
// because the simulation models network requests a service worker answers without any network.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from './benchBrowser.mjs';

const benchLanguage = process.env.BENCH_LANG ?? 'nl-NL';
// BENCH_RUNS=1 for a quick look while working; the bench itself keeps three.
const runsPerTarget = Number(process.env.BENCH_RUNS ?? 3);
/** Lighthouse now and then misses the navigation's start on a loaded machine: such a run is redone. */
const retriedErrors = new Set(['NO_NAVSTART', 'NO_FCP', 'NO_LCP']);
const maxTries = 3;

/**
 * The returning visitor's first visit: the language choice, then Dutch chosen as a person would, until
 * the service worker controls the page and has kept the start page. For the static copy this only
 * warms the browser's HTTP cache, the same as it would for any returning visitor of a static site.
 */
async function warmUp(port, url) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const choice = await page.$('button.language-choice[lang="nl"]');
    if (choice) {
      // The app sets data-verder-ready on <html> once it has hydrated the prerendered page.
      await page.waitForSelector('html[data-verder-ready]');
      await choice.click();
      await page.waitForFunction(() => document.documentElement.lang === 'nl');
      await page.evaluate(() => navigator.serviceWorker.ready);
      // The start page is kept in the language chosen (src/sw.ts, KEEP_START_PAGE), also when the
      // worker activated after the choice (it then keeps it on activate).
      await page.waitForFunction(
        async () => Boolean(await (await caches.open('verder-pages')).match('/start/nl.html')),
        { polling: 200, timeout: 30_000 },
      );
      // The first visit is not controlled (no clients.claim); the next one is, as the person's next visit.
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('html[data-verder-ready]');
      const isControlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
      if (!isControlled) throw new Error('warm-up: the service worker did not take control');
      const screen = await page.$eval('#root', (root) => root.dataset.screen);
      if (screen !== 'home') throw new Error(`warm-up: the returning visit showed "${screen}", not the start screen`);
    }
    await page.close();
  } finally {
    await browser.disconnect();
  }
}

function summary(lhr) {
  const { categories, audits } = lhr;
  const observed = audits.metrics?.details?.items?.[0] ?? {};
  return {
    performance: categories.performance.score,
    accessibility: categories.accessibility.score,
    bestPractices: categories['best-practices'].score,
    lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
    observedLcpMs: Math.round(observed.observedLargestContentfulPaint ?? NaN),
    fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
    observedFcpMs: Math.round(observed.observedFirstContentfulPaint ?? NaN),
    tbtMs: Math.round(audits['total-blocking-time'].numericValue),
    cls: Math.round(audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
  };
}

/** One Lighthouse run in a browser of its own (a Dutch one: the same visitor for app and static copy). */
async function runOnce(url, returning) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumFlags, `--lang=${benchLanguage}`, `--accept-lang=${benchLanguage}`],
  });
  try {
    if (returning) await warmUp(chrome.port, url);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      disableStorageReset: returning,
    });
    // The whole report, for a look at what took the time (bench/lighthouse/ is not committed).
    mkdirSync('bench/lighthouse', { recursive: true });
    const name = `${new URL(url).port}-${returning ? 'returning' : 'new'}-${Date.now()}.json`;
    writeFileSync(`bench/lighthouse/${name}`, JSON.stringify(result?.lhr ?? {}));
    const error = result?.lhr.runtimeError?.code;
    if (error) return { error };
    return summary(result.lhr);
  } finally {
    await chrome.kill();
  }
}

async function runWithRetry(url, returning) {
  let last;
  for (let attempt = 0; attempt < maxTries; attempt += 1) {
    last = await runOnce(url, returning);
    if (!last.error) return last;
    console.warn(`Lighthouse ${url}: ${last.error}, trying again`);
    if (!retriedErrors.has(last.error)) break;
  }
  throw new Error(`Lighthouse ${url} failed: ${last.error}`);
}

const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The run with the median simulated LCP, the median observed LCP (of any run), and every run's LCPs. */
function median(runs) {
  const lcps = runs.map((run) => run.lcpMs);
  return {
    ...runs.find((run) => run.lcpMs === middle(lcps)),
    observedLcpMs: middle(runs.map((run) => run.observedLcpMs)),
    lcpMsRuns: lcps,
    observedLcpMsRuns: runs.map((run) => run.observedLcpMs),
  };
}

const ratio = (a, b) => Math.round((a / b) * 100) / 100;

/**
 * Asks each server for its page once before any run: a preview server's first answer is slow (tens
 * of ms while it warms up), and the static copy's server would otherwise pay that in its first run.
 */
export async function warmServers(...urls) {
  for (const url of urls) await (await fetch(url)).text();
}

/**
 * App and static copy, the same visitor, three runs each taken in turns (app, copy, app, …) so a
 * moment of load from other work on the machine falls on both. The ratios are issue 14's goal (≤ 1.1).
 */
export async function compare(appUrl, staticUrl, returning) {
  const appRuns = [];
  const staticRuns = [];
  await warmServers(appUrl, staticUrl);
  for (let run = 0; run < runsPerTarget; run += 1) {
    appRuns.push(await runWithRetry(appUrl, returning));
    staticRuns.push(await runWithRetry(staticUrl, returning));
  }
  const app = median(appRuns);
  const staticCopy = median(staticRuns);
  return {
    app,
    staticCopy,
    lcpRatio: ratio(app.lcpMs, staticCopy.lcpMs),
    observedLcpRatio: ratio(app.observedLcpMs, staticCopy.observedLcpMs),
  };
}
