import { expect, test } from 'vitest';
import { servePrivateCopy } from './privateCopy';
import { previewPort } from './ports';
import { openApp, text, waitForServiceWorkerControl, withBrowser, xpath } from './session';

/**
 * In WebKit too the service worker reads the language setting from IndexedDB and serves a returning
 * visitor the start screen prerendered in their language (src/sw.ts), online and with the server gone.
 * The #root of the page says which prerendered page it was, and the app hydrated it as it was.
 */
test('a returning visitor in Arabic gets the prerendered Arabic start screen from the service worker, offline too', async () => {
  const port = previewPort + 3;
  const copy = await servePrivateCopy(port);
  const url = copy.url;
  const page = (browser: Parameters<Parameters<typeof withBrowser>[0]>[0]) =>
    browser.execute(() => ({
      screen: document.getElementById('root')?.dataset.screen,
      language: document.getElementById('root')?.dataset.lang,
      dir: document.documentElement.dir,
      isControlled: navigator.serviceWorker.controller !== null,
    }));
  try {
    await withBrowser(async (browser) => {
      await openApp(browser, 'ar', url);
      await waitForServiceWorkerControl(browser);
      await browser.refresh();
      await browser.$(xpath.h1(text('ar', 'home', 'title'))).waitForDisplayed();
      expect(await page(browser)).toEqual({ screen: 'home', language: 'ar', dir: 'rtl', isControlled: true });

      await copy.close();
      await browser.refresh();
      await browser.$(xpath.h1(text('ar', 'home', 'title'))).waitForDisplayed();
      expect(await page(browser)).toEqual({ screen: 'home', language: 'ar', dir: 'rtl', isControlled: true });
    });
  } finally {
    await copy.dispose();
  }
});
