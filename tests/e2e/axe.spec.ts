import { test } from '@playwright/test';
import { expectNoAxeViolations } from './axeCheck';
import { axeLanguages, openApp, screensFor, type Language } from './screens';

// Every screen in light mode in nl, en, ar (right to left) and th; dark mode in nl and ar.
// Every topic, guide and check step is walked in axeEveryScreen.spec.ts.
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
      await expectNoAxeViolations(page);
    });
  }
}
