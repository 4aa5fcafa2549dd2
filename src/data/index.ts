// Dexie-free: everything here reaches the database through ./storage, which loads it after the first
// screen. Import ./database itself only where Dexie's own instance is needed (tests, upgrades).
export { databaseName } from './names';
export { hasRequestedPersistence, requestPersistenceOnce, resetPersistenceRequest } from './persistence';
export type { PersistenceState } from './persistence';
export { readSetting, saveSetting, useSetting } from './settings';
export type { SettingKey, Settings } from './settings';
export {
  guardWrite,
  PlanChangedElsewhereError,
  onStorageError,
  reportStorageError,
  StorageError,
  storageErrorKinds,
  toStorageError,
} from './storageErrors';
export type { StorageErrorKind } from './storageErrors';
export type { PlanLockRecord, PlanRow, SealedRecord } from './database';
export {
  deletePlanRow,
  eraseAllStoredData,
  eraseVault,
  recordFailedUnlock,
  newRevision,
  putPlanRows,
  readPlanSnapshot,
  replacePlan,
  updatePlanLock,
  usePlanLock,
  usePlanRowExists,
  usePlanSnapshot,
} from './plan';
export type { PlanSnapshot } from './plan';
export { readPersistenceState } from './persistence';
export { clearOverlay, isOverlayActive, onOverlayChange, useOverlayVersion } from './memoryOverlay';
