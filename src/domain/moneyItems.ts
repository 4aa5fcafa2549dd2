/**
 * The money records in the vault: budget lines (what comes in, what goes out, for "now" and for
 * "after stopping / with less work"), the savings, and debts. They are VaultItems like plan items:
 * sealed with the lock, in every copy, erased with everything else. Amounts are whole cents
 * (src/domain/money). Limits keep a bad paste from filling the phone.
 */
import { z } from 'zod';
import { isoDateSchema } from './calendarSchemas';
import { maxAmountCents, moneyPeriods } from './money';

export const moneySides = ['in', 'out'] as const;
export type MoneySide = (typeof moneySides)[number];

/** The two pictures side by side: as it is now, and after stopping or with less work. */
export const moneyPictures = ['now', 'after'] as const;
export type MoneyPicture = (typeof moneyPictures)[number];

/** What a line is about, to choose from; the person's own words go in the label. */
export const incomeCategories = ['work', 'benefit', 'allowance', 'partner', 'other'] as const;
export const costCategories = ['rent', 'energy', 'insurance', 'phone', 'debt', 'food', 'other'] as const;
export type MoneyCategory = (typeof incomeCategories)[number] | (typeof costCategories)[number];

export const moneySavingsRecordId = 'money-savings';

const label = z.string().trim().max(200, 'tooLong');
const cents = z.number().int().min(0).max(maxAmountCents);
const isoDay = z.union([isoDateSchema, z.literal('')]);
const base = {
  id: z.string().min(1).max(64),
  order: z.number().finite(),
  updatedAt: z.number().finite().nonnegative(),
};

export const moneyLineSchema = z
  .object({
    kind: z.literal('moneyLine'),
    ...base,
    side: z.enum(moneySides),
    picture: z.enum(moneyPictures),
    category: z.enum([...new Set([...incomeCategories, ...costCategories])] as [MoneyCategory, ...MoneyCategory[]]),
    label,
    amountCents: cents,
    period: z.enum(moneyPeriods),
  })
  .refine((line) => (line.side === 'in' ? incomeCategories : costCategories).includes(line.category as never), {
    message: 'category',
    path: ['category'],
  });
export type MoneyLine = z.output<typeof moneyLineSchema>;

export const moneySavingsSchema = z.object({
  kind: z.literal('moneySavings'),
  ...base,
  id: z.literal(moneySavingsRecordId),
  amountCents: cents,
});
export type MoneySavings = z.output<typeof moneySavingsSchema>;

export const debtSchema = z.object({
  kind: z.literal('debt'),
  ...base,
  creditor: label.min(1, 'required'),
  amountCents: cents,
  since: isoDay,
  arrangement: label,
  nextPaymentDate: isoDay,
  /** A letter about this debt not opened yet: it comes first in the list. */
  letterUnopened: z.boolean(),
  paidOff: z.boolean(),
  note: z.string().trim().max(4000, 'tooLong'),
});
export type Debt = z.output<typeof debtSchema>;

export type MoneyItem = MoneyLine | MoneySavings | Debt;
export const moneyItemKinds = ['moneyLine', 'moneySavings', 'debt'] as const;

const schemaByKind = { moneyLine: moneyLineSchema, moneySavings: moneySavingsSchema, debt: debtSchema } as const;

export function isMoneyKind(kind: unknown): kind is MoneyItem['kind'] {
  return typeof kind === 'string' && (moneyItemKinds as readonly string[]).includes(kind);
}

export function parseMoneyItem(value: unknown): MoneyItem | undefined {
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (!isMoneyKind(kind)) return undefined;
  const result = schemaByKind[kind].safeParse(value);
  return result.success ? (result.data as MoneyItem) : undefined;
}

/**
 * Debts in the order to act on them: a letter not opened, then a payment due within a week
 * (or overdue), then the other open debts by next payment, then those paid off. `today` is the
 * local day as 2026-12-02.
 */
export function sortDebts(debts: readonly Debt[], today: string): Debt[] {
  const weekLater = addDays(today, 7);
  const rank = (debt: Debt) => {
    if (debt.paidOff) return 3;
    if (debt.letterUnopened) return 0;
    if (debt.nextPaymentDate !== '' && debt.nextPaymentDate <= weekLater) return 1;
    return 2;
  };
  return [...debts].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.nextPaymentDate || '9999').localeCompare(b.nextPaymentDate || '9999') ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  );
}

/** Open debts with a payment date from today on, soonest first: shown with the plan's appointments. */
export function upcomingDebtPayments(debts: readonly Debt[], today: string): Debt[] {
  return debts
    .filter((debt) => !debt.paidOff && debt.nextPaymentDate !== '' && debt.nextPaymentDate >= today)
    .sort((a, b) => a.nextPaymentDate.localeCompare(b.nextPaymentDate) || a.id.localeCompare(b.id));
}

/** A calendar day plus `days`, as 2026-12-09; days are counted in UTC so summer time never shifts them. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both 2026-12-02 style); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
