import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { languages, openApp, screensFor } from './screens';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const language of languages) {
    for (const screen of screensFor(language)) {
      test(`axe finds nothing on ${screen.name} in ${language}, ${colorScheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await openApp(page, language);
        await screen.open(page);
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(
          results.violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
          ),
        ).toEqual([]);
      });
    }
  }
}
