import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { readFirstScreenSettings, readLanguageSetting } from '../../../src/data/languageSetting';
import { saveSetting } from '../../../src/data';

describe('reading the language setting without the database library (first screen, service worker)', () => {
  beforeEach(async () => {
    await database.delete();
  });

  it('finds nothing for a new visitor and creates no database; the app then makes its own as usual', async () => {
    expect(await readLanguageSetting()).toBeUndefined();
    expect((await indexedDB.databases()).map((entry) => entry.name)).not.toContain(database.name);
    // The app opens the database after the first screen, when the person first saves something.
    await database.open();
    await saveSetting('language', 'ar');
    expect(await readLanguageSetting()).toBe('ar');
  });

  it('reads the language a returning visitor chose last, as the app stored it', async () => {
    await database.open();
    await saveSetting('language', 'th');
    await saveSetting('language', 'pl');
    expect(await readLanguageSetting(500)).toBe('pl');
  });

  it('reads Shift three times turned off beside the language, and nothing else of the settings', async () => {
    await database.open();
    await saveSetting('language', 'nl');
    await saveSetting('quickExitErases', 'on');
    expect(await readFirstScreenSettings(500)).toEqual({ language: 'nl' });
    await saveSetting('shiftQuickExit', 'off');
    expect(await readFirstScreenSettings(500)).toEqual({ language: 'nl', shiftQuickExit: 'off' });
  });
});
