import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSetting, useSetting, type PlanLockRecord } from '../../../data';
import { eraseAfterChoices } from '../../../domain/vaultLock';
import { Button, Notice, SelectField } from '../../../ui';
import { setEraseAfterFailures } from '../../vault';

/**
 * Two safeguards for people in acute danger, both off unless chosen, both explained and confirmed:
 * erase the vault after a number of wrong passphrases, and erase it at quick exit.
 */
export function ExtraSafeguards({ lock }: { lock: PlanLockRecord | undefined }) {
  const { t } = useTranslation('plan');
  return (
    <section aria-labelledby="safeguards-heading" className="plan-section">
      <h2 id="safeguards-heading">{t('safeguards.title')}</h2>
      <p>{t('safeguards.intro')}</p>
      {lock ? <EraseAfterFailures lock={lock} /> : <p className="quiet">{t('safeguards.needsLock')}</p>}
      <ExitErases />
    </section>
  );
}

function EraseAfterFailures({ lock }: { lock: PlanLockRecord }) {
  const { t } = useTranslation('plan');
  const current = lock.eraseAfterFailures ?? null;
  const [pending, setPending] = useState<number | null | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const confirm = async () => {
    if (pending === undefined) return;
    await setEraseAfterFailures(lock, pending).catch(() => undefined);
    setPending(undefined);
    setSaved(true);
  };
  return (
    <div className="safeguard">
      <h3>{t('safeguards.eraseAfter.title')}</h3>
      <p>{t('safeguards.eraseAfter.explain')}</p>
      <SelectField
        label={t('safeguards.eraseAfter.label')}
        value={String(pending === undefined ? (current ?? 'off') : (pending ?? 'off'))}
        options={[
          { value: 'off', label: t('safeguards.off') },
          ...eraseAfterChoices.map((count) => ({
            value: String(count),
            label: t('safeguards.eraseAfter.choice', { count }),
          })),
        ]}
        onChange={(event) => {
          setSaved(false);
          const value = event.target.value === 'off' ? null : Number(event.target.value);
          setPending(value === current ? undefined : value);
        }}
      />
      {pending !== undefined ? (
        <Notice tone="alert">
          <p>
            {pending === null
              ? t('safeguards.eraseAfter.confirmOff')
              : t('safeguards.eraseAfter.confirmOn', { count: pending })}
          </p>
          {pending !== null ? <p>{t('safeguards.copyFirst')}</p> : null}
          <div className="button-row">
            <Button variant="primary" onClick={() => void confirm()}>
              {t('safeguards.confirm')}
            </Button>
            <Button onClick={() => setPending(undefined)}>{t('safeguards.cancel')}</Button>
          </div>
        </Notice>
      ) : null}
      {saved ? <Notice tone="polite">{t('safeguards.saved')}</Notice> : null}
    </div>
  );
}

function ExitErases() {
  const { t } = useTranslation('plan');
  const isOn = useSetting('quickExitErases') === 'on';
  const [isConfirming, setIsConfirming] = useState(false);
  const set = async (next: boolean) => {
    await saveSetting('quickExitErases', next ? 'on' : 'off').catch(() => undefined);
    setIsConfirming(false);
  };
  return (
    <div className="safeguard">
      <h3>{t('safeguards.exitErases.title')}</h3>
      <p>{t('safeguards.exitErases.explain')}</p>
      <p>{isOn ? t('safeguards.exitErases.isOn') : t('safeguards.exitErases.isOff')}</p>
      {isConfirming ? (
        <Notice tone="alert">
          <p>{t('safeguards.exitErases.confirmOn')}</p>
          <p>{t('safeguards.copyFirst')}</p>
          <div className="button-row">
            <Button variant="primary" onClick={() => void set(true)}>
              {t('safeguards.confirm')}
            </Button>
            <Button onClick={() => setIsConfirming(false)}>{t('safeguards.cancel')}</Button>
          </div>
        </Notice>
      ) : isOn ? (
        <Button onClick={() => void set(false)}>{t('safeguards.exitErases.turnOff')}</Button>
      ) : (
        <Button onClick={() => setIsConfirming(true)}>{t('safeguards.exitErases.turnOn')}</Button>
      )}
    </div>
  );
}
