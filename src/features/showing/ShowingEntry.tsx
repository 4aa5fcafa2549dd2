import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguageCode, languages } from '../../i18n';
import { keepAllLanguagesOffline, type DownloadProgress } from '../../pwa';
import { Button, ProgressStatus } from '../../ui';
import { startShowing, stopShowing, useShowingSession } from './showingSession';

/**
 * In settings: one sentence on what the mode does, and the button to start it. Starting also keeps
 * every language for use without internet (venues often have no signal), with progress shown.
 */
export function ShowingEntry() {
  const { t, i18n } = useTranslation('showing');
  const { isOn } = useShowingSession();
  const [progress, setProgress] = useState<DownloadProgress | null>(null);

  const start = () => {
    startShowing(isLanguageCode(i18n.language) ? i18n.language : 'nl');
    void keepAllLanguagesOffline(
      languages.map((language) => language.code),
      setProgress,
    );
  };

  return (
    <section aria-labelledby="showing-entry">
      <h2 id="showing-entry">{t('settings.heading')}</h2>
      <p>{t('settings.body')}</p>
      <p className="quiet">{t('settings.reloadNote')}</p>
      {isOn ? (
        <Button onClick={() => void stopShowing()}>{t('bar.leave')}</Button>
      ) : (
        <Button variant="primary" onClick={start}>
          {t('settings.start')}
        </Button>
      )}
      {progress && (
        <ProgressStatus
          label={t('settings.preparing', { done: progress.done, total: progress.total })}
          done={progress.done}
          total={progress.total}
          failedCount={progress.failed.length}
          doneText={t('settings.prepared')}
          failedText={t('settings.prepareFailed')}
        />
      )}
    </section>
  );
}
