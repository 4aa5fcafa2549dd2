/**
 * The plan's recent deletions, so Undo still works after the person has looked at another screen
 * (audit M6): in memory only, never in storage or in the history. Each holds the deleted row exactly
 * as it was stored — sealed with the vault's key under a lock, so no item's words are kept in plain
 * text here — and the ids of the items that were around it, so Undo can stand in its place again.
 * Dropped where the plan's decrypted text is dropped: when the vault locks (also from another tab),
 * at quick exit, when showing someone starts or stops, and when the tab closes (memory). At most
 * `recentDeletionLimit` are kept; an eleventh deletion pushes out the oldest.
 */
import { useSyncExternalStore } from 'react';
import type { PlanRow } from '../../../data';
import type { PlanItemKind } from '../../../domain/plan';
import { onQuickExit } from '../../../lib/quickExit';
import { onShowingModeChange } from '../../../lib/showingMode';
import { onVaultLocked } from '../../../lib/vaultEvents';

export const recentDeletionLimit = 10;

export interface RecentDeletion {
  id: string;
  kind: PlanItemKind;
  /** The items shown just before and after it, when there were any. */
  before: string | null;
  after: string | null;
  /** The row as it was stored (sealed under a lock), written back as it is by Undo. */
  row: PlanRow | undefined;
  /** The lock the row was sealed under; a write back under another lock is refused. */
  keyId: string | null;
}

let recent: readonly RecentDeletion[] = [];
const listeners = new Set<() => void>();

function set(next: readonly RecentDeletion[]): void {
  recent = next;
  for (const listener of [...listeners]) listener();
}

export function rememberDeletion(deletion: RecentDeletion): void {
  set([...recent.filter((other) => other.id !== deletion.id), deletion].slice(-recentDeletionLimit));
}

export function forgetDeletion(id: string): void {
  if (recent.some((other) => other.id === id)) set(recent.filter((other) => other.id !== id));
}

export function forgetRecentDeletions(): void {
  if (recent.length > 0) set([]);
}

export function recentDeletions(): readonly RecentDeletion[] {
  return recent;
}

onVaultLocked(forgetRecentDeletions);
onQuickExit(forgetRecentDeletions);
onShowingModeChange(forgetRecentDeletions);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRecentDeletions(): readonly RecentDeletion[] {
  return useSyncExternalStore(subscribe, recentDeletions, recentDeletions);
}
