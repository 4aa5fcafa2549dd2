export { defaultLanguage, isLanguageCode, languageInfo, languages, matchBrowserLanguage } from './languages';
export type { LanguageCode, LanguageInfo } from './languages';
export { createColumnI18n, i18n, startI18n, switchLanguage } from './setupI18n';
export { useContentText } from './contentText';
export type { ContentT } from './contentText';
export type { ColumnI18n } from './setupI18n';
export { formatReadOn, siteOf, useSourceLabel } from './sourceLabels';
