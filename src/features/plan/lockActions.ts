/**
 * Setting up, opening, changing and removing the plan's lock. The passphrase derives a key (off the
 * main thread) that wraps a random data key; the data key seals every item. A wrong passphrase is
 * detected only by the wrapped key failing to open — no check value is stored.
 */
import { replacePlan, updatePlanLock, type PlanLockRecord, type PlanRow } from '../../data';
import {
  defaultIterations,
  deriveKeyOffMainThread,
  generateDataKey,
  newKdfParams,
  unwrapDataKey,
  wrapDataKey,
  type KdfParams,
} from '../../lib/crypto';
import { mapInBatches } from '../../lib/inBatches';
import { resealRow } from './planCodec';
import { lockNow, openSession, type VaultSession } from './vault';

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this plan');
    this.name = 'WrongPassphraseError';
  }
}

export const autoLockChoices = [0, 1, 5, 15, 60] as const;
export const defaultAutoLockMinutes = 5;

type Derive = typeof deriveKeyOffMainThread;

/** Opens the data key. `extractable` only while re-wrapping it for a new passphrase. */
async function openDataKey(lock: PlanLockRecord, passphrase: string, extractable: boolean, derive: Derive) {
  const wrappingKey = await derive(passphrase, lock.kdf as KdfParams, 'wrap');
  try {
    return await unwrapDataKey(lock.wrappedKey, wrappingKey, extractable);
  } catch {
    throw new WrongPassphraseError();
  }
}

/**
 * Opens the plan. A lock made with fewer rounds than today's figure is re-wrapped with new
 * parameters while the passphrase is at hand — that is why the parameters are stored with the data.
 */
export async function unlockPlan(
  lock: PlanLockRecord,
  passphrase: string,
  derive: Derive = deriveKeyOffMainThread,
): Promise<void> {
  if (lock.kdf.iterations < defaultIterations) {
    const dataKey = await openDataKey(lock, passphrase, true, derive);
    const { kdf, wrappedKey, key } = await wrapForPassphrase(dataKey, passphrase, derive);
    await updatePlanLock({ ...lock, kdf, wrappedKey }, lock.keyId).catch(() => undefined);
    openSession({ keyId: lock.keyId, key });
    return;
  }
  const key = await openDataKey(lock, passphrase, false, derive);
  openSession({ keyId: lock.keyId, key });
}

/**
 * Wraps a data key with a key from the passphrase and new parameters. Returns a non-extractable copy
 * to keep in memory: the extractable one the caller holds is dropped after this.
 */
async function wrapForPassphrase(
  dataKey: CryptoKey,
  passphrase: string,
  derive: Derive,
  iterations = defaultIterations,
) {
  const kdf = newKdfParams(iterations);
  const wrappingKey = await derive(passphrase, kdf, 'wrap');
  const wrappedKey = await wrapDataKey(dataKey, wrappingKey);
  const key = await unwrapDataKey(wrappedKey, wrappingKey, false);
  return { kdf, wrappedKey, key };
}

/** Seals every row with a new key in one transaction; refused if another tab changed a row meanwhile. */
export async function setUpLock(
  rows: readonly PlanRow[],
  passphrase: string,
  autoLockMinutes: number,
  derive: Derive = deriveKeyOffMainThread,
  iterations = defaultIterations,
): Promise<void> {
  const { kdf, wrappedKey, key } = await wrapForPassphrase(await generateDataKey(), passphrase, derive, iterations);
  const session: VaultSession = { keyId: crypto.randomUUID(), key };
  const sealed = await mapInBatches(rows, (row) => resealRow(row, null, session));
  const lock: PlanLockRecord = { key: 'lock', keyId: session.keyId, kdf, wrappedKey, autoLockMinutes };
  await replacePlan(rows, sealed, lock, null);
  openSession(session);
}

/** Needs the current passphrase: an unlocked phone in someone else's hands cannot change it. */
export async function changePassphrase(
  lock: PlanLockRecord,
  currentPassphrase: string,
  nextPassphrase: string,
  derive: Derive = deriveKeyOffMainThread,
): Promise<void> {
  const dataKey = await openDataKey(lock, currentPassphrase, true, derive);
  const { kdf, wrappedKey } = await wrapForPassphrase(dataKey, nextPassphrase, derive);
  await updatePlanLock({ ...lock, kdf, wrappedKey }, lock.keyId);
}

export async function turnOffLock(
  rows: readonly PlanRow[],
  lock: PlanLockRecord,
  passphrase: string,
  derive: Derive = deriveKeyOffMainThread,
): Promise<void> {
  const key = await openDataKey(lock, passphrase, false, derive);
  const from: VaultSession = { keyId: lock.keyId, key };
  const plain = await mapInBatches(rows, (row) => resealRow(row, from, null));
  await replacePlan(rows, plain, null, lock.keyId);
  lockNow();
}

export async function setAutoLockMinutes(lock: PlanLockRecord, minutes: number): Promise<void> {
  await updatePlanLock({ ...lock, autoLockMinutes: minutes }, lock.keyId);
}
