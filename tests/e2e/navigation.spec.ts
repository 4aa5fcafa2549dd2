/**
 * Moving like in an app: the phone's Back and the back control go to the previous screen and leave
 * Verder only from the start screen; the history never grows by more than one entry; after quick
 * exit neither Back nor Forward shows Verder; the bottom bar marks where the person is.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, screensFor, type Language } from './screens';

const neutralSite = 'https://www.buienradar.nl/';
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Texts = Record<string, Record<string, string>>;
const read = (language: Language, namespace: string) =>
  JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')) as Texts;
const nav = (language: Language) => read(language, 'common').nav as Record<string, string>;

test.beforeEach(async ({ context }) => {
  // The sandbox has no internet: stand in for the neutral site so landings can be checked.
  await context.route('https://**/*', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><p>Het weer</p>' }),
  );
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const bar = (page: Page, language: Language) => page.getByRole('navigation', { name: nav(language).label });
const isVerder = (page: Page) => page.url().startsWith('http://127.0.0.1');

/** Start → a phase → a topic → Find help → More: four screens deeper than the start screen. */
async function walkFourDeep(page: Page, language: Language = 'en') {
  const titles: string[] = [await h1(page).innerText()];
  const phases = read(language, 'phases');
  const explore = read(language, 'explore') as unknown as { domains: Record<string, { title: string }> };
  await page.getByRole('link', { name: new RegExp(`^${phases.working?.title}`) }).click();
  await expect(h1(page)).toHaveText(phases.working?.title ?? '');
  titles.push(await h1(page).innerText());
  await page.getByRole('link', { name: new RegExp(`^${explore.domains.health?.title}`) }).click();
  await expect(h1(page)).toHaveText(explore.domains.health?.title ?? '');
  titles.push(await h1(page).innerText());
  await bar(page, language)
    .getByRole('link', { name: nav(language).contacts, exact: true })
    .click();
  await expect(h1(page)).toHaveText(nav(language).contacts ?? '');
  titles.push(await h1(page).innerText());
  await bar(page, language)
    .getByRole('link', { name: nav(language).more, exact: true })
    .click();
  await expect(h1(page)).toHaveText(nav(language).more ?? '');
  titles.push(await h1(page).innerText());
  return titles;
}

/** The phone's Back. Callers wait for the screen it leads to, as a person looks before pressing again. */
async function phoneBack(page: Page) {
  await page.goBack();
}

async function expectBackThroughChainThenLeave(page: Page) {
  await page.goto('about:blank');
  await openApp(page, 'en');
  const lengthAtStart = await page.evaluate(() => history.length);
  const titles = await walkFourDeep(page);
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(lengthAtStart + 1);
  for (const title of titles.slice(0, -1).reverse()) {
    await phoneBack(page);
    await expect(h1(page)).toHaveText(title);
    expect(isVerder(page)).toBe(true);
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(lengthAtStart + 1);
  }
  // On the start screen Back leaves Verder, as from any site.
  await phoneBack(page);
  await expect(page).toHaveURL('about:blank');
}

