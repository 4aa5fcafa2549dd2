/**
 * The hand-out card in a real browser, against the production build: eight cards on one A4 page, the
 * app itself not printed, the code on the card opens Verder, axe clean in Dutch and Arabic, and making
 * a card writes nothing on the phone.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { decodeQrSvg } from './qrCode';
import { allLanguages, openApp, openMenuItem, type Language } from './screens';
import { dumpStorage, whenServiceWorkerReady } from './storageDump';
import { axeViolations } from './axeCheck';
import { announcer } from './announced';

type Texts = Record<string, Record<string, string> & { face?: Record<string, string> }>;
const showing = (language: Language) =>
  JSON.parse(readFileSync(`locales/${language}/showing.json`, 'utf8')) as Texts & { card: Texts[string] };
const mmToPx = 96 / 25.4;

async function openCard(page: Page, language: Language): Promise<void> {
  const texts = showing(language);
  await openMenuItem(page, language, 'nav.settings');
  await page.getByRole('button', { name: texts.settings?.start }).click();
  const bar = page.getByRole('region', { name: texts.bar?.label });
  // .first(): the visible line; the announcer's hidden copy of it comes last in the page.
  await expect(page.getByText(texts.settings?.prepared ?? '').first()).toBeVisible({ timeout: 60_000 });
  await bar.getByRole('button', { name: texts.bar?.moreTools }).click();
  await bar.getByRole('button', { name: texts.card.open }).click();
  await expect(page.getByRole('heading', { level: 1, name: texts.card.title })).toBeVisible();
}

test('eight cards print on one A4 page with only the cards on it, and making them stores nothing', async ({
  page,
  baseURL,
}) => {
  await openApp(page, 'nl');
  await whenServiceWorkerReady(page);
  const before = await dumpStorage(page);
  await openCard(page, 'nl');
  const card = showing('nl').card;

  // The worker picks Thai for the person and swaps a preselected line for two others: three at most.
  await page.getByLabel(card.languageLabel ?? '').selectOption('th');
  const preview = page.getByRole('region', { name: card.previewHeading });
  await expect(preview.locator('[lang="th"]')).toContainText(showing('th').card.face?.heading ?? '');
  await page.getByRole('checkbox', { name: /De Luisterlijn/ }).uncheck();
  await page.getByRole('checkbox', { name: /Veilig Thuis/ }).check();
  await page.getByRole('checkbox', { name: /Centrum Seksueel Geweld/ }).check();
  await expect(page.getByRole('checkbox', { name: /CoMensha/ })).toBeDisabled();
  await expect(page.getByText(card.linesFull ?? '')).toBeVisible();
  await expect(preview.getByRole('listitem')).toHaveText([
    '113 Zelfmoordpreventie 0800-0113',
    'Veilig Thuis 0800-2000',
    'Centrum Seksueel Geweld 0800-0188',
  ]);

  // On paper: only the sheet, eight cards inside the A4 page box (210 × 297 mm less 10 mm margins).
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.round(210 * mmToPx), height: Math.round(297 * mmToPx) });
  const cards = page.locator('.hand-out-sheet .hand-out-card');
  await expect(cards).toHaveCount(8);
  const boxes = await cards.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { width: box.width, height: box.height, bottom: box.bottom + window.scrollY, right: box.right };
    }),
  );
  const pageHeight = (297 - 2 * 10) * mmToPx;
  expect(boxes.filter((box) => box.bottom <= pageHeight + 1 && box.right <= 190 * mmToPx + 1)).toHaveLength(8);
  for (const box of boxes) {
    expect(box.width).toBeCloseTo(85 * mmToPx, 0);
    expect(box.height).toBeCloseTo(55 * mmToPx, 0);
  }
  // Nothing of the app is printed: no quick exit, showing bar, menus or the worker's controls.
  await expect(page.locator('#root')).toBeHidden();
  // The text of each card stays inside it: nothing cut off at the card's edge.
  const overflowingCards = () =>
    cards.evaluateAll(
      (elements) =>
        elements.filter(
          (element) =>
            element.scrollHeight > element.clientHeight + 1 ||
            // The code and the words below it do not overlap.
            (element.querySelector('svg')?.getBoundingClientRect().bottom ?? 0) >
              (element.querySelector('.hand-out-card__halves')?.getBoundingClientRect().top ?? 0) ||
            [...element.querySelectorAll('*')].some(
              (inner) => inner.getBoundingClientRect().bottom > element.getBoundingClientRect().bottom + 1,
            ),
        ).length,
    );
  expect(await overflowingCards()).toBe(0);
  await page.screenshot({ path: 'test-results/handOut/nl-th-print-a4.png', fullPage: true });
  // Every language's words fit the card, with three lines on it (the longest card there is).
  await page.emulateMedia({ media: 'screen' });
  for (const language of allLanguages) {
    await page.getByLabel(card.languageLabel ?? '').selectOption(language);
    await expect(preview.locator(`.hand-out-card__half[lang="${language}"]`)).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    expect({ language, overflowing: await overflowingCards() }).toEqual({ language, overflowing: 0 });
    await page.emulateMedia({ media: 'screen' });
  }
  await page.getByLabel(card.languageLabel ?? '').selectOption('th');
  await page.emulateMedia({ media: 'print' });

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdfText = pdf.toString('latin1');
  expect(pdfText.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  // A4 in points (210 × 297 mm = 595 × 842 pt), as the sheet's @page asks, not the printer's default.
  expect(pdfText.match(/\/MediaBox \[0 0 (\d+)\.\d+ (\d+)\.\d+\]/)?.slice(1)).toEqual(['594', '841']);

  // Each code on the sheet opens Verder and holds nothing else.
  expect(await decodeQrSvg(cards.first().locator('svg'))).toBe(new URL('/', baseURL).href);
  expect(await decodeQrSvg(cards.last().locator('svg'))).toBe(new URL('/', baseURL).href);

  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page
    .getByRole('region', { name: showing('nl').bar?.label })
    .getByRole('button', { name: 'Stop met laten zien' })
    .click();
  expect(await dumpStorage(page)).toEqual(before);
});

for (const language of ['nl', 'ar'] as const) {
  test(`the card screen in ${language} is axe clean, and Arabic on the card reads right to left beside Dutch`, async ({
    page,
  }) => {
    await openApp(page, language);
    await openCard(page, language);
    const card = showing(language).card;
    if (language === 'nl') await page.getByLabel(card.languageLabel ?? '').selectOption('ar');
    const preview = page.getByRole('region', { name: card.previewHeading });
    const arabicHalf = preview.locator('.hand-out-card__half[lang="ar"]');
    const dutchHalf = preview.locator('.hand-out-card__half[lang="nl"]');
    await expect(arabicHalf).toHaveAttribute('dir', 'rtl');
    await expect(dutchHalf).toHaveAttribute('dir', 'ltr');
    await expect(arabicHalf).toContainText(showing('ar').card.face?.nothingStored ?? '');
    await expect(dutchHalf).toContainText(showing('nl').card.face?.nothingStored ?? '');
    await expect(preview.getByText('112')).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);

    // Too few lines: a clear message, and no print dialog.
    const checked = page.getByRole('checkbox', { checked: true });
    while ((await checked.count()) > 0) await checked.first().uncheck();
    await page.getByRole('button', { name: card.print }).click();
    await expect(page.locator('.notice--alert')).toHaveText(card.linesTooFew ?? '');
    await expect(announcer(page, 'assertive')).toHaveText(card.linesTooFew ?? '');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('checkbox').nth(0).check();
    await page.getByRole('checkbox').nth(1).check();
    await expect(page.locator('.notice--alert')).toHaveCount(0);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: `test-results/handOut/${language}-ar-screen-360x740.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `test-results/handOut/${language}-ar-print-360x740.png`, fullPage: true });
    await page.setViewportSize({ width: Math.round(210 * mmToPx), height: Math.round(297 * mmToPx) });
    await page.screenshot({ path: `test-results/handOut/${language}-ar-print-a4.png`, fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
}
