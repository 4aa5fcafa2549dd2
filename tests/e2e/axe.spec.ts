import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { languages, openApp, screensFor } from './screens';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const language of languages) {
    test(`axe finds nothing on any screen in ${language}, ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openApp(page, language);
      for (const screen of screensFor(language)) {
        await screen.open(page);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(
          results.violations.map(
            (violation) => `${screen.name}: ${violation.id} ${violation.nodes.map((node) => node.target).join(' ')}`,
          ),
        ).toEqual([]);
      }
    });
  }
}
