/**
 * What the start screen offers first (the usability walk-through: "too much reflect before help"):
 * the one-line promise, then "Need help now?" with 112, 113, De Luisterlijn and one tap to Find help,
 * and only then the four phases. The first visit's language choice shows the same promise, so a
 * new visitor learns what Verder is before choosing anything.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allLanguages, openApp, waitForApp, type Language } from './screens';

type Texts = Record<string, unknown>;
const text = (language: Language, namespace: string, key: string): string => {
  const file = JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')) as Texts;
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], file);
  if (typeof value !== 'string') throw new Error(`No text at ${namespace}:${key}`);
  return value;
};
const promise = (language: Language) =>
  text(language, 'home', 'promise').replace('{{exit}}', text(language, 'common', 'quickExit.label'));

/** Where an element starts in the page's reading order (its index among all elements). */
async function orderOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => [...document.querySelectorAll('*')].indexOf(element));
}

async function expectInOrder(page: Page, steps: [string, Locator][]) {
  const seen: [string, number][] = [];
  for (const [name, locator] of steps) {
    await expect(locator, name).toBeVisible();
    seen.push([name, await orderOf(locator)]);
  }
  const sorted = [...seen].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  expect(sorted).toEqual(steps.map(([name]) => name));
}

for (const language of ['nl', 'en', 'bg', 'ar'] as const) {
  test(`start screen in ${language}: the promise, then Need help now? (112, 113, De Luisterlijn, Find help), then the phases`, async ({
    page,
  }) => {
    await openApp(page, language);
    const main = page.getByRole('main');
    const helpNow = main.getByRole('region', { name: text(language, 'home', 'helpNow.heading') });
    await expectInOrder(page, [
      ['title', main.getByRole('heading', { level: 1, name: text(language, 'home', 'title') })],
      ['promise', main.getByText(promise(language), { exact: true })],
      ['help now', main.getByRole('heading', { level: 2, name: text(language, 'home', 'helpNow.heading') })],
      ['112', helpNow.getByRole('link', { name: /112/ })],
      ['113', helpNow.getByRole('link', { name: /0800.?0113/ })],
      ['De Luisterlijn', helpNow.getByText('De Luisterlijn', { exact: true })],
      ['find help', helpNow.getByRole('link', { name: text(language, 'home', 'helpNow.findHelp') })],
      ['phases', main.getByRole('heading', { level: 2, name: text(language, 'home', 'phasesHeading') })],
      ['first phase', main.getByRole('link', { name: new RegExp(`^${text(language, 'phases', 'working.title')}`) })],
    ]);
    // The promise and help are on the first screen, without scrolling.
    await expect(helpNow.getByRole('link', { name: /112/ })).toBeInViewport();
  });
}

test('the first visit’s language choice shows the one-line promise, and marks no place in the bottom bar', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  const language = (await page.locator('html').getAttribute('lang')) as Language;
  expect(allLanguages).toContain(language);
  await expect(
    page.getByRole('heading', { level: 1, name: text(language, 'common', 'language.chooseTitle') }),
  ).toBeVisible();
  await expectInOrder(page, [
    ['title', page.getByRole('heading', { level: 1 })],
    ['promise', page.getByRole('main').getByText(promise(language), { exact: true })],
    ['first language', page.locator('button.language-choice').first()],
  ]);
  const bar = page.getByRole('navigation', { name: text(language, 'common', 'nav.label') });
  await expect(bar.locator('[aria-current]')).toHaveCount(0);
});
