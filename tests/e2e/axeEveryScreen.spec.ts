/**
 * axe over every content screen, not a sample: all topics of every phase, every guide, and every
 * step of the situation check up to its result — in Dutch and Arabic (right to left), light and dark.
 * Each walk goes as a person does, from the start screen through the links on screen, so a topic or
 * guide added later is checked without changing this file.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { phaseIds } from '../../src/domain/phases';
import { axeViolations } from './axeCheck';
import { openApp, openMenuItem, type Language } from './screens';

type Texts = Record<string, Record<string, unknown>>;
const read = (language: Language, namespace: string) =>
  JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')) as Texts;

const runs = [
  { language: 'nl', colorScheme: 'light' },
  { language: 'ar', colorScheme: 'light' },
  { language: 'nl', colorScheme: 'dark' },
  { language: 'ar', colorScheme: 'dark' },
] as const;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Follows the `index`-th card link in the main part of the screen and returns the new heading. */
async function followCard(page: Page, index: number): Promise<string> {
  const before = await heading(page).innerText();
  await page.locator('main a.card-link').nth(index).click();
  await expect(heading(page)).not.toHaveText(before);
  return heading(page).innerText();
}

/** Every violation, named by the screen it is on, so one run reports all screens at once. */
async function collect(page: Page, screen: string, found: string[]): Promise<void> {
  for (const violation of await axeViolations(page)) found.push(`${screen} → ${violation}`);
}

for (const { language, colorScheme } of runs) {
  test.describe(`axe on every content screen in ${language}, ${colorScheme} mode`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openApp(page, language);
    });

    test('every topic of every phase', async ({ page }) => {
      const phases = read(language, 'phases');
      const home = read(language, 'home');
      const found: string[] = [];
      let topics = 0;
      for (const phase of phaseIds) {
        const openPhase = async () => {
          await openMenuItem(page, language, 'nav.home');
          await expect(heading(page)).toHaveText(String(home.title));
          await page
            .getByRole('link', {
              name: new RegExp(`^${String(phases[phase]?.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
            })
            .click();
          await expect(heading(page)).toHaveText(String(phases[phase]?.title));
        };
        await openPhase();
        const count = await page.locator('main a.card-link').count();
        expect(count).toBeGreaterThan(0);
        for (let index = 0; index < count; index += 1) {
          if (index > 0) await openPhase();
          const title = await followCard(page, index);
          await collect(page, `${phase} / ${title}`, found);
          topics += 1;
        }
      }
      expect(topics).toBeGreaterThanOrEqual(36);
      expect(found).toEqual([]);
    });

    test('every guide', async ({ page }) => {
      const guides = read(language, 'guides');
      const found: string[] = [];
      const openGuides = async () => {
        await openMenuItem(page, language, 'nav.guidesShort');
        await expect(heading(page)).toHaveText(String(guides.labels?.practicalGuides));
      };
      await openGuides();
      const count = await page.locator('main a.card-link').count();
      expect(count).toBeGreaterThanOrEqual(16);
      for (let index = 0; index < count; index += 1) {
        if (index > 0) await openGuides();
        const title = await followCard(page, index);
        await collect(page, title, found);
      }
      expect(found).toEqual([]);
    });

    test('every step of the check, and its result', async ({ page }) => {
      const check = read(language, 'check');
      const found: string[] = [];
      await openMenuItem(page, language, 'nav.check');
      await expect(heading(page)).toHaveText(String(check.intro?.title));
      await collect(page, 'intro', found);
      await page.getByRole('button', { name: String(check.intro?.start) }).click();
      let steps = 0;
      // The question's own fieldset: a result screen has other groups (the contact cards' details).
      const question = page.locator('main form fieldset');
      while (await question.isVisible()) {
        steps += 1;
        await collect(page, `question ${steps}`, found);
        // The first answer each time, so the walk ends at a result like a person's would.
        await question.locator('input').first().check();
        const next = page.getByRole('button', { name: String(check.nav?.next), exact: true });
        const result = page.getByRole('button', { name: String(check.nav?.seeResult), exact: true });
        const before = await question.innerText();
        await ((await result.isVisible()) ? result : next).click();
        await expect.poll(async () => ((await question.isVisible()) ? question.innerText() : '')).not.toBe(before);
        expect(steps).toBeLessThan(40);
      }
      await collect(page, 'result', found);
      expect(steps).toBeGreaterThan(3);
      expect(found).toEqual([]);
    });
  });
}
