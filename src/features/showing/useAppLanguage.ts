import { useSyncExternalStore } from 'react';
import { i18n, isLanguageCode, type LanguageCode } from '../../i18n';

function subscribe(listener: () => void): () => void {
  i18n.on('languageChanged', listener);
  return () => i18n.off('languageChanged', listener);
}

/**
 * The language the screens are in. The showing bar has its own translator (the worker's language),
 * so it cannot read the screens' language from its own useTranslation.
 */
const readLanguage = (): LanguageCode => (isLanguageCode(i18n.language) ? i18n.language : 'nl');

export function useAppLanguage(): LanguageCode {
  return useSyncExternalStore(subscribe, readLanguage, readLanguage);
}
