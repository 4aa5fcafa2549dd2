// The money screen with 500 budget lines and 100 debts, measured in Chromium against the production
// build: time from tapping "Money" in My plan to its first screen with lines on it (target ≤ 200 ms),
// cold and warm. Part of `npm run bench`; `node scripts/benchMoney.mjs` measures only this and writes
// its part of bench/results.json. Times vary per machine, so they are measured here, never asserted.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const money = JSON.parse(readFileSync('locales/en/money.json', 'utf8'));
const common = JSON.parse(readFileSync('locales/en/common.json', 'utf8'));
const round = (value) => Math.round(value);
export const moneyBenchSize = { lines: 500, debts: 100 };

/** Writes the budget and debts straight into IndexedDB, as rows the app itself would have stored. */
async function seedMoney(page, { lines, debts }) {
  await page.evaluate(
    async ({ lines, debts }) => {
      const database = await new Promise((resolve, reject) => {
        const request = indexedDB.open('verder');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = database.transaction('planItems', 'readwrite').objectStore('planItems');
      const now = Date.now();
      const periods = ['week', 'month', 'year'];
      const income = ['work', 'benefit', 'allowance', 'partner', 'other'];
      const costs = ['rent', 'energy', 'insurance', 'phone', 'debt', 'food', 'other'];
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
        store.put({ id, rev: `r${index}`, data });
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
        store.put({ id, rev: `d${index}`, data });
      }
      store.put({
        id: 'money-savings',
        rev: 's',
        data: { kind: 'moneySavings', id: 'money-savings', order: 0, updatedAt: now, amountCents: 250000 },
      });
      await new Promise((resolve) => (store.transaction.oncomplete = resolve));
      database.close();
    },
    { lines, debts },
  );
}

/** On My plan: taps the Money link and waits, inside the page, until budget lines are on screen. */
async function timeToMoneyScreen(page) {
  return page.evaluate(async (label) => {
    const link = [...document.querySelectorAll('a')].find((anchor) => anchor.textContent === label);
    const start = performance.now();
    link.click();
    await new Promise((resolve) => {
      const check = () => (document.querySelector('.money-line') ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - start;
  }, money.openLink);
}

async function openPlanScreen(page) {
  await page
    .getByRole('navigation', { name: common.nav.label })
    .getByRole('link', { name: common.nav.plan, exact: true })
    .click();
  await page.getByRole('link', { name: money.openLink }).waitFor();
}

export async function measureMoney(appUrl, chromiumPath, flags) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  const page = await browser.newPage();
  try {
    await page.goto(appUrl);
    await page.locator('button.language-choice[lang="en"]').click();
    await page.locator('h1').waitFor();
    await seedMoney(page, moneyBenchSize);
    await page.reload();
    await page.locator('h1').waitFor();
    await openPlanScreen(page);
    const cold = await timeToMoneyScreen(page);
    const shown = await page.locator('.money-line').count();
    const debtsShown = await page.locator('.debt').count();
    const warm = [];
    for (let run = 0; run < 5; run += 1) {
      await openPlanScreen(page);
      warm.push(await timeToMoneyScreen(page));
    }
    warm.sort((a, b) => a - b);
    return {
      items: { ...moneyBenchSize, linesShown: shown, debtsShown },
      firstMoneyScreenMs: { cold: round(cold), warmMedian: round(warm[2]), warmWorst: round(warm[4]), targetMs: 200 },
    };
  } finally {
    await browser.close();
  }
}

// Run on its own: serve dist/ (build first), measure, and put the figures into bench/results.json.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { preview } = await import('vite');
  const { format, resolveConfig } = await import('prettier');
  const port = Number(process.env.BENCH_PORT ?? 4175);
  const server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  try {
    const result = await measureMoney(`http://127.0.0.1:${port}/`, process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ]);
    const resultsPath = 'bench/results.json';
    const results = JSON.parse(readFileSync(resultsPath, 'utf8'));
    results.money = { measuredAt: new Date().toISOString(), ...result };
    writeFileSync(
      resultsPath,
      await format(JSON.stringify(results, null, 2), { ...(await resolveConfig(resultsPath)), filepath: resultsPath }),
    );
    console.log(JSON.stringify(results.money, null, 2));
  } finally {
    await server.close();
  }
}
