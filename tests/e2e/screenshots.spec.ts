import { test } from '@playwright/test';
import { languages, openApp, screensFor } from './screens';

// Saved for people to look at (test-results/screenshots); the assertions live in the other specs.
for (const language of languages) {
  test(`screenshots of every screen at 360×740 in ${language}`, async ({ page }, testInfo) => {
    await openApp(page, language);
    for (const screen of screensFor(language)) {
      await screen.open(page);
      const path = `test-results/screenshots/${language}-${screen.name}.png`;
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`${language}-${screen.name}`, { path, contentType: 'image/png' });
    }
  });
}
