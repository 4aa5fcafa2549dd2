import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseAllStoredData } from '../../../data';
import { announceErased } from '../../../lib/tabSignals';
import { removeOfflineFiles } from '../../../pwa';
import { BulletList, Button, Notice } from '../../../ui';
import { lockNow } from '../../vault';

/**
 * Start again from nothing. Deletes the databases themselves (Verder's and the service worker's),
 * optionally every offline file and the service worker, tells Verder's other tabs, and then says
 * plainly what a web app cannot reach. Nothing is read or written again until the person starts anew.
 */
export function EraseEverything() {
  const { t } = useTranslation('plan');
  const [withOfflineFiles, setWithOfflineFiles] = useState(false);
  const [step, setStep] = useState<'idle' | 'confirm' | 'working' | 'done'>('idle');

  const erase = async () => {
    setStep('working');
    try {
      lockNow({ everywhere: true });
      announceErased();
      await eraseAllStoredData();
      if (withOfflineFiles) await removeOfflineFiles();
      setStep('done');
    } catch {
      // The storage banner names the problem; nothing was half-deleted (one transaction).
      setStep('idle');
    }
  };

  if (step === 'done') {
    return (
      <section aria-labelledby="erase-heading" className="plan-section">
        <h2 id="erase-heading">{t('erase.title')}</h2>
        <Notice tone="polite">{t('erase.done')}</Notice>
        <p>{t('erase.cannotReach')}</p>
        <BulletList items={[t('erase.traces.downloads'), t('erase.traces.clipboard'), t('erase.traces.history')]} />
        <Button variant="primary" onClick={() => window.location.replace(import.meta.env.BASE_URL)}>
          {t('erase.startAgain')}
        </Button>
      </section>
    );
  }

  return (
    <section aria-labelledby="erase-heading" className="plan-section">
      <h2 id="erase-heading">{t('erase.title')}</h2>
      <p>{t('erase.intro')}</p>
      {/* The whole line is the tap target: the box sits inside its label. */}
      <label className="check-field">
        <input
          type="checkbox"
          checked={withOfflineFiles}
          onChange={(event) => setWithOfflineFiles(event.target.checked)}
        />
        <span>{t('erase.offlineFiles')}</span>
      </label>
      {step === 'idle' ? (
        <Button onClick={() => setStep('confirm')}>{t('erase.button')}</Button>
      ) : (
        <Notice tone="alert">
          <p>{t('erase.confirm')}</p>
          <div className="button-row">
            <Button variant="primary" disabled={step === 'working'} onClick={() => void erase()}>
              {t('erase.yes')}
            </Button>
            <Button disabled={step === 'working'} onClick={() => setStep('idle')}>
              {t('erase.cancel')}
            </Button>
          </div>
        </Notice>
      )}
      {step === 'working' ? <Notice tone="polite">{t('erase.working')}</Notice> : null}
    </section>
  );
}
