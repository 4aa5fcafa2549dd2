/** Screenshots of Find help at 360×740 in Dutch and Arabic, to look at by eye. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from './screens';

for (const language of ['nl', 'ar'] as const) {
  const contacts = JSON.parse(readFileSync(`locales/${language}/contacts.json`, 'utf8')) as {
    screen: { title: string };
    search: { label: string; localHeading: string };
    trust: { about: string };
    correct: { summary: string };
  };
  const common = JSON.parse(readFileSync(`locales/${language}/common.json`, 'utf8')) as { nav: { label: string } };

  test(`screenshots of find help at 360×740 in ${language}`, async ({ page }, testInfo) => {
    await page.clock.setFixedTime(new Date('2026-12-02T20:30:00Z'));
    await openApp(page, language);
    await page
      .getByRole('navigation', { name: common.nav.label })
      .getByRole('link', { name: contacts.screen.title, exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: contacts.screen.title })).toBeVisible();
    await expect(page.locator('article.contact-card').first()).toBeVisible();
    const shoot = async (name: string, fullPage = false) => {
      const path = `test-results/screenshots/contacts-${language}-${name}.png`;
      await page.screenshot({ path, fullPage });
      await testInfo.attach(`contacts-${language}-${name}`, { path, contentType: 'image/png' });
    };
    await shoot('top');
    const input = page.getByLabel(contacts.search.label);
    await input.fill('Rotterdm');
    await input.press('Enter');
    await expect(
      page.getByRole('heading', { level: 2, name: contacts.search.localHeading.replace('{{place}}', 'Rotterdam') }),
    ).toBeInViewport();
    await shoot('rotterdam');
    const card = page.getByRole('article', { name: 'GGD Rotterdam-Rijnmond – Soapoli' });
    await card.getByText(contacts.trust.about).click();
    await card.getByText(contacts.correct.summary).click();
    await card.scrollIntoViewIfNeeded();
    await shoot('card-open');
    await shoot('full', true);
  });
}
