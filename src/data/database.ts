/**
 * The only module that imports Dexie. Every schema change is a new `version()` with an upgrade
 * function, tested against real data of the version before — nothing typed may be lost by an update.
 * Only non-sensitive fields are indexed.
 */
import Dexie, { type EntityTable } from 'dexie';
import { checkAnswersRecordId } from '../domain/vaultSettings';
import { onRemoteErase } from '../lib/tabSignals';
import { databaseName } from './names';
import { reportStorageError } from './storageErrors';

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** Sealed bytes: AES-GCM ciphertext and the IV it was made with. */
export interface SealedRecord {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

/**
 * One item of the personal plan. Only `id` is indexed. Everything a person wrote is in `data`
 * (lock off) or in `sealed` (lock on) — never both. `rev` is random per write, so a conversion can
 * tell that another tab changed a row, without storing when anything was edited.
 */
export interface PlanRow {
  id: string;
  rev: string;
  data?: unknown;
  sealed?: SealedRecord;
}

/** The plan's lock: how to turn a passphrase into the key that unwraps the data key. No check value. */
export interface PlanLockRecord {
  key: 'lock';
  /** Random; changes when the lock is set up again, so a tab holding an old key cannot write. */
  keyId: string;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array<ArrayBuffer> };
  wrappedKey: SealedRecord;
  autoLockMinutes: number;
  /** Lock after this many minutes without a touch while on screen; absent in older records (default 5). */
  idleLockMinutes?: number;
  /** Opt-in: erase the vault after this many wrong passphrases in a row. */
  eraseAfterFailures?: number | null;
  /** Wrong passphrases since the last unlock; counted only when eraseAfterFailures is set. */
  failedAttempts?: number;
}

export { databaseName } from './names';

export class VerderDatabase extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>;
  planItems!: EntityTable<PlanRow, 'id'>;
  planMeta!: EntityTable<PlanLockRecord, 'key'>;

  constructor(name: string = databaseName) {
    super(name);
    this.version(1).stores({ settings: 'key' });
    // Version 2 adds the personal plan. It only adds tables, so version-1 rows need no conversion;
    // tests/unit/data/upgrade.test.ts opens a real version-1 database and finds every record intact.
    this.version(2).stores({ settings: 'key', planItems: 'id', planMeta: 'key' });
    // Version 3 moves the check answers out of the plain settings table into the vault (planItems),
    // where the lock, the copy and "delete everything" cover them. With a lock on, the moved row is
    // still plain until the next unlock seals it (no key exists during an upgrade); until then the
    // check screen treats it as locked. tests/unit/data/upgrade.test.ts upgrades a real v2 database.
    this.version(3)
      .stores({ settings: 'key', planItems: 'id', planMeta: 'key' })
      .upgrade(async (transaction) => {
        const settings = transaction.table<SettingRecord, string>('settings');
        const stored = await settings.get('checkAnswers');
        if (stored === undefined) return;
        const answers = stored.value && typeof stored.value === 'object' ? stored.value : {};
        const record = { kind: 'checkAnswers', id: checkAnswersRecordId, order: 0, updatedAt: Date.now(), answers };
        await transaction
          .table<PlanRow, string>('planItems')
          .put({ id: checkAnswersRecordId, rev: crypto.randomUUID(), data: record });
        await settings.delete('checkAnswers');
      });

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

// "Delete everything" in another tab: let go of the database so it can really be deleted.
onRemoteErase(() => database.close());

/** For src/data/storage.ts, which loads this module (and Dexie) after the first screen. */
export { liveQuery } from 'dexie';
