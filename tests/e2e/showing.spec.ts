/**
 * "Showing someone" mode in a real browser: nothing of the person shown stays on the phone, two
 * languages side by side pass axe, the QR code decodes to the app's address, and it all works offline.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { startOwnServer, waitForServiceWorkerControl } from './ownServer';
import { openApp, openMenuItem, screensFor, type Language } from './screens';

type Texts = Record<string, Record<string, string>>;
const read = (language: Language, namespace: string) =>
  JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')) as Texts;
const showing = (language: Language) => read(language, 'showing');
const nativeName = { nl: 'Nederlands', en: 'English', ar: 'العربية', th: 'ไทย', pl: 'Polski' } as const;

async function startShowing(page: Page, language: Language): Promise<void> {
  await openMenuItem(page, language, 'nav.settings');
  await page.getByRole('button', { name: showing(language).settings?.start }).click();
  await expect(page.getByRole('region', { name: showing(language).bar?.label })).toBeVisible();
  // Entering keeps every language for use without internet, with progress shown.
  await expect(page.getByText(showing(language).settings?.prepared ?? '')).toBeVisible({ timeout: 60_000 });
}

function bar(page: Page, language: Language) {
  return page.getByRole('region', { name: showing(language).bar?.label });
}

async function chooseSecondLanguage(page: Page, language: Language, second: keyof typeof nativeName) {
  const tools = bar(page, language);
  await tools.getByRole('button', { name: new RegExp(`^${showing(language).bar?.secondLanguage}`) }).click();
  await tools.getByRole('button', { name: nativeName[second], exact: true }).click();
  await expect(
    tools.getByRole('button', { name: `${showing(language).bar?.secondLanguage}: ${nativeName[second]}` }),
  ).toBeVisible();
}

/**
 * Everything this origin keeps that could be personal: every IndexedDB database with every record,
 * localStorage, and the Cache Storage caches that are not app files. The service worker's precache,
 * the language-file cache and workbox's expiry times for it hold only Verder's own files, which
 * entering the mode downloads on purpose; of those only the names of the caches are compared.
 */
function dumpStorage(page: Page) {
  return page.evaluate(async () => {
    const appFileCaches = /^(workbox-precache|verder-languages)/;
    const appFileDatabases = new Set(['workbox-expiration']);
    const databases: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name || appFileDatabases.has(info.name)) continue;
      const name = info.name;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const storeName of [...db.objectStoreNames]) {
        stores[storeName] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      databases[name] = stores;
    }
    const local = Object.fromEntries(Object.entries(localStorage));
    const cacheNames = await caches.keys();
    const personalCaches: Record<string, string[]> = {};
    for (const cacheName of cacheNames.filter((name) => !appFileCaches.test(name))) {
      personalCaches[cacheName] = (await (await caches.open(cacheName)).keys()).map((request) => request.url).sort();
    }
    return {
      databases,
      local,
      session: Object.fromEntries(Object.entries(sessionStorage)),
      personalCaches,
      appFileCacheNames: cacheNames.filter((name) => appFileCaches.test(name) && name.startsWith('workbox')).sort(),
    };
  });
}