test.describe('Back like in an app', () => {
  test('the phone’s Back goes back through four screens and leaves Verder only from the start screen', async ({
    page,
  }) => {
    await expectBackThroughChainThenLeave(page);
  });

  test('the same in standalone display mode (installed on the home screen): Back on Start leaves, which closes the app', async ({
    page,
  }) => {
    // This Chromium's DevTools protocol cannot emulate the display-mode media feature (it stays
    // "browser"), so the page is told it runs standalone. Verder's history code has no separate
    // standalone path: this proves that nothing in it changes the walk when the mode is standalone.
    await page.addInitScript(() => {
      const original = window.matchMedia.bind(window);
      window.matchMedia = (query: string) =>
        query.includes('display-mode')
          ? ({ ...original(query), matches: query.includes('standalone') } as MediaQueryList)
          : original(query);
    });
    await page.goto('about:blank');
    expect(await page.evaluate(() => matchMedia('(display-mode: standalone)').matches)).toBe(true);
    await expectBackThroughChainThenLeave(page);
  });

  test('the back control goes to the screen the person came from; the start screen has none', async ({ page }) => {
    await openApp(page, 'nl');
    await expect(page.getByRole('button', { name: nav('nl').back, exact: true })).toHaveCount(0);
    const titles = await walkFourDeep(page, 'nl');
    for (let index = titles.length - 2; index >= 0; index -= 1) {
      await page.getByRole('button', { name: nav('nl').back, exact: true }).click();
      await expect(h1(page)).toHaveText(titles[index] ?? '');
      // Focus goes back to the link the person followed on this screen (the start screen's phase, the
      // phase's topic); a screen left from the bottom bar has focus on its heading.
      const left = titles[index + 1] ?? '';
      if (index < 2)
        await expect(page.locator('#screen').getByRole('link', { name: new RegExp(`^${left}`) })).toBeFocused();
      else await expect(h1(page)).toBeFocused();
    }
    await expect(page.getByRole('button', { name: nav('nl').back, exact: true })).toHaveCount(0);
  });

  test('visiting twenty screens grows the history by one entry at most, with no fragment and a neutral title', async ({
    page,
  }) => {
    await openApp(page, 'en');
    const before = await page.evaluate(() => history.length);
    const visits = screensFor('en').slice(0, 20);
    expect(visits).toHaveLength(20);
    for (const visit of visits) {
      await visit.open(page);
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 1);
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.title()).toBe('Verder');
    }
  });
});

test.describe('quick exit with the Back guard (threat: Back or Forward after quick exit shows Verder again)', () => {
  async function expectNoVerderBehindBackOrForward(page: Page) {
    await page.waitForURL(neutralSite);
    await page.goBack();
    expect(isVerder(page)).toBe(false);
    await expect(page.locator('#root')).toHaveCount(0);
    // Forward as far as it goes: the neutral site, and the guard entry left forward lands there too.
    for (let step = 0; step < 3; step++) {
      await page.goForward();
      await expect(page).toHaveURL(neutralSite);
      await expect(page.locator('#root')).toHaveCount(0);
      await expect(page.locator('body')).toHaveText('Het weer');
    }
  }

  test('from a screen four deep, quick exit leaves nothing of Verder behind Back or Forward', async ({ page }) => {
    await page.goto('about:blank');
    await openApp(page, 'en');
    await walkFourDeep(page);
    await page.getByRole('button', { name: /Quick exit/ }).click();
    await expectNoVerderBehindBackOrForward(page);
  });

  test('after Back to the start screen (the guard left forward), quick exit still leaves nothing behind', async ({
    page,
  }) => {
    await page.goto('about:blank');
    await openApp(page, 'en');
    const titles = await walkFourDeep(page);
    for (const title of titles.slice(0, -1).reverse()) {
      await phoneBack(page);
      await expect(h1(page)).toHaveText(title);
    }
    await page.getByRole('button', { name: /Quick exit/ }).click();
    await expectNoVerderBehindBackOrForward(page);
  });

  test('quick exit after the phone’s Back on a deeper screen leaves nothing behind', async ({ page }) => {
    await page.goto('about:blank');
    await openApp(page, 'en');
    await walkFourDeep(page);
    await phoneBack(page);
    await expect(h1(page)).toHaveText(nav('en').contacts ?? '');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expectNoVerderBehindBackOrForward(page);
  });
});

