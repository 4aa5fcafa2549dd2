/**
 * Money as whole cents, never as floating point: 0.1 + 0.2 is not 0.3 in floating point, and a
 * budget that is off by a cent is a budget nobody trusts. Every amount is a safe integer of cents.
 *
 * The one conversion rule: an amount is first turned into cents per YEAR (a week × 52, a month × 12,
 * a year × 1); sums are taken in cents per year, where every amount is exact; only the total is then
 * shown per month (year / 12) or per week (year / 52), rounded once to the nearest cent (halves away
 * from zero). So "€ 10 a week" is € 520 a year, € 43,33 a month — the same figure a debt counsellor
 * gets with a year of 52 weeks.
 */

export const moneyPeriods = ['week', 'month', 'year'] as const;
export type MoneyPeriod = (typeof moneyPeriods)[number];

const perYear: Record<MoneyPeriod, number> = { week: 52, month: 12, year: 1 };

/** One amount more than this (a hundred million euros) is a typing error, not a budget line. */
export const maxAmountCents = 10_000_000_000;

/** Integer division rounded to the nearest whole number, halves away from zero. */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError('divideRounded needs safe integers and a positive denominator');
  }
  const sign = numerator < 0 ? -1 : 1;
  const magnitude = Math.abs(numerator);
  const whole = Math.floor(magnitude / denominator);
  const rest = magnitude - whole * denominator;
  return sign * (rest * 2 >= denominator ? whole + 1 : whole);
}

/** Cents per year for an amount per `period`. */
export function centsPerYear(amountCents: number, period: MoneyPeriod): number {
  return amountCents * perYear[period];
}

/** A yearly total in cents, shown per `period` (one rounding, at the end). */
export function fromYear(yearCents: number, period: MoneyPeriod): number {
  return divideRounded(yearCents, perYear[period]);
}

export interface AmountLine {
  amountCents: number;
  period: MoneyPeriod;
}

/** The exact sum, in cents per year, of lines in any mix of periods. */
export function sumPerYear(lines: readonly AmountLine[]): number {
  let total = 0;
  for (const line of lines) total += centsPerYear(line.amountCents, line.period);
  if (!Number.isSafeInteger(total)) throw new RangeError('Sum too large');
  return total;
}

export interface Balance {
  /** In, out and left, all in cents per year (exact). */
  inYear: number;
  outYear: number;
  leftYear: number;
}

export function balanceOf(income: readonly AmountLine[], costs: readonly AmountLine[]): Balance {
  const inYear = sumPerYear(income);
  const outYear = sumPerYear(costs);
  return { inYear, outYear, leftYear: inYear - outYear };
}

export type Bridge =
  /** Nothing is short each month: savings are not needed to bridge anything. */
  | { kind: 'noGap' }
  /** Short each month; the savings cover `months` whole months of it (0 when less than one). */
  | { kind: 'gap'; shortPerMonth: number; months: number };

/**
 * How many whole months the savings fill a monthly shortfall. A month counts only when it is fully
 * covered, so the figure never promises more than there is.
 */
export function bridgeMonths(leftYear: number, savingsCents: number): Bridge {
  if (leftYear >= 0) return { kind: 'noGap' };
  const shortYear = -leftYear;
  const savings = Math.max(0, savingsCents);
  // savings / (shortYear / 12) whole months, in integers: floor(savings × 12 / shortYear).
  return { kind: 'gap', shortPerMonth: fromYear(shortYear, 'month'), months: Math.floor((savings * 12) / shortYear) };
}

export type AmountError = 'empty' | 'notAnAmount' | 'tooManyDecimals' | 'negative' | 'tooLarge';
export type ParsedAmount = { ok: true; cents: number } | { ok: false; error: AmountError };

/** Digits of other scripts that people type, turned into 0–9: Arabic-Indic, Persian, Thai, Devanagari. */
const digitZeros = [0x0660, 0x06f0, 0x0e50, 0x0966];

