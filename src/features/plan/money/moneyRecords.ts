/**
 * The money records out of everything the vault holds, grouped the way the screen shows them, and
 * the writes for them. Writes go through the plan's writeItems, so they are sealed with the lock,
 * refused while showing someone, and guarded against another tab changing the lock.
 */
import { deletePlanRow } from '../../../data';
import type { VaultItem } from '../../../domain/plan';
import {
  moneySavingsRecordId,
  type Debt,
  type MoneyItem,
  type MoneyLine,
  type MoneyPicture,
  type MoneySavings,
  type MoneySide,
} from '../../../domain/moneyItems';
import { writeItems } from '../planActions';
import type { PlanState } from '../usePlan';

export interface MoneyRecords {
  lines: MoneyLine[];
  savings: MoneySavings | undefined;
  debts: Debt[];
}

export function moneyRecordsOf(records: readonly VaultItem[]): MoneyRecords {
  const lines: MoneyLine[] = [];
  const debts: Debt[] = [];
  let savings: MoneySavings | undefined;
  for (const record of records) {
    if (record.kind === 'moneyLine') lines.push(record);
    else if (record.kind === 'debt') debts.push(record);
    else if (record.kind === 'moneySavings') savings = record;
  }
  lines.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { lines, savings, debts };
}

export function linesOf(lines: readonly MoneyLine[], picture: MoneyPicture, side: MoneySide): MoneyLine[] {
  return lines.filter((line) => line.picture === picture && line.side === side);
}

type Context = Pick<PlanState, 'items' | 'lock' | 'session'>;

export type NewLine = Omit<MoneyLine, 'kind' | 'id' | 'order' | 'updatedAt'>;
export type NewDebt = Omit<Debt, 'kind' | 'id' | 'order' | 'updatedAt'>;

function nextOrder(records: readonly VaultItem[], kind: MoneyItem['kind']): number {
  return records.reduce((max, record) => (record.kind === kind ? Math.max(max, record.order) : max), 0) + 1;
}

export async function addLine(fields: NewLine, records: readonly VaultItem[], context: Context): Promise<MoneyLine> {
  const line: MoneyLine = {
    ...fields,
    kind: 'moneyLine',
    id: crypto.randomUUID(),
    order: nextOrder(records, 'moneyLine'),
    updatedAt: Date.now(),
  };
  await writeItems([line], context);
  return line;
}

export async function addDebt(fields: NewDebt, records: readonly VaultItem[], context: Context): Promise<Debt> {
  const debt: Debt = {
    ...fields,
    kind: 'debt',
    id: crypto.randomUUID(),
    order: nextOrder(records, 'debt'),
    updatedAt: Date.now(),
  };
  await writeItems([debt], context);
  return debt;
}

export async function updateMoneyItem<T extends MoneyItem>(item: T, changes: Partial<T>, context: Context) {
  await writeItems([{ ...item, ...changes, updatedAt: Date.now() }], context);
}

export async function saveSavings(amountCents: number, context: Context): Promise<void> {
  const record: MoneySavings = {
    kind: 'moneySavings',
    id: moneySavingsRecordId,
    order: 0,
    updatedAt: Date.now(),
    amountCents,
  };
  await writeItems([record], context);
}

export async function removeMoneyItem(item: MoneyItem): Promise<void> {
  await deletePlanRow(item.id);
}
