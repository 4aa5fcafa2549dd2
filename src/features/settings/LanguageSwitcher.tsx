import { useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, languages, type LanguageCode } from '../../i18n';
import { Button, useAnnounceChange } from '../../ui';
import { changeLanguage, LanguageUnavailableError } from './chooseLanguage';

/** Keys that move through a closed select's options (and so fire "change" on every step in some browsers). */
const browsingKeys = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A native select: every phone and screen reader knows it, and it takes little space in the header.
 * A tap or a click on an option changes the language at once. Moving through the options with the
 * keyboard changes nothing yet (WCAG 3.2.2: a whole screen in another language on each arrow key would
 * be a change of context): Enter, or the "use …" button that appears, applies the choice.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  const [isUnavailable, setIsUnavailable] = useState(false);
  const [pending, setPending] = useState<LanguageCode | null>(null);
  useAnnounceChange(isUnavailable ? t('language.unavailableOffline') : '', 'assertive');
  const isBrowsingByKeyboard = useRef(false);

  const apply = (code: LanguageCode) => {
    setPending(null);
    isBrowsingByKeyboard.current = false;
    setIsUnavailable(false);
    // A storage failure is shown by the shell's banner; the new language stays on screen regardless.
    changeLanguage(code).catch((error: unknown) => {
      if (error instanceof LanguageUnavailableError) setIsUnavailable(true);
    });
  };
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const code = event.target.value;
    if (!isLanguageCode(code)) return;
    if (isBrowsingByKeyboard.current) setPending(code === i18n.language ? null : code);
    else apply(code);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key === 'Enter' && pending) {
      event.preventDefault();
      apply(pending);
    } else if (event.key === 'Escape' && pending) setPending(null);
    // Type-ahead (a letter) moves through the options too.
    else if (browsingKeys.has(event.key) || event.key.length === 1) isBrowsingByKeyboard.current = true;
  };
  const pendingName = languages.find((language) => language.code === pending)?.nativeName;

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={pending ?? i18n.language}
        onChange={onChange}
        onKeyDown={onKeyDown}
        onPointerDown={() => (isBrowsingByKeyboard.current = false)}
      >
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
            {language.nativeName}
          </option>
        ))}
      </select>
      {pending && pendingName && (
        <Button variant="primary" onClick={() => apply(pending)}>
          {t('language.apply', { language: pendingName })}
        </Button>
      )}
      {isUnavailable && <p className="language-switcher__error">{t('language.unavailableOffline')}</p>}
    </div>
  );
}
