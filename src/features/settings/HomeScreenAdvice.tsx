import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCheckedDate } from '../../lib/calendarDate';
import { RouteLink } from '../../routing';
import { Button } from '../../ui';
import { ExternalLink } from '../outside';
import { needsHomeScreenAdvice, readDeviceSigns } from './homeScreenAdvice';

/** The source of the seven-day rule, as read on the date given (shown to the reader). */
const source = {
  url: 'https://www.theregister.com/2020/03/26/apple_relax_were_not_totally/',
  title: "Apple: Relax, we're not totally screwing web apps",
  site: 'The Register',
  publishedOn: '2020-03-26',
  readOn: '2026-12-02',
} as const;

/** "Not now" holds for this visit only: nothing about the choice is stored. */
let isDismissed = false;

/** The Share button: a box with an arrow going up out of it (drawn for Verder, no icon font). */
function ShareIcon() {
  return (
    <svg className="home-screen-advice__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 3v11M8 7l4-4 4 4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <path d="M8 10H6v10h12V10h-2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

/** "Add to Home Screen": a rounded square with a plus. */
function AddIcon() {
  return (
    <svg className="home-screen-advice__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="16" height="16" rx="4" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 8v8M8 12h8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * On an iPhone or iPad outside the Home Screen: the browser may delete the plan after seven days of
 * browser use without opening Verder. Says how to add Verder to the Home Screen (two taps, with
 * pictures) and offers a copy. Shown nowhere else.
 */
export function HomeScreenAdvice() {
  const { t, i18n } = useTranslation('plan');
  const date = (iso: string) => formatCheckedDate(iso, i18n.language);
  const [isShown, setIsShown] = useState(() => !isDismissed && needsHomeScreenAdvice(readDeviceSigns()));
  if (!isShown) return null;
  return (
    <section className="home-screen-advice no-print">
      <h2 id="home-screen-advice-heading">{t('homeScreen.title')}</h2>
      <p>{t('homeScreen.body')}</p>
      <p>{t('homeScreen.stepsIntro')}</p>
      <ol className="home-screen-advice__steps">
        <li>
          <ShareIcon />
          <span>{t('homeScreen.step1')}</span>
        </li>
        <li>
          <AddIcon />
          <span>{t('homeScreen.step2')}</span>
        </li>
      </ol>
      <p>
        <RouteLink to={{ name: 'planSafety' }}>{t('homeScreen.copy')}</RouteLink>
      </p>
      <p className="quiet small">
        {t('homeScreen.source', { site: source.site, published: date(source.publishedOn), read: date(source.readOn) })}{' '}
        <ExternalLink href={source.url}>{source.title}</ExternalLink>
      </p>
      <Button
        onClick={() => {
          isDismissed = true;
          setIsShown(false);
        }}
      >
        {t('homeScreen.hide')}
      </Button>
    </section>
  );
}
