import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStartScreenChoice } from './useStartScreenChoice';
import { useAnnounceChange } from '../../../ui';

/**
 * Under the plan's appointments: the choice to see the next one on the start screen. Off unless
 * chosen; the hint says plainly who else could see it there.
 */
export function NextAppointmentChoice() {
  const { t } = useTranslation('plan');
  const choice = useStartScreenChoice();
  const [isBusy, setIsBusy] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  useAnnounceChange(hasFailed ? t('checklist.failed') : '', 'assertive');
  if (choice.state === 'loading' || !choice.isOpen) return null;
  const change = async (on: boolean) => {
    setIsBusy(true);
    setHasFailed(false);
    try {
      await (on ? choice.turnOn() : choice.turnOff());
    } catch {
      setHasFailed(true);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className="start-screen-choice no-print">
      <label className="check-field">
        <input
          type="checkbox"
          checked={choice.isOn}
          disabled={isBusy}
          aria-describedby="start-screen-choice-hint"
          onChange={(event) => void change(event.target.checked)}
        />
        <span>{t('startScreen.choice')}</span>
      </label>
      <p id="start-screen-choice-hint" className="quiet small">
        {choice.hasLock ? t('startScreen.hintLocked') : t('startScreen.hintNoLock')}
      </p>
      {hasFailed ? <p className="field__error">{t('checklist.failed')}</p> : null}
    </div>
  );
}
