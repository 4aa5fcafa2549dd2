/**
 * The booking check-in in the production build: the links it builds (read, never followed), sealed
 * with the lock, carried by a copy, erased by Delete everything, and the reminder when the time
 * passes (the page's clock is moved on; Verder uses only timers). Labels come from the locale files.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { deleteEverything, dumpOrigin, openLockAndCopies, openPlan, planText, setUpLock } from './planHelpers';
import { openApp, screensFor, type Language } from './screens';
import { axeViolations } from './axeCheck';

function textsOf(language: Language) {
  const texts = JSON.parse(readFileSync(`locales/${language}/checkIn.json`, 'utf8')) as Record<string, unknown>;
  return (key: string): string => {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], texts);
    if (typeof value !== 'string') throw new Error(`No checkIn text at ${key}`);
    return value;
  };
}
const checkInText = textsOf('en');

async function openCheckIn(page: Page, language: Language = 'en') {
  const screen = screensFor(language).find((entry) => entry.name === 'check-in-active');
  if (!screen) throw new Error('the check-in is missing from the screen list');
  await screen.open(page);
}

async function startCheckIn(page: Page, details: { who: string; where: string; codeWord: string }) {
  await page.getByLabel(checkInText('fields.who'), { exact: true }).fill(details.who);
  await page.getByLabel(checkInText('fields.where'), { exact: true }).fill(details.where);
  await page.getByLabel(checkInText('fields.buddyPhone'), { exact: true }).fill('06 1234 5678');
  await page.getByLabel(checkInText('fields.codeWord'), { exact: true }).fill(details.codeWord);
  await page.getByRole('button', { name: checkInText('start') }).click();
  await expect(page.getByRole('heading', { level: 2, name: checkInText('active.heading') })).toBeVisible();
}

async function openForm(page: Page) {
  const screen = screensFor('en').find((entry) => entry.name === 'check-in');
  await screen?.open(page);
}

test('the check-in builds an sms: and a wa.me link with the details, and fetches nothing by itself', async ({
  context,
  page,
}) => {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== baseURL && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(url.href);
  });
  await openApp(page, 'en');
  await openForm(page);
  await startCheckIn(page, { who: 'Mark, 06 9876 5432', where: 'Hotel Centraal #12 & bar', codeWord: 'tulpen' });

  const sms = (await page.getByRole('link', { name: checkInText('active.sms') }).getAttribute('href')) ?? '';
  expect(sms.startsWith('sms:+31612345678?&body=')).toBe(true);
  const body = decodeURIComponent(sms.slice('sms:+31612345678?&body='.length));
  expect(body.split('\n')).toEqual([
    'Check-in:',
    'I am meeting: Mark, 06 9876 5432',
    'Where: Hotel Centraal #12 & bar',
    expect.stringMatching(/^I will send you a message by \d{1,2}:\d{2}/),
    'If you have not heard from me by then, call me.',
    'If I send you “tulpen”, I need help: call 112.',
  ]);
  const whatsApp = (await page.getByRole('link', { name: checkInText('active.whatsApp') }).getAttribute('href')) ?? '';
  const url = new URL(whatsApp);
  expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/31612345678');
  expect(url.searchParams.get('text')).toBe(body);
  // The same text is shown on screen before it is sent.
  await expect(page.locator('.check-in-message__text')).toHaveText(body);
  expect(foreign).toEqual([]);
});

test('threat: someone reads the phone’s storage after the lock — who, where and the code word are in no store', async ({
  page,
}) => {
  const canary = 'kanarie-checkin-6613';
  await page.clock.install();
  await openApp(page, 'en');
  await setUpLock(page, 'three words in a row');
  await openForm(page);
  await startCheckIn(page, { who: `Client ${canary}`, where: `Room ${canary}`, codeWord: `word${canary}` });
  await openPlan(page);
  await page.getByRole('button', { name: planText('lockNow') }).click();
  const dump = await dumpOrigin(page);
  expect(dump).toContain('check-in');
  expect(dump.includes(canary)).toBe(false);
  expect(dump.includes('31612345678')).toBe(false);

  // After a reload the check-in asks for the passphrase and shows nothing of what it holds.
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  const screen = screensFor('en').find((entry) => entry.name === 'plan');
  await screen?.open(page);
  await page.getByRole('link', { name: checkInText('planLink') }).click();
  await expect(page.getByLabel(planText('unlock.passphrase'))).toBeVisible();
  await expect(page.getByText(canary)).toHaveCount(0);
  // Past the check-in's time with the lock closed: no reminder on any screen, nothing of the booking.
  await page.clock.fastForward('01:01:00');
  await screensFor('en')
    .find((entry) => entry.name === 'home')
    ?.open(page);
  await page.waitForTimeout(500);
  await expect(page.getByText(checkInText('due.body'))).toHaveCount(0);
  await screen?.open(page);
  await page.getByRole('link', { name: checkInText('planLink') }).click();
  await page.getByLabel(planText('unlock.passphrase')).fill('three words in a row');
  await page.getByRole('button', { name: planText('unlock.open') }).click();
  await expect(page.getByText(`I am meeting: Client ${canary}`)).toBeVisible();
  // Once unlocked, the reminder that was held back shows.
  await expect(page.locator('.notice').filter({ hasText: checkInText('due.body') })).toBeVisible();
});

test('threat: a booking is left behind — ending deletes the check-in, and Delete everything leaves none', async ({
  page,
}) => {
  const canary = 'kanarie-afspraak-2290';
  await openApp(page, 'en');
  await openForm(page);
  await startCheckIn(page, { who: canary, where: '', codeWord: '' });
  expect(await dumpOrigin(page, { withCaches: false })).toContain(canary);
  await page.getByRole('button', { name: checkInText('active.end') }).click();
  await expect(page.getByText(checkInText('ended.deleted'))).toBeVisible();
  expect(await dumpOrigin(page, { withCaches: false })).not.toContain(canary);

  await page.getByLabel(checkInText('fields.buddyPhone'), { exact: true }).fill('06 1234 5678');
  await page.getByLabel(checkInText('fields.who'), { exact: true }).fill(`${canary} again`);
  await page.getByRole('button', { name: checkInText('start') }).click();
  await expect(page.getByRole('heading', { level: 2, name: checkInText('active.heading') })).toBeVisible();
  await deleteEverything(page);
  const dump = await dumpOrigin(page, { withCaches: false });
  expect(dump.includes(canary)).toBe(false);
  expect(dump.includes('check-in')).toBe(false);
});

test('a copy carries the check-in to another phone, named in the preview before import', async ({
  browser,
  page,
}, testInfo) => {
  await openApp(page, 'en');
  await openForm(page);
  await startCheckIn(page, { who: 'carried in the copy', where: 'Utrecht', codeWord: 'tulpen' });
  await openLockAndCopies(page);
  const exportSection = page.getByRole('region', { name: planText('export.title') });
  await exportSection.getByLabel(planText('export.passphrase'), { exact: true }).fill('copy passphrase 1');
  await exportSection.getByLabel(planText('export.repeat'), { exact: true }).fill('copy passphrase 1');
  const downloading = page.waitForEvent('download');
  await exportSection.getByRole('button', { name: planText('export.create') }).click();
  const file = testInfo.outputPath('copy.verder');
  await (await downloading).saveAs(file);
  expect(readFileSync(file, 'utf8')).not.toContain('carried in the copy');

  const other = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await other.newPage();
  await openApp(phone, 'en');
  await openLockAndCopies(phone);
  const importSection = phone.getByRole('region', { name: planText('import.title') });
  await importSection.locator('#import-file').setInputFiles(file);
  await importSection.getByLabel(planText('import.passphrase')).fill('copy passphrase 1');
  await importSection.getByRole('button', { name: planText('import.open') }).click();
  await expect(importSection.getByText(planText('import.checkIn'))).toBeVisible({ timeout: 30_000 });
  await importSection.getByRole('button', { name: planText('import.merge') }).click();
  await expect(importSection.getByText('1 thing in your plan is new or updated.')).toBeVisible();
  await openCheckIn(phone);
  await expect(phone.getByText('I am meeting: carried in the copy')).toBeVisible();
  await other.close();
});

for (const language of ['nl', 'ar'] as const) {
  test(`the reminder when the time passes, on the check-in and on another screen, axe clean and screenshots in ${language}`, async ({
    page,
  }) => {
    const local = textsOf(language);
    await page.clock.install();
    await openApp(page, language);
    const form = screensFor(language).find((entry) => entry.name === 'check-in');
    await form?.open(page);
    await page.screenshot({ path: `test-results/screenshots/${language}-check-in-form.png`, fullPage: true });
    await openCheckIn(page, language);
    // In the page, not in the announcer, which may still hold the words for a few seconds.
    await expect(page.locator('main').getByText(local('due.body'))).toHaveCount(0);
    await page.screenshot({ path: `test-results/screenshots/${language}-check-in-active.png`, fullPage: true });

    await page.clock.fastForward('01:00:30');
    const reminder = page.locator('.notice').filter({ hasText: local('due.body') });
    await expect(reminder).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/${language}-check-in-due.png`, fullPage: true });

    // On another screen while Verder is open, with a way back to the check-in.
    const home = screensFor(language).find((entry) => entry.name === 'home');
    await home?.open(page);
    await expect(page.locator('.notice').filter({ hasText: local('due.body') })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/${language}-check-in-due-home.png`, fullPage: true });
    await page.getByRole('button', { name: local('active.extend') }).click();
    // In the page, not in the announcer, which may still hold the words for a few seconds.
    await expect(page.locator('main').getByText(local('due.body'))).toHaveCount(0);
  });
}
