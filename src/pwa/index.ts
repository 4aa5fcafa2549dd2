export { isLanguageOffline, keepAllLanguagesOffline, keepLanguageOffline, languageCacheName } from './languagePacks';
export type { DownloadProgress } from './languagePacks';
export { applyUpdate, dismissUpdate, onUpdateReady, registerServiceWorker } from './serviceWorker';
export { removeOfflineFiles } from './removeOfflineFiles';
