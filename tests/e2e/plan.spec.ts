import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openOffline, startOwnServer, waitForServiceWorkerControl } from './ownServer';
import {
  addNote,
  addStep,
  deleteEverything,
  dumpOrigin,
  openLockAndCopies,
  openPlan,
  planText,
  setUpLock,
} from './planHelpers';
import { anotherPhone, makeCopy } from './copyHelpers';
import { openApp, waitForApp } from './screens';
import { announcer } from './announced';

test('a locked plan leaves no readable trace in any browser storage of the origin', async ({ page }) => {
  const canary = `kanarie-${Date.now()}-zonder-spoor`;
  await openApp(page, 'en');
  await openPlan(page);
  await addNote(page, `note ${canary}`);
  await addStep(page, `step ${canary}`);
  // The dump does find the text while the plan is not locked: the search itself works.
  expect(await dumpOrigin(page)).toContain(canary);

  await setUpLock(page, 'a long walk by the river');
  await openPlan(page);
  await page.getByRole('button', { name: planText('lockNow') }).click();
  await expect(page.getByRole('heading', { name: planText('unlock.title') })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain(canary);
  const dump = await dumpOrigin(page);
  expect(dump).toContain('indexeddb:verder/planItems');
  expect(dump).not.toContain(canary);

  await page.getByLabel(planText('unlock.passphrase')).fill('a long walk by the river');
  await page.getByRole('button', { name: planText('unlock.open') }).click();
  await expect(page.getByText(`note ${canary}`)).toBeVisible({ timeout: 30_000 });
});

test('a note being typed when the plan is locked is kept sealed, never in plain text, and said at the unlock (m1)', async ({
  page,
}) => {
  const canary = `kanarie-${Date.now()}-half-getypt`;
  const common = JSON.parse(readFileSync('locales/en/common.json', 'utf8')) as { announce: Record<string, string> };
  await openApp(page, 'en');
  await setUpLock(page, 'a long walk by the river');
  await openPlan(page);
  const notes = page.getByRole('region', { name: planText('sections.note.title') });
  await notes.getByRole('button', { name: planText('sections.note.add') }).click();
  await notes.getByLabel(planText('fields.note.text')).fill(`note ${canary}`);
  await page.getByRole('button', { name: planText('lockNow') }).click();
  await expect(page.getByRole('heading', { name: planText('unlock.title') })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain(canary);
  // The draft is written (sealed) just after the lock: a row appears, and no store holds the words.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('verder');
            open.onsuccess = () => {
              const count = open.result.transaction('planItems').objectStore('planItems').count();
              count.onsuccess = () => {
                resolve(count.result);
                open.result.close();
              };
            };
          }),
      ),
    )
    .toBe(1);
  expect(await dumpOrigin(page)).not.toContain(canary);

  await page.getByLabel(planText('unlock.passphrase')).fill('a long walk by the river');
  await page.getByRole('button', { name: planText('unlock.open') }).click();
  await expect(page.getByText(`note ${canary}`)).toBeVisible({ timeout: 30_000 });
  await expect(announcer(page)).toHaveText(common.announce.unlockedDraftsKept ?? '');
});

test('two tabs editing the same plan lose nothing', async ({ context, page }) => {
  await openApp(page, 'en');
  await openPlan(page);
  const second = await context.newPage();
  await second.goto('/');
  await openPlan(second);
  await Promise.all([addNote(page, 'written in tab one'), addNote(second, 'written in tab two')]);
  for (const tab of [page, second]) {
    await expect(tab.getByText('written in tab one')).toBeVisible();
    await expect(tab.getByText('written in tab two')).toBeVisible();
  }
  await second.close();
});

