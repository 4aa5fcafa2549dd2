/**
 * Open forms register here. Before the app reloads for an update, every open form saves what it
 * holds (if it is valid), so an update never throws away something being typed.
 */
type PendingSave = () => Promise<void>;

const pending = new Set<PendingSave>();

export function registerPendingSave(save: PendingSave): () => void {
  pending.add(save);
  return () => pending.delete(save);
}

export async function savePendingEdits(): Promise<void> {
  await Promise.allSettled([...pending].map((save) => save()));
}
