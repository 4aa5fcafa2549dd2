/**
 * Open forms register here. Before the app reloads for an update, every open form saves what it
 * holds (if it is valid), so an update never throws away something being typed. A form that can be
 * kept at a lock (the plan's item forms) also says what it would save then: when the person or
 * auto-lock locks the vault, the session seals and writes it after the screen has locked
 * (src/features/vault/session.ts, through src/lib/lockDrafts.ts); a form that is not complete says so, and the next unlock tells the person.
 */
import { onLockTakeDrafts, type LockDraft } from '../../lib/lockDrafts';

type PendingSave = () => Promise<void>;
/** Called at the lock, before it: null when there is nothing to keep (nothing typed, or not kept). */
type TakeDraft = () => LockDraft | null;

const pending = new Set<PendingSave>();
const atLock = new Set<TakeDraft>();

export function registerPendingSave(save: PendingSave, takeDraft?: TakeDraft): () => void {
  pending.add(save);
  if (takeDraft) atLock.add(takeDraft);
  return () => {
    pending.delete(save);
    if (takeDraft) atLock.delete(takeDraft);
  };
}

export async function savePendingEdits(): Promise<void> {
  await Promise.allSettled([...pending].map((save) => save()));
}

export function takeDraftsAtLock(): LockDraft[] {
  const drafts: LockDraft[] = [];
  for (const take of atLock) {
    try {
      const draft = take();
      if (draft) drafts.push(draft);
    } catch (error) {
      // One form that fails must not keep the others' drafts, or the lock, from happening.
      console.error(error);
    }
  }
  return drafts;
}

onLockTakeDrafts(takeDraftsAtLock);
