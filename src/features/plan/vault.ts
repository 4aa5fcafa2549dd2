/**
 * The unlocked data key lives here, in memory only, for as long as the plan is open. Locking forgets
 * it and every decrypted item; quick exit locks first. Nothing in this module touches storage.
 */
import { useSyncExternalStore } from 'react';
import { onQuickExit } from '../../lib/quickExit';
import { onShowingModeChange } from '../../lib/showingMode';

export interface VaultSession {
  keyId: string;
  key: CryptoKey;
}

let session: VaultSession | null = null;
const listeners = new Set<() => void>();
const forgetters = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export function currentSession(): VaultSession | null {
  return session;
}

export function openSession(next: VaultSession): void {
  session = next;
  notify();
}

/** Things that hold decrypted text (caches, form drafts) register here to be wiped at lock. */
export function onLock(forget: () => void): () => void {
  forgetters.add(forget);
  return () => forgetters.delete(forget);
}

export function lockNow(): void {
  session = null;
  for (const forget of forgetters) forget();
  notify();
}

export function subscribeToVault(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useVaultSession(): VaultSession | null {
  return useSyncExternalStore(subscribeToVault, currentSession, currentSession);
}

onQuickExit(lockNow);
// Showing Verder to someone else: the worker's own plan locks at once and stays hidden.
onShowingModeChange((isOn) => {
  if (isOn) lockNow();
});
