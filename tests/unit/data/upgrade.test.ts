import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VerderDatabase } from '../../../src/data/database';

const name = 'verder-upgrade-test';

afterEach(async () => {
  await Dexie.delete(name);
});

describe('upgrading the database from version 1', () => {
  it('keeps every version-1 record, and moves the check answers into the vault', async () => {
    // Version 1 exactly as the first release created it, with what a person had saved then.
    const old = new Dexie(name);
    old.version(1).stores({ settings: 'key' });
    const records = [
      { key: 'language', value: 'pt-BR' },
      { key: 'checkAnswers', value: { phase: 'considering', worries: ['money', 'housing'], skipped: ['q3'] } },
      { key: 'something-older', value: [1, 'two', { three: true }] },
    ];
    await old.table('settings').bulkPut(records);
    old.close();

    const upgraded = new VerderDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    const [language, checkAnswers, older] = records;
    expect(await upgraded.settings.orderBy('key').toArray()).toEqual([language, older]);
    const rows = await upgraded.planItems.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toBe('check-answers');
    expect(rows[0]?.data).toMatchObject({ kind: 'checkAnswers', id: 'check-answers', answers: checkAnswers?.value });
    expect(await upgraded.planMeta.count()).toBe(0);
    upgraded.close();
  });
});

describe('upgrading the database from version 2', () => {
  it('moves plain check answers out of the settings table and keeps every plan row and the lock', async () => {
    // Version 2 as the second release created it: a locked plan, plus check answers in plain settings.
    const old = new Dexie(name);
    old.version(1).stores({ settings: 'key' });
    old.version(2).stores({ settings: 'key', planItems: 'id', planMeta: 'key' });
    await old.open();
    const sealedRow = { id: 'a1', rev: 'r1', sealed: { iv: new Uint8Array(12), data: new Uint8Array(32).buffer } };
    const lock = { key: 'lock', keyId: 'k1', autoLockMinutes: 5 };
    await old.table('settings').bulkPut([
      { key: 'language', value: 'ar' },
      { key: 'checkAnswers', value: { control: ['money'], now: ['considering'] } },
    ]);
    await old.table('planItems').put(sealedRow);
    await old.table('planMeta').put(lock);
    old.close();

    const upgraded = new VerderDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(3);
    expect(await upgraded.settings.toArray()).toEqual([{ key: 'language', value: 'ar' }]);
    const kept = await upgraded.planItems.get('a1');
    expect({ id: kept?.id, rev: kept?.rev, bytes: kept?.sealed?.data.byteLength }).toEqual({
      id: 'a1',
      rev: 'r1',
      bytes: 32,
    });
    expect((await upgraded.planItems.get('check-answers'))?.data).toMatchObject({
      kind: 'checkAnswers',
      answers: { control: ['money'], now: ['considering'] },
    });
    expect(await upgraded.planMeta.get('lock')).toEqual(lock);
    upgraded.close();
  });

  it('indexes nothing a person wrote: plan rows are found by id only', async () => {
    const database = new VerderDatabase(name);
    await database.open();
    const schema = database.planItems.schema;
    expect(schema.primKey.keyPath).toBe('id');
    expect(schema.indexes).toEqual([]);
    database.close();
  });
});
