import { expect, test } from '@playwright/test';
import { startOwnServer, waitForServiceWorkerControl, waitUntilLanguageKept } from './ownServer';
import { openMenuItem, screensFor } from './screens';
import { announcer } from './announced';

test('after the first visit every screen works with the network off and the server stopped', async ({
  context,
  page,
}) => {
  const server = await startOwnServer(4181);
  try {
    await page.goto(server.url);
    // First start: the person chooses a language, then lands on the start screen.
    await page.locator('button.language-choice[lang="nl"]').click();
    await expect(page.locator('h1')).toHaveText('Wat hierna komt, bepaal jij');
    await waitForServiceWorkerControl(page);
    // English is not in the first visit's precache: it is kept the moment someone chooses it.
    await page.locator('.language-switcher select').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await waitUntilLanguageKept(page, 'en');
    await page.locator('.language-switcher select').selectOption('nl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Wat hierna komt, bepaal jij');
  for (const screen of screensFor('nl')) await screen.open(page);

  await page.locator('.language-switcher select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const screen of screensFor('en')) await screen.open(page);

  // The choice survives a reload, still offline.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('What comes next is up to you');
});

test('a waiting new version is offered politely, and updates only when asked', async ({ page }) => {
  const server = await startOwnServer(4182);
  const { appendFileSync } = await import('node:fs');
  try {
    await page.goto(server.url);
    await page.locator('button.language-choice[lang="nl"]').click();
    await waitForServiceWorkerControl(page);
    await page.locator('.language-switcher select').focus();

    // Publish a "new version": any change to sw.js makes the browser install it and let it wait.
    appendFileSync(`${server.root}/sw.js`, '\n// next version\n');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.locator('.notice').filter({ hasText: 'nieuwe versie' });
    await expect(prompt).toBeVisible();
    // It does not take focus away from what the person was doing.
    await expect(page.locator('.language-switcher select')).toBeFocused();

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Nu bijwerken' }).click();
    await reloaded;
    await expect(page.locator('h1')).toHaveText('Wat hierna komt, bepaal jij');
    await expect(page.locator('.notice').filter({ hasText: 'nieuwe versie' })).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test.describe('languages without internet', () => {
  test('a language chosen online works offline; one never chosen says so and keeps the current one', async ({
    context,
    page,
  }) => {
    const server = await startOwnServer(4183);
    try {
      await page.goto(server.url);
      // Chosen on the very first visit, before the service worker controls the page.
      await page.locator('button.language-choice[lang="ro"]').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
      await waitForServiceWorkerControl(page);
    } finally {
      await server.close();
    }
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
    await page.locator('.language-switcher select').selectOption('nl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.locator('.language-switcher select').selectOption('ro');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ro');

    await page.locator('.language-switcher select').selectOption('th');
    await expect(page.locator('.language-switcher__error')).toBeVisible();
    await expect(announcer(page, 'assertive')).not.toBeEmpty();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
    await expect(page.locator('.language-switcher select')).toHaveValue('ro');
  });

  test('"make all languages available offline" shows progress, then every language works offline', async ({
    context,
    page,
  }) => {
    const server = await startOwnServer(4184);
    try {
      await page.goto(server.url);
      await page.locator('button.language-choice[lang="en"]').click();
      await waitForServiceWorkerControl(page);
      await openMenuItem(page, 'en', 'nav.settings');
      await expect(page.getByText('Needs internet once').first()).toBeVisible();
      await page.getByRole('button', { name: 'Make all languages available offline' }).click();
      await expect(page.getByText('10 of 10 languages')).toBeVisible();
      await expect(page.locator('main').getByText('All languages are now on this phone.')).toBeVisible();
      await expect(page.getByText('Needs internet once')).toHaveCount(0);
    } finally {
      await server.close();
    }
    await context.setOffline(true);
    await page.reload();
    for (const language of ['th', 'ar', 'bg', 'en']) {
      await page.locator('.language-switcher select').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    }
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.locator('.language-switcher select').selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
});
