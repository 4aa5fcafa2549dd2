// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { putPlanRows, readPlanSnapshot, replacePlan, type PlanLockRecord } from '../../../src/data';
import type { PlanItem } from '../../../src/domain/plan';
import {
  changePassphrase,
  setAutoLockMinutes,
  setUpLock,
  turnOffLock,
  unlockPlan,
  WrongPassphraseError,
} from '../../../src/features/vault/lockActions';
import { addItem, moveItem, removeItem, updateItem } from '../../../src/features/plan/planActions';
import { openPlan } from '../../../src/features/plan/usePlan';
import { currentSession, lockNow } from '../../../src/features/vault/session';
import { cachedDerive, samplePlan } from './fixtures';

const derive = cachedDerive();

function lockOf(lock: PlanLockRecord | undefined): PlanLockRecord {
  if (!lock) throw new Error('The plan has no lock');
  return lock;
}

async function currentView() {
  const { rows, lock } = await readPlanSnapshot();
  return openPlan(rows, lock, currentSession());
}

async function readyState() {
  const view = await currentView();
  if (view.status !== 'ready') throw new Error(`plan is ${view.status}`);
  return view;
}

beforeEach(async () => {
  lockNow();
  await database.open();
  await database.planItems.clear();
  await database.planMeta.clear();
  await putPlanRows(
    samplePlan().map((item) => ({ id: item.id, rev: 'r0', data: item })),
    null,
  );
});

