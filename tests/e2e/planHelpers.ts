/** Shared steps for the plan's browser tests, with labels read from the English locale file. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

const plan = JSON.parse(readFileSync('locales/en/plan.json', 'utf8')) as Record<string, unknown>;
const common = JSON.parse(readFileSync('locales/en/common.json', 'utf8')) as { nav: Record<string, string> };

export function planText(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], plan);
  if (typeof value !== 'string') throw new Error(`No plan text at ${key}`);
  return value;
}

export async function openPlan(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: common.nav.label }).getByRole('link', { name: common.nav.plan }).click();
  await expect(page.getByRole('heading', { level: 1, name: planText('title') })).toBeVisible();
}

export async function openLockAndCopies(page: Page): Promise<void> {
  await openPlan(page);
  await page
    .getByRole('link', { name: planText('lockAndCopies') })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: planText('lockAndCopies') })).toBeVisible();
}

function section(page: Page, kind: string) {
  return page.getByRole('region', { name: planText(`sections.${kind}.title`) });
}

export async function addNote(page: Page, text: string): Promise<void> {
  const notes = section(page, 'note');
  await notes.getByRole('button', { name: planText('sections.note.add') }).click();
  await notes.getByLabel(planText('fields.note.text')).fill(text);
  await notes.getByRole('button', { name: planText('sections.note.add') }).click();
  await expect(page.getByRole('button', { name: `${planText('item.delete')}: ${text}` })).toBeVisible();
}

export async function addStep(page: Page, text: string): Promise<void> {
  const steps = section(page, 'step');
  await steps.getByRole('button', { name: planText('sections.step.add') }).click();
  await steps.getByLabel(planText('fields.step.text')).fill(text);
  await steps.getByRole('button', { name: planText('sections.step.add') }).click();
  await expect(page.getByRole('button', { name: `${planText('item.delete')}: ${text}` })).toBeVisible();
}

export async function setUpLock(page: Page, passphrase: string): Promise<void> {
  await openLockAndCopies(page);
  const lock = page.getByRole('region', { name: planText('lock.title') });
  await lock.getByLabel(planText('lock.passphrase'), { exact: true }).fill(passphrase);
  await lock.getByLabel(planText('lock.repeat'), { exact: true }).fill(passphrase);
  await lock.getByRole('button', { name: planText('lock.create') }).click();
  // .first(): the visible message; the announcer's hidden copy of it comes last in the page.
  await expect(page.getByText(planText('lock.locked')).first()).toBeVisible({ timeout: 30_000 });
}

/**
 * _Delete everything_ on the lock-and-copies screen, confirmed, optionally with the offline files;
 * returns the erase section (for _Start again_). Opens the screen first unless it is already open.
 */
export async function deleteEverything(page: Page, options: { offlineFiles?: boolean } = {}) {
  const erase = page.getByRole('region', { name: planText('erase.title') });
  if (!(await erase.isVisible())) await openLockAndCopies(page);
  if (options.offlineFiles) await erase.getByLabel(planText('erase.offlineFiles')).check();
  await erase.getByRole('button', { name: planText('erase.button') }).click();
  await erase.getByRole('button', { name: planText('erase.yes') }).click();
  await expect(erase.getByText(planText('erase.done'))).toBeVisible();
  return erase;
}

/**
 * Everything this origin keeps in the browser, as text: every IndexedDB database and store (bytes
 * decoded as Latin-1, so readable text inside would show), localStorage, sessionStorage and every
 * Cache Storage entry's body.
 */
export function dumpOrigin(page: Page, options: { withCaches?: boolean } = {}): Promise<string> {
  return page.evaluate(async (withCaches) => {
    const latin1 = new TextDecoder('latin1');
    const replacer = (_key: string, value: unknown) => {
      if (value instanceof ArrayBuffer) return latin1.decode(value);
      if (ArrayBuffer.isView(value)) return latin1.decode(value);
      return value;
    };
    const request = <T>(call: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        call.onsuccess = () => resolve(call.result);
        call.onerror = () => reject(call.error);
      });
    const dump: Record<string, string> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const database = await request(indexedDB.open(info.name));
      for (const store of Array.from(database.objectStoreNames)) {
        const records = await request(database.transaction(store).objectStore(store).getAll());
        dump[`indexeddb:${info.name}/${store}`] = JSON.stringify(records, replacer);
      }
      database.close();
    }
    dump.localStorage = JSON.stringify({ ...localStorage });
    dump.sessionStorage = JSON.stringify({ ...sessionStorage });
    // Cache Storage holds the app's own code, which names every option id; leave it out to look at data only.
    for (const name of withCaches ? await caches.keys() : []) {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) {
        const response = await cache.match(key);
        dump[`cache:${name}:${key.url}`] = response ? await response.text() : '';
      }
    }
    return JSON.stringify(dump);
  }, options.withCaches ?? true);
}
