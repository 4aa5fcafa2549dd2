/**
 * Asks the browser to keep Verder's data when space runs low. Asked at the first save, not on load:
 * some browsers show a prompt, and a prompt before someone has saved anything is confusing.
 */
export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

let request: Promise<PersistenceState> | null = null;

export function requestPersistenceOnce(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  request ??= (async () => {
    if (!storage?.persist) return 'unsupported';
    try {
      if (await storage.persisted()) return 'persisted';
      return (await storage.persist()) ? 'persisted' : 'not-persisted';
    } catch {
      return 'not-persisted';
    }
  })();
  return request;
}

export function hasRequestedPersistence(): boolean {
  return request !== null;
}

/** For tests: forget that persistence was asked. */
export function resetPersistenceRequest(): void {
  request = null;
}

/** What the browser says now, for the settings screen; asks nothing. */
export async function readPersistenceState(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}
