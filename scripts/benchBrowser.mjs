// What every browser benchmark shares: Debian's Chromium with the same flags, a preview server for a
// build, a fresh English visitor, seeding the vault as stored rows, timing a tap until something is on
// screen, and writing one part of bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { preview } from 'vite';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** For Playwright's launch, which adds its own headless flag. */
export const launchFlags = chromiumFlags.slice(1);
export const round = (value) => Math.round(value);

export function serve(outDir, port) {
  return preview({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
}

/**
 * Until the app has hydrated the page: the first screen is prerendered HTML (an h1 is there before
 * any JavaScript), and the app marks <html data-verder-ready> once it has taken it over.
 */
export function appReady(page) {
  return page.locator('html[data-verder-ready]').waitFor({ state: 'attached' });
}

/** Opens the app as someone new and chooses English, so every label the walk looks for is known. */
export async function openAsNewVisitor(page, appUrl) {
  await page.goto(appUrl);
  await appReady(page);
  await page.locator('button.language-choice[lang="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('h1').waitFor();
}

/**
 * Writes rows straight into the vault's store, as the app (or an older version of it) would have
 * left them, then reloads so the app reads them as on any later visit.
 */
export async function putVaultRows(page, rows) {
  await page.evaluate(async (rows) => {
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open('verder');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = database.transaction('planItems', 'readwrite').objectStore('planItems');
    for (const row of rows) store.put(row);
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    database.close();
  }, rows);
  await page.reload();
  await appReady(page);
  await page.locator('h1').waitFor();
}

/**
 * Taps the link whose text is `label` (inside `within`) and waits, inside the page, until `count`
 * elements match `shown`: the time a person waits from tap to the screen with their things on it.
 */
export function timeTapUntilShown(page, { label, within = 'a', shown, count = 1 }) {
  return page.evaluate(
    async ({ label, within, shown, count }) => {
      const link = [...document.querySelectorAll(within)].find((anchor) => anchor.textContent === label);
      const start = performance.now();
      link.click();
      await new Promise((resolve) => {
        const check = () =>
          document.querySelectorAll(shown).length >= count ? resolve() : requestAnimationFrame(check);
        check();
      });
      return performance.now() - start;
    },
    { label, within, shown, count },
  );
}

/** Cold, then the median and worst of five warm runs, as written to bench/results.json. */
export function summarise(cold, warm, targetMs) {
  const sorted = [...warm].sort((a, b) => a - b);
  return { cold: round(cold), warmMedian: round(sorted[2]), warmWorst: round(sorted[4]), targetMs };
}

/** Replaces one part of bench/results.json, written as Prettier writes it so the format check stays green. */
export async function writeResultsPart(key, value) {
  const resultsPath = 'bench/results.json';
  const results = JSON.parse(readFileSync(resultsPath, 'utf8'));
  results[key] = { measuredAt: new Date().toISOString(), ...value };
  writeFileSync(
    resultsPath,
    await format(JSON.stringify(results, null, 2), { ...(await resolveConfig(resultsPath)), filepath: resultsPath }),
  );
}
