export {
  isLanguageOffline,
  keepAllLanguagesOffline,
  keepLanguageOffline,
  languageCacheName,
  onLanguagesKept,
} from './languagePacks';
export type { DownloadProgress } from './languagePacks';
export { applyUpdate, dismissUpdate, keepStartPage, onUpdateReady, registerServiceWorker } from './serviceWorker';
export { removeOfflineFiles } from './removeOfflineFiles';
