/**
 * A phone in someone else's hands, in WebKit (close to Safari): what the browser could keep or give
 * away. Each test names the threat it covers.
 */
import { expect, test } from 'vitest';
import { openLockAndCopies, openPlan, planText, region, setUpLock } from './plan';
import { openApp, openFromMenu, tap, text, withBrowser, xpath } from './session';

test('passphrase fields are marked new-password and the unlock field is not a password field (threat: the browser saves and fills the passphrase for anyone)', async () => {
  await withBrowser(async (browser) => {
    await openApp(browser, 'en');
    await openLockAndCopies(browser);
    const lock = region(browser, 'lock.title');
    for (const label of ['lock.passphrase', 'lock.repeat']) {
      expect(await lock.$(xpath.field(planText(label))).getAttribute('autocomplete')).toBe('new-password');
    }
    await setUpLock(browser, 'a long walk by the river');
    await openPlan(browser);
    await tap(browser.$(xpath.button(planText('lockNow'))));
    const unlock = browser.$(xpath.region(planText('unlock.title'))).$(xpath.field(planText('unlock.passphrase')));
    await unlock.waitForDisplayed();
    expect(await unlock.getAttribute('type')).toBe('text');
    expect(await unlock.getAttribute('autocomplete')).toBe('off');
    const masking = await browser.execute(() =>
      getComputedStyle(document.querySelector('.secret-input') as Element).getPropertyValue('-webkit-text-security'),
    );
    expect(masking).toBe('disc');
    expect(await browser.execute(() => document.querySelectorAll('input[type="password"]').length)).toBe(0);
  });
});

test('the check result never opens by itself and nothing of the answers is stored without "keep" (threat: someone who opens "Where do I start?")', async () => {
  await withBrowser(async (browser) => {
    await openApp(browser, 'en');
    await openFromMenu(browser, 'en', 'nav.check', text('en', 'check', 'intro.title'));
    await tap(browser.$(xpath.button('Start the questions')));
    await tap(browser.$('//label[normalize-space(.)="I sometimes think about doing less or stopping"]'));
    await tap(browser.$(xpath.button('Next')));
    const stored = await browser.execute(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('verder');
          open.onsuccess = () => {
            const request = open.result.transaction('planItems').objectStore('planItems').count();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
          };
        }),
    );
    expect(stored).toBe(0);
    await browser.refresh();
    await openFromMenu(browser, 'en', 'nav.check', text('en', 'check', 'intro.title'));
    await browser.$(xpath.button('Start the questions')).waitForDisplayed();
    expect(await browser.$(xpath.h1('Start here')).isExisting()).toBe(false);
    expect(await browser.$(xpath.button('Show my answers')).isExisting()).toBe(false);
  });
});
