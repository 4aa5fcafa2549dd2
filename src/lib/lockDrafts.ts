/**
 * Between the open forms (src/features/plan/pendingSaves.ts) and the vault's lock
 * (src/features/vault/session.ts), without either loading the other: at a lock that keeps drafts,
 * the vault asks here for what the open forms would save. Holds no data itself, only who to ask.
 */

/** What an open form hands in at a lock: how to save it, or that it cannot be saved (not complete). */
export type LockDraft = (() => Promise<unknown>) | 'incomplete';
type DraftTaker = () => readonly LockDraft[];

let taker: DraftTaker = () => [];

export function onLockTakeDrafts(take: DraftTaker): () => void {
  taker = take;
  return () => {
    if (taker === take) taker = () => [];
  };
}

/** Called by the vault just before it locks, while the forms are still on screen. */
export function takeLockDrafts(): readonly LockDraft[] {
  return taker();
}
