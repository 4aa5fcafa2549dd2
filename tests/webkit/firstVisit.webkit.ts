import { describe, expect, test } from 'vitest';
import { openApp, text, waitForLanguage, withBrowser, xpath, tap } from './session';
import { appUrl } from './ports';

describe('first visit in WebKit', () => {
  test('the first start offers every language in its own name, in Dutch, and the chosen one stays after a reload', async () => {
    await withBrowser(async (browser) => {
      await browser.url(appUrl);
      await browser.$(xpath.h1(text('nl', 'common', 'language.chooseTitle'))).waitForDisplayed();
      expect(await browser.execute(() => document.documentElement.lang)).toBe('nl');
      const choices = await browser.execute(() =>
        [...document.querySelectorAll<HTMLButtonElement>('button.language-choice')].map(
          (button) => `${button.lang}:${button.textContent?.trim()}`,
        ),
      );
      expect(choices).toEqual([
        'nl:Nederlands',
        'en:English',
        'es:Español',
        'pt-BR:Português (Brasil)',
        'ro:Română',
        'bg:Български',
        'pl:Polski',
        'hu:Magyar',
        'th:ไทย',
        'ar:العربية',
      ]);

      await tap(browser.$('button.language-choice[lang="en"]'));
      await waitForLanguage(browser, 'en');
      await browser.$(xpath.h1(text('en', 'home', 'title'))).waitForDisplayed();

      // Kept in IndexedDB: a reload opens the start screen in English, with no language screen.
      await browser.refresh();
      await browser.$(xpath.h1(text('en', 'home', 'title'))).waitForDisplayed();
      expect(await browser.execute(() => document.documentElement.lang)).toBe('en');
      expect(await browser.$('button.language-choice').isExisting()).toBe(false);
    });
  });

  test('the language menu switches Dutch to Thai and back on the start screen', async () => {
    await withBrowser(async (browser) => {
      await openApp(browser, 'nl');
      await browser.$('.language-switcher select').selectByAttribute('value', 'th');
      await waitForLanguage(browser, 'th');
      await browser.$(xpath.h1(text('th', 'home', 'title'))).waitForDisplayed();
      await browser.$('.language-switcher select').selectByAttribute('value', 'nl');
      await waitForLanguage(browser, 'nl');
      await browser.$(xpath.h1(text('nl', 'home', 'title'))).waitForDisplayed();
    });
  });
});
