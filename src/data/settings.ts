/** Device-only settings: a small key-value table, validated on read because storage can hold anything. */
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from './database';
import { requestPersistenceOnce } from './persistence';
import { guardWrite, reportStorageError } from './storageErrors';

export interface Settings {
  language: string;
}

export type SettingKey = keyof Settings;

export async function readSetting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
  try {
    const record = await database.settings.get(key);
    return typeof record?.value === 'string' ? (record.value as Settings[K]) : undefined;
  } catch (error) {
    reportStorageError(error);
    return undefined;
  }
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  await guardWrite(() => database.settings.put({ key, value }));
  void requestPersistenceOnce();
}

export function useSetting<K extends SettingKey>(key: K): Settings[K] | undefined {
  return useLiveQuery(() => readSetting(key), [key]);
}
