import { test } from '@playwright/test';
import { languages, openApp, screensFor, type Language } from './screens';

// Saved for people to look at (test-results/screenshots); the assertions live in the other specs.
const shots: Array<{ language: Language; only?: string[] }> = [
  ...languages.map((language) => ({ language })),
  ...(['ar', 'th', 'ro'] as const).map((language) => ({
    language,
    only: [
      'home',
      'topic-stopping-housing',
      'guide-control',
      'guide-working-safer',
      'contacts-search',
      'check-question',
      'plan-filled',
      'plan-safety',
    ],
  })),
];

for (const { language, only } of shots) {
  test(`screenshots at 360×740 in ${language}`, async ({ page }, testInfo) => {
    await openApp(page, language);
    for (const screen of screensFor(language).filter((visit) => !only || only.includes(visit.name))) {
      await screen.open(page);
      const path = `test-results/screenshots/${language}-${screen.name}.png`;
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`${language}-${screen.name}`, { path, contentType: 'image/png' });
    }
  });
}
