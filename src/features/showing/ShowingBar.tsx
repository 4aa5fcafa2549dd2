import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { regions } from '../../content/places/regions';
import {
  createColumnI18n,
  isLanguageCode,
  languageInfo,
  languages,
  type ColumnI18n,
  type LanguageCode,
} from '../../i18n';
import { useNavigation } from '../../routing';
import { Button, useAnnounceChange } from '../../ui';
import {
  chooseSecondLanguage,
  nextTextScale,
  stopShowing,
  swapLanguages,
  useShowingSession,
  workerLanguage,
} from './showingSession';
import { useAppLanguage } from './useAppLanguage';

// The QR encoder loads only when someone opens the code; every chunk is precached for offline use.
const TakeHomeCode = lazy(() => import('./TakeHomeCode').then((module) => ({ default: module.TakeHomeCode })));

/**
 * Shown under the top bar on every screen while "showing someone" mode is on. One slim row stays on
 * screen while scrolling: that the mode is on and nothing is saved, ⇄ to swap the two languages, the
 * text size and the way out. "More tools" opens the rest: the second language, the code to take
 * Verder home, the hand-out card and contacts for a region. The bar stays in the worker's own
 * language and at the phone's own text size, whatever the screens are in.
 */
export function ShowingBar() {
  // Mounted only while on: what the bar had open is gone when the mode ends.
  return useShowingSession().isOn ? (
    <InWorkerLanguage>
      <ShowingTools />
    </InWorkerLanguage>
  ) : null;
}

/** The bar's own translator, in the language the worker started the mode in. */
function InWorkerLanguage({ children }: { children: ReactNode }) {
  const { i18n: appI18n } = useTranslation();
  const worker = workerLanguage();
  const [translator, setTranslator] = useState<ColumnI18n | null>(null);
  useEffect(() => {
    if (!worker) return;
    let isCurrent = true;
    createColumnI18n(worker).then(
      (loaded) => {
        if (isCurrent) setTranslator(loaded);
      },
      // Not loadable (cannot happen for the language on screen a moment ago): the bar follows the screens.
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [worker]);
  const language = languageInfo(worker ?? (isLanguageCode(appI18n.language) ? appI18n.language : 'nl'));
  return (
    <I18nextProvider i18n={translator ?? appI18n}>
      <div className="showing-bar__language" lang={language.code} dir={language.dir}>
        {children}
      </div>
    </I18nextProvider>
  );
}

/** Publishes the bar's height, so focus moved by keyboard never lands under the sticky row (WCAG 2.4.11). */
function useBarSize(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--showing-bar-size', `${element.getBoundingClientRect().height}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--showing-bar-size');
    };
  }, [ref]);
}

function ShowingTools() {
  const { t } = useTranslation('showing');
  const { textScale } = useShowingSession();
  const { navigate, startTrailAgain } = useNavigation();
  const [isMoreOpen, setIsMoreOpen] = useState(false);
  const [isCodeOpen, setIsCodeOpen] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const barRef = useRef<HTMLElement>(null);
  const codeId = useId();
  const moreId = useId();
  useBarSize(barRef);

  // Announced once when the mode starts: focus moves to the bar's own line.
  useEffect(() => {
    statusRef.current?.focus();
  }, []);

  return (
    <section
      ref={barRef}
      className={isMoreOpen ? 'showing-bar showing-bar--open' : 'showing-bar'}
      aria-label={t('bar.label')}
    >
      <div className="showing-bar__inner">
        <div className="showing-bar__row">
          <p ref={statusRef} tabIndex={-1} className="showing-bar__status">
            {t('bar.status')}
          </p>
          <SwapButton />
          {/* Short on screen so the row stays slim; the full words are the name a screen reader reads. */}
          <Button onClick={nextTextScale} aria-label={t('bar.textSize', { percent: textScale })}>
            <span aria-hidden="true">Aa </span>
            {textScale}%
          </Button>
          <Button
            aria-expanded={isMoreOpen}
            aria-controls={moreId}
            aria-label={t('bar.moreTools')}
            title={t('bar.moreTools')}
            onClick={() => setIsMoreOpen(!isMoreOpen)}
          >
            <span aria-hidden="true">⋯</span>
          </Button>
          {/* The worker is taken back to Start, not left on what the other person was reading: the
              screens they went through are forgotten (replaced, never pushed), focus is on Start's
              heading and the stop is said once (docs/usability.md, T3). */}
          <Button
            variant="primary"
            onClick={() => {
              startTrailAgain(false);
              void stopShowing();
            }}
          >
            {t('bar.leave')}
          </Button>
        </div>
        <div id={moreId} className="showing-bar__tools" hidden={!isMoreOpen}>
          <SecondLanguagePicker />
          <Button aria-expanded={isCodeOpen} aria-controls={codeId} onClick={() => setIsCodeOpen(!isCodeOpen)}>
            {t('bar.takeHome')}
          </Button>
          <Button onClick={() => navigate({ name: 'handOutCard' })}>{t('card.open')}</Button>
          <RegionJump />
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

/** ⇄: the person's language first and the worker's second, or back, without leaving the screen. */
function SwapButton() {
  const { t } = useTranslation('showing');
  const { secondLanguage } = useShowingSession();
  const second = languages.find((language) => language.code === secondLanguage);
  if (!second) return null;
  return (
    <Button onClick={() => void swapLanguages()} aria-label={t('bar.swap', { language: second.nativeName })}>
      <span aria-hidden="true">⇄ </span>
      <span lang={second.code} dir={second.dir}>
        {second.nativeName}
      </span>
    </Button>
  );
}

/** Two taps: open the list, tap a language (each named in its own script). */
function SecondLanguagePicker() {
  const { t } = useTranslation('showing');
  const appLanguage = useAppLanguage();
  const { secondLanguage } = useShowingSession();
  const [isOpen, setIsOpen] = useState(false);
  const [isUnavailable, setIsUnavailable] = useState(false);
  useAnnounceChange(isUnavailable ? t('bar.secondLanguageUnavailable') : '', 'assertive');
  const listId = useId();
  const current = languages.find((language) => language.code === secondLanguage);

  const toggleRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const choose = (code: LanguageCode | null) => {
    setIsUnavailable(false);
    chooseSecondLanguage(code).then(
      () => {
        // The list closes with focus on the chosen language: back to the button, which names it now
        // (unless focus has moved on meanwhile, e.g. to another screen's heading).
        const active = document.activeElement;
        const isFocusInList = !active || active === document.body || listRef.current?.contains(active) === true;
        setIsOpen(false);
        if (isFocusInList) toggleRef.current?.focus();
      },
      () => setIsUnavailable(true),
    );
  };

  return (
    <div className="second-language">
      <Button ref={toggleRef} aria-expanded={isOpen} aria-controls={listId} onClick={() => setIsOpen(!isOpen)}>
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
      <ul ref={listRef} id={listId} className="second-language__list" hidden={!isOpen}>
        {/* The app's own language is the first column already. */}
        {languages
          .filter((language) => language.code !== appLanguage)
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
      {isUnavailable && <p className="notice notice--alert">{t('bar.secondLanguageUnavailable')}</p>}
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
