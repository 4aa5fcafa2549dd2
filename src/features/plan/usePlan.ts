/**
 * The plan as the screens see it: live from storage (so a second tab's edit shows at once), opened
 * with the key in memory. A row that cannot be read is counted and kept, never deleted. Records of
 * other personal capabilities in the same vault (the check answers) travel with copies and the lock,
 * but are not plan items on screen.
 */
import { useEffect, useState } from 'react';
import { usePlanSnapshot, type PlanLockRecord, type PlanRow, type StorageErrorKind } from '../../data';
import { isPlanItem, type PlanItem, type VaultItem } from '../../domain/plan';
import { mapInBatches } from '../../lib/inBatches';
import { isSessionFor, lockEpoch, openRow, useVaultSession, type VaultSession } from '../vault';

export interface PlanState {
  items: PlanItem[];
  /** Every record in the vault, plan items included: what a copy holds. */
  records: VaultItem[];
  rows: PlanRow[];
  lock: PlanLockRecord | undefined;
  session: VaultSession | null;
  unreadable: number;
}

export type PlanView =
  | { status: 'loading' }
  | { status: 'unavailable'; failure: StorageErrorKind }
  | { status: 'locked'; lock: PlanLockRecord; rows: PlanRow[] }
  | ({ status: 'ready' } & PlanState);

export async function openPlan(
  rows: PlanRow[],
  lock: PlanLockRecord | undefined,
  session: VaultSession | null,
): Promise<PlanView> {
  if (lock && !isSessionFor(lock, session)) return { status: 'locked', lock, rows };
  const usable = lock ? session : null;
  const epoch = lockEpoch();
  const opened = await mapInBatches(rows, (row) => openRow(row, usable));
  // Locked while opening: show the lock, never what was decrypted before it.
  if (lock && epoch !== lockEpoch()) return { status: 'locked', lock, rows };
  const records: VaultItem[] = [];
  for (const entry of opened) if (entry.item) records.push(entry.item);
  const items = records.filter(isPlanItem);
  return { status: 'ready', items, records, rows, lock, session: usable, unreadable: rows.length - records.length };
}

export function usePlan(): PlanView {
  const snapshot = usePlanSnapshot();
  const session = useVaultSession();
  const [view, setView] = useState<PlanView>({ status: 'loading' });
  useEffect(() => {
    if (!snapshot) return;
    if (snapshot.failure) return;
    let isCurrent = true;
    void openPlan(snapshot.rows, snapshot.lock, session).then((next) => {
      if (isCurrent) setView(next);
    });
    return () => {
      isCurrent = false;
    };
  }, [snapshot, session]);
  if (snapshot?.failure) return { status: 'unavailable', failure: snapshot.failure };
  // Locking must hide the plan in the same render, not after the next storage read.
  if (view.status === 'ready' && view.lock && !isSessionFor(view.lock, session)) {
    return { status: 'locked', lock: view.lock, rows: view.rows };
  }
  return view;
}
