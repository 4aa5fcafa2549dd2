/**
 * A list of vault records of one kind, in rows named `<prefix><uuid>` (the incident log): the list
 * variant of useVaultRecord, with the same rules.
 * - While showing someone, nothing is read and nothing is written.
 * - With a closed lock, the list is "locked": the caller learns only that, not how many there are.
 * - With an open lock, rows are opened and written sealed with the data key; without a lock, plain.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { VaultItem } from '../../domain/plan';
import { deletePlanRow, putPlanRows, usePlanSnapshot, type PlanLockRecord } from '../../data';
import { openRow, sealItem } from './codec';
import { isSessionFor, lockEpoch, onLock, useVaultSession } from './session';
import { useShowingSomeone } from './useShowingSomeone';
import type { WriteMode } from './useVaultRecord';

export type StoredRecords<T> =
  | { status: 'loading' }
  | { status: 'showing' }
  | { status: 'locked'; lock: PlanLockRecord }
  | { status: 'ready'; items: T[] };

export function useVaultRecords<T extends VaultItem>(idPrefix: string, isKind: (item: VaultItem) => item is T) {
  const isShowing = useShowingSomeone();
  const snapshot = usePlanSnapshot();
  const session = useVaultSession();
  const [opened, setOpened] = useState<{ items: T[]; session: typeof session } | null>(null);

  // Decrypted records leave memory at the lock, not only when the next render hides them.
  useEffect(() => onLock(() => setOpened(null)), []);

  const lock = snapshot?.lock;
  const isOpen = lock !== undefined && isSessionFor(lock, session);
  const rows = useMemo(() => snapshot?.rows.filter((row) => row.id.startsWith(idPrefix)), [snapshot, idPrefix]);

  useEffect(() => {
    if (!rows || isShowing || (lock && !isOpen)) return;
    let isCurrent = true;
    const usable = lock ? session : null;
    const epoch = lockEpoch();
    void Promise.all(rows.map((row) => openRow(row, usable))).then((results) => {
      // Locked while opening: drop what was decrypted.
      if (!isCurrent || epoch !== lockEpoch()) return;
      const items: T[] = [];
      for (const { item } of results) if (item && isKind(item)) items.push(item);
      setOpened({ items, session: usable });
    });
    return () => {
      isCurrent = false;
    };
  }, [rows, lock, isOpen, session, isShowing, isKind]);

  // Worked out in the same render as a lock or showing mode, never one render later.
  let stored: StoredRecords<T>;
  if (isShowing) stored = { status: 'showing' };
  else if (!snapshot) stored = { status: 'loading' };
  else if (lock && !isOpen) stored = { status: 'locked', lock };
  else if (!opened || opened.session !== (lock ? session : null)) stored = { status: 'loading' };
  else stored = { status: 'ready', items: opened.items };

  const writeMode: WriteMode = isShowing ? 'showing' : lock ? (isOpen ? 'sealed' : 'lockedVault') : 'plain';

  /** Stores the record; refuses (returns false) while showing someone or with a closed lock. */
  const write = useCallback(
    async (item: T): Promise<boolean> => {
      if (isShowing || !item.id.startsWith(idPrefix)) return false;
      const usable = lock && isOpen ? session : null;
      if (lock && !usable) return false;
      await putPlanRows([await sealItem(item, usable)], lock?.keyId ?? null);
      return true;
    },
    [isShowing, idPrefix, lock, isOpen, session],
  );

  const remove = useCallback(
    async (id: string): Promise<boolean> => {
      if (isShowing || (lock && !isOpen) || !id.startsWith(idPrefix)) return false;
      await deletePlanRow(id);
      return true;
    },
    [isShowing, lock, isOpen, idPrefix],
  );

  return { stored, writeMode, write, remove };
}
