/**
 * The incident log in the production build: sealed with the lock, printed without the app around it,
 * carried by a copy with its first version. Labels come from the English locale files.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { deleteEverything, dumpOrigin, openPlan, planText, setUpLock } from './planHelpers';
import { anotherPhone, makeCopy, mergeCopy } from './copyHelpers';
import { openApp, screensFor } from './screens';

const texts = JSON.parse(readFileSync('locales/en/incidents.json', 'utf8')) as Record<string, unknown>;
function incidentText(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], texts);
  if (typeof value !== 'string') throw new Error(`No incidents text at ${key}`);
  return value;
}

async function openLog(page: Page) {
  await openPlan(page);
  await page.getByRole('link', { name: incidentText('planLink') }).click();
  await expect(page.getByRole('heading', { level: 1, name: incidentText('title') })).toBeVisible();
}

async function addRecord(page: Page, what: string, person = '') {
  await page.getByRole('button', { name: incidentText('add') }).click();
  await page.getByLabel(incidentText('fields.what'), { exact: true }).fill(what);
  if (person) await page.getByLabel(incidentText('fields.person'), { exact: true }).fill(person);
  await page.getByRole('button', { name: incidentText('save'), exact: true }).click();
  // On the screen, not its copy in the announcer's live region.
  await expect(page.locator('#main').getByText(incidentText('saved'))).toBeVisible();
}

test('threat: someone reads the phone’s storage after the lock — a log entry’s words are in no store', async ({
  page,
}) => {
  const canary = 'kanarie-incident-5521';
  await openApp(page, 'en');
  await openPlan(page);
  await setUpLock(page, 'three words in a row');
  await openLog(page);
  await addRecord(page, `He threatened me ${canary}`, `Red car ${canary}`);
  await openPlan(page);
  await page.getByRole('button', { name: planText('lockNow') }).click();
  const dump = await dumpOrigin(page);
  expect(dump).toContain('incident-');
  expect(dump.includes(canary)).toBe(false);

  // After a reload the log asks for the passphrase and says nothing about what it holds.
  await page.reload();
  await openLog(page);
  await expect(page.getByLabel(planText('unlock.passphrase'))).toBeVisible();
  await expect(page.getByRole('button', { name: /record of/ })).toHaveCount(0);
  await page.getByLabel(planText('unlock.passphrase')).fill('three words in a row');
  await page.getByRole('button', { name: planText('unlock.open') }).click();
  await page.getByRole('button', { name: /^Open the record of/ }).click();
  await expect(page.getByText(`He threatened me ${canary}`)).toBeVisible();
});

test('threat: the log is left behind — Delete everything leaves no record of what happened', async ({ page }) => {
  const canary = 'kanarie-wissen-8842';
  await openApp(page, 'en');
  await openLog(page);
  await addRecord(page, `Written before erasing ${canary}`);
  expect(await dumpOrigin(page, { withCaches: false })).toContain(canary);
  await deleteEverything(page);
  const dump = await dumpOrigin(page, { withCaches: false });
  expect(dump.includes(canary)).toBe(false);
  expect(dump.includes('incident-')).toBe(false);
});

test('printing one record or all gives only the records: no menus, buttons, forms or quick exit', async ({ page }) => {
  await openApp(page, 'en');
  await openLog(page);
  await addRecord(page, 'first record to print');
  await addRecord(page, 'second record, not in this printout');
  // The print dialog itself belongs to the browser; the page is checked as the printer gets it.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page
    .getByRole('button', { name: /^Open the record of/ })
    .last()
    .click();
  await page.getByRole('button', { name: /^Print the record of/ }).click();
  await page.emulateMedia({ media: 'print' });
  const printout = page.locator('.incident-printout');
  await expect(printout.getByText('first record to print')).toBeVisible();
  await expect(printout.getByText('second record, not in this printout')).toHaveCount(0);
  // The on-screen list (the open record included) is not printed.
  await expect(page.locator('.incident-list')).toBeHidden();
  await expect(page.getByText(/^Written down with Verder on this phone\. Printed on/)).toBeVisible();
  for (const hidden of ['.quick-exit', '.top-bar', '.bottom-bar']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  await expect(page.getByText(incidentText('neverSent'))).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.getByRole('button', { name: incidentText('printAll') }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(printout.getByText('first record to print')).toBeVisible();
  await expect(printout.getByText('second record, not in this printout')).toBeVisible();
});

test('a copy carries the log to another phone with each record’s first version', async ({
  browser,
  page,
}, testInfo) => {
  await openApp(page, 'en');
  await openLog(page);
  await addRecord(page, 'as written on the night');
  await page.getByRole('button', { name: /^Open the record of/ }).click();
  await page.getByRole('button', { name: /^Change the record of/ }).click();
  await page.getByLabel(incidentText('fields.what'), { exact: true }).fill('added the next morning');
  await page.getByRole('button', { name: incidentText('saveEdit') }).click();
  await expect(page.getByText(incidentText('record.changedOn'))).toBeVisible();

  const copy = await makeCopy(page, testInfo);
  expect(copy.text).not.toContain('as written on the night');

  const { phone, close } = await anotherPhone(browser);
  await mergeCopy(phone, copy.file, planText('import.incident'), 1);

  await openLog(phone);
  await phone.getByRole('button', { name: /^Open the record of/ }).click();
  await expect(phone.getByText('added the next morning')).toBeVisible();
  await phone.getByText(/^First version, as written on/).click();
  await expect(phone.getByText('as written on the night')).toBeVisible();
  await close();
});

for (const language of ['nl', 'ar'] as const) {
  test(`screenshots of the log at 360×740 in ${language}`, async ({ page }) => {
    const log = screensFor(language).find((screen) => screen.name === 'incidents');
    if (!log) throw new Error('the log is missing from the screen list');
    await openApp(page, language);
    await log.open(page);
    await page.screenshot({ path: `test-results/screenshots/${language}-incidents-form.png`, fullPage: true });
    // With a record open and changed once: its fields, the change date and the first version.
    const local = JSON.parse(readFileSync(`locales/${language}/incidents.json`, 'utf8')) as {
      fields: Record<string, string>;
      saveEdit: string;
      save: string;
    };
    await page.getByLabel(local.fields.what ?? '', { exact: true }).fill('Lorem ipsum 1');
    await page.getByRole('button', { name: local.save, exact: true }).click();
    await page.locator('.incident-item > button').first().click();
    await page.locator('.incident-item .button-row button').first().click();
    await page.getByLabel(local.fields.what ?? '', { exact: true }).fill('Lorem ipsum 2');
    await page.getByRole('button', { name: local.saveEdit }).click();
    await page.locator('.incident-first > summary').click();
    await expect(page.getByText('Lorem ipsum 1')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    await page.screenshot({ path: `test-results/screenshots/${language}-incidents-record.png`, fullPage: true });

    // The guide that points to the log, with its urgent contacts first.
    const guide = screensFor(language).find((screen) => screen.name === 'guide-threatens-to-tell');
    if (!guide) throw new Error('the blackmail guide is missing from the screen list');
    await guide.open(page);
    await page.screenshot({ path: `test-results/screenshots/${language}-guide-threatens-to-tell.png`, fullPage: true });
  });
}