test.describe('the bottom bar', () => {
  test('marks the current place, and shows five places with icon and label, each at least 44 px', async ({ page }) => {
    await openApp(page, 'en');
    const links = bar(page, 'en').getByRole('link');
    await expect(links).toHaveText(['Start', 'Find help', 'My plan', 'Guides', 'More']);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
      await expect(link.locator('svg')).toHaveCount(1);
    }
    await expect(bar(page, 'en').getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    await bar(page, 'en').getByRole('link', { name: 'Guides' }).click();
    await expect(bar(page, 'en').getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'page');
    await expect(bar(page, 'en').getByRole('link', { name: 'Start' })).not.toHaveAttribute('aria-current');
    await page.getByRole('link', { name: /^Applying for social assistance/ }).click();
    await expect(bar(page, 'en').getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'true');
    // Always on screen, under the screen's own scroll area, never over it: it never covers a control.
    const area = await page.locator('#screen-scroll').boundingBox();
    const barBox = await bar(page, 'en').boundingBox();
    expect((barBox?.y ?? 0) >= (area?.y ?? 0) + (area?.height ?? 0) - 0.5).toBe(true);
    await expect(bar(page, 'en')).toBeInViewport({ ratio: 1 });
  });

  test('at 200 % text the bar never covers the control that has focus', async ({ browser }) => {
    // bypassCSP only to inject the larger text size the way a browser setting would.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const page = await context.newPage();
    await openApp(page, 'nl');
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    await page.evaluate(() => document.getElementById('screen-scroll')?.scrollTo(0, 0));
    let checked = 0;
    for (let press = 0; press < 25; press++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const focused = document.activeElement;
        const navBar = document.querySelector('nav.app-nav');
        const exitBar = document.querySelector('.quick-exit');
        if (!focused || !navBar || !exitBar || !document.querySelector('main')?.contains(focused)) return null;
        const box = focused.getBoundingClientRect();
        const barTop = navBar.getBoundingClientRect().top;
        return { top: box.top, bottom: box.bottom, barTop, room: barTop - exitBar.getBoundingClientRect().bottom };
      });
      if (seen === null) continue;
      checked++;
      // A control that fits between the two bars is wholly above the bottom bar; a taller one (a
      // card at 200 % text) cannot be, and is then at least partly in view (WCAG 2.4.11).
      if (seen.bottom - seen.top <= seen.room) expect(seen.bottom).toBeLessThanOrEqual(seen.barTop + 0.5);
      else expect(seen.top).toBeLessThan(seen.barTop - 40);
    }
    expect(checked).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  test('is left out of the print layout, with the back control', async ({ page }) => {
    await openApp(page, 'en');
    await bar(page, 'en').getByRole('link', { name: 'My plan' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(bar(page, 'en')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeHidden();
  });

  test('the back arrow points to the right in Arabic and to the left in Dutch', async ({ page }) => {
    const arrowTransform = () => page.locator('.back-button svg').evaluate((icon) => getComputedStyle(icon).transform);
    await openApp(page, 'nl');
    await bar(page, 'nl')
      .getByRole('link', { name: nav('nl').more, exact: true })
      .click();
    expect(await arrowTransform()).toBe('none');
    await openApp(page, 'ar');
    await bar(page, 'ar')
      .getByRole('link', { name: nav('ar').more, exact: true })
      .click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await arrowTransform()).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    // The bar reads right to left too: Start is the rightmost place.
    const start = await bar(page, 'ar')
      .getByRole('link', { name: nav('ar').home, exact: true })
      .boundingBox();
    const more = await bar(page, 'ar')
      .getByRole('link', { name: nav('ar').more, exact: true })
      .boundingBox();
    expect((start?.x ?? 0) > (more?.x ?? 0)).toBe(true);
  });
});

for (const language of ['nl', 'ar'] as const) {
  test(`axe finds nothing on the start screen (help now, bottom bar) and on More in ${language}`, async ({ page }) => {
    await openApp(page, language);
    for (const open of [
      async () => undefined,
      async () =>
        bar(page, language)
          .getByRole('link', { name: nav(language).more, exact: true })
          .click(),
    ]) {
      await open();
      await page.evaluate(() => document.getElementById('screen-scroll')?.scrollTo(0, 0));
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
    }
  });

  test(`screenshots at 360×740 of start, a topic with the back control, and More in ${language}`, async ({ page }) => {
    await openApp(page, language);
    await page.screenshot({ path: `test-results/navigation/${language}-start.png` });
    const explore = read(language, 'explore') as unknown as { domains: Record<string, { title: string }> };
    const phases = read(language, 'phases');
    await page.getByRole('link', { name: new RegExp(`^${phases.stopping?.title}`) }).click();
    await page.getByRole('link', { name: new RegExp(`^${explore.domains.housing?.title}`) }).click();
    await expect(h1(page)).toHaveText(explore.domains.housing?.title ?? '');
    await expect(page.getByRole('button', { name: nav(language).back, exact: true })).toBeVisible();
    await page.screenshot({ path: `test-results/navigation/${language}-topic.png` });
    await bar(page, language)
      .getByRole('link', { name: nav(language).more, exact: true })
      .click();
    await expect(h1(page)).toHaveText(nav(language).more ?? '');
    await page.screenshot({ path: `test-results/navigation/${language}-more.png` });
  });
}
