/**
 * Languages for offline use. The first visit precaches the app with Dutch (and an organisation's
 * default language); any other language, English too, is kept in its own cache the moment someone chooses it, or all at once from settings.
 * The Cache API is used directly (not only through the service worker), because on a first visit the
 * service worker does not yet control the page.
 */
export const languageCacheName = 'verder-languages';
const manifestUrl = `${import.meta.env.BASE_URL}locale-manifest.json`;
// A module script is requested with an Origin header and servers may answer `Vary: Origin`; the pack
// is the same file either way, so a cached copy must match regardless.
const matchOptions: CacheQueryOptions = { ignoreVary: true };

let manifest: Promise<Record<string, string[]>> | null = null;

/** Which built files hold which language; empty in development, where nothing is cached. */
export function readLocaleManifest(): Promise<Record<string, string[]>> {
  manifest ??= fetch(manifestUrl)
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, string[]>>) : {}))
    .catch(() => {
      manifest = null;
      return {};
    });
  return manifest;
}

function hasCacheStorage(): boolean {
  return typeof caches !== 'undefined';
}

export async function isLanguageOffline(code: string): Promise<boolean> {
  if (!hasCacheStorage()) return false;
  const urls = (await readLocaleManifest())[code];
  if (!urls || urls.length === 0) return false;
  const found = await Promise.all(urls.map((url) => caches.match(url, matchOptions)));
  return found.every((response) => response !== undefined);
}

/** Keeps one language for offline use; quietly does nothing where caching is impossible. */
export async function keepLanguageOffline(code: string): Promise<boolean> {
  if (!hasCacheStorage()) return false;
  const urls = (await readLocaleManifest())[code];
  if (!urls || urls.length === 0) return false;
  const found = await Promise.all(urls.map((url) => caches.match(url, matchOptions)));
  const missing = urls.filter((_, index) => found[index] === undefined);
  if (missing.length === 0) return true;
  try {
    const cache = await caches.open(languageCacheName);
    await cache.addAll(missing);
    return true;
  } catch {
    return false;
  }
}

export interface DownloadProgress {
  done: number;
  total: number;
  failed: string[];
}

const keptListeners = new Set<() => void>();

/** Told after a download of all languages ends, so every list of what is kept can read it again. */
export function onLanguagesKept(listener: () => void): () => void {
  keptListeners.add(listener);
  return () => {
    keptListeners.delete(listener);
  };
}

/** Downloads every language not yet kept, one at a time (gentle on a slow connection), with progress. */
export async function keepAllLanguagesOffline(
  codes: readonly string[],
  onProgress: (progress: DownloadProgress) => void,
): Promise<DownloadProgress> {
  const progress: DownloadProgress = { done: 0, total: codes.length, failed: [] };
  onProgress({ ...progress });
  for (const code of codes) {
    const isKept = await keepLanguageOffline(code);
    progress.done += 1;
    if (!isKept) progress.failed.push(code);
    onProgress({ ...progress, failed: [...progress.failed] });
  }
  for (const listener of [...keptListeners]) listener();
  return progress;
}
