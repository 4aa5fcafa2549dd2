import { lazy, Suspense, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { regions } from '../../content/places/regions';
import { languages, type LanguageCode } from '../../i18n';
import { useNavigation } from '../../routing';
import { Button } from '../../ui';
import { chooseSecondLanguage, nextTextScale, stopShowing, useShowingSession } from './showingSession';

// The QR encoder loads only when someone opens the code; every chunk is precached for offline use.
const TakeHomeCode = lazy(() => import('./TakeHomeCode').then((module) => ({ default: module.TakeHomeCode })));

/**
 * Shown under the top bar on every screen while "showing someone" mode is on: says that the mode
 * is on and that nothing is saved, and holds the tools for showing: a second language, larger text,
 * the code to take Verder home, contacts for a region, and the way out.
 */
export function ShowingBar() {
  // Mounted only while on: what the bar had open is gone when the mode ends.
  return useShowingSession().isOn ? <ShowingTools /> : null;
}

function ShowingTools() {
  const { t } = useTranslation('showing');
  const { textScale } = useShowingSession();
  const { navigate } = useNavigation();
  const [isCodeOpen, setIsCodeOpen] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const codeId = useId();

  // Announced once when the mode starts: focus moves to the bar's own line.
  useEffect(() => {
    statusRef.current?.focus();
  }, []);

  return (
    <section className="showing-bar" aria-label={t('bar.label')}>
      <div className="showing-bar__inner">
        <p ref={statusRef} tabIndex={-1} className="showing-bar__status">
          {t('bar.status')}
        </p>
        <div className="showing-bar__tools">
          <SecondLanguagePicker />
          <Button onClick={nextTextScale}>{t('bar.textSize', { percent: textScale })}</Button>
          <Button aria-expanded={isCodeOpen} aria-controls={codeId} onClick={() => setIsCodeOpen(!isCodeOpen)}>
            {t('bar.takeHome')}
          </Button>
          <Button onClick={() => navigate({ name: 'handOutCard' })}>{t('card.open')}</Button>
          <RegionJump />
          <Button variant="primary" onClick={() => void stopShowing()}>
            {t('bar.leave')}
          </Button>
        </div>
        <div id={codeId}>
          {isCodeOpen && (
            <Suspense fallback={null}>
              <TakeHomeCode />
            </Suspense>
          )}
        </div>
      </div>
    </section>
  );
}

/** Two taps: open the list, tap a language (each named in its own script). */
function SecondLanguagePicker() {
  const { t, i18n } = useTranslation('showing');
  const { secondLanguage } = useShowingSession();
  const [isOpen, setIsOpen] = useState(false);
  const [isUnavailable, setIsUnavailable] = useState(false);
  const listId = useId();
  const current = languages.find((language) => language.code === secondLanguage);

  const choose = (code: LanguageCode | null) => {
    setIsUnavailable(false);
    chooseSecondLanguage(code).then(
      () => setIsOpen(false),
      () => setIsUnavailable(true),
    );
  };

  return (
    <div className="second-language">
      <Button aria-expanded={isOpen} aria-controls={listId} onClick={() => setIsOpen(!isOpen)}>
        {t('bar.secondLanguage')}
        {': '}
        {current ? (
          <span lang={current.code} dir={current.dir}>
            {current.nativeName}
          </span>
        ) : (
          t('bar.secondLanguageNone')
        )}
      </Button>
      <ul id={listId} className="second-language__list" hidden={!isOpen}>
        {/* The app's own language is the first column already. */}
        {languages
          .filter((language) => language.code !== i18n.language)
          .map((language) => (
            <li key={language.code}>
              <button
                type="button"
                className="second-language__choice"
                lang={language.code}
                dir={language.dir}
                aria-pressed={language.code === secondLanguage}
                onClick={() => choose(language.code)}
              >
                {language.nativeName}
              </button>
            </li>
          ))}
        <li>
          <button
            type="button"
            className="second-language__choice"
            aria-pressed={secondLanguage === null}
            onClick={() => choose(null)}
          >
            {t('bar.secondLanguageNone')}
          </button>
        </li>
      </ul>
      {isUnavailable && (
        <p role="alert" className="notice notice--alert">
          {t('bar.secondLanguageUnavailable')}
        </p>
      )}
    </div>
  );
}

/** Straight to the contacts for one of the regions, e.g. where the person lives or works. */
function RegionJump() {
  const { t } = useTranslation('showing');
  const { navigate } = useNavigation();
  const id = useId();
  const [region, setRegion] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (region !== '') navigate({ name: 'contacts', region });
  };
  return (
    <form className="region-jump" onSubmit={onSubmit}>
      <label htmlFor={id}>{t('bar.region')}</label>
      <select id={id} value={region} onChange={(event) => setRegion(event.target.value)}>
        <option value="">{t('bar.chooseRegion')}</option>
        {regions.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </select>
      <Button type="submit">{t('bar.showRegion')}</Button>
    </form>
  );
}
