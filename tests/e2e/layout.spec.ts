import { expect, test } from '@playwright/test';
import { languages, openApp, screensFor } from './screens';

test.describe('on a 360 px wide phone', () => {
  for (const language of languages) {
    test(`every screen fits without sideways scrolling at 200% text size in ${language}`, async ({ browser }) => {
      // bypassCSP only to inject the larger text size the way a browser setting would.
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
      const page = await context.newPage();
      await openApp(page, language);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      for (const screen of screensFor(language)) {
        await screen.open(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect({ screen: screen.name, overflow }).toEqual({ screen: screen.name, overflow: 0 });
      }
      await context.close();
    });
  }

  test('every control is at least 44 × 44 px', async ({ page }) => {
    await openApp(page, 'nl');
    for (const screen of screensFor('nl')) {
      await screen.open(page);
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'button, select, input, main a:not(p a):not(li > p a), nav a, header a:not(.skip-link)',
          ),
        ]
          .filter((element) => element.offsetParent !== null)
          // A radio button or checkbox is tapped through its whole label, so the label is the target.
          .map((element) => element.closest('label') ?? element)
          .map((element) => ({ text: element.textContent?.trim().slice(0, 30), box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect({ screen: screen.name, small }).toEqual({ screen: screen.name, small: [] });
    }
  });

  test('follows the dark mode of the device', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page, 'nl');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(18, 21, 23)');
  });
});
