import { expect, test, type Page } from '@playwright/test';
import { openOffline } from './ownServer';
import { openApp, openMenuItem, type BaseLanguage as Language } from './screens';
import { announcer } from './announced';

/** Answers by question position; a missing entry is skipped. Labels as a person reads them. */
const people = {
  unsafe: {
    nl: { 1: ['Ik doe sekswerk en denk niet aan stoppen'], 4: ['Ja'], 5: ['Nee'] },
    en: { 1: ["I do sex work and I'm not thinking about stopping"], 4: ['Yes'], 5: ['No'] },
  },
  careerSwitcher: {
    nl: {
      1: ['Ik denk soms aan minder werken of stoppen'],
      2: ['Ander werk of inkomen'],
      3: ['Genoeg om van te leven'],
      4: ['Nee'],
      5: ['Ja'],
      6: ['Nee'],
    },
    en: {
      1: ['I sometimes think about doing less or stopping'],
      2: ['Other work or income'],
      3: ['Enough to live on'],
      4: ['No'],
      5: ['Yes'],
      6: ['No'],
    },
  },
} satisfies Record<string, Record<Language, Record<number, string[]>>>;

const words = {
  nl: {
    start: 'Begin met de vragen',
    next: /^(Volgende|Bekijk waar je kunt beginnen)$/,
    skip: 'Sla deze vraag over',
    result: 'Begin hier',
    safety: 'Veiligheid',
    work: 'Werk en inkomen',
  },
  en: {
    start: 'Start the questions',
    next: /^(Next|See where to start)$/,
    skip: 'Skip this question',
    result: 'Start here',
    safety: 'Safety',
    work: 'Work and income',
  },
};

async function takeCheck(page: Page, language: Language, answers: Record<number, string[]>): Promise<void> {
  const text = words[language];
  await openMenuItem(page, language, 'nav.check');
  await page.getByRole('button', { name: text.start }).click();
  for (let number = 1; number <= 8; number++) {
    const chosen = answers[number];
    if (!chosen) {
      await page.getByRole('button', { name: text.skip }).click();
      continue;
    }
    for (const label of chosen) await page.getByLabel(label, { exact: true }).check();
    await page.getByRole('button', { name: text.next }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: text.result })).toBeVisible();
}

// Fixed ports per test: tests run in several worker processes, each with its own server.
const ports = { nl: [4190, 4191], en: [4192, 4193] } as const;
for (const language of ['nl', 'en'] as const) {
  test(`someone who answers as unsafe sees safety contacts first, offline, in ${language}`, async ({ page }) => {
    await openOffline(page, ports[language][0], language);
    await takeCheck(page, language, people.unsafe[language]);
    const firstSection = page.locator('main section').first();
    await expect(firstSection.getByRole('heading', { level: 2 })).toHaveText(words[language].safety);
    await expect(firstSection.getByRole('heading', { level: 3 }).first()).toHaveText(/112/);
    await expect(firstSection.locator('a[href="tel:112"]')).toBeVisible();
    await expect(page.getByTestId('result-domains').getByRole('listitem').first()).toContainText(
      words[language].safety,
    );
  });

  test(`a practical career switcher sees work and income first, offline, in ${language}`, async ({ page }) => {
    await openOffline(page, ports[language][1], language);
    await takeCheck(page, language, people.careerSwitcher[language]);
    await expect(page.locator('.safety-first')).toHaveCount(0);
    await expect(page.getByTestId('result-domains').getByRole('listitem').first()).toContainText(words[language].work);
  });
}

test('kept answers survive a reload, open only through "Show my answers", and are erased with one confirmed tap', async ({
  page,
}) => {
  await openApp(page, 'en');
  await takeCheck(page, 'en', people.careerSwitcher.en);
  await page.getByRole('button', { name: 'Keep my answers on this phone' }).click();
  await expect(page.getByText(/kept on this phone without a lock/)).toBeVisible();
  await page.reload();
  await openMenuItem(page, 'en', 'nav.check');
  await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Start here' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show my answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start here' })).toBeVisible();
  await page.getByRole('button', { name: 'Erase my answers' }).click();
  await page.getByRole('button', { name: 'Yes, erase them' }).click();
  await expect(page.locator('#screen').getByText('Answers erased')).toBeVisible();
  await expect(announcer(page)).toContainText('Answers erased');
  const stored = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('verder');
        open.onsuccess = () => {
          const request = open.result.transaction('planItems').objectStore('planItems').get('check-answers');
          request.onsuccess = () => resolve(request.result ?? null);
        };
      }),
  );
  expect(stored).toBeNull();
});
