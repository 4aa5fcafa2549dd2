/**
 * The only place that configures i18next. Resources are added per language as they load, and
 * <html lang dir> follows the language so screen readers pronounce text correctly and RTL mirrors.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageInfo, type LanguageCode } from './languages';
import { loadLanguagePack } from './localeLoaders';
import { defaultNamespace, namespaces } from './namespaces';

export const i18n: I18n = i18next.createInstance();

function applyDocumentLanguage(code: LanguageCode): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = code;
  document.documentElement.dir = languageInfo(code).dir;
}

export async function ensureLanguageLoaded(code: LanguageCode): Promise<void> {
  if (namespaces.every((namespace) => i18n.hasResourceBundle(code, namespace))) return;
  const pack = await loadLanguagePack(code);
  for (const [namespace, resources] of Object.entries(pack)) {
    i18n.addResourceBundle(code, namespace, resources, true, true);
  }
}

export async function startI18n(code: LanguageCode): Promise<I18n> {
  if (!i18n.isInitialized) {
    await i18n.use(initReactI18next).init({
      lng: code,
      // Every language is complete (tested), so no fallback pack is downloaded up front.
      fallbackLng: false,
      ns: [...namespaces],
      defaultNS: defaultNamespace,
      resources: {},
      interpolation: { escapeValue: false },
      returnNull: false,
      // A missing key is a bug: loud in development and tests, a quiet fallback for users.
      saveMissing: import.meta.env.DEV,
      missingKeyHandler: (lngs, namespace, key) => {
        if (import.meta.env.DEV) throw new Error(`Missing translation ${namespace}:${key} for ${lngs.join(',')}`);
      },
    });
  }
  await switchLanguage(code);
  return i18n;
}

/** Switch language, loading its pack first so the screen never shows keys. */
export async function switchLanguage(code: LanguageCode): Promise<void> {
  await ensureLanguageLoaded(code);
  await i18n.changeLanguage(code);
  applyDocumentLanguage(code);
}

/** A column's own translator, for <I18nextProvider>. */
export type ColumnI18n = I18n;

/**
 * A second, independent translator for one column of a screen shown in two languages at once. It
 * shares the loaded texts with the app's instance but has its own language, so the app language
 * (and <html lang dir>) stay as they are.
 */
export async function createColumnI18n(code: LanguageCode): Promise<ColumnI18n> {
  await ensureLanguageLoaded(code);
  const clone = i18n.cloneInstance({ lng: code });
  // With every text already in memory the clone is ready at once; this only makes sure of it.
  if (clone.language !== code) await clone.changeLanguage(code);
  return clone;
}