test('nothing typed or chosen while showing someone stays on the phone', async ({ page }) => {
  await openApp(page, 'nl');
  // The worker's own check answers, stored before the mode, must come back untouched.
  await openMenuItem(page, 'nl', 'nav.check');
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await page.getByLabel('Ik denk soms aan minder werken of stoppen', { exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  for (let question = 2; question <= 8; question++) {
    await page.getByRole('button', { name: 'Sla deze vraag over' }).click();
  }
  await page.getByRole('button', { name: 'Bewaar mijn antwoorden op deze telefoon' }).click();
  await expect.poll(async () => JSON.stringify((await dumpStorage(page)).databases)).toContain('considering');
  const before = await dumpStorage(page);
  expect(JSON.stringify(before.databases)).toContain('"language","value":"nl"');

  await startShowing(page, 'nl');
  // The check in the mode starts empty: the worker's answers are not shown to the person.
  await openMenuItem(page, 'nl', 'nav.check');
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await page.getByLabel('Ik doe sekswerk en denk niet aan stoppen', { exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Ander werk of inkomen', { exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.locator('.language-switcher select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await chooseSecondLanguage(page, 'en', 'ar');
  await bar(page, 'en').getByRole('button', { name: 'Text size: 100%' }).click();
  await bar(page, 'en').getByRole('button', { name: 'Stop showing' }).click();

  await expect(bar(page, 'nl')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(await dumpStorage(page)).toEqual(before);
  // After a reload (which always leaves the mode) the worker's own language and answers are there.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(await dumpStorage(page)).toEqual(before);
});

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const [first, second] of [
  ['nl', 'ar'],
  ['ar', 'nl'],
] as const) {
  test(`side by side in ${first} and ${second}: own lang and dir per column, axe clean, fits a phone`, async ({
    page,
  }) => {
    // Seven screens with axe each, twice the text per screen: slow on a busy two-core machine.
    test.setTimeout(360_000);
    await openApp(page, first);
    await startShowing(page, first);
    await chooseSecondLanguage(page, first, second);
    const visits = screensFor(first).filter((visit) =>
      ['home', 'topic-stopping-housing', 'guide-control', 'check-intro', 'contacts', 'safety', 'about'].includes(
        visit.name,
      ),
    );
    const firstDir = first === 'ar' ? 'rtl' : 'ltr';
    const secondDir = second === 'ar' ? 'rtl' : 'ltr';
    for (const visit of visits) {
      await visit.open(page);
      const copy = page.locator('section.column--copy');
      await expect(copy).toHaveAttribute('lang', second);
      await expect(copy).toHaveAttribute('dir', secondDir);
      await expect(page.locator('.columns--two > .column').first()).toHaveAttribute('lang', first);
      await expect(page.locator('.columns--two > .column').first()).toHaveAttribute('dir', firstDir);
      await expect(copy.getByRole('heading', { level: 1 })).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, 0));
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(
        results.violations.map(
          (violation) => `${visit.name}: ${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
        ),
      ).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ screen: visit.name, overflow }).toEqual({ screen: visit.name, overflow: 0 });
    }

    await visits[0]?.open(page);
    await page.screenshot({ path: `test-results/showing/${first}-${second}-home-360x740.png`, fullPage: true });
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({ path: `test-results/showing/${first}-${second}-home-768x1024.png`, fullPage: true });
    await visits[1]?.open(page);
    await page.screenshot({ path: `test-results/showing/${first}-${second}-topic-768x1024.png`, fullPage: true });
    // The check takes answers in the first column; the copy shows the same question to read along.
    await screensFor(first)
      .find((visit) => visit.name === 'check-intro')
      ?.open(page);
    await page.getByRole('button', { name: read(first, 'check').intro?.start }).click();
    const firstChoice = page.locator('.columns--two > .column').first().locator('input').first();
    await firstChoice.check();
    await expect(page.locator('section.column--copy input').first()).toBeChecked();
    await expect(page.locator('section.column--copy input').first()).toBeDisabled();
    await page.screenshot({ path: `test-results/showing/${first}-${second}-check-768x1024.png`, fullPage: true });

    // The largest text still fits a 360 px phone without sideways scrolling.
    await page.setViewportSize({ width: 360, height: 740 });
    const textSize = bar(page, first).getByRole('button', {
      name: new RegExp(showing(first).bar?.textSize?.split(':')[0] ?? ''),
    });
    await textSize.click();
    await textSize.click();
    await expect(page.locator('html')).toHaveClass(/text-scale-160/);
    for (const visit of visits.slice(0, 3)) {
      await visit.open(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ screen: visit.name, overflow }).toEqual({ screen: visit.name, overflow: 0 });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/showing/${first}-${second}-guide-360x740-160.png` });
  });
}

test('the QR code holds exactly the app’s address', async ({ page, baseURL }) => {
  await openApp(page, 'en');
  await startShowing(page, 'en');
  await bar(page, 'en').getByRole('button', { name: 'Take Verder home' }).click();
  const code = page.getByRole('img', { name: 'QR code with the address of Verder' });
  await expect(code).toBeVisible();
  await expect(
    page.getByText('This code holds only the address of this app. It holds nothing about you.'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/showing/en-qr-360x740.png', fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  // Drawn into a canvas in the page from the SVG's own path, then decoded here.
  const image = await code.evaluate((svg) => {
    const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
    const scale = 8;
    const canvas = document.createElement('canvas');
    canvas.width = size * scale;
    canvas.height = size * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.fillStyle = '#000000';
    context.fill(new Path2D(svg.querySelector('path')?.getAttribute('d') ?? ''));
    const data = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, pixels: [...data.data] };
  });
  const decoded = jsQR(Uint8ClampedArray.from(image.pixels), image.width, image.height);
  expect(decoded?.data).toBe(new URL('/', baseURL).href);
});

test('after entering the mode online, it works with the network off, also in a language not used before', async ({
  context,
  page,
}) => {
  const server = await startOwnServer(4230);
  try {
    await page.goto(server.url);
    await page.locator('button.language-choice[lang="nl"]').click();
    // Controlled before the mode starts (a reload always leaves it): now the service worker serves the app.
    await waitForServiceWorkerControl(page);
    await startShowing(page, 'nl');
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  await chooseSecondLanguage(page, 'nl', 'th');
  for (const visit of screensFor('nl').filter((candidate) =>
    ['home', 'phase-stopping', 'guides', 'guide-social-assistance', 'contacts', 'about', 'safety'].includes(
      candidate.name,
    ),
  )) {
    await visit.open(page);
    await expect(page.locator('section.column--copy[lang="th"]').getByRole('heading', { level: 1 })).toBeVisible();
  }
  await chooseSecondLanguage(page, 'nl', 'pl');
  await expect(page.locator('section.column--copy[lang="pl"]').getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('.language-switcher select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('answering on your own in Thai beside Dutch: no answer on screen while answering, the result only when chosen, nothing stored', async ({
  page,
}) => {
  const check = (language: Language) => read(language, 'check') as unknown as Record<string, Record<string, string>>;
  const th = check('th');
  await openApp(page, 'nl');
  await startShowing(page, 'nl');
  await chooseSecondLanguage(page, 'nl', 'th');
  const before = await dumpStorage(page);

  await openMenuItem(page, 'nl', 'nav.check');
  await page.getByRole('link', { name: check('nl').handOver?.entry }).click();
  await page.getByRole('button', { name: check('nl').handOver?.start }).click();

  // The questions are in the person's language, right to left where it applies, and each tap moves on.
  const main = page.getByRole('main');
  await expect(main.locator('[lang="th"]').first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('hand-over-th-beside-nl.png') });
  const firstChoice = main.locator('.hand-over__choice').first();
  const chosenText = await firstChoice.innerText();
  await firstChoice.click();
  await expect(main.getByText(chosenText, { exact: true })).toHaveCount(0);
  await expect(main.locator('[aria-pressed="true"], input:checked')).toHaveCount(0);
  // Skip the rest, as a person may.
  while (await main.getByRole('button', { name: th.nav?.skip, exact: true }).isVisible()) {
    await main.getByRole('button', { name: th.nav?.skip, exact: true }).click();
  }
  await expect(main.getByRole('heading', { name: th.handOver?.doneHeading })).toBeVisible();
  await expect(main.getByRole('heading', { name: th.result?.heading })).toHaveCount(0);

  await main.getByRole('button', { name: th.handOver?.see }).click();
  await expect(main.getByRole('heading', { name: th.result?.heading })).toBeVisible();
  await main.getByRole('button', { name: th.handOver?.clearAndGiveBack }).click();
  await expect(main.getByRole('heading', { name: th.handOver?.giveBack })).toBeVisible();
  await expect(main.getByRole('heading', { name: th.result?.heading })).toHaveCount(0);

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  expect(await dumpStorage(page)).toEqual(before);
});
