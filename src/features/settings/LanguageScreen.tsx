import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type LanguageCode } from '../../i18n';
import { useNavigation } from '../../routing';
import { ScreenHeading, useAnnounceChange } from '../../ui';
import { changeLanguage } from './chooseLanguage';

/** First start: every language, each in its own name and script, so a person finds theirs at a glance. */
export function LanguageScreen() {
  const { t } = useTranslation(['common', 'home']);
  const { navigate } = useNavigation();
  const [isUnavailable, setIsUnavailable] = useState(false);
  useAnnounceChange(isUnavailable ? t('language.unavailableOffline') : '', 'assertive');
  const choose = (code: LanguageCode) => {
    setIsUnavailable(false);
    changeLanguage(code).then(
      () => navigate({ name: 'home' }),
      () => setIsUnavailable(true),
    );
  };
  return (
    <>
      <ScreenHeading>{t('language.chooseTitle')}</ScreenHeading>
      {/* What Verder is, before anything is chosen: the start screen's one-line promise. */}
      <p className="promise">{t('home:promise', { exit: t('quickExit.label') })}</p>
      <p>{t('language.chooseIntro')}</p>
      {isUnavailable && <p>{t('language.unavailableOffline')}</p>}
      <ul className="language-list">
        {languages.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              className="language-choice"
              lang={language.code}
              dir={language.dir}
              onClick={() => choose(language.code)}
            >
              {language.nativeName}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
