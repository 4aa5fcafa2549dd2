/**
 * Back like in an app, from the start screen to every kind of deeper screen: a topic, a guide, a
 * check step, the plan's sub-screens, a part of Settings, Find help, More and what it holds. On each
 * way the phone's Back (page.goBack) and the visible back control both lead through the screens the
 * person came from, one at a time, to the start screen; from there Back leaves Verder. The history
 * never holds more than one extra Verder entry.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './screens';

type Texts = Record<string, unknown>;
const read = (namespace: string) => JSON.parse(readFileSync(`locales/en/${namespace}.json`, 'utf8')) as Texts;
const text = (namespace: string, key: string): string => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], read(namespace));
  if (typeof value !== 'string') throw new Error(`No text at ${namespace}:${key}`);
  return value;
};
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (value: string) => new RegExp(`^${escape(value)}`);

const main = (page: Page) => page.getByRole('main');
const bar = (page: Page) => page.getByRole('navigation', { name: text('common', 'nav.label') });
const backButton = (page: Page) => page.locator('.back-button').getByText(text('common', 'nav.back'), { exact: true });

/** What tells one screen (or one step of the check) from another: its heading and its question. */
async function where(page: Page): Promise<string> {
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  const question = main(page).locator('legend').first();
  return (await question.count()) > 0 ? `${heading} / ${await question.innerText()}` : heading;
}

type Step = (page: Page) => Promise<void>;
const link =
  (name: string | RegExp): Step =>
  async (page) => {
    await main(page)
      .getByRole('link', { name: typeof name === 'string' ? startsWith(name) : name })
      .first()
      .click();
  };
const barLink =
  (key: string): Step =>
  async (page) => {
    await bar(page)
      .getByRole('link', { name: text('common', key), exact: true })
      .click();
  };
const button =
  (name: string): Step =>
  async (page) => {
    await main(page).getByRole('button', { name, exact: true }).click();
  };

const ways: Record<string, Step[]> = {
  'a topic': [link(text('phases', 'working.title')), link(text('explore', 'domains.health.title'))],
  'a topic, then Find help from the topic': [
    link(text('phases', 'stopping.title')),
    link(text('explore', 'domains.housing.title')),
    link(text('contacts', 'fromTopic.link')),
  ],
  'a topic, then up to its phase by the phase name above its title': [
    link(text('phases', 'working.title')),
    link(text('explore', 'domains.health.title')),
    // The first link in the screen: the phase's name above the title.
    link(text('phases', 'working.title')),
  ],
  'a guide': [barLink('nav.guidesShort'), link(text('guides', 'socialAssistance.title'))],
  'the check’s steps': [
    barLink('nav.more'),
    link(text('common', 'nav.check')),
    button(text('check', 'intro.start')),
    button(text('check', 'nav.next')),
    button(text('check', 'nav.next')),
  ],
  'My plan’s lock and copies': [barLink('nav.plan'), link(text('plan', 'lockAndCopies'))],
  'My plan’s incident log': [barLink('nav.plan'), link(text('incidents', 'planLink'))],
  'My plan’s check-in': [barLink('nav.plan'), link(text('checkIn', 'planLink'))],
  'My plan’s money': [barLink('nav.plan'), link(text('money', 'openLink'))],
  'a part of Settings': [barLink('nav.more'), link(text('common', 'nav.settings')), link(text('plan', 'keeping.link'))],
  'Find help from the start screen': [link(text('home', 'helpNow.findHelp'))],
  'Find help from the bar': [barLink('nav.contacts')],
  'More, Safety and About': [
    barLink('nav.more'),
    link(text('common', 'nav.safety')),
    barLink('nav.more'),
    link(text('common', 'nav.about')),
  ],
};

/** Walks the way from the start screen; returns where the person was before each step. */
async function walk(page: Page, steps: Step[]): Promise<string[]> {
  const seen = [await where(page)];
  for (const step of steps) {
    await step(page);
    await expect.poll(() => where(page)).not.toBe(seen[seen.length - 1]);
    seen.push(await where(page));
  }
  return seen;
}

for (const [name, steps] of Object.entries(ways)) {
  test(`from the start screen to ${name}: the phone’s Back and the back control return the same way`, async ({
    page,
  }) => {
    await page.goto('about:blank');
    await openApp(page, 'en');
    const lengthAtStart = await page.evaluate(() => history.length);
    await expect(backButton(page)).toHaveCount(0);

    for (const goBack of [() => page.goBack(), () => backButton(page).click()]) {
      const seen = await walk(page, steps);
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(lengthAtStart + 1);
      for (const earlier of seen.slice(0, -1).reverse()) {
        await goBack();
        await expect.poll(() => where(page)).toBe(earlier);
        expect(page.url().startsWith('http://127.0.0.1')).toBe(true);
        expect(new URL(page.url()).hash).toBe('');
      }
      // Back at the start screen: no back control, and the guard is gone.
      await expect(backButton(page)).toHaveCount(0);
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(lengthAtStart + 1);
    }
    await page.goBack();
    await expect(page).toHaveURL('about:blank');
  });
}

test('a topic’s phase name above its title is a link up to its phase, with no fragment', async ({ page }) => {
  await openApp(page, 'en');
  await link(text('phases', 'after.title'))(page);
  await link(text('explore', 'domains.meaning.title'))(page);
  const up = main(page)
    .locator('.eyebrow')
    .getByRole('link', { name: text('phases', 'after.title'), exact: true });
  await expect(up).toBeVisible();
  expect((await up.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(24);
  await up.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('phases', 'after.title'));
  expect(new URL(page.url()).hash).toBe('');
});

test.describe('Find help keeps the town and the filters when the person comes Back to it', () => {
  const searchField = (page: Page) => page.getByLabel(text('contacts', 'search.label'));
  const purpose = (page: Page) => page.getByLabel(text('contacts', 'filters.purpose'), { exact: true });
  const nearZwolle = (page: Page) =>
    page.getByRole('heading', {
      level: 2,
      name: text('contacts', 'search.localHeading').replace('{{place}}', 'Zwolle'),
    });

  async function chooseTownAndFilter(page: Page) {
    await barLink('nav.contacts')(page);
    await searchField(page).fill('Zwolle');
    await searchField(page).press('Enter');
    await expect(nearZwolle(page)).toBeVisible();
    await page.getByText(text('contacts', 'filters.heading'), { exact: true }).click();
    await purpose(page).selectOption('talk');
  }

  for (const [how, goBack] of [
    ['the phone’s Back', (page: Page) => page.goBack()],
    ['the back control', (page: Page) => backButton(page).click()],
  ] as const) {
    test(`after another screen and ${how}`, async ({ page }) => {
      await openApp(page, 'en');
      await chooseTownAndFilter(page);
      await barLink('nav.more')(page);
      await link(text('common', 'nav.safety'))(page);
      await goBack(page);
      await goBack(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('contacts', 'screen.title'));
      await expect(searchField(page)).toHaveValue('Zwolle');
      await expect(purpose(page)).toHaveValue('talk');
    });
  }

  test('opened afresh from the bar it starts clean, and the town is in no storage', async ({ page }) => {
    await openApp(page, 'en');
    await chooseTownAndFilter(page);
    await barLink('nav.home')(page);
    await barLink('nav.contacts')(page);
    await expect(searchField(page)).toHaveValue('');
    await expect(purpose(page)).toHaveValue('');
    // Nothing of the town in any storage the page can reach.
    const stored = await page.evaluate(async () => {
      const local = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
      return local;
    });
    expect(stored).not.toContain('Zwolle');
  });
});
