import { expect, test } from 'vitest';
import { servePrivateCopy } from './privateCopy';
import { offlinePort } from './ports';
import {
  openApp,
  openFromMenu,
  text,
  waitForLanguage,
  waitForServiceWorkerControl,
  waitUntilLanguageKept,
  withBrowser,
  xpath,
} from './session';

/**
 * Offline in WebKitWebDriver: there is no "network off" switch, so the test does what a phone with no
 * signal sees — the server is gone. A private copy of dist/ is served on its own port (its own origin,
 * so its own service worker); once the service worker controls the page the server is closed, Node
 * checks that nothing answers on that port any more, and the page is reloaded.
 */
test('after the service worker took control, Verder reloads and opens its screens with the server stopped', async () => {
  const copy = await servePrivateCopy(offlinePort);
  const url = copy.url;
  try {
    await withBrowser(async (browser) => {
      await openApp(browser, 'nl', url);
      await waitForServiceWorkerControl(browser);
      // English is not in the first visit's precache: it is kept the moment someone chooses it.
      await browser.$('.language-switcher select').selectByAttribute('value', 'en');
      await waitForLanguage(browser, 'en');
      await waitUntilLanguageKept(browser, 'en');
      await browser.$('.language-switcher select').selectByAttribute('value', 'nl');
      await waitForLanguage(browser, 'nl');
      await copy.close();
      await expect(fetch(url)).rejects.toThrow();

      await browser.refresh();
      await browser.$(xpath.h1(text('nl', 'home', 'title'))).waitForDisplayed();
      // The page itself cannot reach the server either: a file the service worker does not keep fails.
      const reachable = await browser.executeAsync((done: (value: string) => void) => {
        fetch(`/not-kept-${Date.now()}.txt`, { cache: 'no-store' }).then(
          (response) => done(`answered ${response.status}`),
          () => done('unreachable'),
        );
      });
      expect(reachable).toBe('unreachable');

      await openFromMenu(browser, 'nl', 'nav.plan', text('nl', 'plan', 'title'));
      await openFromMenu(browser, 'nl', 'nav.contacts', text('nl', 'contacts', 'screen.title'));
      await openFromMenu(browser, 'nl', 'nav.safety', text('nl', 'safety', 'title'));
      await openFromMenu(browser, 'nl', 'nav.check', text('nl', 'check', 'intro.title'));
      // English, chosen once while online, works offline too.
      await browser.$('.language-switcher select').selectByAttribute('value', 'en');
      await waitForLanguage(browser, 'en');
      await browser.$(xpath.h1(text('en', 'check', 'intro.title'))).waitForDisplayed();
      await openFromMenu(browser, 'en', 'nav.home', text('en', 'home', 'title'));
      await browser.refresh();
      await browser.$(xpath.h1(text('en', 'home', 'title'))).waitForDisplayed();
    });
  } finally {
    await copy.dispose();
  }
});
