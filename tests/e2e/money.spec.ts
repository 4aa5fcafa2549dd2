/**
 * The money screen against the production build: figures in Dutch and Arabic formats, a typed label
 * gone from storage once locked, every money record through a copy to a fresh phone, a print layout
 * without app chrome, and axe in nl and ar. Labels come from the locale files.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dumpOrigin, planText, setUpLock } from './planHelpers';
import { anotherPhone, makeCopy, mergeCopy } from './copyHelpers';
import { openApp, type Language } from './screens';
import { expectNoAxeViolations } from './axeCheck';

type Texts = Record<string, unknown>;
const read = (language: Language, namespace: string) =>
  JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8')) as Texts;
const text = (file: Texts, key: string): string => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], file);
  if (typeof value !== 'string') throw new Error(`No text at ${key}`);
  return value;
};

/** Intl writes no-break spaces and direction marks; a reader sees plain spaces. */
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

async function openMoney(page: Page, language: Language) {
  const money = read(language, 'money');
  const common = read(language, 'common');
  await page
    .getByRole('navigation', { name: text(common, 'nav.label') })
    .getByRole('link', { name: text(common, 'nav.plan'), exact: true })
    .click();
  await page.getByRole('link', { name: text(money, 'openLink') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(money, 'title') })).toBeVisible();
  return money;
}

async function addLine(
  page: Page,
  money: Texts,
  picture: 'now' | 'after',
  side: 'in' | 'out',
  fields: { category?: string; label?: string; amount: string; period?: string },
) {
  const section = page.getByRole('region', { name: text(money, `pictures.${picture}.title`) });
  const group = section.getByRole('group', { name: text(money, `sides.${side}`) });
  await group.getByRole('button', { name: text(money, `add.${side}`) }).click();
  if (fields.category) await group.getByLabel(text(money, 'fields.category')).selectOption(fields.category);
  if (fields.label) await group.getByLabel(text(money, 'fields.label')).fill(fields.label);
  await group.getByLabel(text(money, 'fields.amount')).fill(fields.amount);
  if (fields.period) await group.getByLabel(text(money, 'fields.period')).selectOption(fields.period);
  const count = await group.locator('.money-line').count();
  await group.getByRole('button', { name: text(money, `add.${side}`) }).click();
  await expect(group.locator('.money-line')).toHaveCount(count + 1);
}

async function totalOf(page: Page, money: Texts, picture: 'now' | 'after', key: string) {
  const section = page.getByRole('region', { name: text(money, `pictures.${picture}.title`) });
  const value = await section
    .locator('dt', { hasText: text(money, key) })
    .locator('xpath=following-sibling::dd')
    .innerText();
  return plain(value);
}

/** Income as the language writes it: "1.500" is fifteen hundred in Dutch, one and a half in English. */
async function budgetIn(page: Page, money: Texts, income = '1.500') {
  await addLine(page, money, 'now', 'in', { label: 'Schoonmaak', amount: income });
  await addLine(page, money, 'now', 'out', { category: 'rent', amount: '650,-' });
  await addLine(page, money, 'now', 'out', { category: 'food', amount: '25', period: 'week' });
}

test('a budget shows the right monthly and weekly figures in Dutch format', async ({ page }) => {
  await openApp(page, 'nl');
  const money = await openMoney(page, 'nl');
  await budgetIn(page, money);
  expect(await totalOf(page, money, 'now', 'totals.in')).toBe('€ 1.500,00');
  expect(await totalOf(page, money, 'now', 'totals.out')).toBe('€ 758,33');
  expect(await totalOf(page, money, 'now', 'totals.leftMonth')).toBe('€ 741,67');
  expect(await totalOf(page, money, 'now', 'totals.leftWeek')).toBe('€ 171,15');
});

test('a budget shows the right figures in Arabic, with the digits Arabic writes, typed in Arabic-Indic digits', async ({
  page,
}) => {
  await openApp(page, 'ar');
  const money = await openMoney(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await addLine(page, money, 'now', 'in', { amount: '١٥٠٠' });
  await addLine(page, money, 'now', 'out', { category: 'rent', amount: '650' });
  await addLine(page, money, 'now', 'out', { category: 'food', amount: '٢٥', period: 'week' });
  // What the browser's Arabic number format writes for these cents, worked out independently.
  const expected = await page.evaluate(() =>
    [150000, 75833, 74167, 17115].map((cents) =>
      new Intl.NumberFormat('ar', { style: 'currency', currency: 'EUR' }).format(cents / 100),
    ),
  );
  const shown = [
    await totalOf(page, money, 'now', 'totals.in'),
    await totalOf(page, money, 'now', 'totals.out'),
    await totalOf(page, money, 'now', 'totals.leftMonth'),
    await totalOf(page, money, 'now', 'totals.leftWeek'),
  ];
  expect(shown).toEqual(expected.map(plain));
  // The figures are the amounts typed, whatever digits the language uses.
  const latin = (value: string) =>
    value.replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)).replace(/[^\d]/g, '');
  expect(shown.map(latin)).toEqual(['150000', '75833', '74167', '17115']);
});

