import { useEffect, useState } from 'react';
import { createColumnI18n, languageInfo, type ColumnI18n, type LanguageCode } from '../../../i18n';
import type { CardLanguage } from './HandOutCard';

// Memory only, like everything in showing mode; a translator holds Verder's own texts, nothing typed.
const translators = new Map<LanguageCode, ColumnI18n>();

export type CardLanguageState = { status: 'ready'; language: CardLanguage } | { status: 'loading' | 'unavailable' };

/**
 * A translator for one language of the card, loaded without changing the app's own language. The
 * language is "unavailable" when it is not on this phone and there is no internet.
 */
export function useCardLanguage(code: LanguageCode): CardLanguageState {
  const [loaded, setLoaded] = useState<{ code: LanguageCode; failed: boolean } | null>(null);
  useEffect(() => {
    if (translators.has(code)) return;
    let isCurrent = true;
    createColumnI18n(code).then(
      (translator) => {
        translators.set(code, translator);
        if (isCurrent) setLoaded({ code, failed: false });
      },
      () => {
        if (isCurrent) setLoaded({ code, failed: true });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [code]);
  const translator = translators.get(code);
  if (translator) return { status: 'ready', language: { info: languageInfo(code), translator } };
  return loaded?.code === code && loaded.failed ? { status: 'unavailable' } : { status: 'loading' };
}
