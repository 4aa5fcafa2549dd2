import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { addNote, dumpOrigin, fillPassphrase, openLockAndCopies, openPlan, planText, region } from './plan';
import { openApp, withBrowser, xpath, type Browser, tap } from './session';

const downloads = inject('downloadDir');
const copyName = /^backup-\d{4}-\d{2}-\d{2}\.bin$/;

/** Waits for MiniBrowser to finish saving a copy in its downloads folder (the driver's home folder). */
async function waitForCopy(browser: Browser): Promise<string> {
  let found = '';
  await browser.waitUntil(
    () => {
      const names = readdirSync(downloads).filter((name) => name.endsWith('.bin'));
      const [name] = names;
      if (names.length !== 1 || !name) return false;
      const path = join(downloads, name);
      // Saved once it is a whole JSON document (WebKit writes it under its final name).
      try {
        JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        return false;
      }
      found = path;
      return statSync(path).size > 0;
    },
    { timeout: 30_000, timeoutMsg: `no copy appeared in ${downloads}` },
  );
  return found;
}

/**
 * What an import could change: every IndexedDB store, localStorage and sessionStorage. Cache Storage
 * is left out: the service worker may still be filling it in the background on a first visit.
 */
async function storedPlan(browser: Browser): Promise<Record<string, string>> {
  const dump = JSON.parse(await dumpOrigin(browser)) as Record<string, string>;
  return Object.fromEntries(Object.entries(dump).filter(([key]) => !key.startsWith('cache:')));
}

async function openCopy(browser: Browser, file: string, passphrase: string): Promise<void> {
  const section = region(browser, 'import.title');
  // WebDriver's "send keys" to a file input chooses that file, as the file picker would.
  await section.$('#import-file').addValue(file);
  await section
    .$(xpath.text(planText('import.chosen').replace('{{name}}', file.split('/').pop() ?? '')))
    .waitForExist();
  await fillPassphrase(browser, 'import.title', { passphrase: 'import.passphrase' }, passphrase);
  await tap(section.$(xpath.button(planText('import.open'))));
}

test('a copy made in WebKit is downloaded as one encrypted file and opens on another phone; a damaged copy or a wrong passphrase changes nothing', async () => {
  for (const name of readdirSync(downloads)) if (name.endsWith('.bin')) rmSync(join(downloads, name));

  const file = await withBrowser(async (browser) => {
    await openApp(browser, 'en');
    await openPlan(browser);
    await addNote(browser, 'comes along to the new phone');
    await openLockAndCopies(browser);
    await fillPassphrase(
      browser,
      'export.title',
      { passphrase: 'export.passphrase', repeat: 'export.repeat' },
      'copy passphrase 1',
    );
    await tap(region(browser, 'export.title').$(xpath.button(planText('export.create'))));
    await browser.$(xpath.text(planText('export.done'))).waitForDisplayed({ timeout: 60_000 });
    return waitForCopy(browser);
  });
  expect(file.split('/').pop()).toMatch(copyName);
  const copy = readFileSync(file, 'utf8');
  expect(copy).not.toContain('comes along');

  // Another phone: a new session, so new and empty website data, with a plan of its own.
  await withBrowser(async (phone) => {
    await openApp(phone, 'en');
    await openPlan(phone);
    await addNote(phone, 'already on the other phone');
    await openLockAndCopies(phone);
    const before = await storedPlan(phone);
    const section = region(phone, 'import.title');

    const damaged = join(downloads, 'damaged.bin');
    writeFileSync(damaged, copy.slice(0, copy.length - 40));
    await openCopy(phone, damaged, 'copy passphrase 1');
    await section.$(xpath.text(planText('import.errors.notAPlanFile'))).waitForDisplayed();
    rmSync(damaged);

    await openCopy(phone, file, 'wrong passphrase');
    await section.$(xpath.text(planText('import.errors.wrongPassphrase'))).waitForDisplayed({ timeout: 60_000 });
    expect(await storedPlan(phone)).toEqual(before);

    await fillPassphrase(phone, 'import.title', { passphrase: 'import.passphrase' }, 'copy passphrase 1');
    await tap(section.$(xpath.button(planText('import.open'))));
    await section.$(xpath.text(planText('import.contents'))).waitForDisplayed({ timeout: 60_000 });
    await tap(section.$(xpath.button(planText('import.merge'))));
    await section.$(xpath.text(planText('import.merged_one').replace('{{count}}', '1'))).waitForDisplayed();
    await openPlan(phone);
    await phone.$(xpath.text('comes along to the new phone')).waitForDisplayed();
    await phone.$(xpath.text('already on the other phone')).waitForDisplayed();
  });
  rmSync(file, { force: true });
});