test('a plan survives a reload and keeps its order', async ({ page }) => {
  await openApp(page, 'en');
  await openPlan(page);
  await addNote(page, 'first');
  await addNote(page, 'second');
  await page.getByRole('button', { name: `${planText('item.moveUp')}: second` }).click();
  const notes = page.getByRole('region', { name: planText('sections.note.title') }).locator('.plan-item__text');
  // As the person sees it: the move is on screen (and so stored) before they reload.
  await expect(notes).toHaveText(['second', 'first']);
  await page.reload();
  await openPlan(page);
  await expect(notes).toHaveText(['second', 'first']);
});

test('printing shows the plan only: no menus, buttons, forms or quick exit', async ({ page }) => {
  await openApp(page, 'en');
  await openPlan(page);
  await addNote(page, 'printed note');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('printed note')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: planText('title') })).toBeVisible();
  for (const hidden of ['.quick-exit', '.top-bar', '.app-nav', '.back-button', '.plan-tools']) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  await expect(page.getByRole('button')).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('a copy moves the plan to another phone; a damaged copy changes nothing', async ({ browser, page }, testInfo) => {
  await openApp(page, 'en');
  await openPlan(page);
  await addNote(page, 'comes along to the new phone');
  const copy = await makeCopy(page, testInfo);
  expect(copy.suggestedName).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.bin$/);
  expect(copy.text).not.toContain('comes along');
  const file = copy.file;

  const { phone, close } = await anotherPhone(browser);
  await openPlan(phone);
  await addNote(phone, 'already on the other phone');
  await openLockAndCopies(phone);
  const before = await dumpOrigin(phone);
  const importSection = phone.getByRole('region', { name: planText('import.title') });

  const damaged = testInfo.outputPath('damaged.verder');
  const text = readFileSync(file, 'utf8');
  writeFileSync(damaged, text.slice(0, text.length - 40));
  await importSection.locator('#import-file').setInputFiles(damaged);
  await importSection.getByLabel(planText('import.passphrase')).fill('copy passphrase 1');
  await importSection.getByRole('button', { name: planText('import.open') }).click();
  await expect(importSection.locator('.notice--alert')).toHaveText(planText('import.errors.notAPlanFile'));
  await expect(announcer(phone, 'assertive')).toHaveText(planText('import.errors.notAPlanFile'));

  await importSection.locator('#import-file').setInputFiles(file);
  await importSection.getByLabel(planText('import.passphrase')).fill('wrong passphrase');
  await importSection.getByRole('button', { name: planText('import.open') }).click();
  await expect(importSection.locator('.notice--alert')).toHaveText(planText('import.errors.wrongPassphrase'), {
    timeout: 30_000,
  });
  await expect(announcer(phone, 'assertive')).toHaveText(planText('import.errors.wrongPassphrase'));
  expect(await dumpOrigin(phone)).toBe(before);

  await importSection.getByLabel(planText('import.passphrase')).fill('copy passphrase 1');
  await importSection.getByRole('button', { name: planText('import.open') }).click();
  await expect(importSection.getByText(planText('import.contents'))).toBeVisible({ timeout: 30_000 });
  await importSection.getByRole('button', { name: planText('import.merge') }).click();
  await expect(importSection.getByText('1 thing in your plan is new or updated.')).toBeVisible();
  await openPlan(phone);
  await expect(phone.getByText('comes along to the new phone')).toBeVisible();
  await expect(phone.getByText('already on the other phone')).toBeVisible();
  await close();
});

