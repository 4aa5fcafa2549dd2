import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, languages } from '../../i18n';
import { onShowingModeChange } from '../../lib/showingMode';
import { keepAllLanguagesOffline, type DownloadProgress } from '../../pwa';
import { useNavigation } from '../../routing';
import { Button, ProgressStatus } from '../../ui';
import { startShowing, stopShowing, useShowingSession } from './showingSession';

// Outside the component: starting the mode remounts every screen, and the progress must survive that.
let progress: DownloadProgress | null = null;
const listeners = new Set<() => void>();
function setProgress(next: DownloadProgress | null): void {
  progress = next;
  for (const listener of [...listeners]) listener();
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
onShowingModeChange((isOn) => {
  if (!isOn) setProgress(null);
});

/**
 * In settings: one sentence on what the mode does, and the button to start it. Starting also keeps
 * every language for use without internet (venues often have no signal), with progress shown.
 */
const readProgress = () => progress;
const showingStartId = 'showing-start';

export function ShowingEntry() {
  const { t, i18n } = useTranslation('showing');
  const { isOn } = useShowingSession();
  const shownProgress = useSyncExternalStore(subscribe, readProgress, readProgress);
  const { startTrailAgain } = useNavigation();

  const start = () => {
    startShowing(isLanguageCode(i18n.language) ? i18n.language : 'nl');
    void keepAllLanguagesOffline(
      languages.map((language) => language.code),
      setProgress,
    );
  };

  return (
    <section>
      <h2 id="showing-entry">{t('settings.heading')}</h2>
      <p>{t('settings.body')}</p>
      <p className="quiet">{t('settings.reloadNote')}</p>
      {isOn ? (
        // Stopped here, the worker stays in Settings, where they started it: focus comes back to the
        // button that starts it again, in the same place, and Back goes to Start, not through the
        // screens the other person read.
        <Button
          onClick={() => {
            startTrailAgain(true);
            void stopShowing(showingStartId);
          }}
        >
          {t('bar.leave')}
        </Button>
      ) : (
        <Button id={showingStartId} variant="primary" onClick={start}>
          {t('settings.start')}
        </Button>
      )}
      {shownProgress && (
        <ProgressStatus
          label={t('settings.preparing', { done: shownProgress.done, total: shownProgress.total })}
          done={shownProgress.done}
          total={shownProgress.total}
          failedCount={shownProgress.failed.length}
          doneText={t('settings.prepared')}
          failedText={t('settings.prepareFailed')}
        />
      )}
    </section>
  );
}
