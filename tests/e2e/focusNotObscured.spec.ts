/**
 * WCAG 2.4.11 (focus not obscured): moving through a screen with Tab never leaves the focused control
 * under the quick-exit bar or the bottom bar — at normal and at 200 % text, left to right and right to
 * left. Tab moves forward and Shift+Tab backward, through long screens (Find help is the longest).
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, screensFor, type Language } from './screens';

async function coveredFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const exit = document.querySelector('.quick-exit');
    const nav = document.querySelector('.app-nav');
    const focused = document.activeElement;
    if (!exit || !nav || !focused || focused === document.body) return null;
    if (exit.contains(focused) || nav.contains(focused)) return null;
    const top = exit.getBoundingClientRect().bottom;
    const bottom = nav.getBoundingClientRect().top;
    const box = focused.getBoundingClientRect();
    if (box.height === 0) return null;
    const label = `${focused.tagName} "${(focused.textContent ?? '').trim().slice(0, 40)}"`;
    // Covered: an edge of the control is hidden under a bar while part of it is on screen. A control
    // taller than the room between the bars only needs its top edge in view.
    if (box.bottom <= 0 || box.top >= window.innerHeight) return null;
    if (box.top < top - 1) return `${label} top ${Math.round(box.top)} < quick exit ${Math.round(top)}`;
    if (box.bottom > bottom + 1 && box.height <= bottom - top)
      return `${label} bottom ${Math.round(box.bottom)} > bottom bar ${Math.round(bottom)}`;
    return null;
  });
}

const cases: { language: Language; screen: string; bigText: boolean }[] = [
  { language: 'en', screen: 'contacts-search', bigText: false },
  { language: 'en', screen: 'contacts-search', bigText: true },
  { language: 'ar', screen: 'contacts-search', bigText: true },
  { language: 'nl', screen: 'plan-filled', bigText: true },
  { language: 'nl', screen: 'contacts', bigText: false },
  { language: 'nl', screen: 'contacts', bigText: true },
  { language: 'ar', screen: 'contacts', bigText: false },
  { language: 'ar', screen: 'contacts', bigText: true },
];

for (const { language, screen, bigText } of cases) {
  test(`Tab and Shift+Tab never hide the focused control under a bar: ${screen}, ${language}${bigText ? ', 200 % text' : ''}`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openApp(page, language);
    // The browser's own text size, as a person sets it (twice the default 16 px); CSP forbids injected styles.
    if (bigText) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    }
    const visit = screensFor(language).find((candidate) => candidate.name === screen);
    if (!visit) throw new Error(`no screen ${screen}`);
    await visit.open(page);
    const covered: string[] = [];
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab');
      const problem = await coveredFocus(page);
      if (problem) covered.push(`Tab ${step}: ${problem}`);
    }
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Shift+Tab');
      const problem = await coveredFocus(page);
      if (problem) covered.push(`Shift+Tab ${step}: ${problem}`);
    }
    expect(covered).toEqual([]);
  });
}
