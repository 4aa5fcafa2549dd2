import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VerderDatabase } from '../../../src/data';

const name = 'verder-upgrade-test';

afterEach(async () => {
  await Dexie.delete(name);
});

describe('upgrading the database from version 1', () => {
  it('keeps every version-1 record and adds an empty plan', async () => {
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
    expect(upgraded.verno).toBe(2);
    expect(await upgraded.settings.orderBy('key').toArray()).toEqual(
      [...records].sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect(await upgraded.planItems.count()).toBe(0);
    expect(await upgraded.planMeta.count()).toBe(0);
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
