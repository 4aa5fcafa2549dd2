/**
 * Setting up, opening, changing and removing the vault's lock. The passphrase derives a key (off the
 * main thread, cancellable) that wraps a random data key; the data key seals every record. A wrong
 * passphrase is detected only by the wrapped key failing to open — no check value is stored. The
 * stored lock record is validated before any work starts: a tampered one is refused at once.
 */
import {
  putPlanRows,
  readPlanSnapshot,
  recordFailedUnlock,
  replacePlan,
  updatePlanLock,
  type PlanLockRecord,
  type PlanRow,
} from '../../data';
import { defaultAutoLockMinutes, isValidLockRecord } from '../../domain/vaultLock';
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
import { resealRow } from './codec';
import { currentSession, lockNow, openSession, type VaultSession } from './session';

export {
  autoLockChoices,
  defaultAutoLockMinutes,
  defaultIdleLockMinutes,
  idleLockChoices,
} from '../../domain/vaultLock';

export class WrongPassphraseError extends Error {
  constructor(
    /** Wrong passphrases in a row, when "erase after" is on; 0 otherwise. */
    readonly failures = 0,
    /** True when this was the last allowed try and the vault has been erased. */
    readonly erased = false,
  ) {
    super('The passphrase does not open this plan');
    this.name = 'WrongPassphraseError';
  }
}

/** The stored lock is not one Verder wrote: refused without deriving anything. */
export class DamagedLockError extends Error {
  constructor() {
    super('The stored lock is damaged or was changed');
    this.name = 'DamagedLockError';
  }
}

type Derive = typeof deriveKeyOffMainThread;

interface DeriveOptions {
  derive?: Derive;
  signal?: AbortSignal;
}

function checkedKdf(lock: PlanLockRecord): KdfParams {
  if (!isValidLockRecord(lock)) throw new DamagedLockError();
  return lock.kdf as KdfParams;
}

/** Opens the data key. `extractable` only while re-wrapping it for a new passphrase. */
async function openDataKey(lock: PlanLockRecord, passphrase: string, extractable: boolean, options: DeriveOptions) {
  const derive = options.derive ?? deriveKeyOffMainThread;
  const wrappingKey = await derive(passphrase, checkedKdf(lock), 'wrap', options.signal);
  try {
    return await unwrapDataKey(lock.wrappedKey, wrappingKey, extractable);
  } catch {
    throw new WrongPassphraseError();
  }
}

/** Rows still in plain text under a lock (moved by an upgrade) are sealed as soon as the key is at hand. */
async function sealPlainRows(session: VaultSession): Promise<void> {
  const { rows, lock } = await readPlanSnapshot();
  if (lock?.keyId !== session.keyId) return;
  const plain = rows.filter((row) => !row.sealed);
  if (plain.length === 0) return;
  const sealed = await mapInBatches(plain, (row) => resealRow(row, null, session));
  await putPlanRows(sealed, session.keyId);
}

/**
 * Opens the vault. A lock made with fewer rounds than today's figure is re-wrapped with new
 * parameters while the passphrase is at hand — that is why the parameters are stored with the data.
 * With "erase after N wrong passphrases" on, a wrong one is counted, and the N-th erases the vault.
 */
export async function unlockPlan(lock: PlanLockRecord, passphrase: string, options: DeriveOptions = {}): Promise<void> {
  let dataKey: CryptoKey;
  const upgrade = lock.kdf.iterations < defaultIterations;
  try {
    dataKey = await openDataKey(lock, passphrase, upgrade, options);
  } catch (error) {
    if (error instanceof WrongPassphraseError && lock.eraseAfterFailures) {
      const { failures, erased } = await recordFailedUnlock(lock.keyId);
      throw new WrongPassphraseError(failures, erased);
    }
    throw error;
  }
  let key = dataKey;
  let next: PlanLockRecord | null = lock.failedAttempts ? { ...lock, failedAttempts: 0 } : null;
  if (upgrade) {
    const wrapped = await wrapForPassphrase(dataKey, passphrase, options);
    key = wrapped.key;
    next = { ...(next ?? lock), kdf: wrapped.kdf, wrappedKey: wrapped.wrappedKey };
  }
  if (next) await updatePlanLock(next, lock.keyId).catch(() => undefined);
  const session = { keyId: lock.keyId, key };
  openSession(session);
  await sealPlainRows(session).catch(() => undefined);
}

