import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseAllStoredData } from '../../data';
import { removeOfflineFiles } from '../../pwa';
import { Button, Notice } from '../../ui';
import { lockNow } from '../vault';

/** Start again from nothing: after deleting, the app reloads as on a first visit (same history entry). */
export function EraseEverything() {
  const { t } = useTranslation('plan');
  const [withOfflineFiles, setWithOfflineFiles] = useState(false);
  const [step, setStep] = useState<'idle' | 'confirm' | 'working'>('idle');

  const erase = async () => {
    setStep('working');
    try {
      lockNow();
      await eraseAllStoredData();
      if (withOfflineFiles) await removeOfflineFiles();
      window.location.replace(import.meta.env.BASE_URL);
    } catch {
      // The storage banner names the problem; nothing was half-deleted (one transaction).
      setStep('idle');
    }
  };

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
      {step === 'working' ? <p role="status">{t('erase.working')}</p> : null}
    </section>
  );
}
