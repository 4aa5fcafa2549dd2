/**
 * Storage failures get names the user can be told about, in their language. Nothing fails silently:
 * every write goes through `guardWrite`, which converts the error and tells the app shell.
 */
export const storageErrorKinds = ['quota', 'blocked', 'version', 'unavailable', 'unknown'] as const;

export type StorageErrorKind = (typeof storageErrorKinds)[number];

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    options?: { cause?: unknown },
  ) {
    super(`Storage error: ${kind}`, options);
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = 'inner' in error ? (error as { inner?: unknown }).inner : undefined;
    if (inner && typeof inner === 'object' && 'name' in inner && typeof inner.name === 'string') return inner.name;
    if ('name' in error && typeof error.name === 'string') return error.name;
  }
  return '';
}

/** Maps IndexedDB and Dexie error names to the few situations a person can act on. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  switch (name) {
    case 'QuotaExceededError':
      return new StorageError('quota', { cause: error });
    case 'BlockedError':
    case 'DatabaseClosedError':
      return new StorageError('blocked', { cause: error });
    case 'VersionError':
    case 'UpgradeError':
      return new StorageError('version', { cause: error });
    case 'MissingAPIError':
    case 'InvalidStateError':
    case 'SecurityError':
    case 'OpenFailedError':
      return new StorageError('unavailable', { cause: error });
    default:
      return new StorageError('unknown', { cause: error });
  }
}

type StorageErrorListener = (error: StorageError) => void;
const listeners = new Set<StorageErrorListener>();

/** The app shell listens here and shows the message; callers still get the rejection. */
export function onStorageError(listener: StorageErrorListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let isErased = false;

/** After "delete everything" the database is gone on purpose: nothing more is reported or written. */
export function markErased(): void {
  isErased = true;
}

export function reportStorageError(error: unknown): StorageError {
  const storageError = toStorageError(error);
  if (!isErased) for (const listener of listeners) listener(storageError);
  return storageError;
}

/**
 * Not a storage failure: another tab changed what this write depended on. The screen says so; the
 * storage banner stays quiet.
 */
export class PlanChangedElsewhereError extends Error {
  constructor() {
    super('The plan changed in another tab');
    this.name = 'PlanChangedElsewhereError';
  }
}

export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof PlanChangedElsewhereError) throw error;
    throw reportStorageError(error);
  }
}
