import { expect, test } from 'vitest';
import { appUrl } from './ports';
import { text, waitForLanguage, withBrowser, xpath, tap, type Browser } from './session';

/** Where things sit: the brand and the language menu in the top bar, and the start heading's text. */
function layout(browser: Browser) {
  return browser.execute(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`missing ${selector}`);
      return element.getBoundingClientRect();
    };
    const heading = document.querySelector('h1');
    if (!heading) throw new Error('missing h1');
    const range = document.createRange();
    range.selectNodeContents(heading);
    const words = range.getBoundingClientRect();
    const block = heading.getBoundingClientRect();
    return {
      dir: document.documentElement.dir,
      headingDirection: getComputedStyle(heading).direction,
      brandLeftOfLanguage: box('.brand').left < box('.language-switcher').left,
      // The heading's words start at the right edge of its box in right-to-left, at the left edge otherwise.
      wordsAtRight: Math.abs(block.right - words.right) < 2 && words.left - block.left > 2,
      wordsAtLeft: Math.abs(words.left - block.left) < 2,
      sideways: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

test('choosing Arabic sets dir="rtl" on html and mirrors the layout; Dutch puts it back', async () => {
  await withBrowser(async (browser) => {
    await browser.url(appUrl);
    await tap(browser.$('button.language-choice[lang="ar"]'));
    await waitForLanguage(browser, 'ar');
    await browser.$(xpath.h1(text('ar', 'home', 'title'))).waitForDisplayed();
    expect(await layout(browser)).toEqual({
      dir: 'rtl',
      headingDirection: 'rtl',
      brandLeftOfLanguage: false,
      wordsAtRight: true,
      wordsAtLeft: false,
      sideways: 0,
    });

    await browser.$('.language-switcher select').selectByAttribute('value', 'nl');
    await waitForLanguage(browser, 'nl');
    await browser.$(xpath.h1(text('nl', 'home', 'title'))).waitForDisplayed();
    expect(await layout(browser)).toMatchObject({
      dir: 'ltr',
      headingDirection: 'ltr',
      brandLeftOfLanguage: true,
      wordsAtLeft: true,
      sideways: 0,
    });
  });
});
