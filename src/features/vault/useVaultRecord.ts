/**
 * One vault record that is not a plan item (the check's answers, the place kept from Find help):
 * read it only when it may be read, write it only where it may be written.
 * - While showing someone, nothing is read from or written to the phone.
 * - With a lock that is closed, the record is "locked": the caller learns only that, never what.
 * - With a lock that is open, it is read and written sealed with the data key.
 * - Without a lock, it is a plain row (the caller asks the person first: anyone who opens Verder here
 *   could then see it).
 */
import { useCallback, useEffect, useState } from 'react';
import type { VaultItem } from '../../domain/plan';
import { deletePlanRow, putPlanRows, usePlanSnapshot, type PlanLockRecord, type PlanRow } from '../../data';
import { openRow, sealItem } from './codec';
import { isSessionFor, lockEpoch, useVaultSession } from './session';
import { useShowingSomeone } from './useShowingSomeone';

export type StoredRecord<T> = { status: 'none' } | { status: 'locked' } | { status: 'kept'; item: T };

/** Where a write would go: nowhere (showing, or a closed lock), sealed in the open vault, or plain. */
export type WriteMode = 'showing' | 'lockedVault' | 'sealed' | 'plain';

export function useVaultRecord<T extends VaultItem>(id: string, isKind: (item: VaultItem) => item is T) {
  const isShowing = useShowingSomeone();
  const snapshot = usePlanSnapshot();
  const session = useVaultSession();
  const [stored, setStored] = useState<StoredRecord<T> | null>(null);

  const lock: PlanLockRecord | undefined = snapshot?.lock;
  const row: PlanRow | undefined = snapshot?.rows.find((entry) => entry.id === id);
  const isOpen = lock !== undefined && isSessionFor(lock, session);

  useEffect(() => {
    if (!snapshot) return;
    let isCurrent = true;
    const settle = (next: StoredRecord<T>) => {
      if (isCurrent) setStored(next);
    };
    if (isShowing || !row) settle({ status: 'none' });
    else if (lock && !isOpen) settle({ status: 'locked' });
    else {
      const epoch = lockEpoch();
      void openRow(row, lock ? session : null).then(({ item }) => {
        // Locked while it was being opened: say only that it is locked.
        if (epoch !== lockEpoch()) return settle({ status: 'locked' });
        settle(item && isKind(item) ? { status: 'kept', item } : { status: 'none' });
      });
    }
    return () => {
      isCurrent = false;
    };
  }, [snapshot, row, lock, isOpen, session, isShowing, isKind]);

  const writeMode: WriteMode = isShowing ? 'showing' : lock ? (isOpen ? 'sealed' : 'lockedVault') : 'plain';

  /** Stores the record; does nothing (and says so) where it may not be written. */
  const write = useCallback(
    async (item: T): Promise<boolean> => {
      if (isShowing) return false;
      const usable = lock && isOpen ? session : null;
      if (lock && !usable) return false;
      await putPlanRows([await sealItem(item, usable)], lock?.keyId ?? null);
      return true;
    },
    [isShowing, lock, isOpen, session],
  );

  const remove = useCallback(async () => {
    if (!isShowing && row) await deletePlanRow(row.id);
  }, [isShowing, row]);

  return {
    state: stored === null ? ('loading' as const) : ('ready' as const),
    stored: stored ?? ({ status: 'none' } as StoredRecord<T>),
    hasRow: row !== undefined,
    writeMode,
    lock,
    write,
    remove,
  };
}
