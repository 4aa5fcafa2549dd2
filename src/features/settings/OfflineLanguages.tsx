import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../i18n';
import { isLanguageOffline, keepAllLanguagesOffline, onLanguagesKept, type DownloadProgress } from '../../pwa';
import { Button, ProgressStatus, useAnnounce } from '../../ui';

async function readOfflineStatus(): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    languages.map(async (language) => [language.code, await isLanguageOffline(language.code)] as const),
  );
  return Object.fromEntries(entries);
}

/** Which languages work without internet, and one button to keep them all, with visible progress. */
export function OfflineLanguages() {
  const { t } = useTranslation('common');
  const [status, setStatus] = useState<Record<string, boolean>>({});
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  const say = useAnnounce();

  useEffect(() => {
    let isCurrent = true;
    const refresh = () =>
      void readOfflineStatus().then((next) => {
        if (isCurrent) setStatus(next);
      });
    refresh();
    // Languages can also be kept from elsewhere, e.g. when "showing someone" starts.
    const stop = onLanguagesKept(refresh);
    return () => {
      isCurrent = false;
      stop();
    };
  }, []);

  const keepAll = async () => {
    // The button stays where it is, marked busy; what it does is said once (the progress bar is not).
    say(t('language.keeping'));
    setIsWorking(true);
    try {
      await keepAllLanguagesOffline(
        languages.map((language) => language.code),
        setProgress,
      );
    } finally {
      setIsWorking(false);
    }
  };

  const isBusy = isWorking || (progress !== null && progress.done < progress.total);
  return (
    <section>
      <h2 id="offline-languages">{t('language.offlineHeading')}</h2>
      <p>{t('language.offlineIntro')}</p>
      <ul className="status-list">
        {languages.map((language) => (
          <li key={language.code}>
            <span lang={language.code} dir={language.dir}>
              {language.nativeName}
            </span>
            {': '}
            <span className={status[language.code] ? 'status status--ok' : 'status'}>
              {status[language.code] ? t('language.isOffline') : t('language.isNotOffline')}
            </span>
          </li>
        ))}
      </ul>
      {/* Busy (aria-disabled) while working, not disabled: focus stays on the button that was pressed. */}
      <Button variant="primary" onClick={() => void keepAll()} isBusy={isBusy}>
        {t('language.keepAll')}
      </Button>
      {progress && (
        <ProgressStatus
          label={t('language.keepingProgress', { done: progress.done, total: progress.total })}
          done={progress.done}
          total={progress.total}
          failedCount={progress.failed.length}
          doneText={t('language.keepAllDone')}
          failedText={t('language.keepAllFailed')}
        />
      )}
    </section>
  );
}
