/**
 * The first screen is prerendered HTML (issue 14): painted before any JavaScript, hydrated without a
 * second render, served in the returning visitor's language by the service worker, and with a quick
 * exit that works before the app's JavaScript has loaded. None of it holds anything personal.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startOwnServer, waitForServiceWorkerControl } from './ownServer';
import { openMenuItem } from './screens';
import { addStep, openPlan } from './planHelpers';

const neutralSite = 'https://www.buienradar.nl/';
const read = (language: string, namespace: string) =>
  JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')) as Record<string, Record<string, string>>;
const chooseTitle = (language: string) => read(language, 'common').language?.chooseTitle ?? '';
const homeTitle = (language: string) => String(read(language, 'home').title);
/** The app's own entry script, as the built index.html names it. */
const mainBundle = /<meta name="verder-app" content="([^"]+)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];

/** Console errors and warnings, and uncaught errors: a hydration mismatch shows up as one of these. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // The preview server's Permissions-Policy names features this Chromium does not know: not the app's.
    if (message.text().startsWith('Error with Permissions-Policy header')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

const appReady = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-verder-ready', '');

/** A first visit that chooses `language`, until the service worker controls the page: a returning visitor. */
async function chooseAndReturn(page: Page, url: string, language: string): Promise<void> {
  await page.goto(url);
  await appReady(page);
  await page.locator(`button.language-choice[lang="${language}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await waitForServiceWorkerControl(page);
}

test.beforeEach(async ({ page }) => {
  await page.route('https://www.buienradar.nl/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><p>Het weer</p>' }),
  );
});

test('a new visitor gets the language choice in the HTML itself, painted with JavaScript off', async ({
  browser,
  request,
}) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain('<html lang="nl" dir="ltr">');
  expect(html).toContain('data-screen="language"');
  expect(html).toContain(chooseTitle('nl'));
  expect(html).toContain('العربية');

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText(chooseTitle('nl'));
  await expect(page.locator('button.language-choice')).toHaveCount(10);
  await expect(page.locator('.quick-exit')).toBeVisible();
  await context.close();
});

test('the app takes over the prerendered page as it is: the same nodes, no errors or warnings', async ({ page }) => {
  const problems = collectProblems(page);
  // Hold the app's script back until the prerendered heading has been marked.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**${mainBundle}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('h1')).toHaveText(chooseTitle('nl'));
  await page.evaluate(() => Object.assign(document.querySelector('h1') ?? {}, { prerendered: true }));
  release();
  await appReady(page);
  expect(
    await page.evaluate(() => (document.querySelector('h1') as { prerendered?: boolean } | null)?.prerendered),
  ).toBe(true);
  // A tap made before the app ran is not lost: it is given to the app once it runs.
  await page.locator('button.language-choice[lang="nl"]').click();
  await expect(page.locator('h1')).toHaveText(homeTitle('nl'));
  expect(problems).toEqual([]);
});

test.describe('on a phone', () => {
  // A touch screen: the bar's hint is "tap to leave" before and after hydration, as prerendered.
  test.use({ hasTouch: true, isMobile: true });

  test('a returning visitor in Arabic gets the start screen in Arabic from the service worker, without a shift', async ({
    page,
  }) => {
    const server = await startOwnServer(4185);
    try {
      await chooseAndReturn(page, server.url, 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

      const problems = collectProblems(page);
      const response = await page.reload();
      expect(response?.fromServiceWorker()).toBe(true);
      const html = (await response?.text()) ?? '';
      expect(html).toContain('<html lang="ar" dir="rtl">');
      expect(html).toContain('data-screen="home"');
      expect(html).toContain(homeTitle('ar'));
      await appReady(page);
      await expect(page.locator('h1')).toHaveText(homeTitle('ar'));
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shift).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

test.describe('quick exit before the app has loaded', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(`**${mainBundle}`, (route) => route.abort());
  });

  test('a tap on the bar replaces the page: Back does not bring Verder back', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText(chooseTitle('nl'));
    const before = await page.evaluate(() => history.length);
    await page.locator('.quick-exit').click();
    await page.waitForURL(neutralSite);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.goBack();
    expect(page.url()).not.toContain('127.0.0.1');
  });

  test('Shift three times leaves too, and an old entry reached with Back goes on to the neutral site', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText(chooseTitle('nl'));
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await page.waitForURL(neutralSite);
    await page.goBack();
    expect(page.url()).not.toContain('127.0.0.1');
  });
});

test('Shift three times turned off in Settings is honoured before the app has loaded, while the bar still leaves', async ({
  page,
}) => {
  const server = await startOwnServer(4187);
  let isServing = true;
  try {
    await chooseAndReturn(page, server.url, 'en');
    await openMenuItem(page, 'en', 'nav.settings');
    await page.getByRole('checkbox', { name: 'Leave Verder when I press Shift three times' }).uncheck();
    await expect(page.locator('#screen').getByText('Saved.')).toBeVisible();

    // From now on the app's script never arrives: only the prerendered page and the first script run.
    // The worker would serve it from its cache (page.route does not see that), so it leaves the cache
    // and the server stops.
    const bundle = String(mainBundle);
    await page.evaluate(async (path) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const key of await cache.keys()) if (new URL(key.url).pathname === path) await cache.delete(key);
      }
    }, bundle);
    await server.close();
    isServing = false;
    const appFailed = page.waitForEvent('requestfailed', (request) => new URL(request.url()).pathname === bundle);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await appFailed;
    expect(await response?.text()).toContain('<html data-verder-shift-exit-off lang="en"');
    await expect(page.locator('h1')).toHaveText(homeTitle('en'));
    await expect(page.locator('html')).not.toHaveAttribute('data-verder-ready');
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    // A counted third press would have hidden the page at once, in its keyup (before it leaves).
    expect(await page.evaluate(() => document.documentElement.classList.contains('is-exiting'))).toBe(false);
    expect(page.url()).toBe(server.url);
    await expect(page.locator('h1')).toHaveText(homeTitle('en'));

    await page.locator('.quick-exit').click();
    await page.waitForURL(neutralSite);
  } finally {
    if (isServing) await server.close();
  }
});

test('nothing personal in any prerendered page or kept page', async ({ page, request }) => {
  const secret = 'Afspraak bij de tandarts om 11:40';
  const server = await startOwnServer(4186);
  try {
    await page.goto(server.url);
    await appReady(page);
    await page.locator('button.language-choice[lang="en"]').click();
    await waitForServiceWorkerControl(page);
    await openPlan(page);
    await addStep(page, secret);
    await page.reload();
    await appReady(page);
    const kept = await page.evaluate(async () => {
      const pages: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const key of await cache.keys()) {
          const response = await cache.match(key);
          if (response?.headers.get('content-type')?.includes('text/html')) pages.push(await response.text());
        }
      }
      return pages;
    });
    expect(kept.length).toBeGreaterThan(0);
    for (const html of kept) expect(html).not.toContain(secret);
  } finally {
    await server.close();
  }
  for (const path of ['/', '/start/en.html', '/start/nl.html', '/language/en.html']) {
    expect(await (await request.get(path)).text()).not.toContain(secret);
  }
});
