/**
 * Storage for the personal plan. Rows arrive as stored (plain or sealed); src/features/plan opens
 * and checks them. Every write that depends on the lock checks, in the same transaction, that the
 * lock is still the one the caller knows — another tab may have set, changed or removed it.
 */
import type { PlanLockRecord, PlanRow, VerderDatabase } from './database';
import { isOverlayActive } from './memoryOverlay';
import { requestPersistenceOnce } from './persistence';
import { storedDatabase, useLiveStorage } from './storage';
import {
  guardWrite,
  markErased,
  PlanChangedElsewhereError,
  reportStorageError,
  toStorageError,
  type StorageErrorKind,
} from './storageErrors';

export interface PlanSnapshot {
  rows: PlanRow[];
  lock: PlanLockRecord | undefined;
  /** Set when the plan could not be read at all (private window, blocked, full): the screen says so. */
  failure?: StorageErrorKind;
}

export async function readPlanSnapshot(): Promise<PlanSnapshot> {
  return readPlanSnapshotIn(await storedDatabase());
}

async function readPlanSnapshotIn(database: VerderDatabase): Promise<PlanSnapshot> {
  try {
    return await database.transaction('r', database.planItems, database.planMeta, async () => ({
      rows: await database.planItems.toArray(),
      lock: await database.planMeta.get('lock'),
    }));
  } catch (error) {
    reportStorageError(error);
    throw error;
  }
}

/** Live: a change in this tab or another one shows at once. A failure is a state, not a crash. */
export function usePlanSnapshot(): PlanSnapshot | undefined {
  return useLiveStorage(async (database) => {
    try {
      return await readPlanSnapshotIn(database);
    } catch (error) {
      return { rows: [], lock: undefined, failure: toStorageError(error).kind };
    }
  }, []);
}

/**
 * Live: whether a row with this id is stored, without reading any row's contents. The app shell
 * uses it to load the check-in reminder only when there is a check-in at all.
 */
export function usePlanRowExists(id: string): boolean {
  return (
    useLiveStorage(
      async (database) => {
        try {
          return (await database.planItems.where('id').equals(id).count()) > 0;
        } catch {
          return false;
        }
      },
      [id],
    ) ?? false
  );
}

export function newRevision(): string {
  return crypto.randomUUID();
}

/** While showing someone, nothing is written; the plan is hidden then, so this only guards mistakes. */
function refuseWhileShowing(): void {
  if (isOverlayActive()) throw new Error('The plan is not written while showing Verder to someone');
}

async function expectLock(database: VerderDatabase, keyId: string | null): Promise<void> {
  const lock = await database.planMeta.get('lock');
  if ((lock?.keyId ?? null) !== keyId) throw new PlanChangedElsewhereError();
}

/** Adds or replaces rows, if the lock is still `keyId` (null: no lock). */
export async function putPlanRows(rows: PlanRow[], keyId: string | null): Promise<void> {
  refuseWhileShowing();
  const database = await storedDatabase();
  await guardWrite(() =>
    database.transaction('rw', database.planItems, database.planMeta, async () => {
      await expectLock(database, keyId);
      await database.planItems.bulkPut(rows);
    }),
  );
  void requestPersistenceOnce();
}

export async function deletePlanRow(id: string): Promise<void> {
  refuseWhileShowing();
  const database = await storedDatabase();
  await guardWrite(() => database.planItems.delete(id));
}

/**
 * Replaces the whole plan and its lock at once — for turning the lock on or off and for importing
 * with "replace". Refused if any row changed since `expected` was read, so no edit is overwritten.
 */
/** Rows written per request when the whole plan is replaced: small enough to keep each block short. */
const replaceChunkSize = 200;

