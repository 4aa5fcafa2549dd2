/**
 * On an iPhone in the browser (not from the Home Screen), the plan says the browser may delete it
 * after seven days and how to add Verder to the Home Screen. Chromium stands in for Safari here: it
 * gets an iPhone's user agent and Safari's `navigator.standalone`; the real WebKit suite runs on Linux.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, screensFor, type Language } from './screens';

const openPlan = (page: Page, language: Language) =>
  screensFor(language)
    .find((screen) => screen.name === 'plan')
    ?.open(page);

const iPhoneSafari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
/** The tip's heading as each language writes it today. */
const heading = (language: Language): string =>
  (JSON.parse(readFileSync(`locales/${language}/plan.json`, 'utf8')) as { homeScreen: { title: string } }).homeScreen
    .title;

for (const language of ['nl', 'ar'] as const) {
  test(`the plan on an iPhone in the browser shows the Home Screen tip, axe-clean, in ${language}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      userAgent: iPhoneSafari,
      hasTouch: true,
      isMobile: true,
      viewport: { width: 360, height: 740 },
    });
    await context.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: false }));
    const page = await context.newPage();
    await openApp(page, language);
    await openPlan(page, language);
    const tip = page.getByRole('heading', { name: heading(language) });
    await expect(tip).toBeVisible();
    await tip.scrollIntoViewIfNeeded();
    await page
      .locator('.home-screen-advice')
      .screenshot({ path: `test-results/screenshots/home-screen-tip-${language}.png` });
    const results = await new AxeBuilder({ page })
      .include('.home-screen-advice')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
}

test('the plan in an ordinary browser shows no Home Screen tip', async ({ page }) => {
  await openApp(page, 'nl');
  await openPlan(page, 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.home-screen-advice')).toHaveCount(0);
});
