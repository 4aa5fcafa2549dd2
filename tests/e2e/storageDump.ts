import type { Page } from '@playwright/test';

/**
 * Everything this origin keeps that could be personal: every IndexedDB database with every record,
 * localStorage, and the Cache Storage caches that are not app files. The service worker's precache,
 * the language-file cache, the cache of the one prerendered start page the service worker serves
 * (`verder-pages`: built pages, checked to hold nothing personal in firstPaint.spec.ts) and workbox's
 * expiry times hold only Verder's own files, which entering the mode downloads on purpose, or which
 * the service worker keeps when it gets round to it; of those only the names of the caches are compared.
 */
/**
 * Waits until the service worker is active, so its precache exists: a dump taken while it is still
 * installing would miss the precache's name, and one taken later would have it (a difference that is
 * the app's own files arriving, not anything kept about the person).
 */
export async function whenServiceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

export function dumpStorage(page: Page) {
  return page.evaluate(async () => {
    const appFileCaches = /^(workbox-precache|verder-languages|verder-pages)/;
    const appFileDatabases = new Set(['workbox-expiration']);
    const databases: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name || appFileDatabases.has(info.name)) continue;
      const name = info.name;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const storeName of [...db.objectStoreNames]) {
        stores[storeName] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      databases[name] = stores;
    }
    const local = Object.fromEntries(Object.entries(localStorage));
    const cacheNames = await caches.keys();
    const personalCaches: Record<string, string[]> = {};
    for (const cacheName of cacheNames.filter((name) => !appFileCaches.test(name))) {
      personalCaches[cacheName] = (await (await caches.open(cacheName)).keys()).map((request) => request.url).sort();
    }
    return {
      databases,
      local,
      session: Object.fromEntries(Object.entries(sessionStorage)),
      personalCaches,
      appFileCacheNames: cacheNames.filter((name) => appFileCaches.test(name) && name.startsWith('workbox')).sort(),
    };
  });
}
