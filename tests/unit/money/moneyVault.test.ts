// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { putPlanRows, readPlanSnapshot, type PlanLockRecord } from '../../../src/data';
import type { VaultItem } from '../../../src/domain/plan';
import { createExport, readExport } from '../../../src/features/plan/copies/exportFile';
import { mergeImport } from '../../../src/features/plan/copies/importPlan';
import { addDebt, addLine, moneyRecordsOf, saveSavings } from '../../../src/features/plan/money/moneyRecords';
import { openPlan } from '../../../src/features/plan/usePlan';
import { setUpLock, unlockPlan } from '../../../src/features/vault/lockActions';
import { currentSession, lockNow } from '../../../src/features/vault/session';
import { cachedDerive } from '../plan/fixtures';

const derive = cachedDerive();
const passphrase = 'drie woorden achter elkaar';

async function readyState() {
  const { rows, lock } = await readPlanSnapshot();
  const view = await openPlan(rows, lock, currentSession());
  if (view.status !== 'ready') throw new Error(`plan is ${view.status}`);
  return view;
}

async function storedText(): Promise<string> {
  return JSON.stringify(await database.planItems.toArray(), (_, value) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value)
      ? Buffer.from(value as ArrayBuffer).toString('latin1')
      : value,
  );
}

async function addSampleMoney() {
  let state = await readyState();
  await addLine(
    { side: 'in', picture: 'now', category: 'work', label: 'Canary-inkomen', amountCents: 180000, period: 'month' },
    state.records,
    state,
  );
  state = await readyState();
  await addDebt(
    {
      creditor: 'Canary-schuldeiser',
      amountCents: 45000,
      since: '2025-03-01',
      arrangement: '50 per maand',
      nextPaymentDate: '2026-12-15',
      letterUnopened: true,
      paidOff: false,
      note: '',
    },
    state.records,
    state,
  );
  await saveSavings(123456, await readyState());
}

beforeEach(async () => {
  lockNow();
  await database.open();
  await database.planItems.clear();
  await database.planMeta.clear();
});

describe('money in the vault', () => {
  it('seals budget lines, savings and debts with the lock: none of the words or amounts is stored readable', async () => {
    await addSampleMoney();
    expect(await storedText()).toContain('Canary-inkomen');
    await setUpLock((await readyState()).rows, passphrase, 5, { derive });
    const stored = await storedText();
    for (const text of ['Canary-inkomen', 'Canary-schuldeiser', '50 per maand', '123456', 'moneyLine', 'debt']) {
      expect(stored).not.toContain(text);
    }
    lockNow();
    const { rows, lock } = await readPlanSnapshot();
    expect((await openPlan(rows, lock, currentSession())).status).toBe('locked');
    await unlockPlan(lock as PlanLockRecord, passphrase, { derive });
    const money = moneyRecordsOf((await readyState()).records);
    expect(money.lines.map((line) => line.label)).toEqual(['Canary-inkomen']);
    expect(money.debts.map((debt) => debt.creditor)).toEqual(['Canary-schuldeiser']);
    expect(money.savings?.amountCents).toBe(123456);
  });

  it('travels in the export copy and is merged on another phone, and money records are not plan items', async () => {
    await addSampleMoney();
    const state = await readyState();
    expect(state.items).toEqual([]);
    const file = await createExport(state.records, 'een ander lang wachtwoord', derive);
    const opened = await readExport(file, 'een ander lang wachtwoord', derive);
    expect(opened.map((item) => item.kind).sort()).toEqual(['debt', 'moneyLine', 'moneySavings']);

    await database.planItems.clear();
    expect(await mergeImport(opened, await readyState())).toBe(3);
    const byId = (items: readonly VaultItem[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId((await readyState()).records)).toEqual(byId(state.records));
  });

  it('keeps a money record this version cannot read, instead of dropping it', async () => {
    await putPlanRows(
      [{ id: 'future', rev: 'r0', data: { kind: 'moneyLine', id: 'future', period: 'fortnight' } }],
      null,
    );
    const state = await readyState();
    expect(state.unreadable).toBe(1);
    expect(state.rows).toHaveLength(1);
  });
});
