/**
 * Storage for the personal plan. Rows arrive as stored (plain or sealed); src/features/plan opens
 * and checks them. Every write that depends on the lock checks, in the same transaction, that the
 * lock is still the one the caller knows — another tab may have set, changed or removed it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { database, type PlanLockRecord, type PlanRow } from './database';
import { isOverlayActive } from './memoryOverlay';
import { requestPersistenceOnce } from './persistence';
import {
  guardWrite,
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
  return useLiveQuery(async () => {
    try {
      return await readPlanSnapshot();
    } catch (error) {
      return { rows: [], lock: undefined, failure: toStorageError(error).kind };
    }
  }, []);
}

export function newRevision(): string {
  return crypto.randomUUID();
}

/** While showing someone, nothing is written; the plan is hidden then, so this only guards mistakes. */
function refuseWhileShowing(): void {
  if (isOverlayActive()) throw new Error('The plan is not written while showing Verder to someone');
}

async function expectLock(keyId: string | null): Promise<void> {
  const lock = await database.planMeta.get('lock');
  if ((lock?.keyId ?? null) !== keyId) throw new PlanChangedElsewhereError();
}

/** Adds or replaces rows, if the lock is still `keyId` (null: no lock). */
export async function putPlanRows(rows: PlanRow[], keyId: string | null): Promise<void> {
  refuseWhileShowing();
  await guardWrite(() =>
    database.transaction('rw', database.planItems, database.planMeta, async () => {
      await expectLock(keyId);
      await database.planItems.bulkPut(rows);
    }),
  );
  void requestPersistenceOnce();
}

export async function deletePlanRow(id: string): Promise<void> {
  refuseWhileShowing();
  await guardWrite(() => database.planItems.delete(id));
}

/**
 * Replaces the whole plan and its lock at once — for turning the lock on or off and for importing
 * with "replace". Refused if any row changed since `expected` was read, so no edit is overwritten.
 */
export async function replacePlan(
  expected: readonly PlanRow[],
  next: readonly PlanRow[],
  lock: PlanLockRecord | null,
  keyId: string | null,
): Promise<void> {
  refuseWhileShowing();
  await guardWrite(() =>
    database.transaction('rw', database.planItems, database.planMeta, async () => {
      await expectLock(keyId);
      const current = await database.planItems.toArray();
      const seen = new Map(expected.map((row) => [row.id, row.rev]));
      if (current.length !== seen.size || current.some((row) => seen.get(row.id) !== row.rev)) {
        throw new PlanChangedElsewhereError();
      }
      await database.planItems.clear();
      await database.planItems.bulkPut([...next]);
      if (lock) await database.planMeta.put(lock);
      else await database.planMeta.delete('lock');
    }),
  );
  void requestPersistenceOnce();
}

/** Saves changed lock settings (new passphrase, auto-lock minutes) for the same data key. */
export async function updatePlanLock(lock: PlanLockRecord, keyId: string): Promise<void> {
  refuseWhileShowing();
  await guardWrite(() =>
    database.transaction('rw', database.planMeta, async () => {
      await expectLock(keyId);
      await database.planMeta.put(lock);
    }),
  );
}

/** Deletes every record Verder keeps in this browser: plan, lock, settings, check answers. */
export async function eraseAllStoredData(): Promise<void> {
  refuseWhileShowing();
  await guardWrite(() =>
    database.transaction('rw', database.planItems, database.planMeta, database.settings, async () => {
      await database.planItems.clear();
      await database.planMeta.clear();
      await database.settings.clear();
    }),
  );
}

/** Only the lock record: the app shell watches it for auto-lock without reading the whole plan. */
export function usePlanLock(): PlanLockRecord | undefined | null {
  return useLiveQuery(
    async () => {
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
