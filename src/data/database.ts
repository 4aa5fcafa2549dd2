/**
 * The only module that imports Dexie. Every schema change is a new `version()` with an upgrade
 * function, tested against real data of the version before — nothing typed may be lost by an update.
 * Only non-sensitive fields are indexed.
 */
import Dexie, { type EntityTable } from 'dexie';
import { reportStorageError } from './storageErrors';

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const databaseName = 'verder';

export class VerderDatabase extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string = databaseName) {
    super(name);
    this.version(1).stores({ settings: 'key' });

    // Another tab opened a newer version: close so it can upgrade, and tell the person to reload.
    this.on('versionchange', () => {
      this.close();
      reportStorageError(
        Object.assign(new Error('A newer version of Verder opened in another tab'), { name: 'VersionError' }),
      );
      return false;
    });
    this.on('blocked', () => {
      reportStorageError(Object.assign(new Error('Another tab keeps an old version open'), { name: 'BlockedError' }));
    });
  }
}

export const database = new VerderDatabase();