function latinDigits(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const zero = digitZeros.find((start) => code >= start && code <= start + 9);
    result += zero === undefined ? char : String(code - zero);
  }
  return result;
}

/** The decimal mark of a language, as its number format writes it ("," in nl, "." in en). */
export function decimalMarkOf(locale: string): ',' | '.' {
  const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
  return parts.find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
}

/**
 * What a person types as an amount, in cents. Accepts "1.234,56", "1234.56", "1 234,56", "€ 50",
 * "50,-", "EUR 12", Arabic-Indic digits with the Arabic decimal mark "٫" and group mark "٬".
 * One separator followed by exactly three digits ("1.234") is read the way the person's language
 * writes numbers: a thousand in nl, one point two three four in en — and that has too many decimals.
 */
export function parseAmount(input: string, locale: string): ParsedAmount {
  let text = latinDigits(input.normalize('NFKC'))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    // Direction marks and every kind of space (also the thin spaces Intl puts in numbers).
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\s\u00a0\u202f']/g, '')
    .replace(/^(€|eur|euro)/i, '')
    .replace(/(€|eur|euro)$/i, '');
  if (text === '') return { ok: false, error: 'empty' };
  if (/^[-\u2212]/.test(text)) return { ok: false, error: 'negative' };
  // "50,-" and "50.–": whole euros, the way prices are written in the Netherlands.
  text = text.replace(/[.,][-\u2013\u2014]$/, '');
  if (!/^\d[\d.,]*$/.test(text) || /[.,]{2}/.test(text) || /[.,]$/.test(text)) {
    return { ok: false, error: 'notAnAmount' };
  }
  const marks = text.replace(/\d/g, '');
  let decimalMark: string | undefined;
  if (marks.includes('.') && marks.includes(',')) {
    decimalMark = marks[marks.length - 1];
  } else if (marks.length === 1) {
    const after = text.length - text.indexOf(marks) - 1;
    decimalMark = after === 3 ? (marks === decimalMarkOf(locale) ? marks : undefined) : marks;
  }
  const groupMark = marks.replace(decimalMark ?? '', '')[0];
  const [whole = '', fraction = '', ...rest] = decimalMark ? text.split(decimalMark) : [text];
  if (rest.length > 0) return { ok: false, error: 'notAnAmount' };
  if (groupMark && whole.includes(groupMark)) {
    const groups = whole.split(groupMark);
    const [first = '', ...others] = groups;
    if (first.length < 1 || first.length > 3 || others.some((group) => group.length !== 3)) {
      return { ok: false, error: 'notAnAmount' };
    }
  }
  if (fraction.length > 2) return { ok: false, error: 'tooManyDecimals' };
  const digits = whole.split(groupMark ?? '\u0000').join('');
  if (!/^\d+$/.test(digits)) return { ok: false, error: 'notAnAmount' };
  if (digits.replace(/^0+/, '').length > 12) return { ok: false, error: 'tooLarge' };
  const cents = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents > maxAmountCents) return { ok: false, error: 'tooLarge' };
  return { ok: true, cents };
}

/** Cents in the language's own currency format: nl "€ 1.234,56", ar with the digits ar uses. */
export function formatCents(cents: number, locale: string): string {
  // Dividing by 100 only for display: the result is the nearest double, which Intl rounds back to
  // the same two decimals.
  return formatterFor(locale, 'currency').format(cents / 100);
}

// Building a number format is slow next to using one; a budget of hundreds of lines uses one per language.
const formatters = new Map<string, Intl.NumberFormat>();
function formatterFor(locale: string, style: 'currency' | 'plain'): Intl.NumberFormat {
  const key = `${style}:${locale}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter =
      style === 'currency'
        ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
        : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Cents as a plain number in the language's format, for a form field to start from ("1.234,56"). */
export function formatCentsForInput(cents: number, locale: string): string {
  return formatterFor(locale, 'plain').format(cents / 100);
}
