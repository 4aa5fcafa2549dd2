// The money screen with 500 budget lines and 100 debts, measured in Chromium against the production
// build: time from tapping "Money" in My plan to its first screen with lines on it (target ≤ 200 ms),
// cold and warm. Part of `npm run bench`; `node scripts/benchMoney.mjs` measures only this and writes
// its part of bench/results.json. Times vary per machine, so they are measured here, never asserted.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import {
  chromiumPath,
  launchFlags,
  openAsNewVisitor,
  putVaultRows,
  serve,
  summarise,
  timeTapUntilShown,
  writeResultsPart,
} from './benchBrowser.mjs';

const money = JSON.parse(readFileSync('locales/en/money.json', 'utf8'));
const common = JSON.parse(readFileSync('locales/en/common.json', 'utf8'));
export const moneyBenchSize = { lines: 500, debts: 100 };

/** A budget and debts as the app stores them (unlocked rows). */
export function moneyRows({ lines, debts }) {
  const now = Date.now();
  const periods = ['week', 'month', 'year'];
  const income = ['work', 'benefit', 'allowance', 'partner', 'other'];
  const costs = ['rent', 'energy', 'insurance', 'phone', 'debt', 'food', 'other'];
  const rows = [];
  for (let index = 0; index < lines; index += 1) {
    const side = index % 4 === 0 ? 'in' : 'out';
    const id = `bench-line-${index}`;
    const categories = side === 'in' ? income : costs;
    const data = {
      kind: 'moneyLine',
      id,
      order: index,
      updatedAt: now,
      side,
      picture: index % 2 === 0 ? 'now' : 'after',
      category: categories[index % categories.length],
      label: `Line ${index} in my own words`,
      amountCents: 1000 + index * 37,
      period: periods[index % 3],
    };
    rows.push({ id, rev: `r${index}`, data });
  }
  for (let index = 0; index < debts; index += 1) {
    const id = `bench-debt-${index}`;
    const day = String((index % 28) + 1).padStart(2, '0');
    const data = {
      kind: 'debt',
      id,
      order: index,
      updatedAt: now,
      creditor: `Creditor ${index}`,
      amountCents: 5000 + index * 101,
      since: '2025-01-15',
      arrangement: index % 3 === 0 ? '50 a month' : '',
      nextPaymentDate: `2027-01-${day}`,
      letterUnopened: index % 10 === 0,
      paidOff: index % 7 === 0,
      note: '',
    };
    rows.push({ id, rev: `d${index}`, data });
  }
  rows.push({
    id: 'money-savings',
    rev: 's',
    data: { kind: 'moneySavings', id: 'money-savings', order: 0, updatedAt: now, amountCents: 250000 },
  });
  return rows;
}

async function openPlanScreen(page) {
  await page
    .getByRole('navigation', { name: common.nav.label })
    .getByRole('link', { name: common.nav.plan, exact: true })
    .click();
  await page.getByRole('link', { name: money.openLink }).waitFor();
}

const toMoney = { label: money.openLink, shown: '.money-line' };

export async function measureMoney(appUrl, path = chromiumPath, flags = launchFlags) {
  const browser = await chromium.launch({ executablePath: path, args: flags });
  const page = await browser.newPage();
  try {
    await openAsNewVisitor(page, appUrl);
    await putVaultRows(page, moneyRows(moneyBenchSize));
    await openPlanScreen(page);
    const cold = await timeTapUntilShown(page, toMoney);
    const shown = await page.locator('.money-line').count();
    const debtsShown = await page.locator('.debt').count();
    const warm = [];
    for (let run = 0; run < 5; run += 1) {
      await openPlanScreen(page);
      warm.push(await timeTapUntilShown(page, toMoney));
    }
    return {
      items: { ...moneyBenchSize, linesShown: shown, debtsShown },
      firstMoneyScreenMs: summarise(cold, warm, 200),
    };
  } finally {
    await browser.close();
  }
}

// Run on its own: serve dist/ (build first), measure, and put the figures into bench/results.json.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.BENCH_PORT ?? 4175);
  const server = await serve('dist', port);
  try {
    const result = await measureMoney(`http://127.0.0.1:${port}/`);
    await writeResultsPart('money', result);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await server.close();
  }
}
