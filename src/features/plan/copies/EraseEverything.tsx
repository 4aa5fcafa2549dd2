import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseAllStoredData } from '../../../data';
import { announceErased } from '../../../lib/tabSignals';
import { removeOfflineFiles } from '../../../pwa';
import { focusSoon } from '../../../lib/focusSoon';
import { BulletList, Button, Notice, useAnnounce } from '../../../ui';
import { lockNow } from '../../vault';

/**
 * Start again from nothing. Deletes the databases themselves (Verder's and the service worker's),
 * optionally every offline file and the service worker, tells Verder's other tabs, and then says
 * plainly what a web app cannot reach. Nothing is read or written again until the person starts anew.
 */
export function EraseEverything() {
  const { t } = useTranslation('plan');
  const say = useAnnounce();
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
      focusSoon('erase-heading');
    } catch {
      // The storage banner names the problem; nothing was half-deleted (one transaction).
      setStep('idle');
    }
  };

  // The inline question: focus on the safe choice and the question said; "No, keep it" goes back.
  const open = (isOpen: boolean) => {
    setStep(isOpen ? 'confirm' : 'idle');
    if (isOpen) say(t('erase.confirm'), 'assertive');
    focusSoon(isOpen ? 'erase-keep' : 'erase-open');
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
        <Button id="erase-open" onClick={() => open(true)}>
          {t('erase.button')}
        </Button>
      ) : (
        <Notice tone="alert" silent>
          <p>{t('erase.confirm')}</p>
          <div className="button-row">
            <Button variant="primary" disabled={step === 'working'} onClick={() => void erase()}>
              {t('erase.yes')}
            </Button>
            <Button id="erase-keep" disabled={step === 'working'} onClick={() => open(false)}>
              {t('erase.cancel')}
            </Button>
          </div>
        </Notice>
      )}
      {step === 'working' ? <Notice tone="polite">{t('erase.working')}</Notice> : null}
    </section>
  );
}
