import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeLanguages, openApp, screensFor, type Language } from './screens';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Every screen in light mode in nl, en, ar (right to left) and th; dark mode in nl and ar.
const runs: Array<{ language: Language; colorScheme: 'light' | 'dark' }> = [
  ...axeLanguages.map((language) => ({ language, colorScheme: 'light' as const })),
  { language: 'nl', colorScheme: 'dark' },
  { language: 'ar', colorScheme: 'dark' },
];

for (const { language, colorScheme } of runs) {
  for (const screen of screensFor(language)) {
    test(`axe finds nothing on ${screen.name} in ${language}, ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openApp(page, language);
      await screen.open(page);
      // Checked at rest: while scrolled, the sticky quick-exit bar may cover the header, as intended.
      // After the frames already asked for (a form moves focus to its first error in one, which scrolls).
      await page.evaluate(
        () =>
          new Promise<void>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                window.scrollTo(0, 0);
                resolve();
              }),
            ),
          ),
      );
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
        ),
      ).toEqual([]);
    });
  }
}
