// `npm run bench`: what a cheap phone on prepaid data feels. Prints and writes bench/results.json:
// gzip bytes of the first visit, and Lighthouse 12.2.3 mobile runs of the app and of a static HTML copy
// of its home screen, so LCP(app) / LCP(static) shows what the JavaScript costs. Times vary per machine,
// which is why they are measured here and not asserted in tests.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { chromiumFlags, chromiumPath, launchFlags, serve } from './benchBrowser.mjs';
import { auditContacts } from './contactsAudit.mjs';
import { budgetsKiB, measureBuild } from './measureBuild.mjs';
import { measureMoney } from './benchMoney.mjs';
import { measurePlan } from './benchPlan.mjs';
import { readabilityAll, targetWordsPerSentence } from './readability.mjs';

const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;

function buildApp() {
  const result = spawnSync('node_modules/.bin/vite', ['build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('build failed');
}

/**
 * The first screen as rendered by the app for a new visitor (the language choice; a returning visitor
 * sees the start screen, which has the same shell), without any script: the fastest it could be.
 */
async function makeStaticHome(appUrl, outDir) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: launchFlags });
  const page = await browser.newPage({ locale: 'nl-NL' });
  await page.goto(appUrl);
  await page.locator('h1').waitFor();
  const html = await page.evaluate(() => {
    document
      .querySelectorAll('script, link[rel="modulepreload"], link[rel="manifest"]')
      .forEach((node) => node.remove());
    return `<!doctype html>\n${document.documentElement.outerHTML}`;
  });
  await browser.close();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync('dist/assets', join(outDir, 'assets'), { recursive: true, filter: (path) => !path.endsWith('.js') });
  cpSync('dist/favicon.svg', join(outDir, 'favicon.svg'));
  cpSync('dist/icons', join(outDir, 'icons'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), html);
}

const benchLanguage = process.env.BENCH_LANG ?? 'nl-NL';

async function runLighthouse(url) {
  // A Dutch browser, as for the static copy (made with locale nl-NL): the same visitor on both sides.
  // (A first visit in a browser of another language gets the prerendered Dutch page first, and the
  // app then draws the language choice in that language: a later LCP, measured with --lang=en-US.)
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumFlags, `--lang=${benchLanguage}`, `--accept-lang=${benchLanguage}`],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const { categories, audits } = result.lhr;
    return {
      performance: categories.performance.score,
      accessibility: categories.accessibility.score,
      bestPractices: categories['best-practices'].score,
      lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(audits['total-blocking-time'].numericValue),
      cls: Math.round(audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
      fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
    };
  } finally {
    await chrome.kill();
  }
}

buildApp();
const sizes = measureBuild('dist');
const bytes = {
  initialJsKiB: kib(sizes.initialJs),
  cssKiB: kib(sizes.css),
  htmlKiB: kib(sizes.html),
  localesKiB: Object.fromEntries(Object.entries(sizes.locales).map(([language, size]) => [language, kib(size)])),
  precacheKiB: kib(sizes.precache),
  firstVisitWorstLanguageKiB: kib(sizes.firstVisitWorstLanguage),
  precacheEntries: sizes.precacheEntries,
  budgetsKiB,
};

const app = await serve('dist', 4173);
const staticDir = 'bench/static-home';
await makeStaticHome('http://127.0.0.1:4173/', staticDir);
const staticServer = await serve(staticDir, 4174);
let lighthouseResults;
let planResults;
let moneyResults;
try {
  planResults = await measurePlan('http://127.0.0.1:4173/');
  moneyResults = await measureMoney('http://127.0.0.1:4173/');
  const appScores = await runLighthouse('http://127.0.0.1:4173/');
  const staticScores = await runLighthouse('http://127.0.0.1:4174/');
  lighthouseResults = {
    version: '12.2.3',
    formFactor: 'mobile (simulated throttling)',
    app: appScores,
    staticHome: staticScores,
    lcpRatioAppToStatic: Math.round((appScores.lcpMs / staticScores.lcpMs) * 100) / 100,
  };
} finally {
  await app.close();
  await staticServer.close();
}

const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  bytes,
  lighthouse: lighthouseResults,
  plan: planResults,
  money: moneyResults,
  readability: { targetWordsPerSentence, perLanguage: readabilityAll() },
  // Contacts to re-check by hand: old, weakly sourced, or from the older coordinator directory.
  contactsToRecheck: await auditContacts(),
};
mkdirSync('bench', { recursive: true });
// Written as Prettier writes it, so `npm test`'s format check stays green after a benchmark run.
const resultsPath = 'bench/results.json';
writeFileSync(
  resultsPath,
  await format(JSON.stringify(results, null, 2), { ...(await resolveConfig(resultsPath)), filepath: resultsPath }),
);
console.log(JSON.stringify(results, null, 2));
