/**
 * Which prerendered page fits a visitor (scripts/prerenderPages.mjs writes them, src/sw.ts serves
 * them): the start screen in the language chosen on this device, else the language choice in the
 * browser's language, else null (index.html: the language choice in the default language).
 */
import { isLanguageCode, matchBrowserLanguage } from '../i18n/languages';

export const startPage = (language: string): string => `/start/${language}.html`;
export const languageChoicePage = (language: string): string => `/language/${language}.html`;

export function firstScreenPage(savedLanguage: unknown, preferred: readonly string[]): string | null {
  if (isLanguageCode(savedLanguage)) return startPage(savedLanguage);
  const browserLanguage = matchBrowserLanguage(preferred);
  return browserLanguage ? languageChoicePage(browserLanguage) : null;
}
