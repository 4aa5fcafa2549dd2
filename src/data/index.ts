export { database, databaseName, VerderDatabase } from './database';
export { hasRequestedPersistence, requestPersistenceOnce, resetPersistenceRequest } from './persistence';
export type { PersistenceState } from './persistence';
export { readSetting, saveSetting, useSetting } from './settings';
export type { SettingKey, Settings } from './settings';
export {
  guardWrite,
  onStorageError,
  reportStorageError,
  StorageError,
  storageErrorKinds,
  toStorageError,
} from './storageErrors';
export type { StorageErrorKind } from './storageErrors';
export { eraseCheckAnswers, readCheckAnswers, saveCheckAnswers } from './checkAnswers';
export { clearOverlay, isOverlayActive, onOverlayChange, useOverlayVersion } from './memoryOverlay';
