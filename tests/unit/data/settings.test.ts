import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorageError } from '../../../src/data';
import { database } from '../../../src/data/database';
import {
  hasRequestedPersistence,
  onStorageError,
  readSetting,
  resetPersistenceRequest,
  saveSetting,
  toStorageError,
} from '../../../src/data';

beforeEach(async () => {
  await database.delete();
  await database.open();
  resetPersistenceRequest();
});

describe('settings on the device', () => {
  it('keeps a saved language across a reopened database', async () => {
    await saveSetting('language', 'en');
    database.close();
    await database.open();
    expect(await readSetting('language')).toBe('en');
  });

  it('reads nothing when nothing was saved', async () => {
    expect(await readSetting('language')).toBeUndefined();
  });

  it('ignores a stored value of the wrong type', async () => {
    await database.settings.put({ key: 'language', value: 42 });
    expect(await readSetting('language')).toBeUndefined();
  });
});

describe('asking the browser to keep the data', () => {
  it('is not asked by reading', async () => {
    await readSetting('language');
    expect(hasRequestedPersistence()).toBe(false);
  });

  it('is asked at the first save', async () => {
    await saveSetting('language', 'nl');
    expect(hasRequestedPersistence()).toBe(true);
  });
});

describe('when storage fails', () => {
  it('names a full disk as quota and tells the app shell', async () => {
    const seen: StorageError[] = [];
    const stop = onStorageError((error) => seen.push(error));
    vi.spyOn(database.settings, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(saveSetting('language', 'en')).rejects.toMatchObject({ kind: 'quota' });
    stop();
    expect(seen.map((error) => error.kind)).toEqual(['quota']);
    expect(hasRequestedPersistence()).toBe(false);
  });

  it.each([
    ['QuotaExceededError', 'quota'],
    ['BlockedError', 'blocked'],
    ['DatabaseClosedError', 'blocked'],
    ['VersionError', 'version'],
    ['MissingAPIError', 'unavailable'],
    ['SomethingElse', 'unknown'],
  ])('maps %s to %s', (name, kind) => {
    expect(toStorageError(Object.assign(new Error('x'), { name })).kind).toBe(kind);
  });

  it('reads the inner error Dexie wraps', () => {
    const wrapped = Object.assign(new Error('abort'), {
      name: 'AbortError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    expect(toStorageError(wrapped).kind).toBe('quota');
  });
});
