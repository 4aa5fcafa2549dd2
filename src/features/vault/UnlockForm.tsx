import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanLockRecord } from '../../data';
import { Button, Notice, TextField } from '../../ui';
import { unlockPlan, WrongPassphraseError } from './lockActions';

/** Honest about the one thing that cannot be fixed: a forgotten passphrase. */
export function UnlockForm({ lock }: { lock: PlanLockRecord }) {
  const { t } = useTranslation('plan');
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<'idle' | 'working' | 'wrong'>('idle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState('working');
    try {
      await unlockPlan(lock, passphrase);
      setPassphrase('');
    } catch (error) {
      setState(error instanceof WrongPassphraseError ? 'wrong' : 'idle');
      if (!(error instanceof WrongPassphraseError)) throw error;
    }
  };

  return (
    <section aria-labelledby="unlock-heading" className="unlock">
      <h2 id="unlock-heading">{t('unlock.title')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          type="password"
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={state === 'wrong' ? t('unlock.wrong') : undefined}
        />
        <Button type="submit" variant="primary" disabled={state === 'working' || passphrase === ''}>
          {t('unlock.open')}
        </Button>
      </form>
      {state === 'working' ? <Notice tone="polite">{t('unlock.opening')}</Notice> : null}
      <p>{t('unlock.forgotten')}</p>
    </section>
  );
}
