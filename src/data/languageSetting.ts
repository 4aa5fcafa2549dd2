/**
 * Reads the language setting with IndexedDB itself, without Dexie: the service worker (src/sw.ts)
 * picks the start page with it, and the app (src/features/settings/chooseLanguage.ts) picks the
 * language to hydrate in, before Dexie (about 30 KiB gzip) has loaded. So the first screen never
 * waits for the database library.
 */
import { databaseName, languageSettingKey, settingsTableName } from './names';

/**
 * The language setting, or undefined: no database yet (never created here), blocked, unreadable,
 * or (with `timeoutMs`) too slow.
 */
export function readLanguageSetting(timeoutMs?: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    let isDone = false;
    const finish = (value?: string) => {
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
        const read = db
          .transaction(settingsTableName, 'readonly')
          .objectStore(settingsTableName)
          .get(languageSettingKey);
        read.onsuccess = () => {
          const value: unknown = (read.result as { value?: unknown } | undefined)?.value;
          db.close();
          finish(typeof value === 'string' ? value : undefined);
        };
        read.onerror = () => {
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
