import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, languages } from '../../i18n';
import { changeLanguage, LanguageUnavailableError } from './chooseLanguage';

/** A native select: every phone and screen reader knows it, and it takes little space in the header. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  const [isUnavailable, setIsUnavailable] = useState(false);
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const code = event.target.value;
    if (!isLanguageCode(code)) return;
    setIsUnavailable(false);
    // A storage failure is shown by the shell's banner; the new language stays on screen regardless.
    changeLanguage(code).catch((error: unknown) => {
      if (error instanceof LanguageUnavailableError) setIsUnavailable(true);
    });
  };
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={i18n.language} onChange={onChange}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
            {language.nativeName}
          </option>
        ))}
      </select>
      {isUnavailable && (
        <p role="alert" className="language-switcher__error">
          {t('language.unavailableOffline')}
        </p>
      )}
    </div>
  );
}
