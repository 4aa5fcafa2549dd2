import { expect, test } from '@playwright/test';
import { openApp, openMenuItem, screensFor } from './screens';
import { announcer } from './announced';

const neutralSite = 'https://www.buienradar.nl/';

test.beforeEach(async ({ page }) => {
  // The sandbox has no internet: stand in for the neutral site so the landing can be checked.
  await page.route('https://www.buienradar.nl/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><p>Het weer</p>' }),
  );
});

test.describe('quick exit', () => {
  test('the button is the first keyboard stop and leaves for the neutral site', async ({ page }) => {
    await openApp(page, 'nl');
    // A fresh load, as when someone opens Verder: nothing has moved focus yet.
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    // Once the app has taken over the prerendered page (a Tab before that: the next test).
    await expect(page.locator('html')).toHaveAttribute('data-verder-ready', '');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /Snel weg/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL(neutralSite);
    expect(page.url()).toBe(neutralSite);
  });

  for (const locale of ['en-GB', 'ar']) {
    test(`a Tab pressed before the app has started keeps its place when the screen is drawn afresh in the browser's language (${locale})`, async ({
      browser,
    }) => {
      // A first visit from a browser that does not speak Dutch: the prerendered page is Dutch, and the
      // app draws it again in English or Arabic. Slowed, so the Tab surely comes before the app.
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.goto('/', { waitUntil: 'commit' });
      await expect(page.locator('h1')).toBeVisible();
      expect(await page.locator('html').getAttribute('data-verder-ready')).toBeNull();
      await page.keyboard.press('Tab');
      await expect(page.locator('.quick-exit')).toBeFocused();
      await expect(page.locator('html')).toHaveAttribute('data-verder-ready', '', { timeout: 10_000 });
      await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
      // The button is the app's own now (its words are in the new language), and it still has focus.
      await expect(page.locator('.quick-exit')).toBeFocused();
      await expect(page.locator('.quick-exit')).not.toContainText('Snel weg');
      await page.keyboard.press('Tab');
      await expect(page.locator('body')).not.toBeFocused();
      await context.close();
    });
  }

  test('pressing Shift three times leaves from any screen', async ({ page }) => {
    await openApp(page, 'en');
    await screensFor('en')[3]?.open(page);
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await page.waitForURL(neutralSite);
  });

  test('Shift+Tab three times does not leave, and the bar counts lone Shift presses', async ({ page }) => {
    await openApp(page, 'en');
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift');
    const bar = page.getByRole('button', { name: /^Quick exit/ });
    await expect(bar).toContainText('Shift: 2 more presses to leave');
    await expect(announcer(page, 'assertive')).toHaveText('Shift: 2 more presses to leave');
    // The count ends when the first press is five seconds old.
    await expect(bar).toContainText('or press Shift 3 times', { timeout: 8000 });
    expect(page.url()).toContain('127.0.0.1');
  });

  test('with Shift turned off in Settings, three presses stay in Verder and the bar no longer mentions Shift', async ({
    page,
  }) => {
    await openApp(page, 'en');
    await openMenuItem(page, 'en', 'nav.settings');
    await page.getByRole('checkbox', { name: 'Leave Verder when I press Shift three times' }).uncheck();
    await expect(page.locator('#screen').getByText('Saved.')).toBeVisible();
    await expect(announcer(page)).toHaveText('Saved.');
    const bar = page.getByRole('button', { name: /^Quick exit/ });
    await expect(bar).not.toContainText('Shift');
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await page.reload();
    await expect(page.locator('h1')).toBeVisible();
    await expect(bar).toHaveText('Quick exit');
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    await expect(page.locator('h1')).toBeVisible();
    expect(page.url()).toContain('127.0.0.1');
  });

  test('on a touch screen the bar says "tap to leave", and a tap leaves', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.route('https://www.buienradar.nl/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><p>Het weer</p>' }),
    );
    await openApp(page, 'en');
    const bar = page.getByRole('button', { name: /^Quick exit/ });
    await expect(bar).toContainText('tap to leave at once');
    await expect(bar).not.toContainText('Shift');
    await bar.tap();
    await page.waitForURL(neutralSite);
    await context.close();
  });

  test('Back after quick exit does not return to Verder', async ({ page }) => {
    await page.goto('about:blank');
    await openApp(page, 'nl');
    await page.getByRole('button', { name: /Snel weg/ }).click();
    await page.waitForURL(neutralSite);
    await page.goBack();
    expect(page.url()).not.toContain('127.0.0.1');
  });

  test('moving between every screen adds one history entry at most (the Back guard), and the title stays neutral', async ({
    page,
  }) => {
    await openApp(page, 'nl');
    const before = await page.evaluate(() => history.length);
    for (const screen of screensFor('nl')) {
      await screen.open(page);
      expect(await page.title()).toBe('Verder');
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 1);
    }
    // Back on the start screen leaves Verder: no guard is left there.
    await screensFor('nl')[0]?.open(page);
    expect(await page.evaluate(() => (history.state as Record<string, unknown> | null)?.verderGuard)).toBeUndefined();
  });

  test('every screen shows the quick-exit button', async ({ page }) => {
    await openApp(page, 'en');
    for (const screen of screensFor('en')) {
      await screen.open(page);
      await expect(page.getByRole('button', { name: /Quick exit/ })).toBeInViewport();
    }
  });
});
