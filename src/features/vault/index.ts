/**
 * The vault: one lock for everything personal — the plan, the check answers, and every personal
 * capability added later. Rows are sealed with one data key that exists only in memory while the
 * vault is open; locking (by hand, auto-lock, quick exit, showing someone) forgets it and every
 * decrypted record.
 */
export { openRow, sealItem, resealRow } from './codec';
export type { OpenedRow } from './codec';
export {
  autoLockChoices,
  changePassphrase,
  DamagedLockError,
  defaultAutoLockMinutes,
  defaultIdleLockMinutes,
  idleLockChoices,
  setEraseAfterFailures,
  setIdleLockMinutes,
  setAutoLockMinutes,
  setUpLock,
  turnOffLock,
  unlockPlan,
  WrongPassphraseError,
} from './lockActions';
export { currentSession, isSessionFor, lockEpoch, lockNow, onLock, openSession, useVaultSession } from './session';
export type { VaultSession } from './session';
export { SecretField } from './SecretField';
export { UnlockForm } from './UnlockForm';
export { DraftsNotKeptNotice } from './DraftsNotKeptNotice';
export { useShowingSomeone } from './useShowingSomeone';
export { useVaultRecord } from './useVaultRecord';
export type { StoredRecord, WriteMode } from './useVaultRecord';
export { useVaultRecords } from './useVaultRecords';
export type { StoredRecords } from './useVaultRecords';
