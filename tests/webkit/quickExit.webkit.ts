import { expect, test } from 'vitest';
import { openPlan } from './plan';
import { appUrl } from './ports';
import { openApp, openFromMenu, text, withBrowser, xpath, type Browser, tap } from './session';

const exitSite = 'https://www.buienradar.nl/';
const appOrigin = new URL(appUrl).origin;

/**
 * What the tab shows, read from the page itself. There is no network here, so the weather site
 * cannot load: WebKit then shows its own error page (an about:blank document saying the name could
 * not be resolved) while the driver reports the weather site's address.
 */
async function shownDocument(browser: Browser) {
  return browser.execute(() => ({
    href: location.href,
    title: document.title,
    hasApp: document.getElementById('root') !== null,
    text: document.body?.innerText ?? '',
  }));
}

async function waitUntilLeft(browser: Browser): Promise<void> {
  await browser.waitUntil(async () => (await browser.getUrl()) === exitSite, {
    timeoutMsg: 'quick exit did not go to the neutral site',
  });
}

function expectNotVerder(shown: Awaited<ReturnType<typeof shownDocument>>): void {
  expect(shown.href.startsWith(appOrigin)).toBe(false);
  expect(shown.hasApp).toBe(false);
  expect(shown.title).not.toBe('Verder');
  expect(shown.text).not.toContain('Verder');
}

test('quick exit leaves for the neutral site, and Back afterwards does not show Verder', async () => {
  await withBrowser(async (browser) => {
    await browser.url('about:blank');
    await openApp(browser, 'nl');
    await openFromMenu(browser, 'nl', 'nav.plan', text('nl', 'plan', 'title'));
    const lengthBefore = await browser.execute(() => history.length);
    await tap(browser.$(xpath.buttonStartingWith(text('nl', 'common', 'quickExit.label'))));
    await waitUntilLeft(browser);
    expectNotVerder(await shownDocument(browser));
    // location.replace: the neutral site took Verder's place in the history, it did not add to it.
    expect(await browser.execute(() => history.length)).toBe(lengthBefore);

    await browser.execute(() => history.back());
    await browser.waitUntil(async () => (await shownDocument(browser)).href === 'about:blank', {
      timeoutMsg: 'Back did not go to the page before Verder',
    });
    expectNotVerder(await shownDocument(browser));
  });
});

test('pressing Shift three times leaves from the plan screen', async () => {
  await withBrowser(async (browser) => {
    await openApp(browser, 'en');
    await openPlan(browser);
    for (let press = 0; press < 3; press++) await browser.action('key').down('\uE008').up('\uE008').perform();
    await waitUntilLeft(browser);
    expectNotVerder(await shownDocument(browser));
  });
});

test('after a fresh load the first Tab reaches the quick-exit button', async () => {
  await withBrowser(async (browser) => {
    await openApp(browser, 'nl');
    await browser.refresh();
    await browser.$(xpath.h1(text('nl', 'home', 'title'))).waitForDisplayed();
    await browser.action('key').down('\uE004').up('\uE004').perform();
    const focused = await browser.execute(() => document.activeElement?.textContent?.trim() ?? '');
    expect(focused).toContain(text('nl', 'common', 'quickExit.label'));
  });
});