test('a label typed into the budget is not in any storage once the plan is locked (threat: someone reads the phone’s storage)', async ({
  page,
}) => {
  const canary = `kanarie-geld-${Date.now()}`;
  await openApp(page, 'en');
  const money = await openMoney(page, 'en');
  await addLine(page, money, 'now', 'out', { category: 'debt', label: canary, amount: '75' });
  expect(await dumpOrigin(page, { withCaches: false })).toContain(canary);

  await setUpLock(page, 'a long walk by the river');
  await openMoney(page, 'en');
  await page.getByRole('button', { name: planText('lockNow') }).click();
  await expect(page.getByRole('heading', { name: planText('unlock.title') })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain(canary);
  const dump = await dumpOrigin(page);
  expect(dump).toContain('indexeddb:verder/planItems');
  expect(dump).not.toContain(canary);
});

test('a copy carries every money record to a fresh phone', async ({ browser, page }, testInfo) => {
  await openApp(page, 'en');
  const money = await openMoney(page, 'en');
  await budgetIn(page, money, '1,500');
  await addLine(page, money, 'after', 'in', { category: 'benefit', amount: '1100' });
  const savings = page.getByRole('region', { name: text(money, 'savings.title') });
  await savings.getByLabel(text(money, 'savings.label')).fill('2000');
  await savings.getByRole('button', { name: text(money, 'savings.save') }).click();
  await expect(savings.getByText(/2,000\.00/)).toBeVisible();
  const debts = page.getByRole('region', { name: text(money, 'debts.title') });
  await debts.getByRole('button', { name: text(money, 'debts.add') }).click();
  await debts.getByLabel(text(money, 'debts.fields.creditor')).fill('Zorgverzekeraar');
  await debts.getByLabel(text(money, 'debts.fields.amount')).fill('640,25');
  await debts.getByLabel(text(money, 'debts.fields.letterUnopened')).check();
  await debts.getByRole('button', { name: text(money, 'debts.add') }).click();
  await expect(debts.getByText('Zorgverzekeraar')).toBeVisible();
  const before = plain(await page.locator('main').innerText());

  const copy = await makeCopy(page, testInfo, 'money.bin');
  expect(copy.text).not.toContain('Zorgverzekeraar');

  const { phone, close } = await anotherPhone(browser);
  await mergeCopy(phone, copy.file, `${text(money, 'title')}: 6`, 6);
  await openMoney(phone, 'en');
  await expect(phone.getByText('Zorgverzekeraar')).toBeVisible();
  expect(plain(await phone.locator('main').innerText())).toBe(before);
  await close();
});

test('printing the budget shows every figure for a debt counsellor, without menus, buttons, forms or quick exit', async ({
  page,
}) => {
  await openApp(page, 'nl');
  const money = await openMoney(page, 'nl');
  await budgetIn(page, money);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: text(money, 'title') })).toBeVisible();
  await expect(page.getByText('Schoonmaak')).toBeVisible();
  await expect(page.getByRole('table', { name: text(money, 'compare.tableCaption') })).toBeVisible();
  for (const hidden of ['.quick-exit', '.top-bar', '.bottom-bar', '.plan-tools', '.money-help']) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  await expect(page.getByRole('button')).toHaveCount(0);
  for (const form of await page.locator('form').all()) await expect(form).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

for (const language of ['nl', 'ar'] as const) {
  test(`the money screen with a budget and debts is axe clean in ${language}`, async ({ page }) => {
    await openApp(page, language);
    const money = await openMoney(page, language);
    await addLine(page, money, 'now', 'in', { amount: '1500' });
    await addLine(page, money, 'after', 'out', { category: 'rent', amount: '1700' });
    const debts = page.getByRole('region', { name: text(money, 'debts.title') });
    await debts.getByRole('button', { name: text(money, 'debts.add') }).click();
    await debts.getByLabel(text(money, 'debts.fields.creditor')).fill('CJIB');
    await debts.getByLabel(text(money, 'debts.fields.amount')).fill('90');
    await debts.getByLabel(text(money, 'debts.fields.letterUnopened')).check();
    await debts.getByRole('button', { name: text(money, 'debts.add') }).click();
    await expect(debts.getByText('CJIB')).toBeVisible();
    // An open form with an error, too: its message must be tied to its field.
    const now = page.getByRole('region', { name: text(money, 'pictures.now.title') });
    const group = now.getByRole('group', { name: text(money, 'sides.out') });
    await group.getByRole('button', { name: text(money, 'add.out') }).click();
    await group.getByLabel(text(money, 'fields.amount')).fill('???');
    await group.getByRole('button', { name: text(money, 'add.out') }).click();
    await expect(group.getByText(text(money, 'errors.notAnAmount'))).toBeVisible();
    // At rest, after the frames the error's focus move asks for (see axeCheck.ts): while that scroll is
    // still pending, the sticky quick-exit bar overlaps a button and axe reports its target size.
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/money-${language}.png`, fullPage: true });
  });
}
