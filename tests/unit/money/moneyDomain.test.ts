// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { languages } from '../../../src/i18n/languages';
import {
  balanceOf,
  bridgeMonths,
  centsPerYear,
  divideRounded,
  formatCents,
  formatCentsForInput,
  fromYear,
  parseAmount,
  sumPerYear,
  type AmountLine,
} from '../../../src/domain/money';
import {
  addDays,
  daysBetween,
  parseMoneyItem,
  sortDebts,
  upcomingDebtPayments,
  type Debt,
} from '../../../src/domain/moneyItems';
import { parseVaultItem } from '../../../src/domain/plan';

const allLocales = languages.map((language) => language.code);

describe('reading what people type as an amount', () => {
  it.each([
    ['1.234,56', 'nl', 123456],
    ['1234,56', 'nl', 123456],
    ['1234.56', 'nl', 123456],
    ['1.234', 'nl', 123400],
    ['1,234', 'en', 123400],
    ['1,5', 'en', 150],
    ['€ 50', 'nl', 5000],
    ['€50', 'en', 5000],
    ['50 €', 'es', 5000],
    ['50,-', 'nl', 5000],
    ['50.-', 'nl', 5000],
    ['EUR 12,30', 'nl', 1230],
    ['1 234,56', 'pl', 123456],
    ['1\u00a0234,56', 'bg', 123456],
    ['1.234.567,89', 'nl', 123456789],
    ['1,234,567.89', 'en', 123456789],
    ['0,05', 'nl', 5],
    ['7', 'th', 700],
    ['  12,5  ', 'nl', 1250],
  ])('reads %j in %s as %i cents', (typed, locale, cents) => {
    expect(parseAmount(typed, locale)).toEqual({ ok: true, cents });
  });

  it('reads one mark before three digits the way the language writes numbers', () => {
    expect(parseAmount('1.234', 'nl')).toEqual({ ok: true, cents: 123400 });
    expect(parseAmount('1,234', 'nl')).toEqual({ ok: false, error: 'tooManyDecimals' });
    expect(parseAmount('1,234', 'en')).toEqual({ ok: true, cents: 123400 });
    expect(parseAmount('1.234', 'en')).toEqual({ ok: false, error: 'tooManyDecimals' });
  });

  it('reads Arabic-Indic digits with the Arabic decimal and group marks', () => {
    expect(parseAmount('١٬٢٣٤٫٥٦', 'ar')).toEqual({ ok: true, cents: 123456 });
    expect(parseAmount('٥٠', 'ar')).toEqual({ ok: true, cents: 5000 });
    expect(parseAmount('\u200f١٢٫٥ €', 'ar')).toEqual({ ok: true, cents: 1250 });
    // Persian digits, as some Arabic keyboards type them.
    expect(parseAmount('۱۲۳', 'ar')).toEqual({ ok: true, cents: 12300 });
  });

  it('reads what its own format writes back, in every language', () => {
    for (const locale of allLocales) {
      for (const cents of [0, 5, 99, 123456, 100000000]) {
        expect({ locale, cents, parsed: parseAmount(formatCentsForInput(cents, locale), locale) }).toEqual({
          locale,
          cents,
          parsed: { ok: true, cents },
        });
        expect({ locale, parsed: parseAmount(formatCents(cents, locale), locale) }).toEqual({
          locale,
          parsed: { ok: true, cents },
        });
      }
    }
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['€', 'empty'],
    ['abc', 'notAnAmount'],
    ['12 euro 50', 'notAnAmount'],
    ['1,2,3', 'notAnAmount'],
    ['12.34.5', 'notAnAmount'],
    ['1..5', 'notAnAmount'],
    ['5,', 'notAnAmount'],
    ['1e5', 'notAnAmount'],
    ['0x10', 'notAnAmount'],
    ['12,345', 'tooManyDecimals'],
    ['1,234.567', 'tooManyDecimals'],
    ['-50', 'negative'],
    ['−50', 'negative'],
    ['1000000000000', 'tooLarge'],
    ['100.000.001', 'tooLarge'],
  ])('refuses %j with the reason %s', (typed, error) => {
    expect(parseAmount(typed, 'nl')).toEqual({ ok: false, error });
  });
});

describe('the one conversion rule: via the year', () => {
  it('turns weeks, months and years into cents per year', () => {
    expect(centsPerYear(1000, 'week')).toBe(52000);
    expect(centsPerYear(1000, 'month')).toBe(12000);
    expect(centsPerYear(1000, 'year')).toBe(1000);
  });

  it('shows a year per month (÷ 12) and per week (÷ 52), rounded once, halves away from zero', () => {
    expect(fromYear(52000, 'week')).toBe(1000);
    expect(fromYear(52000, 'month')).toBe(4333); // € 10 a week is € 43,33 a month
    expect(fromYear(100, 'month')).toBe(8); // 8,33…
    expect(fromYear(102, 'month')).toBe(9); // 8,5 → 9
    expect(fromYear(-102, 'month')).toBe(-9);
    expect(fromYear(26, 'week')).toBe(1); // 0,5 → 1
    expect(divideRounded(-26, 52)).toBe(-1);
    expect(() => divideRounded(1.5, 2)).toThrow(RangeError);
  });

  it('sums 1,000 lines exact to the cent, where floating point drifts', () => {
    const lines: AmountLine[] = Array.from({ length: 1000 }, (_, index) => ({
      amountCents: 10 + (index % 7),
      period: (['week', 'month', 'year'] as const)[index % 3] ?? 'year',
    }));
    let expected = 0;
    for (const line of lines) expected += line.amountCents * { week: 52, month: 12, year: 1 }[line.period];
    expect(sumPerYear(lines)).toBe(expected);
    // The same amounts as euros in floating point do not add up to the same figure.
    const tenCents = Array.from({ length: 1000 }, () => ({ amountCents: 10, period: 'year' as const }));
    expect(sumPerYear(tenCents)).toBe(10000);
    expect(tenCents.reduce((sum) => sum + 0.1, 0)).not.toBe(100);
  });

  it('works out what is left, also when more goes out than comes in', () => {
    const balance = balanceOf(
      [{ amountCents: 150000, period: 'month' }],
      [
        { amountCents: 90000, period: 'month' },
        { amountCents: 15000, period: 'week' },
      ],
    );
    expect(balance).toEqual({ inYear: 1800000, outYear: 1080000 + 780000, leftYear: -60000 });
    expect(fromYear(balance.leftYear, 'month')).toBe(-5000);
    expect(fromYear(balance.leftYear, 'week')).toBe(-1154);
  });
});

