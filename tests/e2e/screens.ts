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
const mainMenu: Record<Language, string> = { nl: 'Hoofdmenu', en: 'Main menu' };

export function screensFor(language: Language): ScreenVisit[] {
  const home: ScreenVisit = {
    name: 'home',
    open: async (page) => {
      await page
        .getByRole('navigation', { name: mainMenu[language] })
        .getByRole('link', { name: homeLink[language] })
        .click();
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
      await page
        .getByRole('navigation', { name: mainMenu[language] })
        .getByRole('link', { name: safetyTitle[language] })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: safetyTitle[language] })).toBeVisible();
    },
  };
  const text = labels[language];
  const topic = (phase: string, domain: RegExp, name: string): ScreenVisit => ({
    name,
    open: async (page) => {
      const phaseScreen = phases.find((screen) => screen.name === `phase-${phase}`);
      await phaseScreen?.open(page);
      await page.getByRole('link', { name: domain }).click();
      await expect(page.getByRole('heading', { level: 1, name: domain })).toBeVisible();
    },
  });
  const footerLink = (name: string, link: string | RegExp, heading: string | RegExp): ScreenVisit => ({
    name,
    open: async (page) => {
      await page.getByRole('navigation', { name: mainMenu[language] }).getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    },
  });
  const guides = footerLink('guides', text.guides, text.guides);
  const guide = (name: string, title: RegExp): ScreenVisit => ({
    name,
    open: async (page) => {
      await guides.open(page);
      await page.getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    },
  });
  const checkIntro = footerLink('check-intro', text.check, text.checkTitle);
  const checkQuestion: ScreenVisit = {
    name: 'check-question',
    open: async (page) => {
      await checkIntro.open(page);
      await page.getByRole('button', { name: text.checkStart }).click();
      await expect(page.getByRole('group')).toBeVisible();
    },
  };
  return [
    home,
    ...phases,
    topic('stopping', text.housing, 'topic-stopping-housing'),
    topic('working', text.health, 'topic-working-health'),
    topic('working', text.meaning, 'topic-working-meaning'),
    guides,
    guide('guide-control', text.controlGuide),
    guide('guide-social-assistance', text.assistanceGuide),
    checkIntro,
    checkQuestion,
    footerLink('about', text.about, text.about),
    safety,
  ];
}

const labels = {
  nl: {
    guides: 'Praktische wegwijzers',
    check: 'Waar begin ik?',
    checkTitle: /Waar kun je beginnen/,
    checkStart: /Begin/,
    about: 'Over Verder',
    housing: /^Wonen/,
    health: /^Gezondheid/,
    meaning: /^Zingeving/,
    controlGuide: /Als iemand anders over jou beslist/,
    assistanceGuide: /bijstand/i,
  },
  en: {
    guides: 'Practical guides',
    check: 'Where do I start?',
    checkTitle: /Where could you start/,
    checkStart: /Start the questions/,
    about: 'About Verder',
    housing: /^Housing/,
    health: /^Health/,
    meaning: /^Meaning/,
    controlGuide: /someone else/i,
    assistanceGuide: /social assistance/i,
  },
} satisfies Record<Language, Record<string, string | RegExp>>;

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
