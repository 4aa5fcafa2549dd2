/**
 * Every screen, and how a person reaches it from the start screen — in any language. The labels a
 * test clicks are read from the locale files, so the same walk works in Arabic and Thai as in Dutch.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const allLanguages = ['nl', 'en', 'es', 'pt-BR', 'ro', 'bg', 'pl', 'hu', 'th', 'ar'] as const;
export type Language = (typeof allLanguages)[number];
/** Dutch and English always; Arabic (right to left) and Thai (another script) for every screen too. */
export const languages = ['nl', 'en'] as const satisfies readonly Language[];
export type BaseLanguage = (typeof languages)[number];
export const axeLanguages = ['nl', 'en', 'ar', 'th'] as const satisfies readonly Language[];

export interface ScreenVisit {
  name: string;
  open(page: Page): Promise<void>;
}

type Texts = Record<string, unknown>;

function read(language: Language, namespace: string): Texts {
  return JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')) as Texts;
}

/** A text by dotted key, e.g. text(common, 'nav.check'). */
function text(file: Texts, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], file);
  if (typeof value !== 'string') throw new Error(`No text at ${key}`);
  return value;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A card link's name is its title followed by its summary. */
const startsWith = (value: string) => new RegExp(`^${escape(value)}`);

export function screensFor(language: Language): ScreenVisit[] {
  const common = read(language, 'common');
  const phasesText = read(language, 'phases');
  const explore = read(language, 'explore');
  const guidesText = read(language, 'guides');
  const check = read(language, 'check');
  const contactsText = read(language, 'contacts');

  const nav = (page: Page) => page.getByRole('navigation', { name: text(common, 'nav.label') });
  const footerLink = (name: string, key: string, heading = text(common, key)): ScreenVisit => ({
    name,
    open: async (page) => {
      await openMenuItem(page, language, key);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    },
  });
  const home: ScreenVisit = {
    name: 'home',
    open: async (page) => {
      await nav(page)
        .getByRole('link', { name: text(common, 'nav.home'), exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: text(read(language, 'home'), 'title') })).toBeVisible();
    },
  };
  const phase = (id: string): ScreenVisit => ({
    name: `phase-${id}`,
    open: async (page) => {
      await home.open(page);
      const title = text(phasesText, `${id}.title`);
      await page.getByRole('link', { name: startsWith(title) }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    },
  });
  const topic = (phaseId: string, domain: string): ScreenVisit => ({
    name: `topic-${phaseId}-${domain}`,
    open: async (page) => {
      await phase(phaseId).open(page);
      const title = text(explore, `domains.${domain}.title`);
      await page.getByRole('link', { name: startsWith(title) }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    },
  });
  const guides = footerLink('guides', 'nav.guidesShort', text(guidesText, 'labels.practicalGuides'));
  const guide = (name: string, key: string): ScreenVisit => ({
    name,
    open: async (page) => {
      await guides.open(page);
      const title = text(guidesText, `${key}.title`);
      await page.getByRole('link', { name: startsWith(title) }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    },
  });
  const checkIntro = footerLink('check-intro', 'nav.check', text(check, 'intro.title'));
  const checkQuestion: ScreenVisit = {
    name: 'check-question',
    open: async (page) => {
      await checkIntro.open(page);
      await page.getByRole('button', { name: text(check, 'intro.start') }).click();
      await expect(page.getByRole('group')).toBeVisible();
    },
  };
  const contacts = footerLink('contacts', 'nav.contacts', text(contactsText, 'screen.title'));
  const contactsSearch: ScreenVisit = {
    name: 'contacts-search',
    open: async (page) => {
      await nav(page)
        .getByRole('link', { name: text(common, 'nav.contacts'), exact: true })
        .click();
      const input = page.getByLabel(text(contactsText, 'search.label'));
      await input.fill('Zwolle');
      await input.press('Enter');
      const heading = text(contactsText, 'search.localHeading').replace('{{place}}', 'Zwolle');
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    },
  };
  const planTexts = read(language, 'plan');
  const plan = footerLink('plan', 'nav.plan', text(planTexts, 'title'));
  const planSection = (page: Page, kind: string) =>
    page.getByRole('region', { name: text(planTexts, `sections.${kind}.title`) });
  const planFilled: ScreenVisit = {
    name: 'plan-filled',
    open: async (page) => {
      await plan.open(page);
      const notes = planSection(page, 'note');
      // The sections appear once the plan is read; counting before that would add a second note.
      await expect(notes).toBeVisible();
      if ((await notes.locator('.plan-item').count()) === 0) {
        await notes.getByRole('button', { name: text(planTexts, 'sections.note.add') }).click();
        await notes.getByLabel(text(planTexts, 'fields.note.text')).fill('Verder 2026');
        await notes.getByRole('button', { name: text(planTexts, 'sections.note.add') }).click();
        await expect(notes.locator('.plan-item')).toHaveCount(1);
      }
      // An open form showing its errors: labels, hints and messages are checked too.
      const goals = planSection(page, 'goal');
      await goals.getByRole('button', { name: text(planTexts, 'sections.goal.add') }).click();
      await goals.getByRole('button', { name: text(planTexts, 'sections.goal.add') }).click();
      await expect(goals.getByText(text(planTexts, 'errors.required'))).toBeVisible();
    },
  };
  const planSafety: ScreenVisit = {
    name: 'plan-safety',
    open: async (page) => {
      await plan.open(page);
      await page
        .getByRole('link', { name: text(planTexts, 'lockAndCopies') })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1, name: text(planTexts, 'lockAndCopies') })).toBeVisible();
    },
  };
  const incidentsTexts = read(language, 'incidents');
  // The incident log, reached from My plan, with its form open and a wrong field showing its error.
  const incidents: ScreenVisit = {
    name: 'incidents',
    open: async (page) => {
      await plan.open(page);
      await page.getByRole('link', { name: text(incidentsTexts, 'planLink') }).click();
      await expect(page.getByRole('heading', { level: 1, name: text(incidentsTexts, 'title') })).toBeVisible();
      await page.getByRole('button', { name: text(incidentsTexts, 'add') }).click();
      await page.getByRole('button', { name: text(incidentsTexts, 'save'), exact: true }).click();
      await expect(page.getByText(text(incidentsTexts, 'errors.required'))).toBeVisible();
    },
  };
  const checkInTexts = read(language, 'checkIn');
  const openCheckIn = async (page: Page) => {
    await plan.open(page);
    await page.getByRole('link', { name: text(checkInTexts, 'planLink') }).click();
    await expect(page.getByRole('heading', { level: 1, name: text(checkInTexts, 'title') })).toBeVisible();
  };
  const startButton = (page: Page) => page.getByRole('button', { name: text(checkInTexts, 'start') });
  const activeHeading = (page: Page) =>
    page.getByRole('heading', { level: 2, name: text(checkInTexts, 'active.heading') });
  // The booking check-in, reached from My plan: its form with the missing number's error showing.
  const checkInForm: ScreenVisit = {
    name: 'check-in',
    open: async (page) => {
      await openCheckIn(page);
      await expect(startButton(page).or(activeHeading(page))).toBeVisible();
      // A check-in started by an earlier visit is ended (and so deleted) first.
      if (await activeHeading(page).isVisible()) {
        await page.getByRole('button', { name: text(checkInTexts, 'active.end') }).click();
      }
      await startButton(page).click();
      await expect(page.getByText(text(checkInTexts, 'errors.required'))).toBeVisible();
    },
  };
  // A running check-in: what was noted, the message and the links that open it.
  const checkInActive: ScreenVisit = {
    name: 'check-in-active',
    open: async (page) => {
      await openCheckIn(page);
      await expect(startButton(page).or(activeHeading(page))).toBeVisible();
      if (await startButton(page).isVisible()) {
        await page.getByLabel(text(checkInTexts, 'fields.who'), { exact: true }).fill('Lorem ipsum');
        await page.getByLabel(text(checkInTexts, 'fields.buddyPhone'), { exact: true }).fill('06 1234 5678');
        await page.getByLabel(text(checkInTexts, 'fields.codeWord'), { exact: true }).fill('tulpen');
        await startButton(page).click();
      }
      await expect(activeHeading(page)).toBeVisible();
    },
  };
  return [
    home,
    phase('working'),
    phase('considering'),
    phase('stopping'),
    phase('after'),
    topic('stopping', 'housing'),
    topic('working', 'health'),
    topic('working', 'meaning'),
    guides,
    guide('guide-control', 'someoneElseInControl'),
    guide('guide-social-assistance', 'socialAssistance'),
    guide('guide-threatens-to-tell', 'someoneThreatensToTell'),
    guide('guide-working-safer', 'workingSafer'),
    checkIntro,
    checkQuestion,
    contacts,
    contactsSearch,
    footerLink('more', 'nav.more'),
    footerLink('settings', 'nav.settings'),
    plan,
    planFilled,
    planSafety,
    incidents,
    checkInForm,
    checkInActive,
    footerLink('about', 'nav.about', text(read(language, 'about'), 'title')),
    footerLink('safety', 'nav.safety', text(read(language, 'safety'), 'title')),
  ];
}