export async function replacePlan(
  expected: readonly PlanRow[],
  next: readonly PlanRow[],
  lock: PlanLockRecord | null,
  keyId: string | null,
): Promise<void> {
  refuseWhileShowing();
  const database = await storedDatabase();
  await guardWrite(() =>
    database.transaction('rw', database.planItems, database.planMeta, async () => {
      await expectLock(database, keyId);
      const current = await database.planItems.toArray();
      const seen = new Map(expected.map((row) => [row.id, row.rev]));
      if (current.length !== seen.size || current.some((row) => seen.get(row.id) !== row.rev)) {
        throw new PlanChangedElsewhereError();
      }
      await database.planItems.clear();
      // In parts, each awaited: one put of thousands of rows blocked the screen for a third of a second
      // (every row is copied on the main thread). The transaction stays open while requests are pending,
      // so the replace is still all or nothing.
      for (let start = 0; start < next.length; start += replaceChunkSize) {
        await database.planItems.bulkPut(next.slice(start, start + replaceChunkSize));
      }
      if (lock) await database.planMeta.put(lock);
      else await database.planMeta.delete('lock');
    }),
  );
  void requestPersistenceOnce();
}

/** Saves changed lock settings (new passphrase, auto-lock minutes) for the same data key. */
export async function updatePlanLock(lock: PlanLockRecord, keyId: string): Promise<void> {
  refuseWhileShowing();
  const database = await storedDatabase();
  await guardWrite(() =>
    database.transaction('rw', database.planMeta, async () => {
      await expectLock(database, keyId);
      await database.planMeta.put(lock);
    }),
  );
}

/**
 * One wrong passphrase, counted in the lock record when the person chose "erase after N wrong
 * passphrases". At the N-th the vault (every row and the lock) is erased in the same transaction;
 * settings such as the language stay. Returns the count, and whether the vault is gone.
 */
export async function recordFailedUnlock(keyId: string): Promise<{ failures: number; erased: boolean }> {
  const database = await storedDatabase();
  return guardWrite(() =>
    database.transaction('rw', database.planItems, database.planMeta, async () => {
      const lock = await database.planMeta.get('lock');
      if (!lock || lock.keyId !== keyId) throw new PlanChangedElsewhereError();
      const limit = lock.eraseAfterFailures;
      if (!limit) return { failures: 0, erased: false };
      const failures = (lock.failedAttempts ?? 0) + 1;
      if (failures >= limit) {
        await database.planItems.clear();
        await database.planMeta.clear();
        return { failures, erased: true };
      }
      await database.planMeta.put({ ...lock, failedAttempts: failures });
      return { failures, erased: false };
    }),
  );
}

/** The vault only — plan, check answers, lock — for "quick exit also erases". Settings stay. */
export async function eraseVault(): Promise<void> {
  const database = await storedDatabase();
  await guardWrite(() =>
    database.transaction('rw', database.planItems, database.planMeta, async () => {
      await database.planItems.clear();
      await database.planMeta.clear();
    }),
  );
}

/**
 * Deletes every record Verder keeps in this browser — plan, lock, check answers, settings — by
 * deleting the databases themselves (not only emptying them: the files then go too), also those
 * the service worker keeps. Verder's other tabs are told to let go first (they close their
 * connection on the "erased" signal), and this tab's connection is closed here.
 */
export async function eraseAllStoredData(factory: IDBFactory = indexedDB): Promise<void> {
  refuseWhileShowing();
  const database = await storedDatabase();
  // Emptied first in one transaction: should deleting the file be blocked, nothing is left readable.
  await guardWrite(() =>
    database.transaction('rw', database.planItems, database.planMeta, database.settings, async () => {
      await database.planItems.clear();
      await database.planMeta.clear();
      await database.settings.clear();
    }),
  );
  markErased();
  database.close();
  const listed = typeof factory.databases === 'function' ? await factory.databases().catch(() => []) : [];
  const names = new Set([database.name, ...knownServiceWorkerDatabases]);
  for (const entry of listed) if (entry.name) names.add(entry.name);
  await Promise.all([...names].map((name) => deleteDatabase(factory, name)));
}

/** workbox-expiration keeps which language packs were fetched, and when. */
const knownServiceWorkerDatabases = ['workbox-expiration'];

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Another connection (a tab that did not hear the signal) holds it open: it goes when that closes.
    request.onblocked = () => resolve();
  });
}

/** Only the lock record: the app shell watches it for auto-lock without reading the whole plan. */
export function usePlanLock(): PlanLockRecord | undefined | null {
  return useLiveStorage(
    async (database) => {
      try {
        return (await database.planMeta.get('lock')) ?? null;
      } catch (error) {
        reportStorageError(error);
        return null;
      }
    },
    [],
    undefined,
  );
}
