/**
 * A WebKit browser for one test or one file, and the few ways the tests find things in it. Labels are
 * read from the locale files, as in the Playwright tests, so a renamed text changes one place.
 * Elements are found by XPath on visible text, labels and headings — what a person sees — not by CSS
 * classes, except where the app's own tests do the same (the language buttons and menu).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { remote } from 'webdriverio';
import { appUrl, driverPort } from './ports';

export type Browser = Awaited<ReturnType<typeof remote>>;

/**
 * A new MiniBrowser: every WebKitWebDriver session starts one with fresh, in-memory website data (no
 * service worker, IndexedDB or storage from an earlier session), which is what "a new phone" needs.
 */
export async function openBrowser(): Promise<Browser> {
  const browser = await remote({
    hostname: '127.0.0.1',
    port: driverPort,
    path: '/',
    logLevel: 'error',
    // Waits for an element to appear; generous, because two cores are shared.
    waitforTimeout: 20_000,
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver; do not try to open a WebDriver BiDi session.
      'wdio:enforceWebDriverClassic': true,
    },
  });
  // As narrow as MiniBrowser goes (its toolbar keeps the window about 447 px wide): a phone-sized layout.
  await browser.setWindowSize(360, 800);
  return browser;
}

type Texts = Record<string, unknown>;
const cache = new Map<string, Texts>();

/** A text from locales/<language>/<namespace>.json by dotted key, e.g. text('en', 'plan', 'lock.title'). */
export function text(language: string, namespace: string, key: string): string {
  const file = `locales/${language}/${namespace}.json`;
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(file, 'utf8')) as Texts);
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], cache.get(file));
  if (typeof value !== 'string') throw new Error(`No text at ${file} ${key}`);
  return value;
}

/** A string as an XPath literal, also when it holds quotes. */
export function literal(value: string): string {
  if (!value.includes("'")) return `'${value}'`;
  return `concat(${value
    .split("'")
    .map((part) => `'${part}'`)
    .join(`, "'", `)})`;
}

export const xpath = {
  h1: (name: string) => `//h1[normalize-space(.)=${literal(name)}]`,
  /** A section named by its heading (role region), as the plan's sections are. */
  region: (name: string) => `//section[@aria-labelledby = //*[normalize-space(.)=${literal(name)}]/@id]`,
  /** A button by its visible text or its aria-label. */
  button: (name: string) => `.//button[normalize-space(.)=${literal(name)} or @aria-label=${literal(name)}]`,
  /** A button whose visible text starts with `name` (the quick-exit button also holds its hint). */
  buttonStartingWith: (name: string) => `//button[starts-with(normalize-space(.), ${literal(name)})]`,
  /** A form control by the text of its label. */
  field: (label: string) => `.//*[@id = //label[normalize-space(.)=${literal(label)}]/@for]`,
  navLink: (menu: string, name: string) =>
    `//nav[@aria-label=${literal(menu)}]//a[normalize-space(.)=${literal(name)}]`,
  text: (value: string) => `//*[normalize-space(text())=${literal(value)}]`,
};

type Element = ReturnType<Browser['$']>;

/**
 * Clicks like a person: scrolled to the middle of the screen first. WebKitWebDriver scrolls an element
 * to the top edge before clicking, where Verder's sticky quick-exit bar covers it ("element click
 * intercepted"); Chromium under Playwright scrolls only as far as needed.
 */
export async function tap(element: Element): Promise<void> {
  await element.waitForDisplayed();
  await element.scrollIntoView({ block: 'center' });
  await element.click();
}

/**
 * Waits until an element is on screen. When the page re-renders it while WebKit's driver is still
 * looking it up (a saved plan item is marked "Saved"), the driver says "stale element": that is
 * looked up again, not a failure.
 */
export async function waitShown(browser: Browser, find: () => Element, timeout = 20_000): Promise<void> {
  await browser.waitUntil(
    async () => {
      try {
        return await find().isDisplayed();
      } catch {
        return false;
      }
    },
    { timeout, timeoutMsg: 'the element did not show' },
  );
}

