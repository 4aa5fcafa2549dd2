import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAutoLock } from '../features/vault/shell';
import { BackButton, BottomBar } from '../features/navigation';
import { ReadAloud } from '../features/readAloud';
import { LanguageSwitcher } from '../features/settings/LanguageSwitcher';
import { copyColumnId, ShowingBar, ShowingColumns, useShowingMode } from '../features/showing';
import { screenScrollId } from '../lib/screenScroll';
import { RouteLink, useNavigation } from '../routing';
import { AfterScreenHeading, Announcer } from '../ui';
import { CheckInReminderSlot } from './CheckInReminderSlot';
import { CurrentScreen } from './CurrentScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { QuickExitButton } from './QuickExitButton';
import { StorageErrorBanner } from './StorageErrorBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { useAnnouncerResets } from './useAnnouncerResets';
import { useFocusOnNavigation } from './useFocusOnNavigation';
import { useNoFragmentNavigation } from './useNoFragmentNavigation';
import { appReadyAttribute } from '../lib/quickExit';
import { useQuickExitFromOtherTabs, useShiftQuickExit } from './useShiftQuickExit';

/** Never translated and never changed per screen: tabs, history and the app switcher say only this. */
export const neutralTitle = 'Verder';

export function Shell() {
  const { t } = useTranslation('common');
  const { route } = useNavigation();
  const isShowing = useShowingMode();
  useEffect(() => {
    document.title = neutralTitle;
  }, []);
  const isShiftOn = useShiftQuickExit();
  useQuickExitFromOtherTabs();
  useNoFragmentNavigation();
  useAutoLock();
  useFocusOnNavigation();
  // From now on the app's own quick exit (the bar, Shift three times) is live: src/firstScript/quick-exit.js,
  // which handled both on the prerendered page, stands back.
  useEffect(() => {
    document.documentElement.setAttribute(appReadyAttribute, '');
  }, []);
  useAnnouncerResets();
  return (
    <>
      {/* The shell is one column of the screen's height: quick exit, the screen in its own scroll area,
          the bottom bar. Nothing overlaps, so both bars are always on screen and never cover focus. */}
      <QuickExitButton isShiftOn={isShiftOn} />
      <div id={screenScrollId} className="screen-scroll">
        <header className="top-bar">
          {/* A button, not a fragment link: "#main" would add a history entry that Back after quick exit reaches. */}
          <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
            {t('skipToContent')}
          </button>
          <div className="top-bar__row">
            {/* "Verder" alone is Dutch for "Next": the name says where it goes, starting with what is seen. */}
            <RouteLink to={{ name: 'home' }} className="brand" aria-label={`${t('appName')} – ${t('nav.home')}`}>
              {t('appName')}
            </RouteLink>
            <LanguageSwitcher />
          </div>
        </header>
        <ShowingBar />
        <StorageErrorBanner />
        <main id="main" tabIndex={-1}>
          <BackButton />
          <CheckInReminderSlot />
          {/* A new key when showing someone starts or stops: every screen starts again, holding nothing over. */}
          <ShowingColumns
            key={isShowing ? 'showing' : 'own'}
            copy={
              // The copy reads aloud too, in its own language and voice (audit m4): the person shown the
              // screen in Arabic may read with difficulty just as well. It reads its own column.
              <AfterScreenHeading value={<ReadAloud key={JSON.stringify(route)} targetId={copyColumnId} />}>
                <ErrorBoundary>
                  <CurrentScreen />
                </ErrorBoundary>
              </AfterScreenHeading>
            }
          >
            <div id="screen">
              {/* Read aloud right after the screen's h1, which gets focus on a new screen (audit m4). */}
              <AfterScreenHeading value={<ReadAloud key={JSON.stringify(route)} targetId="screen" />}>
                <ErrorBoundary>
                  <CurrentScreen />
                </ErrorBoundary>
              </AfterScreenHeading>
            </div>
          </ShowingColumns>
        </main>
      </div>
      <BottomBar />
      <UpdatePrompt />
      {/* The page's only live regions: empty and present from the first render (src/lib/announcer.ts). */}
      <Announcer />
    </>
  );
}
