/** Every screen, and how a person reaches it from the start screen. */
import { expect, type Page } from '@playwright/test';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

export interface ScreenVisit {
  name: string;
  open(page: Page): Promise<void>;
}

const phaseTitles: Record<Language, Record<string, RegExp>> = {
  nl: {
    working: /Ik doe sekswerk/,
    considering: /Ik denk na over stoppen/,
    stopping: /Ik ben aan het stoppen/,
    after: /Een ander dagelijks leven/,
  },
  en: {
    working: /I do sex work/,
    considering: /I'm thinking about stopping/,
    stopping: /I'm stopping/,
    after: /A different daily life/,
  },
};
const safetyTitle: Record<Language, string> = { nl: 'Veiligheid en privacy', en: 'Safety and privacy' };
const homeLink: Record<Language, string> = { nl: 'Start', en: 'Start' };

export function screensFor(language: Language): ScreenVisit[] {
  const home: ScreenVisit = {
    name: 'home',
    open: async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: homeLink[language] }).click();
      await expect(page.locator('h1')).toBeVisible();
    },
  };
  const phases = Object.entries(phaseTitles[language]).map(([phase, title]): ScreenVisit => ({
    name: `phase-${phase}`,
    open: async (page) => {
      await home.open(page);
      await page.getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    },
  }));
  const safety: ScreenVisit = {
    name: 'safety',
    open: async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: safetyTitle[language] }).click();
      await expect(page.getByRole('heading', { level: 1, name: safetyTitle[language] })).toBeVisible();
    },
  };
  return [home, ...phases, safety];
}

/** Opens the app in a language the way a person does: from the language menu. */
export async function openApp(page: Page, language: Language): Promise<void> {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  const select = page.locator('.language-switcher select');
  if ((await select.inputValue()) !== language) {
    await select.selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
  }
}