/**
 * Wraps a data key with a key from the passphrase and new parameters. Returns a non-extractable copy
 * to keep in memory: the extractable one the caller holds is dropped after this.
 */
async function wrapForPassphrase(
  dataKey: CryptoKey,
  passphrase: string,
  options: DeriveOptions,
  iterations = defaultIterations,
) {
  const derive = options.derive ?? deriveKeyOffMainThread;
  const kdf = newKdfParams(iterations);
  const wrappingKey = await derive(passphrase, kdf, 'wrap', options.signal);
  const wrappedKey = await wrapDataKey(dataKey, wrappingKey);
  const key = await unwrapDataKey(wrappedKey, wrappingKey, false);
  return { kdf, wrappedKey, key };
}

/** Seals every row with a new key in one transaction; refused if another tab changed a row meanwhile. */
export async function setUpLock(
  rows: readonly PlanRow[],
  passphrase: string,
  autoLockMinutes: number = defaultAutoLockMinutes,
  options: DeriveOptions & { iterations?: number; idleLockMinutes?: number } = {},
): Promise<void> {
  const { kdf, wrappedKey, key } = await wrapForPassphrase(
    await generateDataKey(),
    passphrase,
    options,
    options.iterations,
  );
  const session: VaultSession = { keyId: crypto.randomUUID(), key };
  const sealed = await mapInBatches(rows, (row) => resealRow(row, null, session));
  const lock: PlanLockRecord = { key: 'lock', keyId: session.keyId, kdf, wrappedKey, autoLockMinutes };
  if (options.idleLockMinutes !== undefined) lock.idleLockMinutes = options.idleLockMinutes;
  await replacePlan(rows, sealed, lock, null);
  openSession(session);
}

/**
 * Needs the current passphrase: an unlocked phone in someone else's hands cannot change it. With
 * `rotate`, a new data key re-encrypts every record, so someone who knew the old passphrase and kept
 * an old copy of the lock cannot read anything written from now on.
 */
export async function changePassphrase(
  lock: PlanLockRecord,
  currentPassphrase: string,
  nextPassphrase: string,
  options: DeriveOptions & { rotate?: boolean; rows?: readonly PlanRow[] } = {},
): Promise<void> {
  if (options.rotate) {
    const oldKey = await openDataKey(lock, currentPassphrase, false, options);
    const from: VaultSession = { keyId: lock.keyId, key: oldKey };
    const { kdf, wrappedKey, key } = await wrapForPassphrase(await generateDataKey(), nextPassphrase, options);
    const to: VaultSession = { keyId: crypto.randomUUID(), key };
    const rows = options.rows ?? (await readPlanSnapshot()).rows;
    const resealed = await mapInBatches(rows, (row) => resealRow(row, from, to));
    await replacePlan(rows, resealed, { ...lock, keyId: to.keyId, kdf, wrappedKey, failedAttempts: 0 }, lock.keyId);
    if (currentSession()) openSession(to);
    return;
  }
  const dataKey = await openDataKey(lock, currentPassphrase, true, options);
  const { kdf, wrappedKey } = await wrapForPassphrase(dataKey, nextPassphrase, options);
  await updatePlanLock({ ...lock, kdf, wrappedKey }, lock.keyId);
}

export async function turnOffLock(
  rows: readonly PlanRow[],
  lock: PlanLockRecord,
  passphrase: string,
  options: DeriveOptions = {},
): Promise<void> {
  const key = await openDataKey(lock, passphrase, false, options);
  const from: VaultSession = { keyId: lock.keyId, key };
  const plain = await mapInBatches(rows, (row) => resealRow(row, from, null));
  await replacePlan(rows, plain, null, lock.keyId);
  lockNow();
}

export async function setAutoLockMinutes(lock: PlanLockRecord, minutes: number): Promise<void> {
  await updatePlanLock({ ...lock, autoLockMinutes: minutes }, lock.keyId);
}

export async function setIdleLockMinutes(lock: PlanLockRecord, minutes: number): Promise<void> {
  await updatePlanLock({ ...lock, idleLockMinutes: minutes }, lock.keyId);
}

/** Opt-in: erase the vault after `limit` wrong passphrases in a row; null turns it off. */
export async function setEraseAfterFailures(lock: PlanLockRecord, limit: number | null): Promise<void> {
  await updatePlanLock({ ...lock, eraseAfterFailures: limit, failedAttempts: 0 }, lock.keyId);
}
