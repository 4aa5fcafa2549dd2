import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { languages, openApp, screensFor } from './screens';

test('a click-through of every screen talks to the app’s own origin only', async ({ context, page }) => {
  const foreign: string[] = [];
  const seen: string[] = [];
  // Context level also sees what the service worker fetches.
  context.on('request', (request) => {
    const url = new URL(request.url());
    seen.push(url.href);
    if (url.origin !== baseURL && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(url.href);
  });
  for (const language of languages) {
    await openApp(page, language);
    for (const screen of screensFor(language)) await screen.open(page);
  }
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  expect(seen.length).toBeGreaterThan(3);
  expect(foreign).toEqual([]);
});

test('no cookies are set and nothing but settings is stored', async ({ context, page }) => {
  await openApp(page, 'en');
  for (const screen of screensFor('en')) await screen.open(page);
  expect(await context.cookies()).toEqual([]);
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(storage).toEqual({ local: 0, session: 0 });
});
