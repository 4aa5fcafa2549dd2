/** Device-only settings: a small key-value table, validated on read because storage can hold anything. */
import type { VerderDatabase } from './database';
import {
  hasOverlayValue,
  isOverlayActive,
  readOverlayValue,
  useOverlayVersion,
  writeOverlayValue,
} from './memoryOverlay';
import { requestPersistenceOnce } from './persistence';
import { storedDatabase, useLiveStorage } from './storage';
import { guardWrite, reportStorageError } from './storageErrors';

export interface Settings {
  language: string;
  /** 'on' when the person chose "quick exit also erases the vault" (for acute danger). */
  quickExitErases: string;
  /** 'off' when the person turned off "Shift three times" (their assistive technology presses Shift). */
  shiftQuickExit: string;
}

export type SettingKey = keyof Settings;

async function readStoredValue(database: VerderDatabase, key: SettingKey): Promise<unknown> {
  // In "showing someone" mode a setting chosen in the mode wins; the worker's own setting is the default.
  if (isOverlayActive() && hasOverlayValue(key)) return readOverlayValue(key);
  return (await database.settings.get(key))?.value;
}

async function readSettingIn<K extends SettingKey>(database: VerderDatabase, key: K): Promise<Settings[K] | undefined> {
  try {
    const value = await readStoredValue(database, key);
    return typeof value === 'string' ? (value as Settings[K]) : undefined;
  } catch (error) {
    reportStorageError(error);
    return undefined;
  }
}

export async function readSetting<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
  let database: VerderDatabase;
  try {
    database = await storedDatabase();
  } catch (error) {
    reportStorageError(error);
    return undefined;
  }
  return readSettingIn(database, key);
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  if (isOverlayActive()) {
    writeOverlayValue(key, value);
    return;
  }
  await guardWrite(async () => (await storedDatabase()).settings.put({ key, value }));
  void requestPersistenceOnce();
}

export function useSetting<K extends SettingKey>(key: K): Settings[K] | undefined {
  const overlayVersion = useOverlayVersion();
  return useLiveStorage((database) => readSettingIn(database, key), [key, overlayVersion]);
}
