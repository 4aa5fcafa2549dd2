/**
 * Back puts the person where they were, at a phone's 360 × 740: as far down the screen as before
 * (a long topic, Find help's results, the plan), with focus on what they opened the next screen from
 * when it is still there (else on the heading), and nothing focused under a bar. The place is in
 * memory only: a screen opened afresh starts at its top, and showing someone starts every screen
 * again.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './screens';

type Texts = Record<string, unknown>;
const read = (namespace: string) => JSON.parse(readFileSync(`locales/en/${namespace}.json`, 'utf8')) as Texts;
const text = (namespace: string, key: string): string => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], read(namespace));
  if (typeof value !== 'string') throw new Error(`No text at ${namespace}:${key}`);
  return value;
};

const main = (page: Page) => page.getByRole('main');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const bar = (page: Page) => page.getByRole('navigation', { name: text('common', 'nav.label') });
const barLink = (page: Page, key: string) => bar(page).getByRole('link', { name: text('common', key), exact: true });
const backButton = (page: Page) => page.locator('.back-button').getByText(text('common', 'nav.back'), { exact: true });
const scrollTop = (page: Page) => page.locator('#screen-scroll').evaluate((area) => area.scrollTop);
const findHelpLink = (page: Page) =>
  main(page)
    .getByRole('link', { name: text('contacts', 'fromTopic.link'), exact: true })
    .first();

/** The part of the screen no bar covers: below the sticky showing bar (if on) and above the bottom bar. */
async function expectUncovered(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const view = await page.locator('#screen-scroll').boundingBox();
  const showing = page.locator('.showing-bar');
  const sticky = (await showing.count()) > 0 ? await showing.boundingBox() : null;
  const bottom = await bar(page).boundingBox();
  if (!box || !view) throw new Error('nothing to measure');
  const top = Math.max(view.y, sticky ? sticky.y + sticky.height : 0);
  expect(box.y).toBeGreaterThanOrEqual(top - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(Math.min(view.y + view.height, bottom?.y ?? Infinity) + 1);
}

async function openLongTopic(page: Page) {
  await main(page)
    .getByRole('link', { name: new RegExp(`^${text('phases', 'stopping.title')}`) })
    .first()
    .click();
  await main(page)
    .getByRole('link', { name: new RegExp(`^${text('explore', 'domains.housing.title')}`) })
    .first()
    .click();
  await expect(heading(page)).toContainText(text('explore', 'domains.housing.title'));
}

for (const [how, goBack] of [
  ['the phone’s Back', (page: Page) => page.goBack()],
  ['the back control', (page: Page) => backButton(page).click()],
] as const) {
  test(`a long topic: after ${how} the person is as far down as before, on the link they followed`, async ({
    page,
  }) => {
    await openApp(page, 'en');
    await openLongTopic(page);
    const link = findHelpLink(page);
    await link.scrollIntoViewIfNeeded();
    const before = await scrollTop(page);
    expect(before).toBeGreaterThan(300);
    await link.click();
    await expect(heading(page)).toHaveText(text('contacts', 'screen.title'));

    await goBack(page);
    await expect(heading(page)).toContainText(text('explore', 'domains.housing.title'));
    await expect(findHelpLink(page)).toBeFocused();
    await expect.poll(() => scrollTop(page)).toBeGreaterThan(before - 3);
    expect(await scrollTop(page)).toBeLessThan(before + 3);
    await expectUncovered(page, findHelpLink(page));
  });
}

test('Find help: Back from another screen returns to the town’s results, not the top', async ({ page }) => {
  await openApp(page, 'en');
  await barLink(page, 'nav.contacts').click();
  const search = page.getByLabel(text('contacts', 'search.label'));
  await search.fill('Zwolle');
  await search.press('Enter');
  const results = page.getByRole('heading', {
    level: 2,
    name: text('contacts', 'search.localHeading').replace('{{place}}', 'Zwolle'),
  });
  await expect(results).toBeVisible();
  await page.locator('#screen-scroll').evaluate((area) => area.scrollBy({ top: 1500 }));
  const before = await scrollTop(page);
  expect(before).toBeGreaterThan(1000);

  await barLink(page, 'nav.more').click();
  await expect(heading(page)).toHaveText(text('common', 'nav.more'));
  await page.goBack();
  await expect(heading(page)).toHaveText(text('contacts', 'screen.title'));
  await expect(search).toHaveValue('Zwolle');
  // The directory loads after the screen: the place is put back once it is drawn that far.
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(before - 3);
  expect(await scrollTop(page)).toBeLessThan(before + 3);
  // Left from the bottom bar: focus is on the screen's heading, without jumping back to the top.
  await expect(heading(page)).toBeFocused();
});

test('My plan: Back returns to the same part of the plan', async ({ page }) => {
  await openApp(page, 'en');
  await barLink(page, 'nav.plan').click();
  await expect(heading(page)).toHaveText(text('plan', 'title'));
  const area = page.locator('#screen-scroll');
  await expect.poll(() => area.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeGreaterThan(800);
  await area.evaluate((element) => element.scrollBy({ top: 800 }));
  const before = await scrollTop(page);
  await barLink(page, 'nav.guidesShort').click();
  await expect(heading(page)).not.toHaveText(text('plan', 'title'));
  await backButton(page).click();
  await expect(heading(page)).toHaveText(text('plan', 'title'));
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(before - 3);
  expect(await scrollTop(page)).toBeLessThan(before + 3);
});

test('a screen opened afresh (from the bottom bar) starts at its top', async ({ page }) => {
  await openApp(page, 'en');
  await openLongTopic(page);
  await findHelpLink(page).scrollIntoViewIfNeeded();
  await barLink(page, 'nav.home').click();
  await openLongTopic(page);
  expect(await scrollTop(page)).toBe(0);
  await expect(heading(page)).toBeFocused();
});

test('showing someone: after Back the link followed is focused below the sticky showing bar', async ({ page }) => {
  await openApp(page, 'en');
  await barLink(page, 'nav.more').click();
  await main(page)
    .getByRole('link', { name: text('common', 'nav.settings'), exact: true })
    .click();
  await page.getByRole('button', { name: text('showing', 'settings.start'), exact: true }).click();
  const showingBar = page.getByRole('region', { name: text('showing', 'bar.label') });
  await expect(showingBar).toBeVisible();
  await barLink(page, 'nav.home').click();
  await openLongTopic(page);
  const link = findHelpLink(page);
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await expect(heading(page)).toHaveText(text('contacts', 'screen.title'));
  await page.goBack();
  await expect(findHelpLink(page)).toBeFocused();
  await expectUncovered(page, findHelpLink(page));
  await expect(showingBar).toBeVisible();
});
