/**
 * The bottom bar is always on screen, like in an app, and never over the content: the screen scrolls
 * in its own area between the quick-exit bar and the bottom bar. Checked on the longest screen (Find
 * help) on a 360 × 740 phone, at normal and 200 % text, left to right and right to left.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, screensFor, type Language } from './screens';

async function setTextSize(page: Page, bigText: boolean): Promise<void> {
  if (!bigText) return;
  // The browser's own text size, as a person sets it (twice the default 16 px).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

async function openScreen(page: Page, language: Language, name: string): Promise<void> {
  const visit = screensFor(language).find((candidate) => candidate.name === name);
  if (!visit) throw new Error(`no screen ${name}`);
  await visit.open(page);
}

/** Where the bars and the screen's area are, and whether the window itself scrolls. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      const { top, bottom } = element.getBoundingClientRect();
      return { top: Math.round(top), bottom: Math.round(bottom) };
    };
    const area = document.getElementById('screen-scroll');
    if (!area) throw new Error('no screen area');
    const main = document.querySelector('main');
    return {
      viewport: window.innerHeight,
      windowScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
      exit: box('.quick-exit'),
      area: box('#screen-scroll'),
      nav: box('.app-nav'),
      mainBottom: Math.round(main?.getBoundingClientRect().bottom ?? 0),
      scrollHeight: area.scrollHeight,
      clientHeight: area.clientHeight,
      scrollTop: Math.round(area.scrollTop),
    };
  });
}

for (const language of ['nl', 'ar'] as const) {
  for (const bigText of [false, true]) {
    test(`the bottom bar is in view at the top and at the end of Find help: ${language}${bigText ? ', 200 % text' : ''}`, async ({
      page,
    }) => {
      await openApp(page, language);
      await setTextSize(page, bigText);
      await openScreen(page, language, 'contacts');
      const atTop = await layout(page);
      expect(atTop.windowScrolls).toBe(false);
      // One column, nothing overlapping: quick exit, then the screen's area, then the bottom bar.
      expect(atTop.exit.top).toBe(0);
      expect(atTop.area.top).toBe(atTop.exit.bottom);
      expect(atTop.nav.top).toBe(atTop.area.bottom);
      expect(atTop.nav.bottom).toBeLessThanOrEqual(atTop.viewport);
      expect(atTop.scrollHeight).toBeGreaterThan(atTop.clientHeight * 3);
      // Room for the screen: at 200 % text the bars stay compact.
      expect(atTop.clientHeight).toBeGreaterThan(atTop.viewport * 0.6);

      await page.locator('#screen-scroll').evaluate((area) => area.scrollTo({ top: area.scrollHeight }));
      const atEnd = await layout(page);
      expect(atEnd.scrollTop).toBeGreaterThan(0);
      expect(atEnd.nav).toEqual(atTop.nav);
      expect(atEnd.exit).toEqual(atTop.exit);
      // The end of the screen comes into view above the bar, not under it.
      expect(atEnd.mainBottom).toBeLessThanOrEqual(atEnd.nav.top);
      await expect(page.getByRole('navigation', { name: /./ }).last()).toBeInViewport({ ratio: 1 });
    });
  }
}

test('a new screen starts at its top, and the Back button returns to the screen before', async ({ page }) => {
  await openApp(page, 'nl');
  await openScreen(page, 'nl', 'contacts');
  await page.locator('#screen-scroll').evaluate((area) => area.scrollTo({ top: 3000 }));
  await page.locator('.app-nav a').first().click();
  await expect(page.locator('h1')).toBeFocused();
  expect(await page.locator('#screen-scroll').evaluate((area) => area.scrollTop)).toBe(0);
});

test('in landscape (740 × 360) at 200 % text the screen keeps a usable area', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 740, height: 360 } });
  const page = await context.newPage();
  await openApp(page, 'nl');
  await setTextSize(page, true);
  await openScreen(page, 'nl', 'contacts');
  const { clientHeight, viewport, windowScrolls } = await layout(page);
  expect(windowScrolls).toBe(false);
  expect(clientHeight).toBeGreaterThan(viewport * 0.45);
  await context.close();
});

// Screenshots to look at: Find help on a phone in Dutch, Arabic and Thai, at normal and 200 % text.
for (const language of ['nl', 'ar', 'th'] as const) {
  for (const bigText of [false, true]) {
    test(`screenshot: Find help with the bottom bar, ${language}${bigText ? ', 200 % text' : ''}`, async ({ page }) => {
      await openApp(page, language);
      await setTextSize(page, bigText);
      await openScreen(page, language, 'contacts');
      mkdirSync('test-results/bottom-bar', { recursive: true });
      const name = `test-results/bottom-bar/find-help-${language}-${bigText ? 200 : 100}`;
      await page.screenshot({ path: `${name}-top.png` });
      await page.locator('#screen-scroll').evaluate((area) => area.scrollTo({ top: area.scrollHeight }));
      await page.screenshot({ path: `${name}-end.png` });
    });
  }
}

/**
 * What a 360 px phone shows of the bars in every language: each bottom-bar label whole (never cut,
 * never broken inside a word, two lines at most), the header in one row (the language menu narrows
 * instead of wrapping), and the quick-exit bar on one line, with the touch hint and with the Shift hint.
 */
function barsAt360(page: Page) {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll<HTMLElement>('nav.app-nav .app-nav__label')].map((label) => {
      const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
      const words = (label.textContent ?? '').split(/\s+/).filter(Boolean).length;
      return {
        text: label.textContent ?? '',
        isCut:
          label.scrollWidth > label.clientWidth + 0.5 ||
          label.getBoundingClientRect().width > (label.parentElement?.getBoundingClientRect().width ?? 0) + 0.5,
        lines: Math.round(label.getBoundingClientRect().height / lineHeight),
        words,
      };
    });
    const rowBox = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const brand = rowBox('.top-bar .brand');
    const select = rowBox('.top-bar select');
    const exit = rowBox('.quick-exit');
    return {
      labels,
      headerInOneRow: Boolean(
        brand && select && Math.abs(brand.top + brand.height / 2 - (select.top + select.height / 2)) < 4,
      ),
      selectWidth: select?.width ?? 0,
      exitHeight: exit?.height ?? 0,
      pageWidth: document.documentElement.scrollWidth,
    };
  });
}

for (const hasTouch of [true, false]) {
  test(`at 360 px in every language (${hasTouch ? 'touch: "tap to leave"' : 'keyboard: the Shift hint'}): labels whole, one-row header, one-line quick exit`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch, isMobile: hasTouch });
    const page = await context.newPage();
    for (const language of ['nl', 'en', 'es', 'pt-BR', 'ro', 'bg', 'pl', 'hu', 'th', 'ar'] as const) {
      await openApp(page, language);
      const seen = await barsAt360(page);
      for (const label of seen.labels) {
        expect(label.isCut, `${language}: "${label.text}" is cut`).toBe(false);
        expect(label.lines, `${language}: "${label.text}" on ${label.lines} lines`).toBeLessThanOrEqual(
          Math.min(2, Math.max(label.words, language === 'th' ? 2 : 1)),
        );
      }
      expect(seen.headerInOneRow, `${language}: the header wraps`).toBe(true);
      expect(seen.selectWidth, `${language}: the language menu is too narrow to read`).toBeGreaterThanOrEqual(100);
      // One line: the 44 px minimum plus its padding, not two lines of text.
      expect(seen.exitHeight, `${language}: the quick-exit bar wraps`).toBeLessThanOrEqual(50);
      expect(seen.pageWidth).toBeLessThanOrEqual(360);
    }
    await context.close();
  });
}
