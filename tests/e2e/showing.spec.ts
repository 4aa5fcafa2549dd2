/**
 * "Showing someone" mode in a real browser: nothing of the person shown stays on the phone, two
 * languages side by side pass axe, the QR code decodes to the app's address, and it all works offline.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decodeQrSvg } from './qrCode';
import { startOwnServer, waitForServiceWorkerControl } from './ownServer';
import { openApp, openMenuItem, screensFor, type Language } from './screens';
import { dumpStorage } from './storageDump';
import { announcer } from './announced';

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
  // .first(): the visible line; the announcer's hidden copy of it comes last in the page.
  await expect(page.getByText(showing(language).settings?.prepared ?? '').first()).toBeVisible({ timeout: 60_000 });
}

function bar(page: Page, language: Language) {
  return page.getByRole('region', { name: showing(language).bar?.label });
}

/** The second language, the code and the region are under "More tools"; the slim row has the rest. */
async function openMoreTools(page: Page, language: Language) {
  const more = bar(page, language).getByRole('button', { name: showing(language).bar?.moreTools });
  if ((await more.getAttribute('aria-expanded')) === 'false') await more.click();
}

async function chooseSecondLanguage(page: Page, language: Language, second: keyof typeof nativeName) {
  const tools = bar(page, language);
  await openMoreTools(page, language);
  await tools.getByRole('button', { name: new RegExp(`^${showing(language).bar?.secondLanguage}`) }).click();
  await tools.getByRole('button', { name: nativeName[second], exact: true }).click();
  await expect(
    tools.getByRole('button', { name: `${showing(language).bar?.secondLanguage}: ${nativeName[second]}` }),
  ).toBeVisible();
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
  // The bar stays in the worker's own language while the screens are in English.
  await chooseSecondLanguage(page, 'nl', 'ar');
  await bar(page, 'nl').getByRole('button', { name: 'Tekstgrootte: 100%' }).click();
  await bar(page, 'nl').getByRole('button', { name: 'Stop met laten zien' }).click();

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
      await page.evaluate(() => document.getElementById('screen-scroll')?.scrollTo(0, 0));
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
    await page.evaluate(() => document.getElementById('screen-scroll')?.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/showing/${first}-${second}-guide-360x740-160.png` });
  });
}

test('the QR code holds exactly the app’s address', async ({ page, baseURL }) => {
  await openApp(page, 'en');
  await startShowing(page, 'en');
  await openMoreTools(page, 'en');
  await bar(page, 'en').getByRole('button', { name: 'Take Verder home' }).click();
  const code = page.getByRole('img', { name: 'QR code with the address of Verder' });
  await expect(code).toBeVisible();
  await expect(
    page.getByText('This code holds only the address of this app. It holds nothing about you.'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/showing/en-qr-360x740.png', fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  const decoded = await decodeQrSvg(code);
  expect(decoded).toBe(new URL('/', baseURL).href);
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
  await expect(page.locator('.notice--alert, .language-switcher__error')).toHaveCount(0);
  await expect(announcer(page, 'assertive')).toBeEmpty();
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

test('the slim row stays on screen in the worker’s language at any text size, and ⇄ swaps in place', async ({
  page,
}) => {
  await openApp(page, 'nl');
  await startShowing(page, 'nl');
  await chooseSecondLanguage(page, 'nl', 'th');
  await bar(page, 'nl')
    .getByRole('button', { name: showing('nl').bar?.moreTools })
    .click();
  await screensFor('nl')
    .find((visit) => visit.name === 'guide-control')
    ?.open(page);
  const row = bar(page, 'nl');
  const stop = row.getByRole('button', { name: 'Stop met laten zien' });
  const heightAt100 = (await row.boundingBox())?.height ?? 0;
  await page.screenshot({ path: 'test-results/showing/slim-row-nl-th-360x740.png' });
  // Slim: well under a third of a 740 px phone screen (it was over half before).
  expect(heightAt100).toBeLessThan(200);
  const textSize = row.getByRole('button', { name: /^Tekstgrootte/ });
  await textSize.click();
  await textSize.click();
  await expect(page.locator('html')).toHaveClass(/text-scale-160/);
  // The bar keeps the phone's own text size while the screens grow.
  expect(Math.abs(((await row.boundingBox())?.height ?? 0) - heightAt100)).toBeLessThan(4);

  await page.evaluate(() => document.getElementById('screen-scroll')?.scrollTo(0, 2000));
  await expect(stop).toBeInViewport();
  await page.screenshot({ path: 'test-results/showing/slim-row-nl-th-360x740-160.png' });
  const scrolled = await page.evaluate(() => document.getElementById('screen-scroll')?.scrollTop ?? 0);

  await row.getByRole('button', { name: 'Wisselen: ไทย eerst' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(page.locator('section.column--copy')).toHaveAttribute('lang', 'nl');
  // Still the worker's Dutch, still on screen, the page where it was.
  await expect(row.getByRole('button', { name: 'Wisselen: Nederlands eerst' })).toBeInViewport();
  await expect(stop).toBeInViewport();
  expect(
    Math.abs((await page.evaluate(() => document.getElementById('screen-scroll')?.scrollTop ?? 0)) - scrolled),
  ).toBeLessThan(600);
  await page.screenshot({ path: 'test-results/showing/slim-row-th-nl-360x740-160.png' });
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((violation) => violation.id)).toEqual(
    [],
  );
  await stop.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('the QR code full screen: as large as the phone allows, still the app’s address, closed by Escape back to its button', async ({
  page,
  baseURL,
}) => {
  await openApp(page, 'en');
  await startShowing(page, 'en');
  await openMoreTools(page, 'en');
  await bar(page, 'en').getByRole('button', { name: 'Take Verder home' }).click();
  const open = page.getByRole('button', { name: 'Show the code full screen' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Take Verder home' });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  const code = dialog.getByRole('img', { name: 'QR code with the address of Verder' });
  const box = await code.boundingBox();
  // A 360 px wide phone: the code takes the width, minus the margins.
  expect(box?.width).toBeGreaterThanOrEqual(320);
  expect(await decodeQrSvg(code)).toBe(new URL('/', baseURL).href);
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('the second language block by block: under each block on a phone, beside it on a tablet', async ({ page }) => {
  await openApp(page, 'nl');
  await startShowing(page, 'nl');
  await chooseSecondLanguage(page, 'nl', 'ar');
  await openMenuItem(page, 'nl', 'nav.home');
  const first = page.locator('#screen');
  const copy = page.locator('section.column--copy');
  const top = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())?.y ?? Number.NaN;
  const left = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())?.x ?? Number.NaN;
  const firstHeading = first.getByRole('heading', { level: 1 });
  const copyHeading = copy.getByRole('heading', { level: 1 });
  const firstNext = first.locator(':scope > *').nth(1);
  await expect(copyHeading).toBeVisible();
  // On a phone: the Arabic heading right under the Dutch one, before the Dutch screen goes on.
  expect(await top(copyHeading)).toBeGreaterThan(await top(firstHeading));
  expect(await top(copyHeading)).toBeLessThan(await top(firstNext));
  await page.setViewportSize({ width: 900, height: 1000 });
  // On a tablet: the two headings on one line, the copy to the side.
  await expect.poll(async () => Math.abs((await top(copyHeading)) - (await top(firstHeading)))).toBeLessThan(40);
  expect(await left(copyHeading)).not.toBe(await left(firstHeading));
});
