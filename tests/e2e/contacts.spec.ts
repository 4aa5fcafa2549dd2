import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openOffline } from './ownServer';
import { openApp, type BaseLanguage as Language } from './screens';

const words = {
  nl: {
    menu: 'Hoofdmenu',
    title: 'Hulp zoeken',
    placeLabel: 'Typ je woonplaats',
    near: (place: string) => `In de buurt van ${place}`,
    unknown: /We kennen deze plaats niet/,
    source: 'Bron:',
    lastChecked: /Laatst gecontroleerd: \d{1,2} [a-z]+ \d{4}/,
    filter: 'Filteren',
    free: 'Gratis',
    national: 'Geld en schulden',
  },
  en: {
    menu: 'Main menu',
    title: 'Find help',
    placeLabel: 'Type your town or city',
    near: (place: string) => `Near ${place}`,
    unknown: /We do not know this place/,
    source: 'Source:',
    lastChecked: /Last checked: \d{1,2} [A-Z][a-z]+ \d{4}/,
    filter: 'Filter',
    free: 'Free',
    national: 'Money and debts',
  },
} as const;

/** Short codes, 0800/090x service numbers, and every other Dutch number in E.164 (see phoneNumber.ts). */
const normalisedTel = /^tel:(\+31[1-9]\d{8}|0(800|900|906|909)(\d{4}|\d{7})|1\d{2,4})$/;

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function openContacts(page: Page, language: Language) {
  await page
    .getByRole('navigation', { name: words[language].menu })
    .getByRole('link', { name: words[language].title, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: words[language].title })).toBeVisible();
}

async function search(page: Page, language: Language, place: string) {
  const input = page.getByLabel(words[language].placeLabel);
  await input.fill(place);
  await input.press('Enter');
}

/** The cards a person can see, each with its source and last-checked date, and well-formed call links. */
async function expectTrustworthyCards(page: Page, language: Language) {
  const cards = page.locator('main article.contact-card');
  const count = await cards.count();
  expect(count).toBeGreaterThan(5);
  for (let index = 0; index < count; index++) {
    const card = cards.nth(index);
    await expect(card).toContainText(words[language].source);
    await expect(card).toContainText(words[language].lastChecked);
    await expect(card.locator('a.source-link')).toHaveAttribute('href', /^https?:\/\//);
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

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
  );
}

// Fixed ports per test: each test has its own server, so its own origin and service worker.
const ports = { nl: 4200, en: 4201 } as const;

for (const language of ['nl', 'en'] as const) {
  const text = words[language];

  test(`offline, someone finds help for Zwolle, den bosch and an unknown place, in ${language}`, async ({ page }) => {
    await openOffline(page, ports[language], language);
    await openContacts(page, language);
    await expectFirstCardIs112(page);

    await search(page, language, 'Zwolle');
    const zwolle = page.getByRole('heading', { level: 2, name: text.near('Zwolle') });
    await expect(zwolle).toBeVisible();
    await expect(page.locator('section', { has: zwolle }).getByRole('heading', { level: 3 })).toContainText([
      'Scharlaken Koord',
    ]);
    await expectFirstCardIs112(page);
    await expectTrustworthyCards(page, language);

    await search(page, language, 'den bosch');
    const denBosch = page.getByRole('heading', { level: 2, name: text.near("'s-Hertogenbosch") });
    await expect(denBosch).toBeVisible();
    await expect(page.locator('section', { has: denBosch })).toContainText('Maatschappelijke Opvang Den Bosch');
    await expectTrustworthyCards(page, language);

    await search(page, language, 'Xyzzyvlietdorp');
    await expect(page.getByText(text.unknown)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: text.national })).toBeVisible();
    await expectFirstCardIs112(page);
    await expectTrustworthyCards(page, language);
  });

  test(`the find-help screen is axe clean with suggestions, results and filters open, in ${language}`, async ({
    page,
  }) => {
    await openApp(page, language);
    await openContacts(page, language);
    await page.getByLabel(text.placeLabel).fill('Ber');
    await expect(page.locator('.suggestion').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await search(page, language, 'Zwolle');
    await page.getByText(text.filter, { exact: true }).click();
    await page.getByLabel(text.free, { exact: true }).check();
    await expect(page.getByRole('heading', { level: 2, name: text.near('Zwolle') })).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`screenshots of the find-help screen at 360×740 in ${language}`, async ({ page }, testInfo) => {
    await openApp(page, language);
    await openContacts(page, language);
    const shots: [string, () => Promise<void>][] = [
      ['top', async () => {}],
      [
        'suggestions',
        async () => {
          await page.getByLabel(text.placeLabel).fill('hoofd');
          await expect(page.locator('.suggestion').first()).toBeVisible();
          // As on a phone: the field near the top of the screen, the suggestions under it.
          await page.evaluate(() => {
            const field = document.querySelector('.place-search');
            if (field) window.scrollBy({ top: field.getBoundingClientRect().top - 120 });
          });
        },
      ],
      [
        'zwolle',
        async () => {
          await search(page, language, 'Zwolle');
          await expect(page.getByRole('heading', { level: 2, name: text.near('Zwolle') })).toBeVisible();
        },
      ],
      [
        'unknown',
        async () => {
          await search(page, language, 'Xyzzyvlietdorp');
          await expect(page.getByText(text.unknown)).toBeVisible();
        },
      ],
      [
        'filters',
        async () => {
          await page.getByText(text.filter, { exact: true }).click();
          await page.getByLabel(text.free, { exact: true }).check();
        },
      ],
    ];
    for (const [name, prepare] of shots) {
      await prepare();
      const path = `test-results/screenshots/contacts-${language}-${name}.png`;
      await page.screenshot({ path, fullPage: name !== 'top' && name !== 'suggestions' });
      await testInfo.attach(`contacts-${language}-${name}`, { path, contentType: 'image/png' });
    }
  });
}

test('with suggestions, results and open filters it fits a 360 px screen at 200% text size', async ({ browser }) => {
  // bypassCSP only to inject the larger text size the way a browser setting would.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  const page = await context.newPage();
  await openApp(page, 'nl');
  await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
  await openContacts(page, 'nl');
  await search(page, 'nl', 'den bosch');
  await page.getByLabel(words.nl.placeLabel).fill('Bergen');
  await expect(page.locator('.suggestion').first()).toBeVisible();
  await page.getByText(words.nl.filter, { exact: true }).click();
  await expect(page.getByLabel(words.nl.free, { exact: true })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBe(0);
  await context.close();
});
