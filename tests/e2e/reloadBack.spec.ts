/**
 * A reload on a deeper screen (a topic, My plan) happens on the Back guard's entry. Verder then starts
 * on the start screen; Back must still leave with one press, and going deeper again must not add a
 * second guard: the browser keeps at most one extra Verder entry.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForApp } from './screens';

type Texts = Record<string, Record<string, string>>;
const read = (namespace: string) => JSON.parse(readFileSync(`locales/en/${namespace}.json`, 'utf8')) as Texts;
const nav = read('common').nav as Record<string, string>;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const bar = (page: Page) => page.getByRole('navigation', { name: nav.label });
const historyLength = (page: Page) => page.evaluate(() => history.length);

async function openTopic(page: Page) {
  const phases = read('phases');
  const explore = read('explore') as unknown as { domains: Record<string, { title: string }> };
  await page.getByRole('link', { name: new RegExp(`^${phases.working?.title}`) }).click();
  await page.getByRole('link', { name: new RegExp(`^${explore.domains.health?.title}`) }).click();
  await expect(h1(page)).toHaveText(explore.domains.health?.title ?? '');
}

async function reloadOnStart(page: Page) {
  await page.reload();
  await waitForApp(page);
  await expect(h1(page)).toHaveText(read('home').title as unknown as string);
}

for (const [where, open] of [
  ['a topic', openTopic],
  [
    'My plan',
    async (page: Page) => {
      await bar(page).getByRole('link', { name: nav.plan, exact: true }).click();
      await expect(h1(page)).toHaveText(read('plan').title as unknown as string);
    },
  ],
] as const) {
  test(`after a reload on ${where}, one Back leaves Verder and the history holds one extra entry at most`, async ({
    page,
  }) => {
    await page.goto('about:blank');
    await openApp(page, 'en');
    const lengthAtStart = await historyLength(page);
    await open(page);
    await reloadOnStart(page);
    expect(await historyLength(page)).toBeLessThanOrEqual(lengthAtStart + 1);
    // Deeper again, then Back to the start screen: still one extra entry at most.
    await openTopic(page);
    expect(await historyLength(page)).toBeLessThanOrEqual(lengthAtStart + 1);
    await page.goBack();
    await page.goBack();
    await expect(h1(page)).toHaveText(read('home').title as unknown as string);
    expect(await historyLength(page)).toBeLessThanOrEqual(lengthAtStart + 1);
    await page.goBack();
    await expect(page).toHaveURL('about:blank');
  });
}

test('after a reload on a deeper screen, Back on the start screen leaves at once', async ({ page }) => {
  await page.goto('about:blank');
  await openApp(page, 'en');
  await openTopic(page);
  await reloadOnStart(page);
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});
