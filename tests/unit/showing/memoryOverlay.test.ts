import { beforeEach, describe, expect, it } from 'vitest';
import {
  database,
  eraseCheckAnswers,
  readCheckAnswers,
  readSetting,
  saveCheckAnswers,
  saveSetting,
} from '../../../src/data';
import { enterShowingMode, leaveShowingMode } from '../../../src/lib/showingMode';

async function storedRecords() {
  return database.settings.toArray();
}

beforeEach(async () => {
  leaveShowingMode();
  await database.delete();
  await database.open();
});

describe('when showing someone', () => {
  beforeEach(async () => {
    await saveSetting('language', 'nl');
    await saveCheckAnswers({ now: ['working'] });
    enterShowingMode();
  });

  it('writes a chosen language to memory only, and reads it back', async () => {
    await saveSetting('language', 'ar');
    expect(await readSetting('language')).toBe('ar');
    expect(await storedRecords()).toEqual([
      { key: 'checkAnswers', value: { now: ['working'] } },
      { key: 'language', value: 'nl' },
    ]);
  });

  it('reads the worker’s own language until another is chosen', async () => {
    expect(await readSetting('language')).toBe('nl');
  });

  it('starts the check empty and keeps new answers in memory only', async () => {
    expect(await readCheckAnswers()).toBeUndefined();
    await saveCheckAnswers({ now: ['stopping'] });
    expect(await readCheckAnswers()).toEqual({ now: ['stopping'] });
    await eraseCheckAnswers();
    expect(await readCheckAnswers()).toBeUndefined();
    expect(await database.settings.get('checkAnswers')).toEqual({ key: 'checkAnswers', value: { now: ['working'] } });
  });

  describe('and then leaving', () => {
    it('forgets everything of the mode and reads the stored records exactly as before', async () => {
      const before = await storedRecords();
      await saveSetting('language', 'th');
      await saveCheckAnswers({ now: ['after'] });
      leaveShowingMode();
      expect(await readSetting('language')).toBe('nl');
      expect(await readCheckAnswers()).toEqual({ now: ['working'] });
      expect(await storedRecords()).toEqual(before);
    });

    it('starts empty again when the mode is entered next time', async () => {
      await saveCheckAnswers({ now: ['after'] });
      leaveShowingMode();
      enterShowingMode();
      expect(await readCheckAnswers()).toBeUndefined();
    });
  });
});

describe('when not showing someone', () => {
  it('stores as usual', async () => {
    await saveSetting('language', 'en');
    await saveCheckAnswers({ now: ['after'] });
    expect(await storedRecords()).toHaveLength(2);
  });
});
