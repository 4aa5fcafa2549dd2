import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openOffline } from './ownServer';
import { openApp } from './screens';
import { axeViolations } from './axeCheck';

type Language = 'nl' | 'en' | 'ar';
type Texts = Record<string, unknown>;

function textOf(file: Texts, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], file);
  if (typeof value !== 'string') throw new Error(`No text at ${key}`);
  return value;
}

/** The labels the tests use, read from the locale files so Arabic works like Dutch. */
function wordsFor(language: Language) {
  const contacts = JSON.parse(readFileSync(`locales/${language}/contacts.json`, 'utf8')) as Texts;
  const common = JSON.parse(readFileSync(`locales/${language}/common.json`, 'utf8')) as Texts;
  const t = (key: string) => textOf(contacts, key);
  const before = (key: string) => t(key).split('{{')[0] ?? '';
  return {
    menu: textOf(common, 'nav.label'),
    title: t('screen.title'),
    placeLabel: t('search.label'),
    near: (place: string) => t('search.localHeading').replace('{{place}}', place),
    unknown: t('search.unknownPlace').split('.')[0] ?? '',
    source: `${t('trust.source')}:`,
    sourceDate: new RegExp(`${escape(before('trust.sourceDate'))}|${escape(t('trust.sourceDateUnknown'))}`),
    checked: new RegExp(`${escape(before('trust.checkedCompared'))}|${escape(before('trust.checkedResearch'))}`),
    confidence: new RegExp(['high', 'medium', 'low'].map((level) => escape(t(`trust.confidence.${level}`))).join('|')),
    about: t('trust.about'),
    filter: t('filters.heading'),
    free: t('filters.free'),
    now: t('now.heading'),
    national: t('purposes.money'),
  };
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Short codes, 0800/090x service numbers, and every other Dutch number in E.164 (see phoneNumber.ts). */
const normalisedTel = /^tel:(\+31[1-9]\d{8}|0(800|900|906|909)(\d{4}|\d{7})|1\d{2,4})$/;

async function openContacts(page: Page, language: Language) {
  const words = wordsFor(language);
  await page
    .getByRole('navigation', { name: words.menu })
    .getByRole('link', { name: words.title, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
}

async function search(page: Page, language: Language, place: string) {
  const input = page.getByLabel(wordsFor(language).placeLabel);
  await input.fill(place);
  await input.press('Enter');
}

/** Every card shows its source, the source's own date, the check date and the confidence; calls are well-formed. */
async function expectTrustworthyCards(page: Page, language: Language) {
  const words = wordsFor(language);
  const cards = page.locator('main article.contact-card');
  const count = await cards.count();
  expect(count).toBeGreaterThan(5);
  for (let index = 0; index < count; index++) {
    const card = cards.nth(index);
    await expect(card).toContainText(words.source);
    await expect(card).toContainText(words.sourceDate);
    await expect(card).toContainText(words.checked);
    await expect(card).toContainText(words.confidence);
    for (const href of await card
      .locator('a.source-link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^https:\/\//);
    }
  }
  const telLinks = page.locator('main a[href^="tel:"]');
  expect(await telLinks.count()).toBeGreaterThan(5);
  for (const href of await telLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(normalisedTel);
  }
  for (const direction of await page
    .locator('main a[href^="tel:"] .phone-number')
    .evaluateAll((numbers) => numbers.map((number) => number.getAttribute('dir')))) {
    expect(direction).toBe('ltr');
  }
}

async function expectFirstCardIs112(page: Page) {
  await expect(page.locator('main article.contact-card h3').first()).toHaveText('112');
  await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:112');
}

/** The local section comes before the "reach now" list and the national groups. */
async function expectLocalFirst(page: Page, language: Language, place: string) {
  const words = wordsFor(language);
  const order = await page.locator('main h2, main h3').allTextContents();
  const local = order.indexOf(words.near(place));
  expect(local, order.join(' | ')).toBeGreaterThan(0);
  expect(local).toBeLessThan(order.indexOf(words.now));
  expect(local).toBeLessThan(order.indexOf(words.national));
}

// Fixed ports per test: each test has its own server, so its own origin and service worker.
const ports = { nl: 4262, en: 4263 } as const;

for (const language of ['nl', 'en'] as const) {
  const words = wordsFor(language);

  test(`offline, someone finds help for Zwolle, den bosch, Nijmegen and an unknown place, in ${language}`, async ({
    page,
  }) => {
    await openOffline(page, ports[language], language);
    await openContacts(page, language);
    await expectFirstCardIs112(page);

    await search(page, language, 'Zwolle');
    const zwolle = page.getByRole('heading', { level: 2, name: words.near('Zwolle') });
    await expect(zwolle).toBeVisible();
    await expect(zwolle).toBeInViewport();
    await expect(page.locator('section', { has: zwolle }).getByRole('heading', { level: 3 })).toContainText([
      'Scharlaken Koord',
    ]);
    await expectLocalFirst(page, language, 'Zwolle');
    await expectFirstCardIs112(page);
    await expectTrustworthyCards(page, language);

    await search(page, language, 'den bosch');
    const denBosch = page.getByRole('heading', { level: 2, name: words.near("'s-Hertogenbosch") });
    await expect(denBosch).toBeVisible();
    await expect(page.locator('section', { has: denBosch })).toContainText('Maatschappelijke Opvang Den Bosch');
    await expectLocalFirst(page, language, "'s-Hertogenbosch");

    await search(page, language, 'Nijmgen');
    const nijmegen = page.getByRole('heading', { level: 2, name: words.near('Nijmegen') });
    await expect(nijmegen).toBeVisible();
    await expect(page.locator('section', { has: nijmegen })).toContainText('Huiskamer tippelzone Nijmegen');
    await expectLocalFirst(page, language, 'Nijmegen');
    await expectTrustworthyCards(page, language);

    await search(page, language, 'Xyzzyvlietdorp');
    // In the screen, not in the live region that says it too (it may still hold it then).
    await expect(page.locator('#screen').getByText(words.unknown)).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: words.national })).toBeVisible();
    await expectFirstCardIs112(page);
    await expectTrustworthyCards(page, language);
  });
}

for (const language of ['nl', 'ar'] as const) {
  const words = wordsFor(language);

  test(`the find-help screen is axe clean with suggestions, results, an open entry and filters, in ${language}`, async ({
    page,
  }) => {
    await openApp(page, language);
    await openContacts(page, language);
    await page.getByLabel(words.placeLabel).fill('Ber');
    await expect(page.locator('.suggestion').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await search(page, language, 'Rotterdm');
    await expect(page.getByRole('heading', { level: 2, name: words.near('Rotterdam') })).toBeVisible();
    await page.getByText(words.about).first().click();
    await page.locator('.purpose-group summary').first().click();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByText(words.filter, { exact: true }).click();
    await page.getByLabel(words.free, { exact: true }).check();
    await expect(page.locator('.filter-chip')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.filter-chip').click();
    await expect(page.locator('.filter-chip')).toHaveCount(0);
  });
}

test('with suggestions, results and open filters it fits a 360 px screen at 200% text size', async ({ browser }) => {
  // bypassCSP only to inject the larger text size the way a browser setting would.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  const page = await context.newPage();
  const words = wordsFor('nl');
  await openApp(page, 'nl');
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  await openContacts(page, 'nl');
  await search(page, 'nl', 'den bosch');
  await page.getByLabel(words.placeLabel).fill('Bergen');
  await expect(page.locator('.suggestion').first()).toBeVisible();
  await page.getByText(words.filter, { exact: true }).click();
  await expect(page.getByLabel(words.free, { exact: true })).toBeVisible();
  await page.getByText(words.about).first().click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBe(0);
  await context.close();
});
