/**
 * The unlocked data key lives here, in memory only, for as long as the vault is open. Locking forgets
 * it and every decrypted record; quick exit and showing someone lock first. Each lock moves the lock
 * epoch on, so work that was still decrypting when the vault locked knows to drop its result.
 * Nothing in this module touches storage.
 */
import { useSyncExternalStore } from 'react';
import { onQuickExit } from '../../lib/quickExit';
import { onShowingModeChange } from '../../lib/showingMode';
import { announceVaultLock, onRemoteLock } from '../../lib/tabSignals';
import { announceVaultLocked } from '../../lib/vaultEvents';

export interface VaultSession {
  keyId: string;
  key: CryptoKey;
}

let session: VaultSession | null = null;
let epoch = 0;
const listeners = new Set<() => void>();
const forgetters = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function currentSession(): VaultSession | null {
  return session;
}

/** Moves on at every lock; compare before and after an await to know whether the vault locked meanwhile. */
export function lockEpoch(): number {
  return epoch;
}

export function openSession(next: VaultSession): void {
  session = next;
  notify();
}

/** Things that hold decrypted text (caches, form drafts, speech) register here to be wiped at lock. */
export function onLock(forget: () => void): () => void {
  forgetters.add(forget);
  return () => forgetters.delete(forget);
}

function lockHere(): void {
  session = null;
  epoch += 1;
  for (const forget of [...forgetters]) {
    try {
      forget();
    } catch (error) {
      // One failing forgetter must not keep the others from wiping what they hold.
      console.error(error);
    }
  }
  notify();
  announceVaultLocked();
}

/** Locks this tab; `everywhere` also tells Verder's other open tabs to lock (Lock now, quick exit). */
export function lockNow(options: { everywhere?: boolean } = {}): void {
  lockHere();
  if (options.everywhere) announceVaultLock();
}

/** True when `session` opens this lock (and not an older one another tab replaced). */
export function isSessionFor(lock: { keyId: string } | undefined, session: VaultSession | null): boolean {
  return lock !== undefined && session !== null && session.keyId === lock.keyId;
}

export function subscribeToVault(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useVaultSession(): VaultSession | null {
  return useSyncExternalStore(subscribeToVault, currentSession, currentSession);
}

onQuickExit(lockHere);
onRemoteLock(lockHere);
// Showing Verder to someone else: the worker's own plan locks at once and stays hidden.
onShowingModeChange((isOn) => {
  if (isOn) lockHere();
});
