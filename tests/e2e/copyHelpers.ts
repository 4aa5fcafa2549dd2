/**
 * Moving a plan to another phone, as a person does it: make a copy with a passphrase, then open it
 * in a fresh browser (another phone, with its own storage) and merge it.
 */
import { readFileSync } from 'node:fs';
import { expect, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import { openLockAndCopies, planText } from './planHelpers';
import { openApp } from './screens';

export const copyPassphrase = 'copy passphrase 1';

/** Makes a copy on `page` and returns the saved file, its suggested name and its raw text. */
export async function makeCopy(page: Page, testInfo: TestInfo, fileName = 'copy.verder') {
  await openLockAndCopies(page);
  const exportSection = page.getByRole('region', { name: planText('export.title') });
  await exportSection.getByLabel(planText('export.passphrase'), { exact: true }).fill(copyPassphrase);
  await exportSection.getByLabel(planText('export.repeat'), { exact: true }).fill(copyPassphrase);
  const downloading = page.waitForEvent('download');
  await exportSection.getByRole('button', { name: planText('export.create') }).click();
  const download = await downloading;
  const file = testInfo.outputPath(fileName);
  await download.saveAs(file);
  return { file, suggestedName: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

/** Another phone: a fresh browser context at phone size, with Verder opened in English. */
export async function anotherPhone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await context.newPage();
  await openApp(phone, 'en');
  return { phone, close: () => context.close() };
}

/** Opens a copy on `page` with the right passphrase and waits until its preview names `inPreview`. */
export async function openCopy(page: Page, file: string, inPreview: string): Promise<Locator> {
  await openLockAndCopies(page);
  const importSection = page.getByRole('region', { name: planText('import.title') });
  await importSection.locator('#import-file').setInputFiles(file);
  await importSection.getByLabel(planText('import.passphrase')).fill(copyPassphrase);
  await importSection.getByRole('button', { name: planText('import.open') }).click();
  await expect(importSection.getByText(inPreview)).toBeVisible({ timeout: 30_000 });
  return importSection;
}

/** Opens a copy and adds what it holds to the plan on `page`; `changed` is the number the app reports. */
export async function mergeCopy(page: Page, file: string, inPreview: string, changed: number): Promise<void> {
  const importSection = await openCopy(page, file, inPreview);
  await importSection.getByRole('button', { name: planText('import.merge') }).click();
  const merged = planText(changed === 1 ? 'import.merged_one' : 'import.merged_other').replace(
    '{{count}}',
    String(changed),
  );
  await expect(importSection.getByText(merged)).toBeVisible();
}