/**
 * Types into a field after bringing it to the middle of the screen. WebKit's driver does not scroll a
 * field below the fold into view by itself when the page has scroll padding (for the sticky bar), and
 * then calls it "not interactable".
 */
export async function fill(element: Element, value: string): Promise<void> {
  await element.waitForDisplayed();
  await element.scrollIntoView({ block: 'center' });
  await element.setValue(value);
}

/** Opens Verder and, on the first start, chooses the language on the language screen. */
export async function openApp(browser: Browser, language: string, url = appUrl): Promise<void> {
  await browser.url(url);
  const choice = browser.$(`button.language-choice[lang="${language}"]`);
  await choice.waitForClickable();
  await tap(choice);
  await waitForLanguage(browser, language);
  await browser.$(xpath.h1(text(language, 'home', 'title'))).waitForDisplayed();
}

export async function waitForLanguage(browser: Browser, language: string): Promise<void> {
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === language, {
    timeoutMsg: `the page did not switch to ${language}`,
  });
}

/** Until every file of the language is in a cache the service worker answers from. */
export async function waitUntilLanguageKept(browser: Browser, language: string): Promise<void> {
  await browser.waitUntil(
    async () =>
      browser.executeAsync((code: string, done: (kept: boolean) => void) => {
        fetch('/locale-manifest.json')
          .then((response) => response.json() as Promise<Record<string, string[]>>)
          .then((manifest) => Promise.all((manifest[code] ?? []).map((url) => caches.match(url, { ignoreVary: true }))))
          .then((found) => done(found.length > 0 && found.every(Boolean)))
          .catch(() => done(false));
      }, language),
    { timeoutMsg: `${language} was not kept for offline use` },
  );
}

/** The places in the bottom bar; every other screen of the old menu is under More. */
const barKeys = ['nav.home', 'nav.contacts', 'nav.plan', 'nav.guidesShort', 'nav.more'];

/**
 * Opens a screen of the main menu and waits for its heading: from the bottom bar, or from More for
 * the screens that do not fit in the bar (the check, safety, settings, about).
 */
export async function openFromMenu(browser: Browser, language: string, key: string, heading: string): Promise<void> {
  const menu = text(language, 'common', 'nav.label');
  if (barKeys.includes(key)) {
    await tap(browser.$(xpath.navLink(menu, text(language, 'common', key))));
  } else {
    const more = text(language, 'common', 'nav.more');
    await tap(browser.$(xpath.navLink(menu, more)));
    await browser.$(xpath.h1(more)).waitForDisplayed();
    await tap(browser.$(`//main//a[normalize-space(.)=${literal(text(language, 'common', key))}]`));
  }
  await browser.$(xpath.h1(heading)).waitForDisplayed();
}

/** Waits until the service worker controls the page, reloading once: the first visit is not controlled. */
export async function waitForServiceWorkerControl(browser: Browser): Promise<void> {
  await browser.executeAsync((done: (value: boolean) => void) => {
    void navigator.serviceWorker.ready.then(() => done(true));
  });
  if (!(await browser.execute(() => Boolean(navigator.serviceWorker.controller)))) await browser.refresh();
  await browser.waitUntil(() => browser.execute(() => Boolean(navigator.serviceWorker.controller)), {
    timeoutMsg: 'the service worker never took control of the page',
  });
}

/** Keeps what the browser showed when a test failed, in test-results/webkit/. */
export async function saveFailureScreenshot(browser: Browser): Promise<void> {
  mkdirSync('test-results/webkit', { recursive: true });
  const file = `test-results/webkit/failed-${new Date().toISOString().replace(/[:.]/g, '-')}.png`;
  try {
    await browser.saveScreenshot(file);
    console.error(`Screenshot of the failure: ${file}`);
  } catch {
    // The browser may be gone; the error itself says more.
  }
}

/** Runs `body` with a browser of its own and always closes it. */
export async function withBrowser<T>(body: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await openBrowser();
  try {
    return await body(browser);
  } catch (error) {
    await saveFailureScreenshot(browser);
    throw error;
  } finally {
    await browser.deleteSession();
  }
}
