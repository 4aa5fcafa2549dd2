/**
 * The database, loaded on demand. Dexie is about 30 KiB gzip, a fifth of the app's first download,
 * and the first screen reads nothing through it (the language comes from ./languageSetting), so the
 * modules the first screen needs (settings, the plan's lock and rows) reach ./database through here:
 * it loads once the first screen has been hydrated, from the service worker's precache after the
 * first visit.
 */
import { useEffect, useState } from 'react';
import type * as DatabaseModule from './database';
import type { VerderDatabase } from './database';
import { reportStorageError } from './storageErrors';

type StorageModule = typeof DatabaseModule;

let loaded: StorageModule | undefined;
let loading: Promise<StorageModule> | undefined;

/** The open database module; loaded once, tried again after a failed load. */
export function loadStorage(): Promise<StorageModule> {
  loading ??= import('./database').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The database, loaded first if need be. */
export async function storedDatabase(): Promise<VerderDatabase> {
  return (await loadStorage()).database;
}

function useLoadedStorage(): StorageModule | undefined {
  const [storage, setStorage] = useState(loaded);
  useEffect(() => {
    if (storage) return;
    let isCurrent = true;
    loadStorage().then(
      (module) => {
        if (isCurrent) setStorage(module);
      },
      (error: unknown) => {
        if (isCurrent) reportStorageError(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [storage]);
  return storage;
}

/**
 * Dexie's live query over the database once it is loaded (like dexie-react-hooks' useLiveQuery: the
 * last result stays while the query changes, and an error goes to the error boundary);
 * `defaultResult` until the first result. `querier` must call only Dexie (no other awaits), so Dexie
 * can tell what it read, and `deps` names what it depends on, as with useLiveQuery.
 */
export function useLiveStorage<T, D = undefined>(
  querier: (database: VerderDatabase) => Promise<T>,
  deps: readonly (string | number | boolean | null | undefined)[],
  defaultResult?: D,
): T | D {
  const storage = useLoadedStorage();
  const [state, setState] = useState<{ result: T | D; error: unknown }>({
    result: defaultResult as D,
    error: null,
  });
  const depsKey = JSON.stringify(deps);
  useEffect(
    () => {
      if (!storage) return;
      const subscription = storage
        .liveQuery(() => querier(storage.database))
        .subscribe(
          (result) =>
            setState((current) =>
              current.error === null && Object.is(current.result, result) ? current : { result, error: null },
            ),
          (error: unknown) => setState((current) => (current.error === error ? current : { ...current, error })),
        );
      return () => subscription.unsubscribe();
    },
    // `querier` is a new function on every render: the query changes only with `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [storage, depsKey],
  );
  if (state.error) throw state.error;
  return state.result;
}
