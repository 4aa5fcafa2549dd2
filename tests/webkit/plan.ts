/** The plan's steps in WebKit, in English, with labels from locales/en/plan.json. */
import { literal, openFromMenu, text, xpath, type Browser, tap, waitShown } from './session';

export const planText = (key: string) => text('en', 'plan', key);

export async function openPlan(browser: Browser): Promise<void> {
  await openFromMenu(browser, 'en', 'nav.plan', planText('title'));
}

export async function openLockAndCopies(browser: Browser): Promise<void> {
  await openPlan(browser);
  await tap(browser.$(`//a[normalize-space(.)=${literal(planText('lockAndCopies'))}]`));
  await browser.$(xpath.h1(planText('lockAndCopies'))).waitForDisplayed();
}

export function region(browser: Browser, titleKey: string) {
  return browser.$(xpath.region(planText(titleKey)));
}

export async function addNote(browser: Browser, note: string): Promise<void> {
  const notes = region(browser, 'sections.note.title');
  await tap(notes.$(xpath.button(planText('sections.note.add'))));
  await notes.$(xpath.field(planText('fields.note.text'))).setValue(note);
  await tap(notes.$(xpath.button(planText('sections.note.add'))));
  await waitShown(browser, () => browser.$(xpath.button(planText('item.deleteLabel').replace('{{text}}', note))));
}

export async function fillPassphrase(
  browser: Browser,
  titleKey: string,
  labels: { passphrase: string; repeat?: string },
  value: string,
): Promise<void> {
  const section = region(browser, titleKey);
  await section.$(xpath.field(planText(labels.passphrase))).setValue(value);
  if (labels.repeat) await section.$(xpath.field(planText(labels.repeat))).setValue(value);
}

/** Locks the plan with a passphrase from the lock screen, and waits until it says so. */
export async function setUpLock(browser: Browser, passphrase: string): Promise<void> {
  await openLockAndCopies(browser);
  await fillPassphrase(browser, 'lock.title', { passphrase: 'lock.passphrase', repeat: 'lock.repeat' }, passphrase);
  await tap(region(browser, 'lock.title').$(xpath.button(planText('lock.create'))));
  await browser.$(xpath.text(planText('lock.locked'))).waitForDisplayed({ timeout: 60_000 });
}

/**
 * Every record of every IndexedDB database of the origin, plus localStorage, sessionStorage and Cache
 * Storage, as one text (bytes decoded as Latin-1, so readable text inside would show).
 */
export function dumpOrigin(browser: Browser): Promise<string> {
  return browser.executeAsync((done: (dump: string) => void) => {
    const latin1 = new TextDecoder('latin1');
    const replacer = (_key: string, value: unknown) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? latin1.decode(value) : value;
    const request = <T>(call: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        call.onsuccess = () => resolve(call.result);
        call.onerror = () => reject(call.error);
      });
    void (async () => {
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
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const key of await cache.keys()) {
          const response = await cache.match(key);
          dump[`cache:${name}:${key.url}`] = response ? await response.text() : '';
        }
      }
      done(JSON.stringify(dump));
    })().catch((error: unknown) => done(`dump failed: ${String(error)}`));
  });
}