describe('how many months savings bridge a gap', () => {
  it('says there is no gap when nothing is short', () => {
    expect(bridgeMonths(0, 0)).toEqual({ kind: 'noGap' });
    expect(bridgeMonths(1200, 0)).toEqual({ kind: 'noGap' });
  });

  it('counts only whole months that are fully covered', () => {
    // € 300 short a month; € 1.000 savings: 3 whole months.
    expect(bridgeMonths(-360000, 100000)).toEqual({ kind: 'gap', shortPerMonth: 30000, months: 3 });
    expect(bridgeMonths(-360000, 90000)).toEqual({ kind: 'gap', shortPerMonth: 30000, months: 3 });
    expect(bridgeMonths(-360000, 89999)).toEqual({ kind: 'gap', shortPerMonth: 30000, months: 2 });
    expect(bridgeMonths(-360000, 0)).toEqual({ kind: 'gap', shortPerMonth: 30000, months: 0 });
    expect(bridgeMonths(-360000, -500)).toEqual({ kind: 'gap', shortPerMonth: 30000, months: 0 });
  });
});

function debt(fields: Partial<Debt>): Debt {
  return {
    kind: 'debt',
    id: fields.creditor ?? 'x',
    order: 1,
    updatedAt: 1,
    creditor: 'x',
    amountCents: 1000,
    since: '',
    arrangement: '',
    nextPaymentDate: '',
    letterUnopened: false,
    paidOff: false,
    note: '',
    ...fields,
  };
}

describe('debts', () => {
  const today = '2026-12-02';
  it('puts what needs action first: a letter not opened, then a payment due within a week', () => {
    const sorted = sortDebts(
      [
        debt({ creditor: 'paid', paidOff: true, letterUnopened: true }),
        debt({ creditor: 'later', nextPaymentDate: '2027-01-15' }),
        debt({ creditor: 'no date' }),
        debt({ creditor: 'soon', nextPaymentDate: '2026-12-08' }),
        debt({ creditor: 'letter', nextPaymentDate: '2027-02-01', letterUnopened: true }),
        debt({ creditor: 'overdue', nextPaymentDate: '2026-11-30' }),
      ],
      today,
    );
    expect(sorted.map((entry) => entry.creditor)).toEqual(['letter', 'overdue', 'soon', 'later', 'no date', 'paid']);
  });

  it('lists the payments still to come for the appointments, soonest first, without paid-off debts', () => {
    const upcoming = upcomingDebtPayments(
      [
        debt({ creditor: 'b', nextPaymentDate: '2026-12-20' }),
        debt({ creditor: 'past', nextPaymentDate: '2026-12-01' }),
        debt({ creditor: 'a', nextPaymentDate: '2026-12-02' }),
        debt({ creditor: 'paid', nextPaymentDate: '2026-12-05', paidOff: true }),
      ],
      today,
    );
    expect(upcoming.map((entry) => entry.creditor)).toEqual(['a', 'b']);
  });

  it('counts days across summer time and month ends', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2026-12-02', '2026-12-01')).toBe(-1);
  });
});

describe('money records in the vault', () => {
  const line = {
    kind: 'moneyLine',
    id: 'l1',
    order: 1,
    updatedAt: 1,
    side: 'out',
    picture: 'now',
    category: 'rent',
    label: 'Huur kamer',
    amountCents: 65000,
    period: 'month',
  };

  it('reads a budget line, savings and a debt through the vault schema', () => {
    expect(parseVaultItem(line)).toEqual(line);
    expect(
      parseVaultItem({ kind: 'moneySavings', id: 'money-savings', order: 0, updatedAt: 1, amountCents: 5 }),
    ).toBeDefined();
    expect(parseVaultItem(debt({ creditor: 'CJIB', since: '2025-02-28' }))).toBeDefined();
  });

  it('refuses records that could not have been saved', () => {
    expect(parseMoneyItem({ ...line, amountCents: 1.5 })).toBeUndefined();
    expect(parseMoneyItem({ ...line, amountCents: -100 })).toBeUndefined();
    expect(parseMoneyItem({ ...line, period: 'day' })).toBeUndefined();
    expect(parseMoneyItem({ ...line, side: 'in', category: 'rent' })).toBeUndefined();
    expect(parseMoneyItem({ ...line, label: 'x'.repeat(201) })).toBeUndefined();
    expect(
      parseMoneyItem({ kind: 'moneySavings', id: 'other', order: 0, updatedAt: 1, amountCents: 5 }),
    ).toBeUndefined();
    expect(parseVaultItem(debt({ creditor: '' }))).toBeUndefined();
    expect(parseVaultItem(debt({ since: '2026-02-30' }))).toBeUndefined();
  });
});
