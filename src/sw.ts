/**
 * Verder's service worker (vite-plugin-pwa, injectManifest). What the generated one did — the
 * precache, languages cached when chosen, an update that waits for the person — plus one thing it
 * could not: a returning visitor gets the start screen prerendered in their language (src/prerender),
 * painted before any JavaScript runs, and a new visitor the language choice in the browser's language.
 *
 * For that it reads two settings on the device (src/data/languageSetting.ts), never the plan or
 * anything else: the language, and whether the person turned Shift three times off (their assistive
 * technology presses Shift), so the first script honours that before the app has loaded. The pages it
 * keeps are the build's own prerendered HTML: nothing personal is in them. Only the page a person needs is fetched and kept (twenty would break the
 * first-visit byte budget), and only when it belongs to this very build: a page of a newer build on
 * the server would ask for files this worker does not have.
 */
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { readFirstScreenSettings, type FirstScreenSettings } from './data/languageSetting';
import { shiftExitOffAttribute } from './data/names';
import { isLanguageCode } from './i18n/languages';
import { firstScreenPage, startPage } from './prerender/pages';

interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface WorkerScope {
  skipWaiting(): Promise<void>;
  navigator: { languages?: readonly string[] };
  location: Location;
  addEventListener(type: 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
interface PrecacheEntry {
  url: string;
  revision: string | null;
}

const worker = self as unknown as WorkerScope;
/** The prerendered pages of this build, as they are fetched; emptied when a new build takes over. */
export const pagesCacheName = 'verder-pages';
/** Languages kept when chosen (src/pwa/languagePacks.ts uses the same name). */
const languagesCacheName = 'verder-languages';
/** How long a navigation waits for the language setting before it serves the language choice. */
const settingTimeoutMs = 500;

/**
 * The page as kept, marked on <html> when Shift three times is off: the first script then does not
 * count Shift presses before the app has loaded (the app reads the setting itself once it runs).
 */
async function withSettings(response: Response, settings: FirstScreenSettings): Promise<Response> {
  if (settings.shiftQuickExit !== 'off') return response;
  const html = await response.text();
  return new Response(html.replace(/<html /, `<html ${shiftExitOffAttribute} `), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** The page from the pages cache, else from the network when it belongs to this build; else nothing. */
async function keptPage(url: string): Promise<Response | undefined> {
  const cache = await caches.open(pagesCacheName);
  const kept = await cache.match(url);
  if (kept) return kept;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok || response.redirected) return undefined;
    const entry = /<meta name="verder-app" content="([^"]+)"/.exec(await response.clone().text())?.[1];
    if (!entry || !getCacheKeyForURL(entry)) return undefined;
    await cache.put(url, response.clone());
    return response;
  } catch {
    return undefined;
  }
}

async function keepStartPage(): Promise<void> {
  const { language } = await readFirstScreenSettings(settingTimeoutMs);
  if (isLanguageCode(language)) await keptPage(startPage(language));
}

// Before the precache's own route, which would answer "/" with index.html for everyone.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request }) => {
    const settings = await readFirstScreenSettings(settingTimeoutMs);
    const page = firstScreenPage(settings.language, worker.navigator.languages ?? []);
    const response = page ? await keptPage(page) : undefined;
    // index.html is the language choice in the default language; the app draws afresh what differs.
    const shown = response ?? (await matchPrecache('/index.html'));
    return shown ? withSettings(shown, settings) : fetch(request);
  },
);

precacheAndRoute((self as unknown as { __WB_MANIFEST: PrecacheEntry[] }).__WB_MANIFEST);
cleanupOutdatedCaches();

// Dutch comes with the first visit; other languages are cached when chosen (src/pwa/languagePacks.ts).
registerRoute(
  ({ url }) => url.origin === worker.location.origin && /^\/assets\/locale-[\w-]+\.js$/.test(url.pathname),
  new CacheFirst({
    cacheName: languagesCacheName,
    // Module scripts carry an Origin header; a `Vary: Origin` answer must still match.
    matchOptions: { ignoreVary: true },
  }),
);

/**
 * A new build's language files have new names: each language kept before is kept again in its new
 * files (when online), and files of older builds go, so the cache never grows past one build.
 */
async function renewLanguages(): Promise<void> {
  const manifest = (await (await matchPrecache('/locale-manifest.json'))?.json()) as
    Record<string, string[]> | undefined;
  if (!manifest) return;
  const cache = await caches.open(languagesCacheName);
  const current = new Set(Object.values(manifest).flat());
  const kept = (await cache.keys()).map((request) => new URL(request.url).pathname);
  for (const [language, urls] of Object.entries(manifest)) {
    const wasKept = kept.some((path) => path.startsWith(`/assets/locale-${language}-`));
    if (wasKept) await cache.addAll(urls).catch(() => undefined);
  }
  for (const path of kept) if (!current.has(path)) await cache.delete(path, { ignoreVary: true });
}

worker.addEventListener('activate', (event) => {
  // A new build: its pages ask for new files, so the old ones go, and the start page is fetched anew.
  // The generated worker before this one kept when each language file was used in a database of its
  // own ('workbox-expiration'): a hint at a language that nothing reads any more.
  indexedDB.deleteDatabase('workbox-expiration');
  event.waitUntil(Promise.all([caches.delete(pagesCacheName).then(keepStartPage), renewLanguages()]));
});

worker.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  // The person chose "update" (src/pwa/serviceWorker.ts): the waiting version takes over.
  if (type === 'SKIP_WAITING') void worker.skipWaiting();
  // A language was chosen (src/features/settings/chooseLanguage.ts): keep its start page for offline.
  if (type === 'KEEP_START_PAGE') event.waitUntil(keepStartPage());
});
