import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanLockRecord } from '../../data';
import { DerivationCancelledError } from '../../lib/crypto';
import { focusFirstInvalid, focusSoon } from '../../lib/focusSoon';
import { Button, Notice, screenHeadingId, useAnnounce } from '../../ui';
import { DamagedLockError, unlockPlan, WrongPassphraseError } from './lockActions';
import { SecretField } from './SecretField';
import { showDraftsNotKept } from './DraftsNotKeptNotice';
import { takeDraftOutcome } from './session';

type State = 'idle' | 'empty' | 'working' | 'wrong' | 'damaged' | 'erased';

/** Honest about the one thing that cannot be fixed: a forgotten passphrase. */
export function UnlockForm({ lock }: { lock: PlanLockRecord }) {
  const { t } = useTranslation(['plan', 'common']);
  const say = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<State>('idle');
  const [failures, setFailures] = useState(lock.failedAttempts ?? 0);
  const running = useRef<AbortController | null>(null);

  // Leaving the screen ends a derivation that is still running.
  useEffect(() => () => running.current?.abort(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state === 'working') return;
    // "Open my plan" stays in the Tab order with the field empty (audit m7): pressed then, the field
    // says what is missing and gets focus, which reads the message.
    if (passphrase === '') {
      setState('empty');
      return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    }
    const controller = new AbortController();
    running.current = controller;
    setState('working');
    try {
      await unlockPlan(lock, passphrase, { signal: controller.signal });
      setPassphrase('');
      // The form gives way to the plan: focus goes to the screen's heading, and "Your plan is open." is
      // said — with what became of a form that was open at the lock, when there was one (audit m1).
      const drafts = takeDraftOutcome();
      if (drafts === 'notKept') showDraftsNotKept();
      say(
        drafts === 'kept'
          ? t('common:announce.unlockedDraftsKept')
          : drafts === 'notKept'
            ? t('common:announce.unlockedDraftsNotKept')
            : t('common:announce.unlocked'),
      );
      focusSoon(screenHeadingId);
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        setFailures(error.failures);
        setState(error.erased ? 'erased' : 'wrong');
        if (!error.erased) {
          // Back to the field, which now carries the error; said at once as well.
          say(t('unlock.wrong'), 'assertive');
          formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
        }
      } else if (error instanceof DamagedLockError) setState('damaged');
      else if (error instanceof DerivationCancelledError) setState('idle');
      else {
        setState('idle');
        throw error;
      }
    } finally {
      running.current = null;
    }
  };

  const limit = lock.eraseAfterFailures ?? null;
  return (
    <section aria-labelledby="unlock-heading" className="unlock">
      <h2 id="unlock-heading">{t('unlock.title')}</h2>
      {state === 'damaged' ? <Notice tone="alert">{t('unlock.damaged')}</Notice> : null}
      {state === 'erased' ? <Notice tone="alert">{t('unlock.erased')}</Notice> : null}
      <form ref={formRef} onSubmit={submit} noValidate>
        <SecretField
          label={t('unlock.passphrase')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={
            state === 'wrong'
              ? t('unlock.wrong')
              : state === 'empty' && passphrase === ''
                ? t('errors.required')
                : undefined
          }
        />
        <div className="button-row">
          <Button type="submit" variant="primary" isBusy={state === 'working'}>
            {t('unlock.open')}
          </Button>
          {state === 'working' ? <Button onClick={() => running.current?.abort()}>{t('unlock.cancel')}</Button> : null}
        </div>
      </form>
      {state === 'working' ? <Notice tone="polite">{t('unlock.opening')}</Notice> : null}
      {limit ? (
        <p className="warning-text" data-testid="unlock-tries">
          {t('unlock.triesLeft', { count: Math.max(0, limit - failures), limit })}
        </p>
      ) : null}
      <p>{t('unlock.forgotten')}</p>
    </section>
  );
}
