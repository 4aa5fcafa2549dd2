/**
 * For "delete everything": removes Verder's offline copy from this browser — every cache of the
 * origin and the service worker — so nothing of the app stays behind either.
 */
export async function removeOfflineFiles(
  cacheStorage: CacheStorage | undefined = globalThis.caches,
  container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker,
): Promise<void> {
  if (cacheStorage) {
    for (const name of await cacheStorage.keys()) await cacheStorage.delete(name);
  }
  if (container) {
    for (const registration of await container.getRegistrations()) await registration.unregister();
  }
}