describe('locking the plan with a passphrase', () => {
  it('seals every item, stores no readable text and opens again with the passphrase only', async () => {
    const before = await readyState();
    await setUpLock(before.rows, 'drie woorden achter elkaar', 5, { derive });
    const stored = JSON.stringify(await database.planItems.toArray(), (_, value) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value)
        ? Buffer.from(value as ArrayBuffer).toString('latin1')
        : value,
    );
    for (const text of ['Een eigen kamer', 'Wijkteam', 'Sam', 'Ik mis het geld', 'housing']) {
      expect(stored).not.toContain(text);
    }
    expect((await database.planMeta.get('lock'))?.kdf.iterations).toBe(600_000);

    lockNow();
    expect((await currentView()).status).toBe('locked');
    const { lock } = await readPlanSnapshot();
    await expect(unlockPlan(lockOf(lock), 'drie woorden achter elkaaR', { derive })).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await unlockPlan(lockOf(lock), 'drie woorden achter elkaar', { derive });
    expect((await readyState()).items.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      samplePlan().sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('keeps editing sealed: add, change, move, delete and undo', async () => {
    await setUpLock((await readyState()).rows, 'drie woorden achter elkaar', 5, { derive });
    const note = await addItem('note', { text: 'geheim 123' }, await readyState());
    await updateItem(note, { text: 'nog geheimer 456' }, await readyState());
    const moved = (await readyState()).items.find((item) => item.id === note.id) as PlanItem;
    await moveItem(moved, -1, await readyState());
    let state = await readyState();
    const notes = state.items.filter((item) => item.kind === 'note').sort((a, b) => a.order - b.order);
    expect(notes.map((item) => item.id)).toEqual([note.id, 'o1']);
    const undo = await removeItem(notes[0] as PlanItem, state.rows, state);
    expect((await readyState()).items.some((item) => item.id === note.id)).toBe(false);
    await undo();
    state = await readyState();
    expect(state.items.find((item) => item.id === note.id)).toMatchObject({ text: 'nog geheimer 456' });
    expect(JSON.stringify(await database.planItems.get(note.id))).not.toContain('geheim');
  });

  it('changes the passphrase without re-encrypting, and needs the current one', async () => {
    await setUpLock((await readyState()).rows, 'eerste zin van mij', 5, { derive });
    const { lock } = await readPlanSnapshot();
    await expect(changePassphrase(lockOf(lock), 'fout', 'tweede zin van mij', { derive })).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    const rowsBefore = await database.planItems.toArray();
    await changePassphrase(lockOf(lock), 'eerste zin van mij', 'tweede zin van mij', { derive });
    expect(await database.planItems.toArray()).toEqual(rowsBefore);
    lockNow();
    const changed = lockOf((await readPlanSnapshot()).lock);
    await expect(unlockPlan(changed, 'eerste zin van mij', { derive })).rejects.toBeInstanceOf(WrongPassphraseError);
    await unlockPlan(changed, 'tweede zin van mij', { derive });
    expect((await readyState()).items).toHaveLength(samplePlan().length);
    await setAutoLockMinutes(changed, 15);
    expect((await readPlanSnapshot()).lock?.autoLockMinutes).toBe(15);
  });

  it('turns the lock off with the passphrase and keeps every item', async () => {
    await setUpLock((await readyState()).rows, 'eerste zin van mij', 5, { derive });
    const { rows, lock } = await readPlanSnapshot();
    await expect(turnOffLock(rows, lockOf(lock), 'fout wachtwoord', { derive })).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await turnOffLock(rows, lockOf(lock), 'eerste zin van mij', { derive });
    const after = await readPlanSnapshot();
    expect(after.lock).toBeUndefined();
    expect(after.rows.every((row) => row.data !== undefined && row.sealed === undefined)).toBe(true);
    expect((await readyState()).items).toHaveLength(samplePlan().length);
  });

  it('keeps a row it cannot read, through locking and unlocking', async () => {
    await putPlanRows([{ id: 'future', rev: 'r0', data: { kind: 'dream', id: 'future' } }], null);
    const state = await readyState();
    expect(state.unreadable).toBe(1);
    await setUpLock(state.rows, 'eerste zin van mij', 5, { derive });
    const { rows, lock } = await readPlanSnapshot();
    await turnOffLock(rows, lockOf(lock), 'eerste zin van mij', { derive });
    expect((await database.planItems.get('future'))?.data).toEqual({ kind: 'dream', id: 'future' });
  });
});

describe('raising the key-derivation rounds later', () => {
  it('re-wraps a lock made with fewer rounds at the next unlock, and the plan still opens', async () => {
    await setUpLock((await readyState()).rows, 'eerste zin van mij', 5, { derive, iterations: 100_000 });
    const old = lockOf((await readPlanSnapshot()).lock);
    expect(old.kdf.iterations).toBe(100_000);
    lockNow();
    await unlockPlan(old, 'eerste zin van mij', { derive });
    const raised = lockOf((await readPlanSnapshot()).lock);
    expect(raised.kdf.iterations).toBe(600_000);
    expect(raised.keyId).toBe(old.keyId);
    expect((await readyState()).items).toHaveLength(samplePlan().length);
    lockNow();
    await expect(unlockPlan(raised, 'fout', { derive })).rejects.toBeInstanceOf(WrongPassphraseError);
    await unlockPlan(raised, 'eerste zin van mij', { derive });
    expect((await readyState()).items).toHaveLength(samplePlan().length);
  });
});

describe('two tabs', () => {
  it('refuses to overwrite a plan another tab changed meanwhile', async () => {
    const seen = (await readyState()).rows;
    await addItem('note', { text: 'uit het andere tabblad' }, await readyState());
    await expect(replacePlan(seen, [], null, null)).rejects.toThrow('another tab');
    expect(
      (await readyState()).items.some((item) => item.kind === 'note' && item.text === 'uit het andere tabblad'),
    ).toBe(true);
  });

  it('refuses a plain write once another tab has set a lock', async () => {
    const stale = await readyState();
    await setUpLock(stale.rows, 'eerste zin van mij', 5, { derive });
    await expect(addItem('note', { text: 'zonder slot' }, stale)).rejects.toThrow('another tab');
    expect(JSON.stringify(await database.planItems.toArray())).not.toContain('zonder slot');
  });

  it('keeps both edits when two tabs change different items at the same time', async () => {
    const tabA = await readyState();
    const tabB = await readyState();
    const goal = tabA.items.find((item) => item.kind === 'goal') as PlanItem;
    const note = tabB.items.find((item) => item.kind === 'note') as PlanItem;
    await Promise.all([updateItem(goal, { text: 'van tab A' }, tabA), updateItem(note, { text: 'van tab B' }, tabB)]);
    const after = await readyState();
    expect(after.items.find((item) => item.id === goal.id)).toMatchObject({ text: 'van tab A' });
    expect(after.items.find((item) => item.id === note.id)).toMatchObject({ text: 'van tab B' });
  });
});