/** The places in the bottom bar; every other screen of the old menu is under More. */
const barKeys = ['nav.home', 'nav.contacts', 'nav.plan', 'nav.guidesShort', 'nav.more'];

/**
 * Opens a screen of the main menu as a person does: from the bottom bar, or from More for the
 * screens that do not fit in the bar (the check, safety, settings, about).
 */
export async function openMenuItem(page: Page, language: Language, key: string): Promise<void> {
  const common = read(language, 'common');
  const bar = page.getByRole('navigation', { name: text(common, 'nav.label') });
  if (barKeys.includes(key)) {
    await bar.getByRole('link', { name: text(common, key), exact: true }).click();
    return;
  }
  await bar.getByRole('link', { name: text(common, 'nav.more'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(common, 'nav.more') })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', { name: text(common, key), exact: true })
    .click();
}

/**
 * Opens the app in a language the way a person does: on first start from the language list, later
 * from the language menu in the header.
 */
/**
 * The first screen is prerendered HTML (src/prerender); the app takes it over a moment later. Tests that
 * look at what the app decides (the language choice or the start screen) wait for that moment.
 */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-verder-ready', '');
}

export async function openApp(page: Page, language: Language): Promise<void> {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await waitForApp(page);
  const choice = page.locator(`button.language-choice[lang="${language}"]`);
  if (await choice.isVisible()) {
    await choice.click();
  } else {
    const select = page.locator('.language-switcher select');
    if ((await select.inputValue()) !== language) await select.selectOption(language);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('heading', { level: 1, name: text(read(language, 'home'), 'title') })).toBeVisible();
}
