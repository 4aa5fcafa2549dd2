/**
 * The unlocked data key lives here, in memory only, for as long as the vault is open. Locking forgets
 * it and every decrypted record; quick exit and showing someone lock first. Each lock moves the lock
 * epoch on, so work that was still decrypting when the vault locked knows to drop its result.
 * Nothing in this module touches storage.
 *
 * A lock by the person or by auto-lock keeps what open forms hold (audit m1): the forms hand in
 * their drafts first, the vault locks at once (the screen shows the unlock form, nothing decrypted
 * stays on it), and only then are the drafts sealed with the closing key and written, through the
 * forms' own save path. The key is taken off the closed session when they are done or after
 * `draftKeepTimeoutMs`, whichever comes first, also when a save fails: a write still waiting then
 * cannot seal anything (it fails, and nothing is written in plain text). Quick exit and showing
 * someone take it off at once, drafts or not.
 */
import { useSyncExternalStore } from 'react';
import { onQuickExit } from '../../lib/quickExit';
import { onShowingModeChange } from '../../lib/showingMode';
import { announceVaultLock, onRemoteLock } from '../../lib/tabSignals';
import { takeLockDrafts, type LockDraft } from '../../lib/lockDrafts';
import { announceVaultLocked } from '../../lib/vaultEvents';

export interface VaultSession {
  keyId: string;
  key: CryptoKey;
}

let session: VaultSession | null = null;
let epoch = 0;
const listeners = new Set<() => void>();
const forgetters = new Set<() => void>();

/** Closed sessions whose drafts are still being sealed; quick exit or showing someone drops their key at once. */
const closing = new Set<VaultSession>();
/** The longest the key may stay after the lock to seal the drafts (the screen is locked already). */
export const draftKeepTimeoutMs = 1_000;

/** What became of the drafts at the last lock, for the next unlock to say; no words of them. */
export type DraftOutcome = 'kept' | 'notKept';
let draftOutcome: DraftOutcome | null = null;
let keeping: Promise<void> = Promise.resolve();

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

/** Read once, by the unlock that follows: whether what was typed at the last lock was kept. */
export function takeDraftOutcome(): DraftOutcome | null {
  const outcome = draftOutcome;
  draftOutcome = null;
  return outcome;
}

/** Resolves when the drafts of the last lock are written or given up (tests, and nothing else). */
export function draftsSettled(): Promise<void> {
  return keeping;
}

/**
 * Takes the key off a closed session object, so that no reference left anywhere (a form's closure,
 * a screen's old state) can seal or open anything with it again.
 */
function dropKey(closed: VaultSession): void {
  closing.delete(closed);
  Reflect.deleteProperty(closed, 'key');
}

/** Things that hold decrypted text (caches, form drafts, speech) register here to be wiped at lock. */
export function onLock(forget: () => void): () => void {
  forgetters.add(forget);
  return () => forgetters.delete(forget);
}

function lockHere(keepKeyFor: VaultSession | null = null): void {
  const closed = session;
  session = null;
  epoch += 1;
  if (closed && closed !== keepKeyFor) dropKey(closed);
  // A lock of an open plan without drafts: nothing from an earlier lock is left to say.
  if (closed && !keepKeyFor) draftOutcome = null;
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

/**
 * Locks this tab; `everywhere` also tells Verder's other open tabs to lock (Lock now, quick exit).
 * `keepDrafts` (Lock now, auto-lock): what open forms hold is saved, sealed, after the screen locked.
 */
export function lockNow(options: { everywhere?: boolean; keepDrafts?: boolean } = {}): void {
  const closed = session;
  // Collected before the lock, while the forms are still there; nothing is written yet.
  const drafts = options.keepDrafts && closed ? takeLockDrafts() : [];
  if (closed && drafts.length > 0) {
    closing.add(closed);
    lockHere(closed);
    keeping = keepDrafts(closed, drafts);
  } else lockHere();
  if (options.everywhere) announceVaultLock();
}

async function keepDrafts(closed: VaultSession, drafts: readonly LockDraft[]): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // The locked screen is drawn first: React renders the lock in this task's microtasks, before these writes.
    await Promise.resolve();
    const saving = Promise.allSettled(
      drafts.map((draft) => (draft === 'incomplete' ? Promise.reject(new Error('incomplete')) : draft())),
    );
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), draftKeepTimeoutMs);
    });
    const results = await Promise.race([saving, timeout]);
    // Unless quick exit or showing someone came first (then nothing is said about the drafts).
    if (closing.has(closed)) {
      const isAllKept = results !== 'timeout' && results.every((result) => result.status === 'fulfilled');
      draftOutcome = isAllKept ? 'kept' : 'notKept';
    }
  } finally {
    clearTimeout(timer);
    dropKey(closed);
  }
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

/** Quick exit or showing someone while drafts are still being sealed: no more sealing, nothing said. */
function lockAndForgetDrafts(): void {
  lockHere();
  for (const other of [...closing]) dropKey(other);
  draftOutcome = null;
}

onQuickExit(lockAndForgetDrafts);
onRemoteLock(() => lockHere());
// Showing Verder to someone else: the worker's own plan locks at once and stays hidden.
onShowingModeChange((isOn) => {
  if (isOn) lockAndForgetDrafts();
  else draftOutcome = null;
});