test('an update while a note is being typed loses nothing', async ({ page }) => {
  const server = await startOwnServer(4210);
  const { appendFileSync } = await import('node:fs');
  try {
    await page.goto(server.url);
    await page.locator('button.language-choice[lang="en"]').click();
    await waitForServiceWorkerControl(page);
    await openPlan(page);
    const notes = page.getByRole('region', { name: planText('sections.note.title') });
    await notes.getByRole('button', { name: planText('sections.note.add') }).click();
    await notes.getByLabel(planText('fields.note.text')).fill('half-written thought');

    appendFileSync(`${server.root}/sw.js`, '\n// next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.locator('.notice').filter({ hasText: 'new version' });
    await expect(prompt).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button').first().click();
    await reloaded;
    await openPlan(page);
    await expect(page.getByText('half-written thought')).toBeVisible();
  } finally {
    await server.close();
  }
});

test('deleting everything removes the plan, the lock and the settings', async ({ page }) => {
  await openApp(page, 'en');
  await openPlan(page);
  await addNote(page, 'to be deleted');
  await setUpLock(page, 'a long walk by the river');
  const historyBefore = await page.evaluate(() => history.length);
  const erase = await deleteEverything(page);
  await erase.getByRole('button', { name: planText('erase.startAgain') }).click();
  // Back to the very first screen: the language choice, since that setting is gone too.
  await expect(page.locator('button.language-choice[lang="en"]')).toBeVisible();
  await waitForApp(page);
  const dump = JSON.parse(await dumpOrigin(page)) as Record<string, string>;
  // Empty, or not there at all: the prerendered first screen may paint before the app opens the database.
  for (const store of ['planItems', 'planMeta', 'settings'])
    expect(dump[`indexeddb:verder/${store}`] ?? '[]').toBe('[]');
  expect(Object.keys(dump).filter((key) => key.startsWith('indexeddb:') && dump[key] !== '[]')).toEqual([]);
  // Reloaded in place: no new history entry.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
});

test('the plan works without internet after one visit, locked and unlocked', async ({ page }) => {
  await openOffline(page, 4211, 'en');
  await openPlan(page);
  await addNote(page, 'written offline');
  await setUpLock(page, 'a long walk by the river');
  await page.reload();
  await openPlan(page);
  await page.getByLabel(planText('unlock.passphrase')).fill('a long walk by the river');
  await page.getByRole('button', { name: planText('unlock.open') }).click();
  await expect(page.getByText('written offline')).toBeVisible({ timeout: 30_000 });
});

test('every change in the plan is heard, and focus goes somewhere sensible', async ({ page }) => {
  await openApp(page, 'en');
  await openPlan(page);
  await addNote(page, 'apples');
  await expect(announcer(page)).toHaveText(planText('item.saved'));
  await addNote(page, 'pears');
  const notes = page.getByRole('region', { name: planText('sections.note.title') });

  // Delete: Undo takes the item's place, with focus on it; the announcement names no plan text.
  await page.getByRole('button', { name: `${planText('item.delete')}: apples` }).click();
  const undo = notes.getByRole('button', { name: planText('item.undo'), exact: true });
  await expect(undo).toBeFocused();
  await expect(announcer(page)).toHaveText(planText('item.deletedUndo'));
  const slot = notes.locator('li.plan-item--deleted');
  await expect(slot).toContainText(planText('item.deletedUndo'));
  await expect(slot).not.toContainText('apples');
  const box = await slot.boundingBox();
  expect(box && box.y >= 0 && box.y < (page.viewportSize()?.height ?? 0)).toBe(true);

  // Undo: the item is back and focused.
  await undo.click();
  await expect(page.locator('li.plan-item', { hasText: 'apples' })).toBeFocused();
  await expect(announcer(page)).toHaveText(planText('item.restored'));

  // Lock now, then a wrong and a right passphrase.
  await setUpLock(page, 'a long walk by the river');
  await openPlan(page);
  await page.getByRole('button', { name: planText('lockNow') }).click();
  await expect(page.getByRole('heading', { level: 2, name: planText('unlock.title') })).toBeFocused();
  await expect(announcer(page)).toHaveText('Your plan is locked now.');
  const field = page.getByLabel(planText('unlock.passphrase'));
  await field.fill('not this one at all');
  await page.getByRole('button', { name: planText('unlock.open') }).click();
  await expect(announcer(page, 'assertive')).toHaveText(planText('unlock.wrong'), { timeout: 30_000 });
  await expect(field).toBeFocused();
  await field.fill('a long walk by the river');
  await page.getByRole('button', { name: planText('unlock.open') }).click();
  await expect(announcer(page)).toHaveText('Your plan is open.', { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: planText('title') })).toBeFocused();
});
