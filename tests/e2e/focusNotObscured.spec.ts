/**
 * WCAG 2.4.11 (focus not obscured): moving through a screen with Tab never leaves the focused control
 * under the sticky quick-exit bar — at normal and at 200 % text, left to right and right to left.
 * Tab moves forward and Shift+Tab backward; going backward is where a sticky top bar covers things.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, screensFor, type Language } from './screens';

async function coveredFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const bar = document.querySelector('.quick-exit');
    const focused = document.activeElement;
    if (!bar || !focused || focused === document.body || bar.contains(focused)) return null;
    const barBottom = bar.getBoundingClientRect().bottom;
    const box = focused.getBoundingClientRect();
    if (box.height === 0) return null;
    // Covered: the control's top edge is hidden under the bar while part of it is on screen.
    return box.top < barBottom - 1 && box.bottom > 0
      ? `${focused.tagName} "${(focused.textContent ?? '').trim().slice(0, 40)}" top ${Math.round(box.top)} < bar ${Math.round(barBottom)}`
      : null;
  });
}

const cases: { language: Language; screen: string; bigText: boolean }[] = [
  { language: 'en', screen: 'contacts-search', bigText: false },
  { language: 'en', screen: 'contacts-search', bigText: true },
  { language: 'ar', screen: 'contacts-search', bigText: true },
  { language: 'nl', screen: 'plan-filled', bigText: true },
];

for (const { language, screen, bigText } of cases) {
  test(`Tab and Shift+Tab never hide the focused control under the quick-exit bar: ${screen}, ${language}${bigText ? ', 200 % text' : ''}`, async ({
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
