/**
 * "Who can I reach now?" at a fixed clock: the phone's time zone is New York, so the app must work
 * in Dutch time itself. 01:00 UTC on Thursday 3 December 2026 is 02:00 in Amsterdam.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './screens';

const nl = JSON.parse(readFileSync('locales/nl/contacts.json', 'utf8')) as {
  screen: { title: string };
  now: { heading: string };
  hours: { always: string; opensToday: string; openUntil: string };
};
const common = JSON.parse(readFileSync('locales/nl/common.json', 'utf8')) as { nav: { label: string } };

test.use({ timezoneId: 'America/New_York' });

/** Lines a source says are open day and night; nothing else may be in the night list. */
const openAtNight = [
  'Veilig Thuis',
  '113 Zelfmoordpreventie',
  'Centrum Seksueel Geweld',
  'De Luisterlijn',
  'Ugly Mugs NL',
];

async function openContactsAt(page: Page, instant: string) {
  await page.clock.setFixedTime(new Date(instant));
  await openApp(page, 'nl');
  await page
    .getByRole('navigation', { name: common.nav.label })
    .getByRole('link', { name: nl.screen.title, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: nl.screen.title })).toBeVisible();
}

function nowList(page: Page) {
  return page.locator('section', { has: page.getByRole('heading', { level: 2, name: nl.now.heading }) });
}

test('at 02:00 Dutch time the night list holds only lines open then, and a card says when it opens', async ({
  page,
}, testInfo) => {
  await openContactsAt(page, '2026-12-03T01:00:00Z');
  const names = await nowList(page).locator('.reachable-item__name').allTextContents();
  expect(names.length).toBeGreaterThan(2);
  for (const name of names) expect(openAtNight, name).toContain(name);
  expect(names).toEqual(expect.arrayContaining(['113 Zelfmoordpreventie', 'De Luisterlijn', 'Veilig Thuis']));
  await expect(nowList(page)).toContainText('02:00');
  // CoMensha: Monday to Friday 9:00–17:00.
  const comensha = page.getByRole('article', { name: 'CoMensha', includeHidden: true });
  await expect(comensha).toContainText(nl.hours.opensToday.replace('{{time}}', '09:00'));
  await expect(page.getByRole('article', { name: 'De Luisterlijn', includeHidden: true })).toContainText(
    nl.hours.always,
  );
  await page
    .locator('section', { has: page.getByRole('heading', { level: 2, name: nl.now.heading }) })
    .scrollIntoViewIfNeeded();
  const path = 'test-results/screenshots/contacts-nl-night.png';
  await page.screenshot({ path });
  await testInfo.attach('contacts-nl-night', { path, contentType: 'image/png' });
});

test('at 10:00 on a weekday CoMensha shows "open now" and is in the list', async ({ page }) => {
  await openContactsAt(page, '2026-12-03T09:00:00Z');
  const comensha = page.getByRole('article', { name: 'CoMensha', includeHidden: true });
  await expect(comensha).toContainText(nl.hours.openUntil.replace('{{time}}', '17:00'));
  await expect(nowList(page).locator('.reachable-item__name')).toContainText(['CoMensha']);
  // By day, the lines that answer in the coming night are one tap away.
  const tonight = page.locator('details.tonight');
  await tonight.locator('summary').click();
  await expect(tonight).toContainText('De Luisterlijn');
  await expect(tonight).not.toContainText('CoMensha');
});
