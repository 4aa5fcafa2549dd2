/**
 * Names the service worker needs too (src/sw.ts reads two settings for the first screen),
 * in a module of their own so the worker does not load Dexie.
 */
export const databaseName = 'verder';
/** The device-only settings table (src/data/settings.ts): rows of { key, value }. */
export const settingsTableName = 'settings';
/** The setting that says which language's start screen the service worker serves. */
export const languageSettingKey = 'language';
/** 'off' when Shift three times is turned off (src/data/settings.ts); the worker marks the page. */
export const shiftQuickExitSettingKey = 'shiftQuickExit';
/**
 * The mark on <html> of a page the worker serves when Shift three times is off: the first script
 * (src/firstScript/quick-exit.js, which names it too) then does not count Shift presses.
 */
export const shiftExitOffAttribute = 'data-verder-shift-exit-off';
