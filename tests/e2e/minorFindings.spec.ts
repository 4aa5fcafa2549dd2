/**
 * Minor findings of the accessibility audit of 2026-12-02 (m2, m3, m7, m8, m12, m15) that only a browser shows:
 * rendered colours, forced colours, the accessibility tree's names and the layout at 320 px with 200 % text.
 */
import { expect, test, type Page } from '@playwright/test';
import { allLanguages, openApp, screensFor } from './screens';

const screen = (name: string) => {
  const visit = screensFor('nl').find((candidate) => candidate.name === name);
  if (!visit) throw new Error(`No screen ${name}`);
  return visit;
};

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const value = Number(part) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

/** The border colour of a control and the colour of the page behind it. */
async function borderAndPage(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => ({
      border: getComputedStyle(element).borderTopColor,
      page: getComputedStyle(document.documentElement).backgroundColor,
    }));
}

async function openFirstQuestion(page: Page) {
  await screen('check-question').open(page);
  await expect(page.locator('.choice').first()).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`m2: text fields and choice cards have a border of at least 3:1 against the page (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, 'nl');
    await screen('contacts').open(page);
    const field = await borderAndPage(page, 'main input[type="search"], main input[type="text"]');
    expect(contrast(field.border, field.page)).toBeGreaterThanOrEqual(3);
    await openFirstQuestion(page);
    const card = await borderAndPage(page, '.choice');
    expect(contrast(card.border, card.page)).toBeGreaterThanOrEqual(3);
  });

  test(`m3: the quick-exit focus ring is inside the bar and contrasts with it (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, 'nl');
    const exit = page.locator('.quick-exit');
    await exit.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(exit).toBeFocused();
    const ring = await exit.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        offset: parseFloat(style.outlineOffset),
        width: parseFloat(style.outlineWidth),
        color: style.outlineColor,
        bar: style.backgroundColor,
      };
    });
    // A ring drawn inward shows on all four sides of a bar that touches the screen's edges.
    expect(ring.offset + ring.width).toBeLessThanOrEqual(0);
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.color, ring.bar)).toBeGreaterThanOrEqual(3);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`m7: a busy or unavailable button is not faded, and its words keep 4.5:1 (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, 'nl');
    await screen('plan-safety').open(page);
    // The primary button as it is while it works (the tests in busyButtons.test.tsx show it is marked so).
    const primary = page.locator('main .button--primary').first();
    await primary.evaluate((element) => element.setAttribute('aria-disabled', 'true'));
    const looks = await primary.evaluate((element) => {
      const style = getComputedStyle(element);
      return { text: style.color, back: style.backgroundColor, opacity: style.opacity, border: style.borderTopStyle };
    });
    expect(looks.opacity).toBe('1');
    expect(looks.border).toBe('dashed');
    expect(contrast(looks.text, looks.back)).toBeGreaterThanOrEqual(4.5);
  });
}

test('m3: in forced colours the quick-exit bar has a visible boundary, and a chosen card stands out', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openApp(page, 'nl');
  const border = await page.locator('.quick-exit').evaluate((element) => ({
    width: getComputedStyle(element).borderTopWidth,
    style: getComputedStyle(element).borderTopStyle,
  }));
  expect(parseFloat(border.width)).toBeGreaterThanOrEqual(2);
  expect(border.style).toBe('solid');
  await openFirstQuestion(page);
  await page.locator('.choice').first().click();
  const outline = await page
    .locator('.choice:has(input:checked)')
    .evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).toBe('solid');
});

test('m8: the disclosure arrows are not part of any accessible name', async ({ page }) => {
  await openApp(page, 'nl');
  await screen('contacts-search').open(page);
  await expect(page.locator('.filters__summary')).toBeVisible();
  await expect(page.locator('.purpose-group > summary').first()).toBeVisible();
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value?: string }; role?: { value?: string } }[];
  };
  const withArrow = nodes
    .map((node) => `${node.role?.value ?? ''} "${node.name?.value ?? ''}"`)
    .filter((line) => /[▸▾◂]/.test(line));
  expect(withArrow).toEqual([]);
  // The screen's summaries are still there and named by their words.
  expect(nodes.filter((node) => node.role?.value === 'DisclosureTriangle').length).toBeGreaterThan(1);
});

test.describe('m15: 320 px wide with 200 % text', () => {
  for (const language of allLanguages) {
    test(`the header fits without sideways scrolling in ${language}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 568 }, bypassCSP: true });
      const page = await context.newPage();
      await openApp(page, language);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      const sticking = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll<HTMLElement>('.top-bar *:not(.skip-link)')]
          .filter((element) => element.offsetParent !== null)
          .map((element) => ({ tag: element.tagName, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.left < -0.5 || box.right > width + 0.5)
          .map(({ tag, box }) => `${tag} [${Math.round(box.left)}..${Math.round(box.right)}]`);
      });
      expect(sticking).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await context.close();
    });
  }
});

test('m9: the language filter names every language, never by a bare code (Chromium has no name for Kirundi)', async ({
  page,
}) => {
  await openApp(page, 'nl');
  await screen('contacts-search').open(page);
  await page.locator('.filters__summary').click();
  const options = await page.locator('.filters select option').allTextContents();
  const languageOptions = options.filter((option) => option.trim().length > 0);
  expect(languageOptions.length).toBeGreaterThan(3);
  expect(languageOptions.filter((option) => /^[a-z]{2,3}$/.test(option.trim()))).toEqual([]);
  expect(languageOptions).toContain('Ikirundi');
});
