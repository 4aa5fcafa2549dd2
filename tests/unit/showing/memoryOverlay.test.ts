import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { readSetting, saveSetting } from '../../../src/data';
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
    enterShowingMode();
  });

  it('writes a chosen language to memory only, and reads it back', async () => {
    await saveSetting('language', 'ar');
    expect(await readSetting('language')).toBe('ar');
    expect(await storedRecords()).toEqual([{ key: 'language', value: 'nl' }]);
  });

  it('reads the worker’s own language until another is chosen', async () => {
    expect(await readSetting('language')).toBe('nl');
  });

  describe('and then leaving', () => {
    it('forgets everything of the mode and reads the stored records exactly as before', async () => {
      const before = await storedRecords();
      await saveSetting('language', 'th');
      leaveShowingMode();
      expect(await readSetting('language')).toBe('nl');
      expect(await storedRecords()).toEqual(before);
    });

    it('starts empty again when the mode is entered next time', async () => {
      await saveSetting('language', 'th');
      leaveShowingMode();
      enterShowingMode();
      expect(await readSetting('language')).toBe('nl');
    });
  });
});

describe('when not showing someone', () => {
  it('stores as usual', async () => {
    await saveSetting('language', 'en');
    expect(await storedRecords()).toEqual([{ key: 'language', value: 'en' }]);
  });
});
