/**
 * Names the service worker needs too (src/sw.ts reads the language setting for the first screen),
 * in a module of their own so the worker does not load Dexie.
 */
export const databaseName = 'verder';
/** The device-only settings table (src/data/settings.ts): rows of { key, value }. */
export const settingsTableName = 'settings';
/** The one setting the service worker reads: which language's start screen to serve. */
export const languageSettingKey = 'language';
