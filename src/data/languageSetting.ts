/**
 * Reads the first screen's settings with IndexedDB itself, without Dexie: the service worker
 * (src/sw.ts) picks the start page with the language and marks the page when Shift three times is
 * off; the app (src/features/settings/chooseLanguage.ts) picks the language to hydrate in, before
 * Dexie (about 30 KiB gzip) has loaded. So the first screen never waits for the database library.
 */
import { databaseName, languageSettingKey, settingsTableName, shiftQuickExitSettingKey } from './names';

export interface FirstScreenSettings {
  language?: string;
  /** 'off' when Shift three times is turned off in Settings. */
  shiftQuickExit?: string;
}

/**
 * The two settings, or none: no database yet (never created here), blocked, unreadable, or (with
 * `timeoutMs`) too slow.
 */
export function readFirstScreenSettings(timeoutMs?: number): Promise<FirstScreenSettings> {
  return new Promise((resolve) => {
    let isDone = false;
    const finish = (value: FirstScreenSettings = {}) => {
      if (isDone) return;
      isDone = true;
      resolve(value);
    };
    if (timeoutMs !== undefined) setTimeout(() => finish(), timeoutMs);
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(databaseName);
    } catch {
      finish();
      return;
    }
    // No database: a new visitor. Abort, so this never creates an empty one for the app to find.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => finish();
    request.onblocked = () => finish();
    request.onsuccess = () => {
      const db = request.result;
      // The app may be upgrading the database: never stand in its way.
      db.onversionchange = () => db.close();
      try {
        if (!db.objectStoreNames.contains(settingsTableName)) throw new Error('no settings');
        const transaction = db.transaction(settingsTableName, 'readonly');
        const store = transaction.objectStore(settingsTableName);
        const settings: FirstScreenSettings = {};
        const readInto = (key: string, name: keyof FirstScreenSettings) => {
          const read = store.get(key);
          read.onsuccess = () => {
            const value: unknown = (read.result as { value?: unknown } | undefined)?.value;
            if (typeof value === 'string') settings[name] = value;
          };
        };
        readInto(languageSettingKey, 'language');
        readInto(shiftQuickExitSettingKey, 'shiftQuickExit');
        transaction.oncomplete = () => {
          db.close();
          finish(settings);
        };
        // A failed read aborts the transaction, so this also covers an error.
        transaction.onabort = () => {
          db.close();
          finish();
        };
      } catch {
        db.close();
        finish();
      }
    };
  });
}

/** The language setting, or undefined (see readFirstScreenSettings). */
export async function readLanguageSetting(timeoutMs?: number): Promise<string | undefined> {
  return (await readFirstScreenSettings(timeoutMs)).language;
}
